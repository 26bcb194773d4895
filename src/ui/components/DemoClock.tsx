/*
 * The hidden developer setting for demos and testing: pretend today is another
 * date, so deadlines can be seen coming and passing. Shown only when the address
 * has `?today=YYYY-MM-DD` (or `?today` to open it); the date stays in the
 * address, so a reload keeps it. Nothing is stored.
 */
import { useId, useState } from 'react';
import { today } from '../../app/clock';
import { isIsoDate } from '../../domain/dates';
import { app } from '../../i18n/en/app';
import { useWords } from '../../i18n/language';

function goTo(date: string | undefined) {
  const url = new URL(window.location.href);
  if (date) url.searchParams.set('today', date);
  else url.searchParams.delete('today');
  window.location.assign(url.toString());
}

export default function DemoClock() {
  const id = useId();
  const [date, setDate] = useState(today());
  const w = useWords('app', app).demoClock;
  return (
    <form className="demo-clock" aria-labelledby={`${id}-title`} onSubmit={(event) => { event.preventDefault(); if (isIsoDate(date)) goTo(date); }}>
      <p id={`${id}-title`}><strong>{w.name}</strong> {w.today(today())}</p>
      <label htmlFor={`${id}-date`}>{w.pretend}</label>{' '}
      <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />{' '}
      <button type="submit">{w.set}</button>{' '}
      <button type="button" onClick={() => goTo(undefined)}>{w.realDate}</button>
    </form>
  );
}
