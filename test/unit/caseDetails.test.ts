import { describe, expect, it } from 'vitest';
import { readForm, type FormSpec } from '../../src/ui/forms/readForm';
import { caseDetailsCheck, caseDetailsFields, caseDetailsFrom, caseDetailsInitial } from '../../src/ui/forms/caseDetails';
import { sampleCase } from '../../src/domain/sampleBill';
import { app } from '../../src/i18n/en/app';
import { forms } from '../../src/i18n/en/forms';

const words = { forms, typedDate: app.typedDate, typedAmount: app.typedAmount };

const spec: FormSpec = { id: 'details', title: '', submitLabel: '', fields: caseDetailsFields(forms), toEvent: () => ({ type: 'PROCEED' }) };

describe('the bill basics form', () => {
  it('reads back every basic of a case it was filled from, networks, emergency and estimate included', () => {
    const billCase = { ...sampleCase('s', '2026-03-02'), provider: { name: 'Valley Anesthesia', kind: 'physician' as const, inNetwork: false }, goodFaithEstimate: 90000 };
    const reading = readForm(spec, caseDetailsInitial(billCase), words);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { lines: _lines, eob: _eob, id: _id, ...basics } = billCase;
    expect(caseDetailsFrom(reading.values)).toEqual(basics);
  });

  it('leaves out what the person does not know', () => {
    const reading = readForm(spec, { ...caseDetailsInitial(), title: 'ER', providerName: 'General', statementBalance: '100' }, words);
    expect(reading.ok && caseDetailsFrom(reading.values)).toEqual({
      title: 'ER', provider: { name: 'General', kind: 'hospital' }, emergency: false, coverage: 'insured', statementBalance: 10000,
    });
  });

  it('takes dates as typed in the US', () => {
    const reading = readForm(spec, { ...caseDetailsInitial(), title: 'ER', providerName: 'General', statementBalance: '100', firstStatementDate: '3/5/2026' }, words);
    expect(reading.ok && caseDetailsFrom(reading.values).firstStatementDate).toBe('2026-03-05');
  });

  it('asks "nonprofit hospital" only of hospitals, so the answer is never silently ignored', () => {
    expect(caseDetailsCheck({ nonprofit: 'yes', providerKind: 'physician' }, forms).nonprofit).toMatch(/Only hospitals/);
    expect(caseDetailsCheck({ nonprofit: 'yes', providerKind: 'hospital' }, forms)).toEqual({});
    expect(caseDetailsCheck({ nonprofit: 'unknown', providerKind: 'lab' }, forms)).toEqual({});
  });
});
