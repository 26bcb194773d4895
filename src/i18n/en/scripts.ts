/*
 * What to say on the phone at each step, in English: the words to use, the
 * questions to ask, and what never to say (and why). From the playbook
 * (DOMAIN.md, "The playbook"): operational language beats emotional language;
 * hardship comes after credibility; never rely on a verbal promise; don't pay,
 * take a plan or use a credit card before the bill is checked. The state-law
 * point about partial payments restarting the statute of limitations is marked
 * "in some states" because it varies (research/rules.md, statutes of
 * limitations). Steps with no call to make have no script here
 * (src/domain/scripts.ts).
 */
import type { CallScript, ScriptFacts, Unsaid } from '../../domain/scripts';

const never = {
  payToEndIt: { words: "I'll just pay it to get it over with.", because: 'Paying before the bill is checked accepts every error on it and ends the negotiation.' },
  paymentPlan: { words: 'Can I just set up a payment plan?', because: 'A plan freezes the balance and signals you accept it: no lower offer can be made after.' },
  creditCard: { words: "I'll put it on my credit card.", because: 'It turns a medical bill, with its protections and no interest, into card debt with interest.' },
  angry: { words: 'This is a scam. You people are robbing me.', because: 'Anger puts the person on the defensive. Calm, precise requests get things done.' },
  goodFaith: { words: "I'll send something now as a good-faith payment.", because: 'A partial payment weakens your position and, in some states, restarts the time limit to sue on an old debt.' },
  admitDebt: { words: "Yes, that's my debt, I'll pay it.", because: 'Until the collector proves the debt, agree to nothing. In some states a promise to pay restarts the time limit to sue.' },
  bankAccess: { words: 'Just take it from my bank account.', because: 'Never give a collector access to your account. Pay the agreed amount once, by a method that leaves a record.' },
  verbalDeal: { words: "OK, I'll pay now and you can send the letter later.", because: 'A promise on the phone is easy to lose. Get every deal in writing before you pay.' },
  revealLimit: { words: 'I have savings I could use.', because: 'It tells them your walk-away. Offer low and let them come to you.' },
} satisfies Record<string, Unsaid>;

const forTheRecord = 'What is your name, and is there a reference number for this call?';
const yourAccount = (facts: ScriptFacts) => (facts.account ? `account ${facts.account}` : 'my account');

