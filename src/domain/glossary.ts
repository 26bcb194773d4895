/*
 * The billing words a person meets in Billpath, each said plainly. The
 * insurance terms follow HealthCare.gov's glossary; the codes follow CMS; ECA
 * and the financial assistance policy follow IRS §501(r) (26 CFR 1.501(r)-1);
 * the collection terms follow the FDCPA and Regulation F (DOMAIN.md). Written
 * for Billpath, not copied. Each entry lists the forms it takes in a text.
 */

export type GlossaryEntry = {
  id: string;
  /** The term as the glossary names it. */
  term: string;
  /** Every form it takes in a text (the first is matched first when two overlap). */
  forms: readonly string[];
  definition: string;
};

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'eob',
    term: 'EOB (Explanation of Benefits)',
    forms: ['Explanation of Benefits', 'EOB'],
    definition: 'A statement from your insurer, sent after it decides a claim. It shows what the provider charged, what the plan paid, and what you owe. It is not a bill.',
  },
  {
    id: 'itemized-bill',
    term: 'Itemized bill',
    forms: ['itemized statement', 'itemized bill'],
    definition: 'A bill that lists every charge on its own line, with its date, its code and its price. You can ask for it, free.',
  },
  {
    id: 'cpt',
    term: 'CPT code',
    forms: ['CPT'],
    definition: 'A five-digit code for a test, visit or procedure, like 99213 for an office visit. Bills and claims use it to say what was done.',
  },
  {
    id: 'hcpcs',
    term: 'HCPCS code',
    forms: ['HCPCS'],
    definition: 'A code Medicare and insurers use for things a CPT code does not cover, like drugs, supplies and ambulance rides. It starts with a letter, like J2405.',
  },
  {
    id: 'revenue-code',
    term: 'Revenue code',
    forms: ['revenue codes', 'revenue code'],
    definition: 'A four-digit code on a hospital bill that names the department. For example, 0450 is the emergency room.',
  },
  {
    id: 'modifier',
    term: 'Modifier',
    forms: ['modifiers', 'modifier'],
    definition: 'Two characters added to a code, like -25 or -59. A modifier changes how a charge is paid, so it needs a real reason in your records.',
  },
  {
    id: 'carc',
    term: 'CARC (claim adjustment reason code)',
    forms: ['adjustment reason code', 'CARC'],
    definition: 'A code on the EOB that says why your plan changed an amount or did not pay it. CO-45 is a discount you do not owe. PR-1 is your deductible.',
  },
  {
    id: 'allowed-amount',
    term: 'Allowed amount',
    forms: ['allowed amount'],
    definition: 'The price your plan agreed to for a service. What the plan pays and what you pay add up to it. In network, the provider may not bill you for more.',
  },
  {
    id: 'deductible',
    term: 'Deductible',
    forms: ['deductible'],
    definition: 'What you pay each year for covered care before your plan starts to pay. Some care, like checkups, the plan pays for before that.',
  },
  {
    id: 'coinsurance',
    term: 'Coinsurance',
    forms: ['coinsurance'],
    definition: 'Your share of the cost after the deductible, as a percent. With 20 % coinsurance, you pay $20 of a $100 allowed amount.',
  },
  {
    id: 'copay',
    term: 'Copay',
    forms: ['copayment', 'copay'],
    definition: 'A set amount you pay for a visit or a drug, like $30.',
  },
  {
    id: 'in-network',
    term: 'In network and out of network',
    forms: ['out-of-network', 'out of network', 'in-network', 'in network'],
    definition: 'In network means the provider has a deal with your plan on prices. Out of network means no deal, so the bill can be higher.',
  },
  {
    id: 'no-surprises-act',
    term: 'No Surprises Act',
    forms: ['No Surprises Act'],
    definition: 'A federal law in force since 2022. If you have insurance, it protects you from surprise bills for emergency care and air ambulances. It also covers care from a provider outside your network at a hospital in your network. If you pay on your own, you get a good faith estimate.',
  },
  {
    id: 'good-faith-estimate',
    term: 'Good faith estimate',
    forms: ['good faith estimate'],
    definition: 'A written estimate of the cost. If you pay on your own, a provider must give you one when you book care at least 3 work days ahead, or when you ask. If a provider bills $400 or more above it, you can dispute the bill within 120 days.',
  },
  {
    id: 'financial-assistance',
    term: 'Financial assistance (charity care)',
    forms: ['financial assistance policy', 'financial assistance', 'financial help', 'charity care'],
    definition: 'Help from a hospital to lower or erase a bill, based on your income. Nonprofit hospitals must have a written policy and take requests.',
  },
  {
    id: 'eca',
    term: 'ECA (extraordinary collection action)',
    forms: ['extraordinary collection action', 'ECA'],
    definition: 'A hard step to collect a debt, like selling it, reporting it to credit bureaus, suing, or a lien. A nonprofit hospital may not take one for 120 days after the first bill. It must also warn you in writing 30 days before.',
  },
  {
    id: 'debt-validation',
    term: 'Debt validation',
    forms: ['validation window', 'debt validation', 'validation notice'],
    definition: 'Your right to make a collector prove a debt. Ask in writing within the time on its notice, and it must stop collecting until it sends proof.',
  },
  {
    id: 'original-creditor',
    term: 'Original creditor',
    forms: ['original creditor'],
    definition: 'Who you owed the money to first, like the hospital, before a collector took the account.',
  },
  {
    id: 'credit-bureau',
    term: 'Credit bureau',
    forms: ['credit bureaus', 'credit bureau'],
    definition: 'The three firms that keep credit reports: Equifax, Experian and TransUnion. By their own rules, not a law, they leave off medical debt that was paid, that is under $500, or that is less than a year old.',
  },
  {
    id: 'credit-report',
    term: 'Credit report',
    forms: ['credit reports', 'credit report'],
    definition: 'The record of your debts and payments that lenders read. You can see yours for free at AnnualCreditReport.com.',
  },
  {
    id: 'pay-for-delete',
    term: 'Pay for delete',
    forms: ['pay-for-delete', 'pay for delete'],
    definition: 'A deal where you pay and the collector asks the credit bureaus to remove the account. Get it in writing before you pay.',
  },
  {
    id: 'appeal',
    term: 'Internal appeal',
    forms: ['internal appeal'],
    definition: 'Asking your insurer to look again at a claim it denied. Most plans give you 180 days from the denial. Medicare and some other plans give less, so check the date on the denial.',
  },
];

