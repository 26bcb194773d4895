/*
 * "Record something that happened": the forms for facts that can come up at
 * any time (a call, a corrected bill, an offer, a collections notice). A form
 * is offered only when the machine would accept its event in the current step.
 */
import { useState } from 'react';
import type { BillSnapshot } from '../../../machines/workflow';
import type { BillEvent } from '../../domain/events';
import { history } from '../../i18n/en/history';
import { useWords } from '../../i18n/language';
import { LazyEventForm } from '../forms/LazyEventForm';
import { focusWhenShown } from '../announcer';
import { useLetterRequest } from '../letters/letterRequest';
import { useRecordEvent } from '../useRecordEvent';

/** A sample event per form, to ask the machine whether that kind of fact fits now. */
type FactForm = keyof typeof history.record.forms;

const probes: [FactForm, BillEvent][] = [
  ['call', { type: 'CALL_LOGGED', with: 'probe' }],
  ['details', { type: 'CASE_DETAILS_UPDATED', details: {} }],
  ['corrected-bill', { type: 'CORRECTED_BILL_RECEIVED', balance: 1 }],
  ['offer', { type: 'OFFER_MADE', amount: 1, kind: 'lump-sum' }],
  ['counteroffer', { type: 'COUNTEROFFER_RECEIVED', amount: 1 }],
  ['payment-plan', { type: 'PAYMENT_PLAN_OFFERED', monthly: 1, months: 1 }],
  ['payment-plan-accepted', { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 1, months: 1 }],
  ['collections-notice', { type: 'SENT_TO_COLLECTIONS', agency: 'probe', noticeDate: '2000-01-01' }],
  ['payment', { type: 'PAYMENT_MADE', amount: 1 }],
];

export default function RecordFacts({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const w = useWords('history', history).record;
  const record = useRecordEvent();
  const [open, setOpen] = useState<FactForm | undefined>();
  const [callSaved, setCallSaved] = useState(false);
  const requestLetter = useLetterRequest((state) => state.request);
  const available = probes.filter(([, probe]) => snapshot.can(probe));
  const planAccepted = snapshot.context.paymentPlan?.status === 'accepted';
  const shown = available.some(([id]) => id === open) ? open : undefined;
  if (available.length === 0) return null; // a closed case takes no more facts

  return (
    <section className="record-facts" aria-labelledby="record-facts-title">
      <h2 id="record-facts-title">{w.title}</h2>
      {planAccepted && <p className="note">{w.offersClosed}</p>}
      <div className="button-row">
        {available.map(([id]) => (
          <button key={id} type="button" aria-expanded={open === id} onClick={() => { setOpen(open === id ? undefined : id); setCallSaved(false); }}>
            {w.forms[id]}
          </button>
        ))}
      </div>
      {shown && (
        <LazyEventForm
          key={shown}
          form={shown}
          context={snapshot.context}
          today={today}
          onEvent={(event) => {
            const isCall = event.type === 'CALL_LOGGED';
            const problem = record(event, isCall ? w.callSaved : undefined);
            if (!problem) setOpen(undefined);
            setCallSaved(isCall && !problem);
            return problem;
          }}
          onCancel={() => setOpen(undefined)}
        />
      )}
      {callSaved && (
        <p className="note">
          {w.summaryAdvice}{' '}
          <button type="button" ref={focusWhenShown} onClick={() => { setCallSaved(false); requestLetter('call-summary'); }}>
            {w.writeSummary}
          </button>
        </p>
      )}
    </section>
  );
}
