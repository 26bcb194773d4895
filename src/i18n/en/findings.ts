/*
 * What the bill check found, in English: each audit rule's words (a title, a
 * plain explanation, and the question to put to the billing office), the names
 * of the codes those words quote, and the findings list on screen. Which
 * findings a bill has, and their facts, are decided in src/domain/audit/rules/
 * (each rule with its source); src/domain/audit/wordFindings.ts puts them into
 * these words. Letters quote the English words (src/domain/letters/).
 */
import type { BillLine } from '../../domain/case';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';
import type { FindingText } from '../../domain/audit/finding';
import type { Facts as BilledBeforeAdjudication } from '../../domain/audit/rules/billedBeforeAdjudication';
import type { Facts as ContractualAdjustmentBilled } from '../../domain/audit/rules/contractualAdjustmentBilled';
import type { DuplicateGroup } from '../../domain/audit/rules/duplicateCharge';
import type { Facts as EobMismatch } from '../../domain/audit/rules/eobMismatch';
import type { Facts as ExcessUnits } from '../../domain/audit/rules/excessUnits';
import type { Facts as FinancialAssistanceLikely } from '../../domain/audit/rules/financialAssistanceLikely';
import type { Facts as GfeExceeded } from '../../domain/audit/rules/gfeExceeded';
import type { Facts as HighLevelEm } from '../../domain/audit/rules/highLevelEm';
import type { Facts as ModifierReview } from '../../domain/audit/rules/modifierReview';
import type { Facts as SurpriseBilling } from '../../domain/audit/rules/surpriseBilling';
import type { Facts as UnbundledPanel } from '../../domain/audit/rules/unbundledPanel';
import type { Facts as UnspecifiedDiagnosis } from '../../domain/audit/rules/unspecifiedDiagnosis';

/** "code 36415 on March 5, 2026 ($68.00)": how a finding names a line. */
const describeLine = (line: BillLine) => `code ${line.code} on ${formatLongDate(line.date)} (${formatCents(line.charge)})`;

const visitKinds = { office: 'office visit', emergency: 'emergency room visit', hospital: 'hospital visit' };