export type TextPart = string | { text: string; entry: GlossaryEntry };

const forms = glossary
  .flatMap((entry) => entry.forms.map((form) => ({ form, entry })))
  .sort((a, b) => b.form.length - a.form.length);
const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any form, whole words only; the longest first, so "financial assistance policy" wins over "financial assistance". */
const anyForm = new RegExp(`(?<![\\w-])(${forms.map(({ form }) => escape(form)).join('|')})(?![\\w-])`, 'gi');
/** An acronym (EOB, CPT) matches in capitals only, so "eca" inside a word or sentence never does. */
const isAcronym = (form: string) => form === form.toUpperCase();

/** Where the names in `text` are (a collector called "Credit Bureau of Napa County" is a name, not a term). */
function nameSpans(text: string, names: readonly string[]): [number, number][] {
  return names.filter(Boolean).flatMap((name) => [...text.matchAll(new RegExp(escape(name), 'g'))].map((match): [number, number] => [match.index, match.index + name.length]));
}

/**
 * `text` in parts, each billing word the glossary explains marked with its entry: the first time each
 * entry appears, so a paragraph is not a row of buttons, and never inside one of `names` (the provider,
 * the collector: what a person typed).
 */
export function splitByTerms(text: string, names: readonly string[] = []): TextPart[] {
  const parts: TextPart[] = [];
  const seen = new Set<string>();
  const inNames = nameSpans(text, names);
  let from = 0;
  for (const match of text.matchAll(anyForm)) {
    const found = match[0];
    if (inNames.some(([start, end]) => match.index < end && match.index + found.length > start)) continue;
    const hit = forms.find(({ form }) => form.toLowerCase() === found.toLowerCase() && (!isAcronym(form) || form === found));
    if (!hit || seen.has(hit.entry.id)) continue;
    seen.add(hit.entry.id);
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ text: found, entry: hit.entry });
    from = match.index + found.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
