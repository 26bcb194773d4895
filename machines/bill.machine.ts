/*
 * One medical bill, from the envelope to a closed account, as an experienced
 * billing advocate would walk it (DESIGN.md, "The five phases"):
 *
 *   stabilization  get the itemized bill and the insurer's decision, ask for a
 *                  hold; don't pay and don't accept a plan yet
 *   validation     prove the bill; the appeal and financial assistance run
 *                  beside the audit, as parallel tracks
 *   negotiation    offers and counteroffers, escalation, a payment plan only as
 *                  a last resort, and the agreement in writing before paying
 *   collections    the account was sent to a collector: make them prove the
 *                  debt, then settle in writing
 *   closure        pay exactly what was agreed, get the zero-balance letter,
 *                  check the credit report, close (final)
 *
 * Collections can begin from any earlier phase. Closure is reached in three ways
 * only: an agreement received in writing, a corrected balance of zero, or a debt
 * the collector could not validate. Events that make no sense in a state are
 * ignored; the machine never throws. No timers and no spawned actors: deadlines
 * are dates in context, so a snapshot restored weeks later behaves the same.
 */
import { backToPreparing, billSetup, closeOnceAgreedInWriting, followTheClaimDecision, record, recordedInPlace } from './billSetup';
import { initialContext } from './context';

