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
import { letter, notPassed, providerOf, type Letter } from './frame';

/** Adjustments that are not reasons for a denial: the patient's own share, and price write-offs (45 the agreed price, 253 sequestration). */
const notDenialReasons = new Set(['PR-1', 'PR-2', 'PR-3', 'CO-45', 'PI-45', 'OA-45', 'CR-45', 'CO-253', 'OA-253']);

/** "Reason code CO-50: …" for each distinct reason the EOB gives for not paying. */
function reasonsOf(facts: LetterFacts): string[] {
  const seen = new Set<string>();
  return (facts.case.eob?.lines ?? []).flatMap((line) => line.adjustments)
    .map((adjustment) => ({ adjustment, key: `${adjustment.group}-${adjustment.reason}` }))
    .filter(({ key }) => !notDenialReasons.has(key) && !seen.has(key) && seen.add(key))
    .map(({ adjustment, key }) => `Reason code ${key}: ${explainAdjustment(adjustment).reason}`);
}

function appealWindow(facts: LetterFacts, by: string): string {
  return notPassed(facts, by)
    ? `I'm filing within the ${INTERNAL_APPEAL.days} days allowed (by ${formatLongDate(by)}).`
    : `[The ${INTERNAL_APPEAL.days} days after the denial ended on ${formatLongDate(by)}, counted from the date Billpath recorded it. Check the date on the denial letter; if the time has passed, ask the plan to accept the appeal for good cause.]`;
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
      denied && appealWindow(facts, addCalendarDays(denied, INTERNAL_APPEAL.days)),
    ],
  });
}
