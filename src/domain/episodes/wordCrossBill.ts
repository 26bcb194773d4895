/*
 * A cross-bill finding in words (src/i18n/<language>/episodes.ts): its title,
 * what it means, what to ask, and which offices to ask.
 */
import type { Words } from '../../i18n/words';
import type { CrossBillFinding } from './crossBill';

export type CrossBillText = { title: string; explanation: string; ask: string; askBillIds: string[] };

/** `nameOf`: how the person knows each bill (its provider, else its title). */
export function wordCrossBill(finding: CrossBillFinding, nameOf: (billId: string) => string, words: Words['episodes']['findings']): CrossBillText {
  switch (finding.rule) {
    case 'same-service-two-bills': {
      const [a, b] = finding.lines;
      return { ...words.sameService(finding, [nameOf(a.billId), nameOf(b.billId)]), askBillIds: finding.askBillIds };
    }
    case 'out-of-network-at-in-network-facility':
      return { ...words.outOfNetwork(nameOf(finding.billId), nameOf(finding.facilityBillId), finding.emergency), askBillIds: [finding.billId] };
    case 'assistance-for-whole-episode':
      return {
        ...words.assistance(finding.billIds.map(nameOf), finding.askedOn.map(nameOf), finding.nonprofitHospitalBillId && nameOf(finding.nonprofitHospitalBillId)),
        askBillIds: finding.billIds,
      };
  }
}
