/*
 * Checks no single bill can make: what one visit's bills say together.
 *  - same-service-two-bills: one study or test billed by two providers — a
 *    radiology group's global X-ray beside the hospital's own charge for it, two
 *    readings of one study, one lab test billed by two labs (research/rules.md §10.3).
 *    Not compared: a test repeated that day (modifiers 76, 77, 91), a charge its
 *    own bill reverses with a credit, and two hospitals (a transfer can repeat a study).
 *  - out-of-network-at-in-network-facility: a doctor, lab or imaging service
 *    outside the plan's network that treated you at a hospital in it, or in an
 *    emergency, is held to in-network cost sharing (No Surprises Act, 45 CFR
 *    149.110 and 149.120; air ambulances too, 149.130, but not ground ambulances,
 *    research/rules.md §2.3). Flagged when its own bill doesn't say so (so its
 *    own check can't see it) and its dates meet the hospital's, when both have lines.
 *  - assistance-for-whole-episode: financial assistance asked for on some bills
 *    of the visit and not the others. Hardship is cumulative (DOMAIN.md, "The
 *    playbook"), and a nonprofit hospital's policy must list which providers
 *    working in it it covers (26 CFR 1.501(r)-4(b)(1)(iii); research/rules.md §1).
 * Amounts are integer cents at stake. Words: src/i18n/<language>/episodes.ts.
 */
import type { BillLine, Case } from '../case';
import { isRepeat } from '../audit/auditedBill';
import { partCodes, partsOverlap, serviceOf, type ServiceOf, type ServicePart } from './serviceParts';

export type AssistanceStatus = 'none' | 'applied' | 'approved' | 'partial' | 'denied';

/**
 * One bill of the episode as the checks read it: the case, what it asks now (`balance`: after
 * corrections, before payments), what is left to pay on it, and where its assistance stands.
 */
export type EpisodeBill = { id: string; case: Case; balance: number; leftToPay: number; assistance: AssistanceStatus };

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
  /** For a study split by code (a heart tracing), the code the whole-study bill should use instead. */
  partCode?: string;
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
  /** A nonprofit hospital's bill in the visit where assistance was asked: its policy may cover the others. */
  nonprofitHospitalBillId?: string;
};

export type CrossBillFinding = SameService | OutOfNetworkAtFacility | AssistanceForEpisode;
export type CrossBillRule = CrossBillFinding['rule'];

type Service = { bill: EpisodeBill; line: LineOnBill; service: ServiceOf };

/** A bill's charges left once its own credits reverse them (the same code and amount), and no repeat of a test. */
function chargesOf(billCase: Case): BillLine[] {
  const lines = (Array.isArray(billCase.lines) ? billCase.lines : []).filter((line) => typeof line?.code === 'string' && Number.isSafeInteger(line.charge));
  const credits = new Map<string, number>();
  for (const line of lines) if (line.charge < 0) credits.set(`${line.code}@${-line.charge}`, (credits.get(`${line.code}@${-line.charge}`) ?? 0) + 1);
  return lines.filter((line) => {
    if (line.charge <= 0 || isRepeat(line)) return false;
    const key = `${line.code}@${line.charge}`;
    const left = credits.get(key) ?? 0;
    if (left > 0) credits.set(key, left - 1);
    return left === 0;
  });
}

function servicesOf(bill: EpisodeBill): Service[] {
  return chargesOf(bill.case).flatMap((line) => {
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
      if (a.bill.case.provider?.kind === 'hospital' && b.bill.case.provider?.kind === 'hospital') return; // a transfer
      const overlap = overlapOf(a.service, b.service);
      if (!overlap) return;
      const whole = [a, b].find((each) => each.service.kind === 'split' && each.service.part === 'global');
      const other = whole === a ? b : a;
      const partCode = whole && other.service.kind === 'split' && other.service.part !== 'global'
        ? partCodes.get(whole.service.family)?.[other.service.part === 'technical' ? 'professional' : 'technical']
        : undefined;
      found.push({
        rule: 'same-service-two-bills',
        id: `same-service-two-bills:${a.bill.id}/${a.line.lineId}+${b.bill.id}/${b.line.lineId}`,
        // What was billed twice is at most the smaller of the two charges.
        amount: Math.min(a.line.charge, b.line.charge),
        overlap,
        lines: [a.line, b.line],
        parts: [partOf(a.service), partOf(b.service)],
        askBillIds: overlap === 'whole-and-part' && whole ? [whole.bill.id] : [a.bill.id, b.bill.id],
        ...(partCode ? { partCode } : {}),
      });
    }));
  }
  return found;
}

