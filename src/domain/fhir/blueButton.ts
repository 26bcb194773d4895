/*
 * What Medicare Blue Button 2.0 (CMS, FHIR R4 "v2") does differently. It names
 * each amount by a CCW variable URI, .../resources/variables/<name>, usually
 * next to a CARIN code — but inpatient lines carry the URI alone, and a few
 * outpatient and Part D amounts carry a CARIN code that would count them
 * wrongly. `carinCodeByVariable` says which CARIN adjudication code each such
 * variable stands for; it wins over the CARIN code on the same category.
 * Variables not listed keep the CARIN code they carry, if any.
 * Source: the variable pages at https://bluebutton.cms.gov/resources/variables/
 * and the CMS test responses in shared/fhir-examples/bluebutton (checked 2026-11-23).
 */
import { centsOf } from './money';
import { codingsOf, isRecord, recordsIn, textOf, type Json, type Report } from './read';

const VARIABLE_URI = 'https://bluebutton.cms.gov/resources/variables/';

/** A code no EOB field reads: the amount stays out of every total on purpose. */
const LEFT_OUT = 'left-out';

const carinCodeByVariable = new Map<string, string>([
  // Revenue-center lines of inpatient and outpatient claims.
  ['rev_cntr_tot_chrg_amt', 'submitted'],
  ['rev_cntr_ncvrd_chrg_amt', 'noncovered'],
  ['rev_cntr_rate_amt', LEFT_OUT], // a per-unit rate, tagged "submitted" beside the real total charge
  ['rev_cntr_pmt_amt_amt', 'benefit'], // what Medicare paid for the line, tagged "submitted"
  ['rev_cntr_rdcd_coinsrnc_amt', LEFT_OUT], // the reduced alternative to the wage-adjusted coinsurance: both would count it twice
  // Part D events: slices of the gross drug cost, tagged "coinsurance" though the patient does not owe
  // them; what the patient paid at the pharmacy, tagged "paidbypatient", is the patient's whole share.
  ['gdc_blw_oopt_amt', LEFT_OUT],
  ['gdc_abv_oopt_amt', LEFT_OUT],
  ['ptnt_pay_amt', 'memberliability'],
  // Claim level, in benefitBalance.financial, where no CARIN code is given.
  ['nch_carr_clm_sbmtd_chrg_amt', 'submitted'],
  ['nch_carr_clm_alowd_amt', 'eligible'],
  ['nch_clm_prvdr_pmt_amt', 'paidtoprovider'],
  ['clm_op_prvdr_pmt_amt', 'paidtoprovider'],
  ['carr_clm_cash_ddctbl_apld_amt', 'deductible'],
  ['nch_bene_ptb_ddctbl_amt', 'deductible'],
  ['nch_bene_ptb_coinsrnc_amt', 'coinsurance'],
  ['nch_bene_ip_ddctbl_amt', 'deductible'],
  ['nch_bene_pta_coinsrnc_lblty_amt', 'coinsurance'],
  ['nch_bene_blood_ddctbl_lblty_am', 'deductible'],
  ['nch_ip_ncvrd_chrg_amt', 'noncovered'],
]);

export function isBlueButtonVariable(code: string): boolean {
  return code.startsWith(VARIABLE_URI);
}

/** The CARIN code a Blue Button variable URI stands for, when the table lists it. */
export function carinCodeForVariable(code: string): string | undefined {
  if (!isBlueButtonVariable(code)) return undefined;
  return carinCodeByVariable.get(code.slice(VARIABLE_URI.length).replace(/\/$/, ''));
}

/**
 * Blue Button's claim-level amounts in `benefitBalance[].financial[]`, by CARIN
 * code. Only listed variables count: in CARIN data the same place holds the
 * year-to-date accumulators (deductible met so far), not this claim's amounts.
 */
export function benefitBalanceAmounts(eob: Json, report: Report): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const financial of recordsIn(eob.benefitBalance).flatMap((balance) => recordsIn(balance.financial))) {
    const code = codingsOf(financial.type).map((coding) => carinCodeForVariable(coding.code)).find(Boolean);
    if (code === undefined) continue;
    const cents = centsOf(financial.usedMoney, report.words.claimAmount(code), report);
    if (cents !== undefined) amounts.set(code, (amounts.get(code) ?? 0) + cents);
  }
  return amounts;
}

/** Medicare's line processing indicator (line_prcsg_ind_cd) says D: the line was denied. */
export function deniedByMedicare(item: Json): boolean {
  return recordsIn(item.extension).some(
    (extension) =>
      textOf(extension.url)?.endsWith('/line_prcsg_ind_cd') === true &&
      isRecord(extension.valueCoding) &&
      textOf(extension.valueCoding.code) === 'D',
  );
}
