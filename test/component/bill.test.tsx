/*
 * "Your bill": the audit's findings and how the person answers them, lines
 * typed or pasted (nothing saved until the paste is clean), and the EOB typed
 * in or imported from a FHIR file, with each adjustment explained.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, startNewCase } from '../../src/app/store';
import { searchBundle } from '../fixtures/fhir/bundle';
import { carinProfessional } from '../fixtures/fhir/carin';
import { insuredCase } from '../fixtures/cases';
import { nextStepHeading, openSnapshot, renderApp } from './helpers';

const billSection = async () => (await screen.findByRole('heading', { level: 2, name: 'Your bill' })).closest('section')!;
const findingsSection = async () => (await screen.findByRole('heading', { level: 3, name: /^What Billpath found/ })).closest('section')!;

async function sampleInValidation() {
  const rendered = await renderApp();
  const { user } = rendered;
  await user.click(screen.getByRole('button', { name: 'Try the sample bill' }));
  await user.click(await screen.findByRole('button', { name: 'I asked for it' }));
  await user.click(screen.getByRole('button', { name: 'I have the EOB' }));
  await user.click(screen.getByRole('button', { name: 'I asked for a hold' }));
  await user.click(screen.getByRole('button', { name: 'Go on without it' }));
  await user.click(screen.getByRole('button', { name: 'Go on anyway' }));
  await findingsSection();
  return rendered;
}

async function emptyCaseInValidation() {
  const rendered = await renderApp();
  await act(() => startNewCase(insuredCase({ title: 'Clinic visit' })));
  act(() => {
    sendEvent({ type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at: '2026-03-02' });
    sendEvent({ type: 'PROCEED_ANYWAY', at: '2026-03-02' });
  });
  await billSection();
  return rendered;
}

describe('the findings', () => {
  it('lists each with its amount and question, and a total that counts no charge twice', async () => {
    await sampleInValidation();
    const findings = await findingsSection();
    expect(within(findings).getByRole('heading', { name: 'What Billpath found: 8 findings' })).toBeTruthy();
    expect(within(findings).getByText(/Up to/).textContent).toContain('$1,184.00');
    const duplicate = within(findings).getByRole('heading', { name: 'Charged twice: code 36415' }).closest('li')!;
    expect(within(duplicate).getByText('$68.00')).toBeTruthy();
    expect(within(duplicate).getByText(/Please remove the duplicate charge/)).toBeTruthy();
    expect(within(findings).getByRole('heading', { name: 'You may qualify for financial assistance' })).toBeTruthy();
  });

  it('records a correction with the amount taken off, and the balance follows', async () => {
    const { user } = await sampleInValidation();
    const duplicate = (await screen.findByRole('heading', { name: 'Charged twice: code 36415' })).closest('li')!;
    await user.click(within(duplicate).getByRole('button', { name: 'They corrected it' }));
    const amount = within(duplicate).getByLabelText('Amount taken off your bill') as HTMLInputElement;
    expect(amount.value).toBe('68.00');
    await user.click(within(duplicate).getByRole('button', { name: 'Save the correction' }));
    expect(openSnapshot().context.correctedBalance).toBe(118400 - 6800);
    expect(within(duplicate).getByText(/Corrected on March 2, 2026: \$68.00 off the bill/)).toBeTruthy();
    expect(screen.getByText(/Balance now/).textContent).toContain('$1,116.00');
  });

  it('offers to take off only what no earlier correction covered', async () => {
    const { user } = await sampleInValidation();
    const item = async (title: string) => (await screen.findByRole('heading', { name: title })).closest('li')!;
    const mismatch = await item('The bill asks for more than your EOB says you owe');
    await user.click(within(mismatch).getByRole('button', { name: 'They corrected it' }));
    expect((within(mismatch).getByLabelText('Amount taken off your bill') as HTMLInputElement).value).toBe('561.60');
    await user.click(within(mismatch).getByRole('button', { name: 'Save the correction' }));
    // Surprise billing is about the same $561.60 above the EOB: nothing of it is left to take off.
    const surprise = await item('Emergency care: you owe only what you would in network');
    await user.click(within(surprise).getByRole('button', { name: 'They corrected it' }));
    expect((within(surprise).getByLabelText('Amount taken off your bill') as HTMLInputElement).value).toBe('0.00');
  });

  it('names each disputed finding by its title when their answer is recorded', async () => {
    const { user } = await sampleInValidation();
    await user.click(screen.getByRole('button', { name: 'Dispute all 8' }));
    await user.click(screen.getByRole('button', { name: 'They already answered' }));
    const which = await screen.findByLabelText('Which problem');
    expect(within(which).getByRole('option', { name: 'Charged twice: code 36415' })).toBeTruthy();
    expect(which.textContent).not.toMatch(/duplicate-charge|line-\d/);
  });

  it('moves on once every finding is answered', async () => {
    const { user } = await sampleInValidation();
    const findings = await findingsSection();
    for (const button of within(findings).getAllByRole('button', { name: 'It’s right' })) await user.click(button);
    expect(openSnapshot().matches({ validation: { audit: 'resolved' } })).toBe(true);
    expect(nextStepHeading().textContent).not.toMatch(/findings/);
  });

  it('disputes them all from the next step, and then asks for the letter', async () => {
    const { user } = await sampleInValidation();
    await user.click(screen.getByRole('button', { name: 'Dispute all 8' }));
    expect(Object.values(openSnapshot().context.findings).filter((f) => f.status === 'disputed')).toHaveLength(8);
    expect(nextStepHeading().textContent).toBe('Send your dispute in writing');
  });
});

describe('the itemized lines', () => {
  it('adds a line typed by hand, checking the code and the amount first', async () => {
    const { user } = await emptyCaseInValidation();
    const bill = await billSection();
    await user.click(within(bill).getByRole('button', { name: 'Add a line' }));
    await user.type(within(bill).getByLabelText(/^Code \(CPT or HCPCS\)/), '99 215');
    await user.type(within(bill).getByLabelText('Charge'), '12.345');
    await user.click(within(bill).getByRole('button', { name: 'Add the line' }));
    expect(within(bill).getByText(/"99 215" is not a code/)).toBeTruthy();
    expect(within(bill).getByText(/two digits after the decimal/)).toBeTruthy();
    expect(openSnapshot().context.case.lines).toEqual([]);

    await user.clear(within(bill).getByLabelText(/^Code \(CPT or HCPCS\)/));
    await user.type(within(bill).getByLabelText(/^Code \(CPT or HCPCS\)/), '99215');
    await user.clear(within(bill).getByLabelText('Charge'));
    await user.type(within(bill).getByLabelText('Charge'), '$400.00');
    await user.click(within(bill).getByRole('button', { name: 'Add the line' }));
    expect(openSnapshot().context.case.lines).toEqual([{ id: 'line-1', date: '2026-03-02', code: '99215', units: 1, charge: 40000 }]);
    expect(await screen.findByRole('heading', { name: 'Highest-level office visit: code 99215' })).toBeTruthy();
  });

  it('shows every bad row of a paste and saves nothing until it is clean', async () => {
    const { user } = await emptyCaseInValidation();
    const bill = await billSection();
    await user.click(within(bill).getByRole('button', { name: 'Paste lines from a spreadsheet' }));
    const box = within(bill).getByLabelText(/Copy the rows with their header row/);
    fireEvent.change(box, { target: { value: 'Date\tCode\tCharge\n02/30/2026\t36415\t30\n03/01/2026\t36415\tabc' } });
    await user.click(within(bill).getByRole('button', { name: 'Check the lines' }));
    expect(within(bill).getByText('Row 2, Date: February 2026 has no day 30.')).toBeTruthy();
    expect(within(bill).getByText(/Row 3, Charge: "abc" is not an amount/)).toBeTruthy();
    expect(within(bill).queryByRole('button', { name: /to the bill/ })).toBeNull();
    expect(openSnapshot().context.case.lines).toEqual([]);

    fireEvent.change(box, { target: { value: 'Date\tCode\tCharge\n03/01/2026\t36415\t30\n03/01/2026\t36415\t30' } });
    await user.click(within(bill).getByRole('button', { name: 'Check the lines' }));
    expect(within(bill).getByText(/Read 2 lines, \$60.00 in all/)).toBeTruthy();
    await user.click(within(bill).getByRole('button', { name: 'Add 2 lines to the bill' }));
    expect(openSnapshot().context.case.lines.map((line) => line.id)).toEqual(['line-1', 'line-2']);
    expect(await screen.findByRole('heading', { name: 'Charged twice: code 36415' })).toBeTruthy();
  });
});

describe('the EOB', () => {
  it('is typed in line by line, each adjustment explained', async () => {
    const { user } = await emptyCaseInValidation();
    const bill = await billSection();
    await user.click(within(bill).getByRole('button', { name: 'Enter the EOB by hand' }));
    await user.type(within(bill).getByLabelText(/What the EOB says you owe/), '40.00');
    await user.click(within(bill).getByRole('button', { name: 'Save the claim' }));
    expect(openSnapshot().context.case.eob).toMatchObject({ status: 'processed', patientResponsibility: 4000 });

    await user.click(within(bill).getByRole('button', { name: 'Add an EOB line' }));
    await user.type(within(bill).getByLabelText(/^Code/), '99213');
    await user.type(within(bill).getByLabelText(/^Billed/), '250');
    await user.type(within(bill).getByLabelText(/^Adjustment 1: amount/), '125');
    await user.click(within(bill).getByRole('button', { name: 'Add the EOB line' }));
    expect(within(bill).getByText('Choose the group code for this amount.')).toBeTruthy();
    await user.selectOptions(within(bill).getByLabelText(/Adjustment 1: group code/), 'CO');
    await user.type(within(bill).getByLabelText(/Adjustment 1: reason code/), '45');
    await user.click(within(bill).getByRole('button', { name: 'Add the EOB line' }));
    const table = within(bill).getByRole('region', { name: 'EOB lines' });
    expect(within(table).getByText('CO-45 $125.00')).toBeTruthy();
    expect(table.textContent).toMatch(/you don't owe|not owe|must write/i);
    // What the person typed as their share stands; the line's own share doesn't replace it.
    expect(openSnapshot().context.case.eob?.patientResponsibility).toBe(4000);
  });

  it('is imported from a FHIR file, and a file that is not one is refused in plain words', async () => {
    const { user } = await emptyCaseInValidation();
    const bill = await billSection();
    await user.click(within(bill).getByRole('button', { name: 'Import an EOB file' }));
    const input = within(bill).getByLabelText(/Pick the EOB file/);
    await user.upload(input, new File(['not json'], 'my-eob.json', { type: 'application/json' }));
    expect((await within(bill).findByRole('alert')).textContent).toMatch(/"my-eob.json" isn't a FHIR JSON file/);
    await user.upload(input, new File([JSON.stringify({ resourceType: 'Patient' })], 'patient.json', { type: 'application/json' }));
    await waitFor(() => expect(within(bill).getByRole('alert').textContent).toMatch(/Patient/));
    expect(openSnapshot().context.case.eob).toBeUndefined();

    await user.upload(input, new File([JSON.stringify(carinProfessional)], 'eob.json', { type: 'application/json' }));
    await user.click(await within(bill).findByRole('button', { name: 'Use this EOB' }));
    expect(openSnapshot().context.case.eob?.lines.length).toBeGreaterThan(0);
    expect(within(bill).getByText(/The EOB says you owe/)).toBeTruthy();
  });

  it('lets the person choose among several EOBs in one file, keeping focus on their choice', async () => {
    const { user } = await emptyCaseInValidation();
    const bill = await billSection();
    await user.click(within(bill).getByRole('button', { name: 'Import an EOB file' }));
    await user.upload(within(bill).getByLabelText(/Pick the EOB file/), new File([JSON.stringify(searchBundle)], 'eobs.json', { type: 'application/json' }));
    const choices = await within(bill).findAllByRole('radio');
    expect(choices).toHaveLength(3);
    await user.click(choices[1]!);
    expect(document.activeElement).toBe(choices[1]);
    await user.click(within(bill).getByRole('button', { name: 'Use this EOB' }));
    expect(openSnapshot().context.case.eob?.claimNumber).toBe(choices[1]!.parentElement!.textContent!.match(/Claim (\S+?),/)?.[1]);
  });
});