const rules = {
  billedBeforeAdjudication: ({ pending }: BilledBeforeAdjudication): FindingText => ({
    title: pending ? 'Billed while your claim is still pending' : 'Billed before your insurance decided the claim',
    explanation: pending
      ? "Your insurer hasn't decided this claim yet, so no one knows what you owe. Until it does, this bill may be too high."
      : "There is no Explanation of Benefits (EOB) for this bill yet, so you can't tell what you owe. Until your insurer decides the claim, this bill may be too high. If it already has, enter the EOB.",
    ask: 'Has this claim been sent to my insurance and processed? Please hold my account until it is, and send me a bill that matches the EOB.',
  }),
  eobMismatch: ({ owed, balance, difference }: EobMismatch): FindingText => ({
    title: 'The bill asks for more than your EOB says you owe',
    explanation: `Your insurer's EOB says you owe ${formatCents(owed)}. The bill asks for ${formatCents(balance)}, which is ${formatCents(difference)} more.`,
    ask: `My EOB shows my share is ${formatCents(owed)}. Can you explain the difference of ${formatCents(difference)}, or correct the bill to match the EOB?`,
  }),
  contractualAdjustmentBilled: ({ coTotal, above }: ContractualAdjustmentBilled): FindingText => ({
    title: 'Amounts your plan says to write off may be on your bill',
    explanation: `Your EOB marks ${formatCents(coTotal)} as a contractual adjustment (group code CO): the provider agreed with your plan not to charge it. The bill is ${formatCents(above)} above your share, so part of that may be in what you're asked to pay.`,
    ask: `My EOB shows ${formatCents(coTotal)} as a contractual adjustment (CO), which is not billable to me, and my bill is ${formatCents(above)} more than my share. Please take the write-off out of my balance and send a corrected bill.`,
  }),
  surpriseBilling: ({ care, share, balance, above }: SurpriseBilling): FindingText => {
    const covered = care === 'emergency' ? 'emergency care' : 'care from a provider outside your network at a hospital in your network';
    const rule = `The No Surprises Act covers ${covered}. For it, you owe no more than you would in network.`;
    const title = care === 'emergency' ? 'Emergency care: you owe only what you would in network' : 'Out-of-network provider at an in-network hospital';
    // No EOB yet: the in-network share is not known, so the whole bill is in question.
    if (share === undefined) {
      return {
        title,
        explanation: `${rule} This bill asks for ${formatCents(balance)} before your plan has said what your in-network share is.`,
        ask: `This was ${covered}. The No Surprises Act protects it. Please send the claim to my plan first, and bill me only my in-network share.`,
      };
    }
    return {
      title,
      explanation: `${rule} The bill asks for ${formatCents(above)} more than your in-network share of ${formatCents(share)}.`,
      ask: `This was ${covered}. The No Surprises Act protects it. Please bill me no more than my in-network share of ${formatCents(share)}, and correct the balance.`,
    };
  },
  gfeExceeded: ({ estimate, billed, over, disputeDays, disputeEnds }: GfeExceeded, windowClosed: boolean): FindingText => {
    const window = !disputeEnds
      ? `You have ${disputeDays} days from the date of the bill to start.`
      : windowClosed
        ? `The ${disputeDays}-day window may have closed on ${formatLongDate(disputeEnds)}; ask anyway.`
        : `Start the dispute by ${formatLongDate(disputeEnds)}.`;
    return {
      title: 'The bill is far above your good faith estimate',
      explanation: `You were told to expect ${formatCents(estimate)}; the bill is ${formatCents(billed)}, ${formatCents(over)} more. When a bill is $400 or more above the estimate, you can ask for a federal dispute for a small fee; the No Surprises Help Desk (1-800-985-3059) can tell you the current fee and how to start. ${window}`,
      ask: `My bill is ${formatCents(over)} above the good faith estimate of ${formatCents(estimate)}. Please bill me the estimate, or I will start patient-provider dispute resolution. While it is open, please don't send the bill to collections.`,
    };
  },
  duplicateCharge: ({ first, extras }: DuplicateGroup): FindingText => {
    const times = extras.length + 1;
    const howOften = times === 2 ? 'twice' : `${times} times`;
    return {
      title: `Charged ${howOften}: code ${first.code}`,
      explanation: `Code ${first.code} appears ${howOften} on ${formatLongDate(first.date)}, each for ${formatCents(first.charge)}, with nothing to show it was done more than once. The extra ${extras.length === 1 ? 'line is' : 'lines are'} likely a billing error.`,
      ask: `The bill lists ${describeLine(first)} ${howOften}. Please remove the duplicate charge, or send the documentation for each service.`,
    };
  },
  excessUnits: ({ code, date, units, limit }: ExcessUnits): FindingText => ({
    title: `More units than one day allows: code ${code}`,
    explanation: `The bill lists ${units} units of code ${code} on ${formatLongDate(date)}. One provider rarely bills more than ${limit} a day for it.`,
    ask: `The bill shows ${units} units of code ${code} on ${formatLongDate(date)}. Can you provide the documentation that supports each unit, or correct the quantity?`,
  }),
  unbundledPanel: ({ panel, panelLine, parts, charged }: UnbundledPanel, panelName: string): FindingText => {
    if (!panelLine) {
      return {
        title: `Tests billed one by one instead of as panel ${panel.code}`,
        explanation: `Together these ${parts.length} tests make up panel ${panel.code} (a ${panelName}), which is billed as one charge. Billing them one by one costs ${formatCents(charged)}.`,
        ask: `These tests make up panel ${panel.code}. Please rebill them as the panel and lower my bill by the difference.`,
      };
    }
    const codes = [...new Set(parts.map((line) => line.code))].join(', ');
    return {
      title: `Tests billed again beside their panel (${panel.code})`,
      explanation: `Panel ${panel.code} is a set of tests billed as one (a ${panelName}). It already has ${codes} in it. Billing them again on ${formatLongDate(panelLine.date)} charges ${formatCents(charged)} twice for the same tests.`,
      ask: `Code ${panel.code} includes ${codes}. Please remove the separately billed tests, or show me why they were separate services.`,
    };
  },
  highLevelEm: ({ line, kind }: HighLevelEm): FindingText => ({
    title: kind === 'critical-care' ? `Critical care billed: code ${line.code}` : `Highest-level ${visitKinds[kind]}: code ${line.code}`,
    explanation: kind === 'critical-care'
      ? 'Critical care is for a life-threatening condition and needs at least 30 minutes of documented care. If that is not what happened, the code is too high.'
      : `Code ${line.code} is the highest level of ${visitKinds[kind]}, meant for the most complex cases. If your visit was simpler, the level may be too high (upcoding).`,
    ask: `Please send the records that show this visit needed the top level: ${describeLine(line)}. I'd like the visit notes and the reasons it was coded this way.`,
  }),
  modifierReview: ({ line, flagged }: ModifierReview): FindingText => {
    const named = flagged.map((modifier) => `-${modifier}`).join(' and ');
    return {
      title: `Modifier ${named} on code ${line.code}`,
      explanation: flagged.includes('25')
        ? 'Modifier -25 bills a visit on top of a procedure on the same day. It is allowed only for a separate, real problem. If there was none, the visit is part of the procedure.'
        : `Modifier ${named} bills this service as separate from the others that day, which gets it past the usual bundling rules. That needs a real reason in the records.`,
      ask: `What made ${describeLine(line)} separate from the other services that day? Please send the documentation that supports modifier ${named}.`,
    };
  },
  facilityFee: (line: BillLine): FindingText => ({
    title: `Facility fee: code ${line.code}${line.revenueCode ? `, revenue code ${line.revenueCode}` : ''}`,
    explanation: "This is the hospital's fee for the room and staff, on top of the doctor's charges. It is often the largest line and is open to question.",
    ask: `What does the facility fee for ${describeLine(line)} cover that the other charges don't? Please send the breakdown and how its level was chosen.`,
  }),
  unspecifiedDiagnosis: ({ line, diagnoses }: UnspecifiedDiagnosis, names: string[]): FindingText => ({
    title: `Costly care with only a vague diagnosis: code ${line.code}`,
    explanation: `The only reason given for this charge is ${diagnoses.map((code, index) => `${code} (${names[index]})`).join(', ')}. A vague diagnosis is weak support for costly care.`,
    ask: `The bill lists ${describeLine(line)} with only diagnosis ${diagnoses.join(', ')}. Please send the records that show why this care was needed, and at this level.`,
  }),
  financialAssistanceLikely: ({ nonprofitHospital, percent }: FinancialAssistanceLikely): FindingText => {
    const reasons = [
      ...(nonprofitHospital ? ['Nonprofit hospitals must have a plan to help people pay, and take requests for 240 days after the first bill.'] : []),
      ...(percent !== undefined ? [`Your household income is about ${Math.round(percent)} % of the federal poverty line. Many hospitals forgive or cut bills for homes under 300–400 % of it.`] : []),
    ];
    return {
      title: 'You may qualify for financial assistance',
      explanation: `${reasons.join(' ')} Help can lower or erase the bill, even after it was sent.`,
      ask: "I'd like to ask for financial help. Please send me your financial assistance policy and the form to apply, and hold my account while I apply.",
    };
  },
};