const steps = {
  'request-itemized-bill': (facts: ScriptFacts): CallScript => ({
    say: [`I'm requesting an itemized statement with CPT and HCPCS codes, revenue codes, units and dates of service for ${yourAccount(facts)}.`],
    ask: ['Will you send it by mail or through the portal, and by what date?', 'Can you note on the account that I asked for it today?', forTheRecord],
    neverSay: [never.payToEndIt, never.paymentPlan],
  }),
  'confirm-claim-status': (): CallScript => ({
    say: ["I'm calling to confirm how the claim for this visit was processed."],
    ask: ['Was the claim paid, denied, or is it still pending?', 'What is my share, and why?', 'If it was denied, what is the reason code and the deadline to appeal?', 'Was the provider in my network?', forTheRecord],
    neverSay: [{ words: "I guess it's not covered, then.", because: 'A denial is a decision you can appeal; about 4 in 10 appeals succeed (KFF).' }],
  }),
  'request-hold': (facts: ScriptFacts): CallScript => ({
    say: [`I'm disputing these charges pending documentation. Please place ${yourAccount(facts)} on an administrative hold while I review it.`],
    ask: ['How long will the hold last?', 'Can you confirm the hold in writing?', 'Will the account stay out of collections while the hold is on?', forTheRecord],
    neverSay: [never.payToEndIt, never.goodFaith, never.paymentPlan],
  }),
  'review-findings': (): CallScript => ({
    say: ["I've compared the itemized bill with my Explanation of Benefits and found charges I need explained."],
    ask: ['Can you send the documentation that supports these charges?', 'Who reviews billing questions, and how long does it take?', forTheRecord],
    neverSay: [never.angry, never.payToEndIt],
  }),
  'dispute-findings': (): CallScript => ({
    say: ["I'm disputing these charges pending documentation. I'm sending the list in writing, with each code and amount."],
    ask: ['Will you send a corrected bill, or the records that support each charge?', 'Will the account stay on hold during the review?', forTheRecord],
    neverSay: [never.angry, never.goodFaith],
  }),
  'file-appeal': (): CallScript => ({
    say: ["I'm filing an internal appeal of the denial of this claim."],
    ask: ['What should the appeal include, and where do I send it?', 'What is the deadline, and when will you decide?', 'If this is urgent care, can it be an expedited appeal?', forTheRecord],
    neverSay: [{ words: "I'll just pay the provider and forget the appeal.", because: 'Once you pay, the insurer has little reason to reconsider, and the appeal clock keeps running.' }],
  }),
  'apply-financial-assistance': (): CallScript => ({
    say: ["I'm evaluating financial assistance options. Please send me your financial assistance policy and the application."],
    ask: ['What income limits do you use, and what discount applies at each?', 'Will you hold the account while my application is reviewed?', 'Does assistance also cover bills I have already paid?', forTheRecord],
    neverSay: [{ words: "I probably don't qualify.", because: 'Many hospitals help households well above the poverty line. Apply and let them decide.' }, never.paymentPlan],
  }),
  'make-offer': (): CallScript => ({
    say: ['Given the circumstances, what resolution options exist to close this account?', 'I can pay a lump sum now in full settlement of the account, if you confirm it in writing.'],
    ask: ['Is there a prompt-pay or self-pay discount?', 'Who can approve a settlement, if you cannot?'],
    neverSay: [never.revealLimit, never.paymentPlan, never.creditCard],
  }),
  'respond-to-counteroffer': (): CallScript => ({
    say: ['Thank you. I can pay a lump sum within 10 days of receiving the agreement in writing.'],
    ask: ['Can you send that amount in writing, saying it settles the account in full?', 'Is that the best you can approve, or can a supervisor do better?'],
    neverSay: [{ words: "OK, I'll pay whatever you say.", because: 'Your walk-away is your limit. Never agree to more than you can pay.' }, never.paymentPlan],
  }),
  escalate: (): CallScript => ({
    say: ['I understand this is more than you can approve. Who can? Please transfer me, or have them call me back.'],
    ask: ['What is the name and title of the person you are transferring me to?', forTheRecord],
    neverSay: [never.angry],
  }),
  'wait-for-response': (): CallScript => ({
    say: ["I'm following up on my letter and would like to know where it stands."],
    ask: ['When will a decision be made?', 'Is the account still on hold?', forTheRecord],
    neverSay: [never.goodFaith],
  }),
  'get-agreement-in-writing': (): CallScript => ({
    say: ['Please send our agreement in writing: the amount, that it settles the account in full, and how I pay.'],
    ask: ['When will I receive it?', 'Once I pay, will you send a letter showing a zero balance?', forTheRecord],
    neverSay: [never.verbalDeal],
  }),
  'make-payment': (): CallScript => ({
    say: ["I'm paying the amount in our written agreement."],
    ask: ['Please confirm you received the payment.', 'When will you send the zero-balance letter?', forTheRecord],
    neverSay: [never.bankAccess],
  }),
  'request-debt-validation': (): CallScript => ({
    say: ["I'm requesting validation of this debt, and I'm sending my dispute in writing today."],
    ask: ['What address should my written dispute go to?', 'Who is the original creditor, and how was the amount worked out?', 'Is this account reported to the credit bureaus?', forTheRecord],
    neverSay: [never.admitDebt, never.goodFaith, never.bankAccess, { words: "I'll dispute it over the phone, then.", because: 'Only a dispute in writing, sent within the validation period, makes the collector stop until it proves the debt.' }],
  }),
  'negotiate-with-collector': (): CallScript => ({
    say: ['I can offer a lump sum in full settlement, if you agree in writing to delete this account from my credit reports.'],
    ask: ['Do you own this debt, or collect it for someone else? Can you settle it?', 'Will you put the settlement and the deletion in writing before I pay?', forTheRecord],
    neverSay: [never.bankAccess, never.verbalDeal, never.goodFaith],
  }),
  'confirm-zero-balance': (): CallScript => ({
    say: ['Please send me a letter confirming this account has a zero balance.'],
    ask: ['When will it be sent?', forTheRecord],
    neverSay: [{ words: "That's fine, I'll take your word for it.", because: 'If the account comes back, the letter is your proof it was settled.' }],
  }),
  'check-credit-report': (): CallScript => ({
    say: ["I'm disputing this medical collection on my credit report. It has been paid or settled, and I have the letter that shows it."],
    ask: ['The credit bureaus say they remove paid medical collections. Will this one be removed, and when?', 'How long will the investigation take, and will you send me the result in writing?'],
    neverSay: [never.goodFaith],
  }),
};

export const scripts = {
  steps,
  summary: 'What to say on the phone',
  say: 'Say',
  ask: 'Ask',
  neverSay: 'Never say',
  logIt: 'Note the date, time, name and reference number of every call, then log it below.',
  /**
   * Shown only when the script is read in another language: most billing offices answer in English, so each
   * phrase to say or ask is also given in English, and a free interpreter can be asked for. Hospitals that take
   * federal money must offer one (Section 1557 of the Affordable Care Act, 45 CFR 92.201).
   */
  inOtherLanguages: {
    interpreter: 'You can ask for a free interpreter. Hospitals that take federal money must offer one (Section 1557 of the Affordable Care Act, 45 CFR 92.201). Many offices answer in English, so each phrase is also given in English.',
    inEnglish: 'In English:',
  },
};
