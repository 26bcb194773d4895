/*
 * Asking for the itemized statement (and, for hospital care, the claim itself).
 * The right to billing records: HIPAA right of access, 45 CFR 164.524.
 */
import { formatCents } from '../money';
import { RIGHT_OF_ACCESS } from '../rules';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

export function itemizedBillRequest(facts: LetterFacts): Letter {
  const hospital = facts.case.provider.kind === 'hospital';
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Request for an itemized statement',
    paragraphs: [
      `I'm requesting an itemized statement for this account, which shows a balance of ${formatCents(facts.balance)}. For each charge, please list the date of service, the CPT or HCPCS code, the revenue code, the units and the amount.`,
      hospital && 'Please also send a copy of the claim as it was sent to my insurer (UB-04 or CMS-1500).',
      `These are part of my billing records, which I have a right to see within ${RIGHT_OF_ACCESS.days} days (${RIGHT_OF_ACCESS.source}).`,
      'Please hold the account while I review the statement, and do not send it to collections in the meantime.',
    ],
  });
}
