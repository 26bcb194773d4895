/*
 * The billing words a person meets in Billpath, each said plainly, in
 * English. The insurance terms follow HealthCare.gov's glossary; the codes
 * follow CMS; ECA and the financial assistance policy follow IRS §501(r)
 * (26 CFR 1.501(r)-1); the collection terms follow the FDCPA and Regulation F
 * (DOMAIN.md). Written for Billpath, not copied. Each term lists the forms it
 * takes in an English text (src/domain/glossary.ts finds them).
 */
import type { GlossaryTerm } from '../../domain/glossary';

export const glossary = {
  terms: {
    eob: {
      term: 'EOB (Explanation of Benefits)',
      forms: ['Explanation of Benefits', 'EOB'],
      definition: 'A statement from your insurer, sent after it decides a claim. It shows what the provider charged, what the plan paid, and what you owe. It is not a bill.',
    },
    'itemized-bill': {
      term: 'Itemized bill',
      forms: ['itemized statement', 'itemized bill'],
      definition: 'A bill that lists every charge on its own line, with its date, its code and its price. You can ask for it, free.',
    },
    cpt: {
      term: 'CPT code',
      forms: ['CPT'],
      definition: 'A five-digit code for a test, visit or procedure, like 99213 for an office visit. Bills and claims use it to say what was done.',
    },
    hcpcs: {
      term: 'HCPCS code',
      forms: ['HCPCS'],
      definition: 'A code Medicare and insurers use for things a CPT code does not cover, like drugs, supplies and ambulance rides. It starts with a letter, like J2405.',
    },
    'revenue-code': {
      term: 'Revenue code',
      forms: ['revenue codes', 'revenue code'],
      definition: 'A four-digit code on a hospital bill that names the department. For example, 0450 is the emergency room.',
    },
    modifier: {
      term: 'Modifier',
      forms: ['modifiers', 'modifier'],
      definition: 'Two characters added to a code, like -25 or -59. A modifier changes how a charge is paid, so it needs a real reason in your records.',
    },
    carc: {
      term: 'CARC (claim adjustment reason code)',
      forms: ['adjustment reason code', 'CARC'],
      definition: 'A code on the EOB that says why your plan changed an amount or did not pay it. CO-45 is a discount you do not owe. PR-1 is your deductible.',
    },
    'allowed-amount': {
      term: 'Allowed amount',
      forms: ['allowed amount'],
      definition: 'The price your plan agreed to for a service. What the plan pays and what you pay add up to it. In network, the provider may not bill you for more.',
    },
    deductible: {
      term: 'Deductible',
      forms: ['deductible'],
      definition: 'What you pay each year for covered care before your plan starts to pay. Some care, like checkups, the plan pays for before that.',
    },
    coinsurance: {
      term: 'Coinsurance',
      forms: ['coinsurance'],
      definition: 'Your share of the cost after the deductible, as a percent. With 20 % coinsurance, you pay $20 of a $100 allowed amount.',
    },
    copay: {
      term: 'Copay',
      forms: ['copayment', 'copay'],
      definition: 'A set amount you pay for a visit or a drug, like $30.',
    },
    'in-network': {
      term: 'In network and out of network',
      forms: ['out-of-network', 'out of network', 'in-network', 'in network'],
      definition: 'In network means the provider has a deal with your plan on prices. Out of network means no deal, so the bill can be higher.',
    },
    'no-surprises-act': {
      term: 'No Surprises Act',
      forms: ['No Surprises Act'],
      definition: 'A federal law in force since 2022. If you have insurance, it protects you from surprise bills for emergency care and air ambulances. It also covers care from a provider outside your network at a hospital in your network. If you pay on your own, you get a good faith estimate.',
    },
    'good-faith-estimate': {
      term: 'Good faith estimate',
      forms: ['good faith estimate'],
      definition: 'A written estimate of the cost. If you pay on your own, a provider must give you one when you book care at least 3 work days ahead, or when you ask. If a provider bills $400 or more above it, you can dispute the bill within 120 days.',
    },
    'financial-assistance': {
      term: 'Financial assistance (charity care)',
      forms: ['financial assistance policy', 'financial assistance', 'financial help', 'charity care'],
      definition: 'Help from a hospital to lower or erase a bill, based on your income. Nonprofit hospitals must have a written policy and take requests.',
    },
    eca: {
      term: 'ECA (extraordinary collection action)',
      forms: ['extraordinary collection action', 'ECA'],
      definition: 'A hard step to collect a debt, like selling it, reporting it to credit bureaus, suing, or a lien. A nonprofit hospital may not take one for 120 days after the first bill. It must also warn you in writing 30 days before.',
    },
    'debt-validation': {
      term: 'Debt validation',
      forms: ['validation window', 'debt validation', 'validation notice'],
      definition: 'Your right to make a collector prove a debt. Ask in writing within the time on its notice, and it must stop collecting until it sends proof.',
    },
    'original-creditor': {
      term: 'Original creditor',
      forms: ['original creditor'],
      definition: 'Who you owed the money to first, like the hospital, before a collector took the account.',
    },
    'credit-bureau': {
      term: 'Credit bureau',
      forms: ['credit bureaus', 'credit bureau'],
      definition: 'The three firms that keep credit reports: Equifax, Experian and TransUnion. By their own rules, not a law, they leave off medical debt that was paid, that is under $500, or that is less than a year old.',
    },
    'credit-report': {
      term: 'Credit report',
      forms: ['credit reports', 'credit report'],
      definition: 'The record of your debts and payments that lenders read. You can see yours for free at AnnualCreditReport.com.',
    },
    'pay-for-delete': {
      term: 'Pay for delete',
      forms: ['pay-for-delete', 'pay for delete'],
      definition: 'A deal where you pay and the collector asks the credit bureaus to remove the account. Get it in writing before you pay.',
    },
    appeal: {
      term: 'Internal appeal',
      forms: ['internal appeal'],
      definition: 'Asking your insurer to look again at a claim it denied. Most plans give you 180 days from the denial. Medicare and some other plans give less, so check the date on the denial.',
    },
  } satisfies Record<string, GlossaryTerm>,
  /** The folded list at the foot of the home screen and of each case. */
  listTitle: (count: number) => `Billing words explained (${count})`,
  /** Read out with each term's button. */
  hint: 'Shows what this word means',
};
