/*
 * Disputing a bill under the No Surprises Act: for insured care it protects
 * (emergency care; out-of-network providers at in-network facilities, 45 CFR
 * 149.110–149.130) the bill may ask no more than in-network cost sharing; for
 * the uninsured, a bill $400 or more above the good faith estimate can go to
 * patient-provider dispute resolution within 120 days (45 CFR 149.620).
 */
import { addCalendarDays, formatLongDate, isIsoDate } from '../dates';
import { billDateOf } from '../deadlines/engine';
import { formatCents } from '../money';
import { GFE_DISPUTE_THRESHOLD, PATIENT_PROVIDER_DISPUTE } from '../rules';
import type { LetterFacts } from './facts';
import { letter, notPassed, providerOf, type Letter } from './frame';

function uninsuredParagraphs(facts: LetterFacts): string[] {
  const estimate = facts.case.goodFaithEstimate;
  const billed = facts.case.lines.length ? facts.case.lines.reduce((sum, line) => sum + line.charge, 0) : facts.case.statementBalance;
  const billDate = billDateOf(facts.context);
  const by = billDate ? addCalendarDays(billDate, PATIENT_PROVIDER_DISPUTE.days) : undefined;
  const deadline = by && notPassed(facts, by) ? ` I will start it by ${formatLongDate(by)}, within ${PATIENT_PROVIDER_DISPUTE.days} days of the bill.` : '';
  const excess = estimate === undefined ? undefined : billed - estimate;
  // The dispute is open only to a bill $400 or more above the estimate; below that, ask; at or under it, nothing to ask.
  const request = excess === undefined
    ? `A bill $400 or more above the good faith estimate can go to patient-provider dispute resolution under the No Surprises Act (45 CFR 149.620). If that is the case here, please bill me the amount of the estimate, or I will start that dispute.`
    : excess >= GFE_DISPUTE_THRESHOLD
      ? `A bill $400 or more above the good faith estimate can go to patient-provider dispute resolution under the No Surprises Act (45 CFR 149.620).${deadline} Please bill me the amount of the estimate, or I will start that dispute.`
      : excess > 0
        ? 'Please explain why the bill is above your estimate, or lower it to the estimate.'
        : 'The bill is within your estimate. Please confirm that you will not bill me more than the estimate for this care.';
  return [
    estimate === undefined
      ? `Your good faith estimate was [amount of the estimate]; the bill is ${formatCents(billed)}.`
      : `Your good faith estimate was ${formatCents(estimate)}; the bill is ${formatCents(billed)}${billed > estimate ? `, ${formatCents(billed - estimate)} more` : ''}.`,
    request,
    (excess === undefined || excess > 0) && 'While this is open, please do not send the bill to collections and do not add late fees.',
  ].filter((paragraph): paragraph is string => Boolean(paragraph));
}

/** Which protection applies, said only when the case shows it; otherwise a blank to fill. */
function protectionOf(facts: LetterFacts): string {
  if (facts.case.emergency === true) {
    return 'This bill is for emergency care. Under the No Surprises Act (45 CFR 149.110), I can be billed no more than my in-network cost sharing, whatever the network status of the provider.';
  }
  if (facts.case.provider.inNetwork === false && facts.case.facilityInNetwork === true) {
    return 'This bill is for care by an out-of-network provider at an in-network facility. Under the No Surprises Act (45 CFR 149.120), I can be billed no more than my in-network cost sharing, and I did not waive that protection.';
  }
  return 'Under the No Surprises Act, I can be billed no more than my in-network cost sharing for this care because [it was emergency care / an out-of-network provider treated me at an in-network facility].';
}

function insuredParagraphs(facts: LetterFacts): string[] {
  const share = facts.case.eob?.patientResponsibility;
  return [
    protectionOf(facts),
    share === undefined
      ? `The bill asks for ${formatCents(facts.balance)}. Please send the claim to my plan and bill me only my in-network cost sharing.`
      : share < facts.balance
        ? `My plan's Explanation of Benefits sets my cost sharing at ${formatCents(share)}. The bill asks for ${formatCents(facts.balance)}. Please correct the balance to ${formatCents(share)}.`
        : `My plan's Explanation of Benefits sets my cost sharing at ${formatCents(share)}. Please confirm that you will not bill me more than that.`,
  ];
}

export function noSurprisesDispute(facts: LetterFacts): Letter {
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Dispute under the No Surprises Act',
    paragraphs: [
      ...(facts.case.coverage === 'uninsured' ? uninsuredParagraphs(facts) : insuredParagraphs(facts)),
      'If you don\'t agree, I can also ask for help from the No Surprises Help Desk (1-800-985-3059).',
    ],
  });
}
