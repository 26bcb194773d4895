/*
 * The money questions the workflow asks of its context: what is owed now, what
 * was agreed, what is left to pay. Integer cents throughout.
 */
import type { BillContext } from './context';

/** The balance as it stands after corrections and assistance (the statement's until then). */
export function currentBalance(context: BillContext): number {
  return context.correctedBalance ?? context.case.statementBalance;
}

export function agreementReached(context: BillContext): boolean {
  const { accepted, paymentPlan, assistance } = context;
  return (
    accepted !== undefined ||
    paymentPlan?.status === 'accepted' ||
    assistance.status === 'approved' ||
    assistance.status === 'partial'
  );
}

/** What was agreed: the accepted offer, else the plan's total, else the balance after assistance. */
export function amountAgreed(context: BillContext): number | undefined {
  if (context.accepted) return context.accepted.amount;
  const plan = context.paymentPlan;
  if (plan?.status === 'accepted') return plan.monthly * plan.months;
  if (agreementReached(context)) return currentBalance(context);
  return undefined;
}

export function amountPaid(context: BillContext): number {
  return context.payments.reduce((total, payment) => total + payment.amount, 0);
}

/** What is still to pay on the agreement (or on the balance when there was none). */
export function amountLeftToPay(context: BillContext): number {
  const due = amountAgreed(context) ?? currentBalance(context);
  return Math.max(0, due - amountPaid(context));
}
