/*
 * The letters section's words, in English: each letter's name and a short
 * explanation of what it says and asks, the buttons, and "Mark as sent". The
 * letters themselves (src/domain/letters/) are always in English: offices
 * read English, so a Spanish screen explains them instead of translating them.
 */
import type { LetterKind } from '../../domain/letters';
import type { letterMethods } from '../../domain/events';

export const letters = {
  title: 'Letters',
  intro: 'Each letter is filled in from your case. Fill the blanks in [brackets], change anything you like, then send it by mail, fax, the billing portal or email. Keep a copy.',
  which: 'Which letter',
  forNextStep: ' (for your next step)',
  /** Shown only when the screen is not in English. */
  inEnglish: 'The letter is in English because the office reads English.',
  offersClosed: 'You accepted a payment plan. A plan ends the talks: an offer for less now would go back on it. Keep paying the plan and get it in writing.',
  stale: 'Your case has changed since you edited this letter. "Start again from the template" brings in the new details.',
  copy: 'Copy the letter',
  print: 'Print it',
  save: 'Save it as a text file',
  startAgain: 'Start again from the template',
  markSent: 'Mark as sent',
  copied: 'Copied. Paste it into an email, a portal message or a document.',
  copyBlocked: 'Copying is blocked here: select the text in the box and copy it.',
  recorded: (label: string) => `Recorded: ${label.toLowerCase()}, sent.`,
  labels: {
    'itemized-bill-request': 'Ask for the itemized bill',
    'hold-request': 'Ask for a hold on the account',
    'billing-dispute': 'Dispute the charges',
    'financial-assistance-request': 'Ask for financial assistance',
    'settlement-offer': 'Offer to settle the account',
    'written-agreement-request': 'Ask for the agreement in writing',
    'internal-appeal': 'Appeal a denied claim',
    'no-surprises-dispute': 'Dispute a surprise bill',
    'debt-validation': 'Ask the collector to prove the debt',
    'pay-for-delete': 'Offer a collector payment for deletion',
    'call-summary': 'Sum up a phone call in writing',
    'zero-balance-request': 'Ask for proof of a zero balance',
  } satisfies Record<LetterKind, string>,
  explain: {
    'itemized-bill-request': 'This letter asks for a list of every charge, with its code, date and amount. It also asks them to hold the account while you check it.',
    'hold-request': 'This letter says you are checking the bill. It asks them to pause the account and not send it to collections or credit bureaus meanwhile.',
    'billing-dispute': 'This letter lists the charges you question and what you ask about each. It asks them to fix them or show the records, and to hold the account.',
    'financial-assistance-request': 'This letter asks for the financial assistance policy and the form to apply. It asks them to hold the account while they review it.',
    'settlement-offer': 'This letter offers one payment to settle the whole account. You pay only after they agree in writing that the balance will be zero.',
    'written-agreement-request': 'This letter says what you agreed with them. It asks them to send that agreement in writing before you pay.',
    'internal-appeal': 'This letter asks your health plan to look again at a denied claim. It says the care was needed and asks for the papers they used.',
    'no-surprises-dispute': 'This letter says the No Surprises Act limits what this bill can charge you. It asks them to lower the bill.',
    'debt-validation': 'This letter tells the collector you dispute the debt. It asks them to prove it, and to stop collecting until they do.',
    'pay-for-delete': 'This letter offers the collector a payment to settle the debt, if they remove it from your credit reports. You pay only after they agree in writing.',
    'call-summary': 'This letter sums up a phone call: who you spoke to, when, and what they said. It asks them to say in writing if anything is wrong.',
    'zero-balance-request': 'This letter says why you owe nothing more. It asks them to confirm in writing that the balance is zero.',
  } satisfies Record<LetterKind, string>,
  sent: {
    title: (label: string) => `Sent: ${label.toLowerCase()}`,
    submit: 'Save',
    at: { label: 'Date sent' },
    method: { label: 'How you sent it' },
    followUp: { label: 'Follow up if no answer by', hint: 'Call or write again on this date.' },
    methods: {
      mail: 'Mail', fax: 'Fax', portal: 'Billing portal', email: 'Email', 'in-person': 'In person',
    } satisfies Record<(typeof letterMethods)[number], string>,
  },
};
