/*
 * The money questions the workflow asks of its context: what is owed now, what
 * was agreed, what is left to pay. Integer cents throughout.
 */
import type { BillContext } from './context';

/** The balance as it stands after corrections and assistance (the statement's until then). */
export function currentBalance(context: BillContext): number {
  return context.correctedBalance ?? context.case.statementBalance;
}

/**
 * An accepted offer, an accepted payment plan or an approved financial
 * assistance decision (CONTRACT.md). A partial assistance decision lowers the
 * balance but leaves it to negotiate.
 */
export function agreementReached(context: BillContext): boolean {
  const { accepted, paymentPlan, assistance } = context;
  return accepted !== undefined || paymentPlan?.status === 'accepted' || assistance.status === 'approved';
}

/**
 * What was agreed: the accepted offer (never more than the balance, should the
 * bill be corrected afterwards), else the plan's total, else the balance left
 * after assistance.
 */
export function amountAgreed(context: BillContext): number | undefined {
  if (context.accepted) return Math.min(context.accepted.amount, currentBalance(context));
  const plan = context.paymentPlan;
  if (plan?.status === 'accepted') return plan.monthly * plan.months;
  if (agreementReached(context)) return currentBalance(context);
  return undefined;
}

export function amountPaid(context: BillContext): number {
  return context.payments.reduce((total, payment) => total + payment.amount, 0);
}

/** What is still to pay on the agreement (or on the balance when there was none); nothing once the bill is zero. */
export function amountLeftToPay(context: BillContext): number {
  if (currentBalance(context) === 0) return 0;
  const due = amountAgreed(context) ?? currentBalance(context);
  return Math.max(0, due - amountPaid(context));
}
