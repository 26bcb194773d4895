/*
 * Numbers set by law or settled practice that drive due dates and advice.
 * One constant per rule, each with its source and the date it was last checked,
 * so a change in the law is a one-line change here (see DOMAIN.md).
 * The app gives information, not legal advice.
 */

export type Rule = { days: number; source: string; checked: string };

/** Records, including billing records, must be provided within 30 days (one 30-day extension allowed). */
export const RIGHT_OF_ACCESS: Rule = {
  days: 30,
  source: 'HIPAA right of access, 45 CFR 164.524(b)(2)',
  checked: '2026-11-23',
};

/** An internal appeal of a denied claim must be filed within 180 days of the denial. */
export const INTERNAL_APPEAL: Rule = {
  days: 180,
  source: 'ACA internal appeals, 45 CFR 147.136(b); ERISA claims rule, 29 CFR 2560.503-1(h)',
  checked: '2026-11-23',
};

/** A plan decides an appeal about care already received within 60 days. */
export const POST_SERVICE_APPEAL_DECISION: Rule = {
  days: 60,
  source: 'ERISA claims rule, 29 CFR 2560.503-1(i)(2)(iii)',
  checked: '2026-11-23',
};

/** A nonprofit hospital accepts financial assistance applications for 240 days after the first bill. */
export const ASSISTANCE_APPLICATION_WINDOW: Rule = {
  days: 240,
  source: 'IRS 501(r)(6), 26 CFR 1.501(r)-6(c)',
  checked: '2026-11-23',
};

/** The debt validation period ends 30 days after the consumer receives the notice. */
export const DEBT_VALIDATION_PERIOD: Rule = {
  days: 30,
  source: 'FDCPA 15 U.S.C. 1692g; Regulation F, 12 CFR 1006.34(b)(5)',
  checked: '2026-11-23',
};

/** A collector may assume a notice arrives 5 business days after it was sent. */
export const ASSUMED_RECEIPT_BUSINESS_DAYS: Rule = {
  days: 5,
  source: 'Regulation F, 12 CFR 1006.34(b)(5) (weekends and 5 U.S.C. 6103(a) holidays excluded)',
  checked: '2026-11-23',
};

/**
 * Practice, not law: a written follow-up when the other side has not answered,
 * and a credit report check 30 to 60 days after the last payment.
 */
export const FOLLOW_UP_AFTER_OFFER: Rule = {
  days: 14,
  source: 'Billpath practice: ask for an answer in writing within two weeks',
  checked: '2026-11-23',
};
export const CREDIT_CHECK_AFTER_PAYMENT: Rule & { fromDays: number } = {
  fromDays: 30, // reports take a few weeks to show a payment
  days: 60,
  source: 'Billpath practice: paid medical collections leave reports (Equifax, Experian, TransUnion, 2022-07-01)',
  checked: '2026-11-23',
};

/**
 * Figures the playbook quotes from experience (not law): providers collect 20-40 %
 * of patient balances, so an opening lump-sum offer of 20-40 % is rational.
 */
export const OPENING_OFFER_PERCENT = { low: 20, high: 40, suggested: 30 } as const;

/** A nonprofit hospital takes no extraordinary collection action for 120 days after the first statement. */
export const NO_EXTRAORDINARY_COLLECTION: Rule = {
  days: 120,
  source: 'IRS §501(r)(6), 26 CFR 1.501(r)-6(a)',
  checked: '2026-11-23',
};

/**
 * Collectors often settle at 30-50 % of what they claim (DOMAIN.md, the
 * playbook's experience, not law): an opening offer to a collector of 40 %.
 */
export const COLLECTOR_OFFER_PERCENT = { low: 30, high: 50, suggested: 40 } as const;

/**
 * How the three nationwide credit bureaus treat medical collections (a voluntary
 * policy, not law): paid ones removed (2022-07-01), unpaid ones listed only after
 * a year (2022-07-01), none under $500 (2023-04-11). The CFPB's 2025 rule that
 * would have barred medical debt from reports was vacated on 2025-07-11 (E.D. Tex.).
 */
export const MEDICAL_COLLECTIONS_REPORTING = {
  waitDays: 365,
  minimum: 50_000, // cents: $500
  source: 'Equifax, Experian and TransUnion joint announcements of 2022-03-18 and 2023-04-11; CFPB Regulation V medical debt rule vacated 2025-07-11 (E.D. Tex.)',
  checked: '2026-11-23',
} as const;

/** Uninsured or self-pay: a bill this far above the good faith estimate can go to patient-provider dispute resolution. */
export const GFE_DISPUTE_THRESHOLD = 40_000; // cents: $400, 45 CFR 149.620(b)(1)(ii)

/** The patient-provider dispute must start within 120 calendar days of the bill. */
export const PATIENT_PROVIDER_DISPUTE: Rule = {
  days: 120,
  source: 'No Surprises Act patient-provider dispute resolution, 45 CFR 149.620(b)(2)',
  checked: '2026-11-23',
};

/** Households at or under 400 % of the poverty guideline often qualify for hospital help (our screening line, not a law). */
export const ASSISTANCE_SCREENING_PERCENT = 400;
