/*
 * The written follow-up to a call: the playbook's rule that every call gets a
 * written summary (date, name, reference number, what was promised), since
 * verbal promises are easy to lose.
 */
import { formatClockTime } from '../clockTime';
import { formatLongDate } from '../dates';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

export function callSummary(facts: LetterFacts): Letter {
  const call = facts.lastCall;
  const who = call?.with.trim() || '[name of the person]';
  const where = call?.department?.trim() ? ` of ${call.department.trim()}` : '';
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Summary of our phone call',
    paragraphs: [
      `This confirms our phone call on ${call ? formatLongDate(call.on) : '[date]'}${call?.time ? ` at ${formatClockTime(call.time)}` : ''} with ${who}${where}${call?.reference?.trim() ? `, reference number ${call.reference.trim()}` : ''}.`,
      `What you told me: ${call?.promised?.trim() || call?.notes?.trim() || '[what they said or promised]'}`,
      call?.followUp ? `You said I would hear back by ${formatLongDate(call.followUp)}.` : undefined,
      'If anything in this summary is not correct, please tell me in writing within 10 days.',
    ],
  });
}
