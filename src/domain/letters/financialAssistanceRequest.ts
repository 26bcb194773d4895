/*
 * Asking for the hospital's financial assistance policy and application.
 * Nonprofit hospitals: IRS §501(r) (26 CFR 1.501(r)-4 to -6) — a written policy,
 * charges limited to amounts generally billed for eligible patients, and
 * applications accepted for 240 days after the first post-discharge statement.
 */
import { addCalendarDays, formatLongDate, isIsoDate } from '../dates';
import { isNonprofitHospital } from '../provider';
import { formatCents } from '../money';
import { ASSISTANCE_APPLICATION_WINDOW } from '../rules';
import type { LetterFacts } from './facts';
import { letter, notPassed, providerOf, type Letter } from './frame';

export function financialAssistanceRequest(facts: LetterFacts): Letter {
  const nonprofit = isNonprofitHospital(facts.case.provider);
  const first = facts.case.firstStatementDate;
  const closes = first && isIsoDate(first) ? addCalendarDays(first, ASSISTANCE_APPLICATION_WINDOW.days) : undefined;
  const window = !closes ? '' : notPassed(facts, closes)
    ? ` My first statement was dated ${formatLongDate(first!)}, so applications are open until at least ${formatLongDate(closes)}.`
    : ` My first statement was dated ${formatLongDate(first!)}. Please tell me whether you will still consider my application.`;
  return letter(facts, {
    to: `Financial assistance office, ${providerOf(facts)}`,
    subject: 'Request for financial assistance',
    paragraphs: [
      `I'm evaluating financial assistance options for this account, which shows a balance of ${formatCents(facts.balance)}. Please send me your financial assistance policy, its plain-language summary and the application.`,
      nonprofit && `As a nonprofit hospital, you accept applications for ${ASSISTANCE_APPLICATION_WINDOW.days} days after the first statement.${window} If I'm eligible, my charges should be no more than the amounts generally billed to insured patients, and any payment above what I owe under the policy should be refunded.`,
      'Please hold the account, with no collection activity and no credit reporting, while my application is reviewed.',
    ],
  });
}
