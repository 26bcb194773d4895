/*
 * The advocate's words for each step, in English: a title, why it matters
 * (drawn from the playbook and the rules in src/domain/rules.ts) and how to do
 * it (the sentence to say or the letter to send); the buttons that record a
 * step; and why waiting is better before moving on. Short sentences, everyday
 * words: people read this under stress. Figures quoted from practice are
 * labelled as such, not as law. Which step comes next is decided in
 * machines/steps/, not here. Loaded with the first screen that shows a step
 * (src/i18n/language.ts), not in the first download.
 */
import type { AdviceFacts, StepText } from '../../../machines/steps/shared';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';
import { caseScreen } from './caseScreen';
import { common } from './common';

const accountOf = (facts: AdviceFacts) => (facts.account ? `account ${facts.account}` : 'my account');

const advice = {
  requestItemizedBill: (facts: AdviceFacts): StepText => ({
    title: 'Ask for the itemized bill',
    why: "You can't check a bill you can't see. The itemized bill lists each charge with its code, date and units. Don't pay or agree to a payment plan until you have it: a plan locks in a bill nobody has checked.",
    how: `Call the billing office of ${facts.provider}. Say: "I'm requesting an itemized statement with CPT and HCPCS codes, revenue codes, units and dates of service for ${accountOf(facts)}." Then ask again in writing, and keep a copy.`,
  }),
  waitForItemizedBill: (): StepText => ({
    title: 'Wait for the itemized bill',
    why: 'Billing records are part of your health record. The provider must send them within 30 days of your request.',
    how: 'If it has not come by the date below, call again: "I asked for an itemized statement. When will it be sent?" Write down who you spoke to.',
  }),
  confirmClaimStatus: (facts: AdviceFacts): StepText => ({
    title: 'Check the claim with your insurer',
    why: 'The bill may have come before your insurer finished the claim. The Explanation of Benefits (EOB) shows what you really owe.',
    how: `Call the number on your insurance card and ask: "Has the claim from ${facts.provider} for this visit been processed? Please send me the Explanation of Benefits."`,
  }),
  claimStillPending: (): StepText => ({
    title: 'Follow up on the pending claim',
    why: "Your insurer has not decided yet. What you owe can change when it does, so don't pay the provider now.",
    how: 'Call your insurer: "When will this claim be decided? Is anything missing?" Then tell the provider the claim is still open.',
  }),
  requestHold: (facts: AdviceFacts): StepText => ({
    title: 'Ask for a hold on the account',
    why: 'A hold keeps the account from going to collections while you check it. Billing offices often agree when you ask in calm, clear words.',
    how: `Say: "I'm disputing these charges pending documentation. Please place ${accountOf(facts)} on an administrative hold while I review the itemized bill and the insurance claim." Ask how long the hold lasts. Write down the name and a reference number.`,
  }),
  startValidation: (): StepText => ({
    title: 'Start checking the bill',
    why: "You have the itemized bill and your insurer's decision. Now you can check each charge.",
    how: 'Move on to the next phase. You will compare the bill with the EOB line by line.',
  }),
  reviewBill: (): StepText => ({
    title: 'Check the bill line by line',
    why: "Billing errors are common. Look for charges listed twice, care you didn't get, and codes for more care than you had. Compare each line with the EOB.",
    how: 'For each charge you question, ask the billing office: "Can you provide the documentation that supports this charge?" Record each problem you find. If you find none, say so here.',
  }),
  reviewFindings: (count: number, inQuestion: string): StepText => ({
    title: count === 1 ? 'Check the finding on your bill' : `Check the ${count} findings on your bill`,
    why: `Billpath checked the bill's lines and codes (and your EOB, if you have one) and found ${count === 1 ? 'one thing' : `${count} things`} a billing office must answer for, with up to ${inQuestion} in question. Billing errors are common; each answer can lower what you owe.`,
    how: 'Read each finding under "Your bill": each one says the exact question to ask. Dispute the ones that look wrong. Mark a finding as right if you know the charge is correct.',
  }),
  noFindings: (): StepText => ({
    title: 'No problems found: look over the bill once yourself',
    why: "Billpath checked the lines against its rules and your EOB and found nothing to question. It can't know what care you really got.",
    how: "Look for anything you don't remember getting. If you find something, record it; if not, go on.",
  }),
  disputeInWriting: (): StepText => ({
    title: 'Send your dispute in writing',
    why: 'A written dispute makes a record the billing office has to answer. Calls alone are easy to lose.',
    how: 'Send a letter that lists each charge you question, with its code, date and amount. Say: "I\'m disputing these charges pending documentation. Please correct them or send the records that support them." Keep a copy.',
  }),
  waitForDisputeAnswer: (): StepText => ({
    title: 'Wait for the answer to your dispute',
    why: 'The billing office needs time to check. The account should stay on hold while it does.',
    how: 'If no answer comes by the follow-up date, call and ask for a supervisor. When they answer, record what they corrected.',
  }),
  fileAppeal: (): StepText => ({
    title: 'Appeal the denied claim',
    why: 'A denial is not the last word: about 4 in 10 appeals succeed (KFF). Most plans give you 180 days from the denial. Medicare gives 120 days and Medicare Advantage 60. The date on your denial letter is the one that counts.',
    how: 'Ask your insurer for the denial letter and its reason code. Then write: "I am appealing the denial of this claim. Please review it again with the records I have attached." Ask your doctor\'s office for a letter of support.',
  }),
  waitForAppeal: (): StepText => ({
    title: 'Wait for the appeal decision',
    why: 'For care you already got, the plan must decide within 60 days.',
    how: 'Ask the provider to keep the account on hold until the appeal is decided.',
  }),
  applyForAssistance: (facts: AdviceFacts): StepText => ({
    title: 'Apply for financial assistance',
    why: facts.nonprofit
      ? 'Nonprofit hospitals must have a plan to help people pay. They must take requests for 240 days after the first bill. Help can lower or erase what you owe.'
      : 'Many hospitals and some doctors lower or forgive bills for people with low or middle incomes. It is worth asking.',
    how: 'Say: "I\'d like to apply for financial help. Please send me your financial assistance policy and the form to apply." Ask them to hold the account while it is reviewed. List every adult\'s income on the form.',
  }),
  waitForAssistance: (): StepText => ({
    title: 'Wait for the assistance decision',
    why: 'A decision can lower or erase the bill. Offering money before then could mean paying more than you need to.',
    how: 'Ask: "Is my application complete? When will I get a decision?" Make sure the account stays on hold.',
  }),
  startNegotiation: (): StepText => ({
    title: 'Start negotiating',
    why: 'The bill has been checked and your disputes answered. Now you can work on the balance that is left.',
    how: 'Move on to negotiation. You will make an offer and get any deal in writing.',
  }),
  makeOffer: (facts: AdviceFacts, offer: number): StepText => ({
    title: 'Make a lump-sum offer',
    why: 'Providers collect only 20 to 40 % of what patients owe (playbook figure). Money now in one payment is worth a lot to them, so they often take much less.',
    how: `Say: "Given the circumstances, what resolution options exist to close this account? I can pay ${formatCents(offer)} in one payment to settle it in full." That is about 30 % of ${formatCents(facts.balance)}. Don't agree to a payment plan yet.`,
  }),
  waitForOfferAnswer: (offer: number): StepText => ({
    title: 'Wait for an answer to your offer',
    why: 'Give them time to review it, but not forever. Follow up by the date below.',
    how: `If no answer comes, call and ask: "Has my offer of ${formatCents(offer)} been reviewed? Who can approve it?"`,
  }),
  answerCounteroffer: (counter: number, middle: number): StepText => ({
    title: 'Answer their counteroffer',
    why: 'A counteroffer means they want to settle. You can accept it, or offer something in between.',
    how: `They asked for ${formatCents(counter)}. If you can pay that, accept and ask for it in writing. If not, say: "I can do ${formatCents(middle)}. Can you accept that to settle the account?"`,
  }),
  weighPaymentPlan: (monthly: number, months: number): StepText => ({
    title: 'Think before you take the payment plan',
    why: 'A payment plan freezes the balance and ends the talks. Ask about financial assistance and a lump-sum discount first.',
    how: `They offered ${formatCents(monthly)} a month for ${months} months. Say: "Before I agree to a plan, I'd like to know about financial assistance and any prompt-pay discount." If you take the plan, get it in writing with no interest.`,
  }),
  escalate: (who: string): StepText => ({
    title: `Ask for ${who}`,
    why: "The first person you reach often can't approve a discount. Someone higher up can.",
    how: `Say politely: "I understand you can't approve this. May I speak with ${who}?" Write down each name and a reference number. Then make your offer again.`,
  }),
  getAgreementInWriting: (facts: AdviceFacts, agreed: number, what: 'offer' | 'plan' | 'assistance' | 'collector'): StepText => ({
    title: 'Get the agreement in writing',
    why: {
      offer: "A promise on the phone is not proof. Don't pay until you have a letter with the amount and the words \"paid in full\".",
      collector: "A collector's promise on the phone is not proof. Don't pay until you have a letter with the amount, \"paid in full\", and the promise to delete the account from your credit reports.",
      plan: "A promise on the phone is not proof. Don't make the first payment until the plan's terms are in writing.",
      assistance: 'A decision on the phone is not proof. The written decision shows the new balance and protects you if the bill comes back.',
    }[what],
    how: {
      offer: `Ask: "Please send me a letter that says you will accept ${formatCents(agreed)} as payment in full for ${accountOf(facts)}." Pay only after it comes.`,
      collector: `Ask: "Please send me a letter that says you will accept ${formatCents(agreed)} as payment in full and will delete this account from my credit reports." Pay only after it comes.`,
      plan: `Ask: "Please confirm the plan for ${accountOf(facts)} in a letter. Put in the amount each month and how many months. Say there is no interest and no credit reporting while I pay."`,
      assistance: `Ask: "Please send me the financial assistance decision in writing, with the new balance for ${accountOf(facts)}."`,
    }[what],
  }),
  requestDebtValidation: (agency: string, tooEarly?: { hospital: string; allowedFrom: string }): StepText => ({
    title: 'Ask the collector to prove the debt',
    why: 'Ask in writing, by the date shown. Then the collector must stop collecting until it proves the debt.'
      + (tooEarly ? ` Also: ${tooEarly.hospital} handed this to a collector before ${formatLongDate(tooEarly.allowedFrom)}. Until then a nonprofit hospital may not sell the debt, report it to credit bureaus or sue, and it must warn you in writing 30 days before. If the debt was sold or shows on your credit report, ask the hospital in writing to take it back and check you for financial assistance. You can also tell the IRS on Form 13909.` : ''),
    how: `Mail a letter to ${agency || 'the collector'} by certified mail, and keep the receipt. Write: "I dispute this debt. Please send proof of the amount, the name of the original creditor, and your right to collect it."`,
  }),
  waitForValidation: (): StepText => ({
    title: "Wait for the collector's proof",
    why: "Until they send proof, they must stop collecting. Don't pay and don't agree to anything yet.",
    how: 'If a collector calls before sending proof, say: "I have disputed this debt in writing. Please send the verification."',
  }),
  confirmDebtOwner: (agency: string, creditor: string): StepText => ({
    title: 'Check who owns the debt',
    why: `Before you offer anything, make sure ${agency || 'the collector'} owns this debt or may settle it for ${creditor || 'the original creditor'}. A deal with someone who can't settle doesn't end the debt.`,
    how: 'Ask: "Do you own this debt, or do you collect it for someone else? Can you settle it and delete it from my credit reports? Please confirm in writing."',
  }),
  checkCreditReporting: (rules: { underThreshold: boolean; notBefore?: string }): StepText => ({
    title: 'Check how this debt may show on your credit report',
    why: (rules.underThreshold
      ? 'By their own rules (not a law), the three credit bureaus do not list medical debt in collections under $500. So this one should not show at all.'
      : `By their own rules (not a law), the three credit bureaus wait a year before they list unpaid medical debt in collections${rules.notBefore ? ` (about ${formatLongDate(rules.notBefore)} for this bill)` : ''}. They remove it once it is paid.`)
      + ' A 2025 federal rule that would have kept medical debt off credit reports was struck down by a court in July 2025, so it does not protect you. Your state may.',
    how: 'Get your free reports at AnnualCreditReport.com. If this debt is listed too early, or below $500, dispute it with the bureau and keep a copy.',
  }),
  extendHold: (until: string): StepText => ({
    title: 'Ask for more time on the hold',
    why: `Your hold ends on ${formatLongDate(until)}. After that, the bill can go to collections while your questions are still open.`,
    how: 'Call the billing office: "My questions about this bill are still open. Please extend the hold on my account by 30 days and send me the new date in writing."',
  }),
  followUp: (title: string, due: string): StepText => ({
    title,
    why: `You set ${formatLongDate(due)} to follow up. When a promise is not kept, a prompt call keeps your case moving and your notes complete.`,
    how: 'Call or write: "I\'m following up on our last contact. Where does this stand, and when will I have an answer?" Then log the call here.',
  }),
  startProviderDispute: (due: string): StepText => ({
    title: 'Start the patient-provider dispute',
    why: `The bill is $400 or more above your good faith estimate. You can start a federal dispute until ${formatLongDate(due)}; after that, the right is gone.`,
    how: 'Call the No Surprises Help Desk at 1-800-985-3059 to start it (there is a small fee). Then send the provider the no-surprises dispute letter from the Letters section.',
  }),
  negotiateWithCollector: (offer: number): StepText => ({
    title: 'Negotiate with the collector',
    why: 'Collectors often settle for 30 to 50 % of the balance (playbook figure). Ask them to delete the account from your credit reports when you pay.',
    how: `Say: "I can pay ${formatCents(offer)} to settle this account in full if you agree to delete it from my credit reports. Please put that in writing."`,
  }),
  makePayment: (left: number): StepText => ({
    title: `Pay exactly ${formatCents(left)}`,
    why: 'Pay only the amount in the written agreement, and keep proof that you paid.',
    how: 'Pay by check or card for exactly that amount. Put the account number on the payment. Keep the receipt. Never give them access to your bank account.',
  }),
  confirmZeroBalance: (facts: AdviceFacts): StepText => ({
    title: 'Get a zero-balance letter',
    why: 'A letter that says you owe nothing protects you if the bill ever shows up again.',
    how: `Ask: "Please send me a letter confirming that ${accountOf(facts)} has a zero balance."`,
  }),
  checkCreditReport: (history: 'not-validated' | 'collections' | 'none', window?: { from: string; to: string }): StepText => ({
    title: 'Check your credit report',
    why: {
      'not-validated': 'The collector could not prove the debt. Make sure it is not on your credit report.',
      collections: 'Paid medical collections should not be on your credit report. Check that this one is gone.',
      none: 'A medical bill you settled should never show up on your credit report. A quick check makes sure.',
    }[history],
    how: (window ? `Check between ${formatLongDate(window.from)} and ${formatLongDate(window.to)}: the reports take a few weeks to show a payment. ` : '')
      + 'Get your free reports at AnnualCreditReport.com. If this bill is there, dispute it with the credit bureau and send a copy of your letters.',
  }),
  closeCase: (): StepText => ({
    title: 'Close the case',
    why: 'Everything is done. Closing keeps your file just as it is.',
    how: 'Keep your letters and records for at least 7 years. A debt can stay on a credit report that long.',
  }),
  keepRecords: (): StepText => ({
    title: 'This bill is closed',
    why: 'You finished. Keep the file in case the bill ever shows up again.',
    how: 'Keep this case and its letters. A backup of the case is a good idea.',
  }),
};

