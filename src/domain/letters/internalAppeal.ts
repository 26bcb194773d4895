/*
 * An internal appeal of a denied claim, to the health plan: within 180 days of
 * the denial for most plans (45 CFR 147.136; 29 CFR 2560.503-1). The reasons
 * are the EOB's adjustment reason codes (CARC) on the denied lines.
 */
import { explainAdjustment } from '../carc';
import { addCalendarDays, formatLongDate, isIsoDate } from '../dates';
import { formatCents } from '../money';
import { INTERNAL_APPEAL } from '../rules';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

/** "CARC 50: …" for each distinct reason the EOB gives beyond the patient's own share. */
function reasonsOf(facts: LetterFacts): string[] {
  const seen = new Set<string>();
  return (facts.case.eob?.lines ?? []).flatMap((line) => line.adjustments)
    .filter((adjustment) => adjustment.group !== 'PR' || !['1', '2', '3'].includes(adjustment.reason))
    .filter((adjustment) => !seen.has(adjustment.reason) && seen.add(adjustment.reason))
    .map((adjustment) => `Reason code ${adjustment.group}-${adjustment.reason}: ${explainAdjustment(adjustment).reason}`);
}

export function internalAppeal(facts: LetterFacts): Letter {
  const deniedAt = facts.context.claim.deniedAt;
  const denied = deniedAt && isIsoDate(deniedAt.slice(0, 10)) ? deniedAt.slice(0, 10) : undefined;
  const reasons = reasonsOf(facts);
  const claim = facts.case.eob?.claimNumber;
  return letter(facts, {
    to: 'Appeals department, [your health plan]',
    subject: 'Request for internal appeal',
    about: [`Claim ${claim ?? '[claim number]'} for care by ${providerOf(facts)}`, 'Member ID: [your member ID]'],
    paragraphs: [
      `I'm appealing the denial of this claim${denied ? `, dated ${formatLongDate(denied)}` : ''}. The provider bills me ${formatCents(facts.balance)} for this care.`,
      reasons.length ? `The Explanation of Benefits gives these reasons:\n${reasons.map((reason) => `- ${reason}`).join('\n')}` : 'The denial gives this reason: [copy the reason from the denial letter].',
      'The care was medically necessary and should be covered under my plan. [Explain briefly why, and list what you enclose: the visit notes, a letter from your doctor.]',
      'I request a full and fair review, and a copy of every document, record and guideline used in deciding this claim, free of charge.',
      denied && `I'm filing within the ${INTERNAL_APPEAL.days} days allowed (by ${formatLongDate(addCalendarDays(denied, INTERNAL_APPEAL.days))}).`,
    ],
  });
}
