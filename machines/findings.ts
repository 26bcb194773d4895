/*
 * The audit as the workflow sees it: the findings on the case's bill (worked
 * out once per version of the case, since guards and steps ask often), and
 * where the person stands on each. A finding is settled once it is marked
 * corrected or upheld; disputed means an answer is still owed.
 */
import { detectBillingProblems } from '../src/domain/audit/detectProblems';
import type { Detected } from '../src/domain/audit/finding';
import type { Case } from '../src/domain/case';
import type { BillContext } from './context';

const audited = new WeakMap<Case, { claimDecided: boolean; findings: Detected[] }>();

/** The insurer has decided the claim (an EOB, or the person's word that it was processed or denied). */
export const claimDecided = (context: BillContext): boolean =>
  context.claim.status === 'processed' || context.claim.status === 'denied';

/**
 * The bill's problems to answer (financial assistance has its own track). Which
 * findings there are never depends on the date, so none is passed.
 */
export function findingsOf(context: BillContext): Detected[] {
  const decided = claimDecided(context);
  const known = audited.get(context.case);
  if (known && known.claimDecided === decided) return known.findings;
  const findings = detectBillingProblems(context.case, '', { claimDecided: decided });
  audited.set(context.case, { claimDecided: decided, findings });
  return findings;
}

export const isSettled = (context: BillContext, finding: Detected): boolean => {
  const status = context.findings[finding.id]?.status;
  return status === 'corrected' || status === 'upheld';
};

/** Detecteds not yet marked corrected or upheld (disputed ones included). */
export const openFindings = (context: BillContext): Detected[] => findingsOf(context).filter((finding) => !isSettled(context, finding));
