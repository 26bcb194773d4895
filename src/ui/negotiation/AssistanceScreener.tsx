/*
 * The financial assistance screener: household size, every adult's income and
 * the state give the percent of the poverty guideline for the year of service,
 * what hospitals usually do at that income, and a nonprofit hospital's 501(r)
 * rights. The household can be saved to the case, where the audit uses it.
 */
import { useId, useState } from 'react';
import type { BillSnapshot } from '../../../machines';
import { screenAssistance, TYPICAL_TIERS, type Screening } from '../../domain/assistance';
import { isNonprofitHospital } from '../../domain/provider';
import type { Household } from '../../domain/case';
import { guidelineRowFor, serviceYearOf } from '../../domain/poverty';
import { announce } from '../announcer';
import { FieldsForm } from '../forms/FieldsForm';
import type { FieldsSpec, RawValues } from '../forms/readForm';
import { dollars, num, str } from '../forms/values';
import { useRecordEvent } from '../useRecordEvent';

const ADULTS = 4;

function screenerSpec(household: Household | undefined): FieldsSpec {
  return {
    id: 'screener',
    title: 'Your household',
    intro: 'Count everyone you support. Give every adult\'s yearly income before taxes: leaving one out is the most common reason applications fail.',
    submitLabel: 'Check',
    fields: [
      { name: 'size', label: 'People in your household', kind: 'count', min: 1, max: 20 },
      { name: 'state', label: 'State', hint: 'Two letters, like OH. Alaska and Hawaii have their own tables.', kind: 'text' },
      ...Array.from({ length: ADULTS }, (_, index) => ({
        name: `income${index + 1}`, label: `Adult ${index + 1}: yearly income`, kind: 'money' as const, optional: index > 0,
      })),
    ],
    initial: { size: String(household?.size ?? ''), state: household?.state ?? '', income1: household ? dollars(household.annualIncome) : '' },
    check: (raw: RawValues): Record<string, string> => (/^[A-Za-z]{2}$/.test(String(raw.state ?? '').trim()) ? {} : { state: 'Enter the state as two letters, like OH.' }),
  };
}

const percentText = (percent: number) => (Number.isInteger(percent) ? String(percent) : percent.toFixed(1));

type Props = { snapshot: BillSnapshot; today: string };

export function AssistanceScreener({ snapshot, today }: Props) {
  const id = useId();
  const billCase = snapshot.context.case;
  const [result, setResult] = useState<{ household: Household; screening: Screening } | undefined>();
  const [saved, setSaved] = useState<{ message: string; isProblem: boolean } | undefined>();
  const record = useRecordEvent();
  const year = serviceYearOf(billCase.lines.map((line) => line.date), today);
  const table = guidelineRowFor(year);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Could financial assistance help?</h3>
      <FieldsForm inline spec={screenerSpec(billCase.household)} onValues={(values) => {
        const income = Array.from({ length: ADULTS }, (_, index) => num(values[`income${index + 1}`])).reduce((sum, each) => sum + each, 0);
        const household = { size: num(values.size), annualIncome: income, state: (str(values.state) ?? '').toUpperCase() };
        const screening = screenAssistance(household, table.year, isNonprofitHospital(billCase.provider), billCase.firstStatementDate);
        setResult({ household, screening });
        setSaved(undefined);
        announce(`Your household income is ${percentText(screening.percent)} % of the poverty guideline. ${screening.summary}`);
      }} />
      {result && (
        <div className="screening">
          <p>
            Your household income is <strong>{percentText(result.screening.percent)} %</strong> of the {table.year} federal poverty guideline
            {table.year !== year && ` (Billpath has no table for ${year}, so this uses the ${table.year} one)`}. {result.screening.summary}
          </p>
          <p className="muted">
            Each hospital sets its own limits. On average, hospital policies give free care under about {TYPICAL_TIERS.freeCareUnder} % and discounts under about {TYPICAL_TIERS.discountUnder} %; some states require more. Source of the guideline: {table.source}.
          </p>
          {result.screening.rights.length > 0 && (
            <>
              <h4>Your rights at a nonprofit hospital</h4>
              <ul>{result.screening.rights.map((right) => <li key={right}>{right}</li>)}</ul>
            </>
          )}
          <h4>What to attach to the application</h4>
          <ul>{result.screening.documents.map((document) => <li key={document}>{document}</li>)}</ul>
          <div className="button-row">
            <button type="button" onClick={() => {
              const problem = record({ type: 'CASE_DETAILS_UPDATED', details: { household: result.household }, at: today }, 'Household saved to the case.');
              setSaved(problem ? { message: problem, isProblem: true } : { message: 'Saved to the case: the bill check uses it.', isProblem: false });
            }}>
              Save this household to the case
            </button>
          </div>
          {saved && <p className={saved.isProblem ? 'field-error' : 'note'} role={saved.isProblem ? 'alert' : undefined}>{saved.message}</p>}
        </div>
      )}
    </section>
  );
}