export const billMachine = billSetup.createMachine({
  id: 'bill',
  context: ({ input }) => initialContext(input),
  initial: 'stabilization',
  // Facts a person can write down at any point of an open case.
  on: {
    CASE_DETAILS_UPDATED: { guard: 'caseIsOpen', actions: record },
    CALL_LOGGED: { guard: 'caseIsOpen', actions: record },
    LETTER_SENT: { guard: 'caseIsOpen', actions: record },
    HOLD_REQUESTED: { guard: 'beforeClosure', actions: record },
    HOLD_CONFIRMED: { guard: 'beforeClosure', actions: record },
    // A corrected copy of the itemized bill or the EOB can come at any time before closure.
    ITEMIZED_BILL_RECEIVED: { guard: 'beforeClosure', actions: record },
    EOB_RECEIVED: { guard: 'beforeClosure', actions: record },
    CLAIM_STATUS_CONFIRMED: { guard: 'beforeClosure', actions: record },
    PROVIDER_DISPUTE_STARTED: { guard: 'beforeClosure', actions: record },
  },
  states: {
    stabilization: {
      type: 'parallel',
      on: {
        PROCEED: { guard: 'documentsInHand', target: 'validation' },
        // Advisory only: a person may have to go on without the papers.
        PROCEED_ANYWAY: { target: 'validation' },
        SENT_TO_COLLECTIONS: { target: 'collections', actions: record },
      },
      states: {
        itemizedBill: {
          initial: 'notRequested',
          states: {
            notRequested: {
              on: {
                ITEMIZED_BILL_REQUESTED: { target: 'requested', actions: record },
                ITEMIZED_BILL_RECEIVED: { target: 'received', actions: record },
              },
            },
            requested: { on: { ITEMIZED_BILL_RECEIVED: { target: 'received', actions: record } } },
            received: { on: { ITEMIZED_BILL_RECEIVED: { actions: record } } },
          },
        },
        insurance: {
          initial: 'unknown',
          on: {
            CLAIM_STATUS_CONFIRMED: followTheClaimDecision,
            EOB_RECEIVED: followTheClaimDecision,
          },
          states: {
            unknown: { always: { guard: 'isUninsured', target: 'uninsured' } },
            pending: { always: { guard: 'isUninsured', target: 'uninsured' } },
            processed: {},
            denied: {},
            uninsured: { always: { guard: 'isInsured', target: 'unknown' } },
          },
        },
        hold: {
          initial: 'none',
          states: {
            none: {
              on: {
                HOLD_REQUESTED: { target: 'requested', actions: record },
                HOLD_CONFIRMED: { target: 'confirmed', actions: record },
              },
            },
            requested: { on: { HOLD_CONFIRMED: { target: 'confirmed', actions: record } } },
            confirmed: { on: { HOLD_REQUESTED: { target: 'requested', actions: record } } },
          },
        },
      },
    },

    validation: {
      type: 'parallel',
      on: {
        PROCEED: { guard: 'readyToNegotiate', target: 'negotiation' },
        // Advisory only: waiting for the appeal or assistance decision is better.
        PROCEED_ANYWAY: { target: 'negotiation' },
        SENT_TO_COLLECTIONS: { target: 'collections', actions: record },
        AGREEMENT_RECEIVED_IN_WRITING: { guard: 'agreementReached', actions: record },
        ESCALATED: { actions: record },
      },
      always: closeOnceAgreedInWriting,
      states: {
        audit: {
          initial: 'reviewing',
          on: {
            CORRECTED_BILL_RECEIVED: [
              { guard: 'correctedToZero', target: '#bill.closure', actions: record },
              { target: '.resolved', actions: record },
            ],
          },
          states: {
            reviewing: {
              always: { guard: 'everyFindingSettled', target: 'resolved' },
              on: {
                FINDING_DISPUTED: { target: 'disputing', actions: record },
                FINDING_RESOLVED: { actions: record },
                REVIEW_COMPLETED: { target: 'resolved', actions: record },
              },
            },
            disputing: {
              always: { guard: 'noOpenDisputes', target: 'resolved' },
              on: {
                FINDING_DISPUTED: { actions: record },
                FINDING_RESOLVED: { actions: record },
              },
            },
            resolved: {
              always: { guard: 'someFindingUnanswered', target: 'reviewing' },
              on: {
                FINDING_DISPUTED: { target: 'disputing', actions: record },
                FINDING_RESOLVED: { actions: record },
              },
            },
          },
        },
        appeal: {
          initial: 'notNeeded',
          states: {
            notNeeded: {
              always: { guard: 'claimDeniedAndNotAppealed', target: 'needed' },
              on: { APPEAL_FILED: { target: 'filed', actions: record } },
            },
            needed: { on: { APPEAL_FILED: { target: 'filed', actions: record } } },
            filed: {
              on: {
                APPEAL_DECIDED: [
                  { guard: { type: 'outcomeIs', params: { outcome: 'approved' } }, target: 'approved', actions: record },
                  { target: 'denied', actions: record },
                ],
              },
            },
            approved: {},
            // A denied appeal can go to the next level or to external review.
            denied: { on: { APPEAL_FILED: { target: 'filed', actions: record } } },
          },
        },
        assistance: {
          initial: 'notApplied',
          states: {
            notApplied: { on: { ASSISTANCE_APPLIED: { target: 'applied', actions: record } } },
            applied: {
              on: {
                ASSISTANCE_DECIDED: [
                  { guard: { type: 'outcomeIs', params: { outcome: 'approved' } }, target: 'approved', actions: record },
                  { guard: { type: 'outcomeIs', params: { outcome: 'partial' } }, target: 'partial', actions: record },
                  { target: 'denied', actions: record },
                ],
              },
            },
            approved: {},
            partial: {},
            // A denial for missing papers can be answered with a new application.
            denied: { on: { ASSISTANCE_APPLIED: { target: 'applied', actions: record } } },
          },
        },
      },
    },

    negotiation: {
      initial: 'preparing',
      on: {
        OFFER_MADE: { guard: 'noPaymentPlanAcceptedYet', target: '.offerOut', actions: record },
        COUNTEROFFER_RECEIVED: { guard: 'noPaymentPlanAcceptedYet', target: '.counteroffer', actions: record },
        OFFER_ACCEPTED: { guard: 'noPaymentPlanAcceptedYet', target: '.acceptedAwaitingWriting', actions: record },
        PAYMENT_PLAN_OFFERED: { guard: 'noPaymentPlanAcceptedYet', target: '.paymentPlan', actions: record },
        PAYMENT_PLAN_ACCEPTED: { target: '.paymentPlan.accepted', actions: record },
        AGREEMENT_RECEIVED_IN_WRITING: { guard: 'agreementReached', actions: record },
        CORRECTED_BILL_RECEIVED: [
          { guard: 'correctedToZero', target: '#bill.closure', actions: record },
          { actions: record },
        ],
        // Late answers to the disputes, the appeal and the assistance application still count.
        ...recordedInPlace('ESCALATED', 'FINDING_DISPUTED', 'FINDING_RESOLVED', 'APPEAL_FILED', 'APPEAL_DECIDED', 'ASSISTANCE_APPLIED'),
        ASSISTANCE_DECIDED: { guard: 'assistanceApplied', actions: record },
        SENT_TO_COLLECTIONS: { target: 'collections', actions: record },
      },
      always: closeOnceAgreedInWriting,
      states: {
        preparing: {},
        offerOut: { on: { OFFER_REJECTED: backToPreparing } },
        counteroffer: { on: { OFFER_REJECTED: backToPreparing } },
        acceptedAwaitingWriting: {
          // The deal stands until it is in writing; only the provider backing out undoes it.
          on: {
            OFFER_MADE: {},
            COUNTEROFFER_RECEIVED: {},
            PAYMENT_PLAN_OFFERED: {},
            PAYMENT_PLAN_ACCEPTED: {},
            OFFER_REJECTED: backToPreparing,
          },
        },
        paymentPlan: {
          initial: 'offered',
          states: {
            offered: { on: { OFFER_REJECTED: backToPreparing, PAYMENT_PLAN_DECLINED: backToPreparing } },
            accepted: {},
          },
        },
      },
    },

    collections: {
      initial: 'validationWindow',
      on: {
        // Sold on to another collector: a new notice opens a new validation window.
        SENT_TO_COLLECTIONS: { target: 'collections', reenter: true, actions: record },
        AGREEMENT_RECEIVED_IN_WRITING: { guard: 'agreementReached', actions: record },
        // A nonprofit hospital must still take an assistance application (26 CFR 1.501(r)-6(c)).
        // How the collector reports the debt can be checked at any point.
        ...recordedInPlace('ESCALATED', 'ASSISTANCE_APPLIED', 'CREDIT_REPORT_CHECKED'),
        ASSISTANCE_DECIDED: { guard: 'assistanceApplied', actions: record },
      },
      always: closeOnceAgreedInWriting,
      states: {
        validationWindow: {
          on: {
            DEBT_VALIDATION_REQUESTED: { target: 'validationRequested', actions: record },
            DEBT_VALIDATED: { target: 'validated', actions: record },
            DEBT_NOT_VALIDATED: { target: '#bill.closure.checkingCredit', actions: record },
            // Advisory only: asking them to prove the debt first is better.
            PROCEED_ANYWAY: { target: 'negotiatingWithCollector' },
          },
        },
        validationRequested: {
          on: {
            DEBT_VALIDATED: { target: 'validated', actions: record },
            DEBT_NOT_VALIDATED: { target: '#bill.closure.checkingCredit', actions: record },
          },
        },
        validated: {
          on: {
            PROCEED: { target: 'negotiatingWithCollector' },
            OFFER_MADE: { guard: 'noPaymentPlanAcceptedYet', target: 'negotiatingWithCollector', actions: record },
          },
        },
        negotiatingWithCollector: {
          on: {
            // As with the provider: once a deal is accepted, it stands until it is in writing.
            OFFER_MADE: { guard: 'openToOffers', actions: record },
            COUNTEROFFER_RECEIVED: { guard: 'openToOffers', actions: record },
            OFFER_ACCEPTED: { guard: 'openToOffers', actions: record },
            PAYMENT_PLAN_OFFERED: { guard: 'noPaymentPlanAcceptedYet', actions: record },
            ...recordedInPlace('OFFER_REJECTED', 'PAYMENT_PLAN_ACCEPTED'),
          },
        },
      },
    },

    closure: {
      initial: 'paying',
      on: { CASE_CLOSED: { guard: 'caseIsOpen', target: '.closed', actions: record } },
      states: {
        // Nothing is paid before this point; here, exactly the agreed amount.
        paying: {
          always: { guard: 'agreedAmountPaid', target: 'confirmingZeroBalance' },
          on: { PAYMENT_MADE: { actions: record } },
        },
        confirmingZeroBalance: { on: { ZERO_BALANCE_CONFIRMED: { target: 'checkingCredit', actions: record } } },
        checkingCredit: { on: { CREDIT_REPORT_CHECKED: { actions: record } } },
        closed: { type: 'final' },
      },
    },
  },
});

export type BillMachine = typeof billMachine;
