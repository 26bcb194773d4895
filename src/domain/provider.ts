/*
 * Facts about the provider that change the rules (kept apart from the case's
 * schemas, so the workflow can ask them without loading the validators).
 */
import type { Provider } from './case';

/** A nonprofit (tax-exempt) hospital: IRS 501(r) applies (financial assistance policy, 120/240-day windows). */
export const isNonprofitHospital = (provider: Provider | undefined): boolean => provider?.nonprofit === true && provider.kind === 'hospital';
