/*
 * Checks no single bill can make: what one visit's bills say together.
 *  - same-service-two-bills: one study or test billed by two providers — a
 *    radiology group's global X-ray beside the hospital's own charge for it, two
 *    readings of one study, one lab test billed by two labs (research/rules.md §10.3).
 *  - out-of-network-at-in-network-facility: a doctor outside the plan's network
 *    who treated you at a hospital in it, or in an emergency, is held to
 *    in-network cost sharing (No Surprises Act, 45 CFR 149.110 and 149.120;
 *    ground ambulances are not covered, research/rules.md §2.3). Flagged when the
 *    doctor's own bill doesn't say so, so its own check can't see it.
 *  - assistance-for-whole-episode: financial assistance asked for on some bills
 *    of the visit and not the others. Hardship is cumulative (DOMAIN.md, "The
 *    playbook"), and a nonprofit hospital's policy must list which providers
 *    working in it it covers (26 CFR 1.501(r)-4(b)(1)(iii); research/rules.md §1).
 * Amounts are integer cents at stake. Words: src/i18n/<language>/episodes.ts.
 */
import type { Case } from '../case';
import { partsOverlap, serviceOf, type ServiceOf, type ServicePart } from './serviceParts';

export type AssistanceStatus = 'none' | 'applied' | 'approved' | 'partial' | 'denied';

/** One bill of the episode as the checks read it: the case, what is owed on it now, where its assistance stands. */
export type EpisodeBill = { id: string; case: Case; balance: number; assistance: AssistanceStatus };

/** A line as a cross-bill finding names it. */
export type LineOnBill = { billId: string; lineId: string; code: string; date: string; charge: number };

export type SameService = {
  rule: 'same-service-two-bills';
  id: string;
  amount: number;
  /** The whole study on one bill and a part of it on the other; the same part twice; one test twice. */
  overlap: 'whole-and-part' | 'same-part' | 'same-test';
  lines: [LineOnBill, LineOnBill];
  /** The part of the study each line bills (none for a test). */
  parts: [ServicePart | undefined, ServicePart | undefined];
  /** The bills to ask: the one that billed the whole study, or both. */
  askBillIds: string[];
};

export type OutOfNetworkAtFacility = {
  rule: 'out-of-network-at-in-network-facility';
  id: string;
  amount: number;
  billId: string;
  /** The in-network hospital's bill, or the emergency bill that makes the care protected. */
  facilityBillId: string;
  emergency: boolean;
};

export type AssistanceForEpisode = {
  rule: 'assistance-for-whole-episode';
  id: string;
  amount: number;
  /** Bills with a balance and no application yet. */
  billIds: string[];
  /** Bills where assistance was asked for or granted. */
  askedOn: string[];
  /** A nonprofit hospital's bill in the visit, whose policy may cover the others. */
  nonprofitHospitalBillId?: string;
};

export type CrossBillFinding = SameService | OutOfNetworkAtFacility | AssistanceForEpisode;
export type CrossBillRule = CrossBillFinding['rule'];

type Service = { bill: EpisodeBill; line: LineOnBill; service: ServiceOf };

function servicesOf(bill: EpisodeBill): Service[] {
  const lines = Array.isArray(bill.case.lines) ? bill.case.lines : [];
  return lines.flatMap((line) => {
    if (typeof line?.code !== 'string' || !Number.isSafeInteger(line.charge) || line.charge <= 0) return [];
    const service = serviceOf(line, bill.case);
    return service ? [{ bill, service, line: { billId: bill.id, lineId: line.id, code: line.code, date: line.date, charge: line.charge } }] : [];
  });
}

const partOf = (service: ServiceOf): ServicePart | undefined => (service.kind === 'split' ? service.part : undefined);

function overlapOf(a: ServiceOf, b: ServiceOf): SameService['overlap'] | undefined {
  if (a.kind === 'test' || b.kind === 'test') return a.kind === b.kind ? 'same-test' : undefined;
  if (!partsOverlap(a.part, b.part)) return undefined;
  return a.part === b.part ? 'same-part' : 'whole-and-part';
}