/** The buttons that record a step (one way each to say it was done). */
const actions = {
  askedForIt: 'I asked for it',
  alreadyHaveIt: 'I already have it',
  claimProcessed: 'It was processed',
  claimPending: 'It is still pending',
  claimDenied: 'It was denied',
  haveEob: 'I have the EOB',
  askedForHold: 'I asked for a hold',
  holdConfirmed: 'They confirmed a hold',
  goOnWithout: 'Go on without it',
  billCame: 'The itemized bill came',
  startChecking: 'Start checking the bill',
  foundProblem: 'I found a problem',
  foundNothing: 'I found nothing to dispute',
  disputeAll: (count: number) => (count === 1 ? 'Dispute it' : `Dispute all ${count}`),
  noneAProblem: 'None of these is a problem',
  haveItInWriting: 'I have it in writing',
  theyAnswered: 'They answered',
  theyAlreadyAnswered: 'They already answered',
  sentLetter: 'I sent the letter',
  filedAppeal: 'I filed the appeal',
  applied: 'I applied',
  negotiateAnyway: 'Negotiate now anyway',
  appealApproved: 'The appeal was approved',
  appealDenied: 'The appeal was denied',
  recordDecision: 'Record the decision',
  startNegotiating: 'Start negotiating',
  backedOut: 'They backed out',
  acceptedIt: 'I accepted it',
  madeNewOffer: 'I made a new offer',
  saidNo: 'I said no',
  theyAccepted: 'They accepted',
  theyCountered: 'They made a counteroffer',
  theySaidNo: 'They said no',
  offeredLumpSum: 'I offered a lump sum instead',
  acceptedPlan: 'I accepted the plan',
  turnedDown: 'I turned it down',
  madeOffer: 'I made an offer',
  planOffered: 'They offered a payment plan',
  reached: (who: string) => `I reached ${who}`,
  madeAnotherOffer: 'I made another offer',
  checkedReports: 'I checked my reports',
  negotiateWithout: 'Negotiate without it',
  sentProof: 'They sent proof',
  couldNotProve: 'They could not prove it',
  ownsAndCanSettle: 'They own it and can settle',
  paid: 'I paid',
  haveLetter: 'I have the letter',
  closeCase: 'Close the case',
  askedForMoreTime: 'I asked for more time',
  gotNewDate: 'They gave me a new date',
  logCall: 'Log the call',
  startedDispute: 'I started the dispute',
};

/** Asked before moving on without waiting: why waiting is better, in one or two sentences. */
const waitFirst = {
  papers: "Waiting is better. Without the itemized bill and the insurer's decision, you can't tell what you really owe.",
  decisions: 'Waiting is better. The answer on your appeal or your request for help may lower what you owe. Wait before you offer anything.',
  findings: 'Each finding is a question the billing office has to answer. If you skip them, you may pay for errors. Go on only if you have checked them.',
  proof: 'Ask for proof first. After the deadline, you lose the right to make them stop collecting until they prove the debt.',
};

/** Who is meant when the bill does not say. */
const unnamed = { provider: 'the provider', hospital: 'The hospital' };

export const steps = {
  advice,
  escalation: common.escalation,
  actions,
  waitFirst,
  unnamed,
  /** Who a reminder names when the person has not typed a name (the deadlines' own words). */
  parties: caseScreen.parties,
  followUpOn: (party: string) => `Follow up on ${party}`,
  /** Read out after a step is recorded, and on the case list. */
  recorded: 'Recorded.',
  nextStep: (title: string) => `Next step: ${title}.`,
  cannotRecord: 'This can’t be recorded at this step.',
  openToSee: 'Open the case to see the next step',
};