const on = (at: string | undefined) => (at ? ` on ${formatLongDate(at)}` : '');

export const findings = {
  rules,
  /** The lab panels of src/domain/audit/tables/panels.ts, by code. */
  panelNames: {
    '80053': 'comprehensive metabolic panel',
    '80048': 'basic metabolic panel',
    '80061': 'lipid panel',
    '85025': 'blood count with differential',
  },
  /** The "unspecified" diagnoses of src/domain/audit/tables/serviceCodes.ts, by code written without its dot. */
  diagnosisNames: {
    R079: 'chest pain, unspecified',
    R109: 'abdominal pain, unspecified',
    R519: 'headache, unspecified',
    R509: 'fever, unspecified',
    R0600: 'shortness of breath, unspecified',
    R52: 'pain, unspecified',
    R69: 'illness, unspecified',
    M549: 'back pain, unspecified',
    M79609: 'pain in an unspecified limb',
    J189: 'pneumonia, unspecified organism',
    N390: 'urinary tract infection, site not specified',
    R197: 'diarrhea, unspecified',
    R1110: 'vomiting, unspecified',
    K929: 'digestive disease, unspecified',
    T1490: 'injury, unspecified',
    S0990XA: 'head injury, unspecified',
    I999: 'circulatory disorder, unspecified',
  },
  heading: (count: number, open: number) =>
    count === 0 ? 'What Billpath found' : `What Billpath found: ${count} ${count === 1 ? 'finding' : 'findings'}${open < count ? `, ${open} still open` : ''}`,
  noProblems: 'No problems found by the checks. Look over the lines yourself too.',
  nothingToCheck: 'Enter the itemized lines and the EOB below, and Billpath will check them.',
  /** "Up to <amount> of what the bill asks is still in question": the words before and after the amount. */
  upTo: 'Up to ',
  stillInQuestion: ' of what the bill asks is still in question (no charge counted twice). ',
  allAnswered: 'Every finding is answered. ',
  notProof: 'These are questions for the billing office, not proof of an error.',
  whatToAsk: 'What to ask: ',
  /** Shown in Spanish only, above the question as the English-speaking billing office should hear it. */
  askInEnglish: 'The same question in English, to read to the billing office',
  atStake: 'At stake: ',
  amountNotKnown: 'Amount at stake not known yet',
  disputed: (at?: string) => `Disputed${on(at)}: waiting for their answer.`,
  corrected: (at?: string, amountOff?: number) => `Corrected${on(at)}${amountOff ? `: ${formatCents(amountOff)} off the bill` : ''}.`,
  markedRight: (at?: string) => `Marked as right${on(at)}.`,
  answer: (title: string) => `Answer: ${title}`,
  dispute: 'Dispute it',
  theyCorrected: 'They corrected it',
  itsRight: 'It’s right',
  correction: {
    title: 'What they corrected',
    submit: 'Save the correction',
    amount: 'Amount taken off your bill',
    hint: 'In dollars, as the corrected bill shows it.',
  },
  saidDisputed: 'Marked as disputed.',
  saidCorrected: 'Correction saved.',
  saidRight: 'Marked as right.',
};