/** Each pair of lines on two different bills, same date, that bill one service twice. */
export function sameServiceTwice(bills: readonly EpisodeBill[]): SameService[] {
  const byService = new Map<string, Service[]>();
  for (const each of bills.flatMap(servicesOf)) {
    const key = `${each.service.family}@${each.line.date}`;
    byService.set(key, [...(byService.get(key) ?? []), each]);
  }
  const found: SameService[] = [];
  for (const same of byService.values()) {
    same.forEach((a, i) => same.slice(i + 1).forEach((b) => {
      if (a.bill.id === b.bill.id) return; // one bill's own copies are its own check's (duplicate-charge)
      const overlap = overlapOf(a.service, b.service);
      if (!overlap) return;
      const whole = [a, b].find((each) => each.service.kind === 'split' && each.service.part === 'global');
      found.push({
        rule: 'same-service-two-bills',
        id: `same-service-two-bills:${a.bill.id}/${a.line.lineId}+${b.bill.id}/${b.line.lineId}`,
        // What was billed twice is at most the smaller of the two charges.
        amount: Math.min(a.line.charge, b.line.charge),
        overlap,
        lines: [a.line, b.line],
        parts: [partOf(a.service), partOf(b.service)],
        askBillIds: overlap === 'whole-and-part' && whole ? [whole.bill.id] : [a.bill.id, b.bill.id],
      });
    }));
  }
  return found;
}

const isInNetworkHospital = (billCase: Case): boolean =>
  billCase.provider?.kind === 'hospital' && (billCase.provider.inNetwork === true || billCase.facilityInNetwork === true);

/** What a bill asks beyond the share its decided EOB gives, or all of it before one. */
function aboveShare(bill: EpisodeBill): number {
  const eob = bill.case.eob;
  const decided = eob && (eob.status === 'processed' || eob.status === 'denied');
  return Math.max(0, decided ? bill.balance - eob.patientResponsibility : bill.balance);
}

/** Out-of-network doctors, labs and imaging at an in-network hospital, or in an emergency, whose own bill doesn't say so. */
export function outOfNetworkAtFacility(bills: readonly EpisodeBill[]): OutOfNetworkAtFacility[] {
  const emergencyBill = bills.find((bill) => bill.case.emergency === true);
  const facility = emergencyBill ?? bills.find((bill) => isInNetworkHospital(bill.case));
  if (!facility) return [];
  return bills.flatMap((bill): OutOfNetworkAtFacility[] => {
    const { provider, coverage, emergency, facilityInNetwork } = bill.case;
    const protectedKind = provider?.kind !== 'hospital' && provider?.kind !== 'ambulance';
    const seenByOwnCheck = emergency === true || facilityInNetwork === true;
    if (bill.id === facility.id || coverage !== 'insured' || provider?.inNetwork !== false || !protectedKind || seenByOwnCheck) return [];
    const amount = aboveShare(bill);
    return amount > 0 ? [{ rule: 'out-of-network-at-in-network-facility', id: `out-of-network-at-in-network-facility:${bill.id}`, amount, billId: bill.id, facilityBillId: facility.id, emergency: Boolean(emergencyBill) }] : [];
  });
}

const asked = (status: AssistanceStatus): boolean => status === 'applied' || status === 'approved' || status === 'partial';

/** Assistance asked for on part of the visit: the other bills with a balance should be asked too. */
export function assistanceForEpisode(bills: readonly EpisodeBill[]): AssistanceForEpisode[] {
  const askedOn = bills.filter((bill) => asked(bill.assistance)).map((bill) => bill.id);
  const notYet = bills.filter((bill) => bill.assistance === 'none' && bill.balance > 0);
  if (askedOn.length === 0 || notYet.length === 0) return [];
  const hospital = bills.find((bill) => bill.case.provider?.kind === 'hospital' && bill.case.provider.nonprofit === true);
  return [{
    rule: 'assistance-for-whole-episode',
    id: 'assistance-for-whole-episode',
    amount: notYet.reduce((total, bill) => total + bill.balance, 0),
    billIds: notYet.map((bill) => bill.id),
    askedOn,
    ...(hospital ? { nonprofitHospitalBillId: hospital.id } : {}),
  }];
}

/** Every cross-bill finding of the visit: services billed twice first, then protections, then assistance. */
export function crossBillFindings(bills: readonly EpisodeBill[]): CrossBillFinding[] {
  return [...sameServiceTwice(bills), ...outOfNetworkAtFacility(bills), ...assistanceForEpisode(bills)];
}
