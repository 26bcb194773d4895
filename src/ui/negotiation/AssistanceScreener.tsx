/*
 * The financial assistance screener: household size, every adult's income and
 * the state give the percent of the poverty guideline for the year of service,
 * what hospitals usually do at that income, and a nonprofit hospital's 501(r)
 * rights. The household can be saved to the case, where the audit uses it.
 */
import { useId, useState } from 'react';
import type { BillSnapshot } from '../../../machines/workflow';
import { screenAssistance, TYPICAL_TIERS } from '../../domain/assistance';
import { isNonprofitHospital } from '../../domain/provider';
import type { Household } from '../../domain/case';
import { guidelineRowFor, serviceYearOf } from '../../domain/poverty';
import { negotiation } from '../../i18n/en/negotiation';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import type { Words } from '../../i18n/words';
import { announce } from '../announcer';
import { FieldsForm } from '../forms/FieldsForm';
import type { FieldsSpec, RawValues } from '../forms/readForm';
import { dollars, num, str } from '../forms/values';
import { useRecordEvent } from '../useRecordEvent';

const ADULTS = 4;

function screenerSpec(household: Household | undefined, { form }: Words['negotiation']['screener']): FieldsSpec {
  return {
    id: 'screener',
    title: form.title,
    intro: form.intro,
    submitLabel: form.submit,
    fields: [
      { name: 'size', ...form.size, kind: 'count', min: 1, max: 20 },
      { name: 'state', ...form.state, kind: 'text' },
      ...Array.from({ length: ADULTS }, (_, index) => ({
        name: `income${index + 1}`, label: form.income(index + 1), kind: 'money' as const, optional: index > 0,
      })),
    ],
    initial: { size: String(household?.size ?? ''), state: household?.state ?? '', income1: household ? dollars(household.annualIncome) : '' },
    check: (raw: RawValues): Record<string, string> => (/^[A-Za-z]{2}$/.test(String(raw.state ?? '').trim()) ? {} : { state: form.stateError }),
  };
}

const percentText = (percent: number) => (Number.isInteger(percent) ? String(percent) : percent.toFixed(1));

type Props = { snapshot: BillSnapshot; today: string };

export function AssistanceScreener({ snapshot, today }: Props) {
  const id = useId();
  const words = useWords('negotiation', negotiation);
  const w = words.screener;
  const billCase = snapshot.context.case;
  const [household, setHousehold] = useState<Household | undefined>();
  const [saved, setSaved] = useState<{ message: string; isProblem: boolean } | undefined>();
  useOnLanguageChange(() => setSaved(undefined));
  const record = useRecordEvent();
  const year = serviceYearOf(billCase.lines.map((line) => line.date), today);
  const table = guidelineRowFor(year);
  // Worked out from the household on every render, so it follows a change of language.
  const screen = (checked: Household) => screenAssistance(checked, table.year, isNonprofitHospital(billCase.provider), billCase.firstStatementDate, words.assistance);
  const screening = household && screen(household);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{w.title}</h3>
      <FieldsForm inline spec={screenerSpec(billCase.household, w)} onValues={(values) => {
        const income = Array.from({ length: ADULTS }, (_, index) => num(values[`income${index + 1}`])).reduce((sum, each) => sum + each, 0);
        const checked = { size: num(values.size), annualIncome: income, state: (str(values.state) ?? '').toUpperCase() };
        const screened = screen(checked);
        setHousehold(checked);
        setSaved(undefined);
        announce(w.announce(percentText(screened.percent), screened.summary));
      }} />
      {household && screening && (
        <div className="screening">
          <p>
            {w.percentBefore}<strong>{percentText(screening.percent)} %</strong>{w.percentAfter(table.year)}
            {table.year !== year && w.noTable(year, table.year)}. {screening.summary}
          </p>
          <p className="muted">
            {w.typical(TYPICAL_TIERS.freeCareUnder, TYPICAL_TIERS.discountUnder)} {w.source} <cite lang="en">{table.source}</cite>
          </p>
          {screening.rights.length > 0 && (
            <>
              <h4>{w.rightsTitle}</h4>
              <ul>{screening.rights.map((right) => <li key={right}>{right}</li>)}</ul>
            </>
          )}
          <h4>{w.documentsTitle}</h4>
          <ul>{screening.documents.map((document) => <li key={document}>{document}</li>)}</ul>
          <div className="button-row">
            <button type="button" onClick={() => {
              const problem = record({ type: 'CASE_DETAILS_UPDATED', details: { household }, at: today }, w.savedAnnounce);
              setSaved(problem ? { message: problem, isProblem: true } : { message: w.saved, isProblem: false });
            }}>
              {w.save}
            </button>
          </div>
          {saved && <p className={saved.isProblem ? 'field-error' : 'note'} role={saved.isProblem ? 'alert' : undefined}>{saved.message}</p>}
        </div>
      )}
    </section>
  );
}