const isInNetworkHospital = (billCase: Case): boolean =>
  billCase.provider?.kind === 'hospital' && (billCase.provider.inNetwork === true || billCase.facilityInNetwork === true);

/**
 * What a bill asks beyond the share its decided EOB gives, or all of it before one. Counted on what
 * the bill asks, before payments: paying the share (as advised) leaves the rest still protected.
 */
function aboveShare(bill: EpisodeBill): number {
  const eob = bill.case.eob;
  const decided = eob && (eob.status === 'processed' || eob.status === 'denied');
  return Math.max(0, decided ? bill.balance - eob.patientResponsibility : bill.balance);
}

/** Air ambulance transport and mileage (HCPCS A0430, A0431, A0435, A0436): protected, unlike ground ambulances. */
const AIR_AMBULANCE_CODES = new Set(['A0430', 'A0431', 'A0435', 'A0436']);
const isAirAmbulance = (billCase: Case): boolean =>
  (Array.isArray(billCase.lines) ? billCase.lines : []).some((line) => AIR_AMBULANCE_CODES.has(String(line?.code).trim().toUpperCase()));

const datesOf = (billCase: Case): Set<string> => new Set((Array.isArray(billCase.lines) ? billCase.lines : []).map((line) => line?.date).filter((date): date is string => typeof date === 'string'));

/** Care on the facility's days: when both bills list their dates, one must be the same; otherwise the grouping says so. */
function sameDays(bill: Case, facility: Case): boolean {
  const ours = datesOf(bill);
  const theirs = datesOf(facility);
  return ours.size === 0 || theirs.size === 0 || [...ours].some((date) => theirs.has(date));
}

/** Out-of-network doctors, labs and imaging at an in-network hospital, or in an emergency, whose own bill doesn't say so. */
export function outOfNetworkAtFacility(bills: readonly EpisodeBill[]): OutOfNetworkAtFacility[] {
  // An ambulance ride to the hospital is not the emergency visit itself.
  const emergencyBill = bills.find((bill) => bill.case.emergency === true && bill.case.provider?.kind !== 'ambulance');
  const facility = emergencyBill ?? bills.find((bill) => isInNetworkHospital(bill.case));
  if (!facility) return [];
  return bills.flatMap((bill): OutOfNetworkAtFacility[] => {
    const { provider, coverage, emergency, facilityInNetwork } = bill.case;
    const protectedKind = provider?.kind === 'ambulance' ? isAirAmbulance(bill.case) : provider?.kind !== 'hospital';
    const seenByOwnCheck = emergency === true || facilityInNetwork === true;
    if (bill.id === facility.id || coverage !== 'insured' || provider?.inNetwork !== false || !protectedKind || seenByOwnCheck) return [];
    if (!sameDays(bill.case, facility.case)) return [];
    const amount = aboveShare(bill);
    return amount > 0 ? [{ rule: 'out-of-network-at-in-network-facility', id: `out-of-network-at-in-network-facility:${bill.id}`, amount, billId: bill.id, facilityBillId: facility.id, emergency: Boolean(emergencyBill) }] : [];
  });
}

const asked = (status: AssistanceStatus): boolean => status === 'applied' || status === 'approved' || status === 'partial';

/** Assistance asked for on part of the visit: the other bills with a balance should be asked too. */
export function assistanceForEpisode(bills: readonly EpisodeBill[]): AssistanceForEpisode[] {
  const askedBills = bills.filter((bill) => asked(bill.assistance));
  const askedOn = askedBills.map((bill) => bill.id);
  const notYet = bills.filter((bill) => bill.assistance === 'none' && bill.leftToPay > 0);
  if (askedOn.length === 0 || notYet.length === 0) return [];
  // Named only where assistance was asked: the words say "I applied with it".
  const hospital = askedBills.find((bill) => bill.case.provider?.kind === 'hospital' && bill.case.provider.nonprofit === true);
  return [{
    rule: 'assistance-for-whole-episode',
    // A bill added later (or paid off) makes it a new question.
    id: `assistance-for-whole-episode:${notYet.map((bill) => bill.id).join('+')}`,
    amount: notYet.reduce((total, bill) => total + bill.leftToPay, 0),
    billIds: notYet.map((bill) => bill.id),
    askedOn,
    ...(hospital ? { nonprofitHospitalBillId: hospital.id } : {}),
  }];
}

/** Every cross-bill finding of the visit: services billed twice first, then protections, then assistance. */
export function crossBillFindings(bills: readonly EpisodeBill[]): CrossBillFinding[] {
  return [...sameServiceTwice(bills), ...outOfNetworkAtFacility(bills), ...assistanceForEpisode(bills)];
}
