/*
 * The letters and the forms in Spanish. A letter stays in English (the office
 * reads English): the section explains in Spanish what it says and asks, says
 * why it is in English, and marks the letter's own text lang="en". A form's
 * labels, buttons and errors are in Spanish.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClock } from '../../src/app/clock';
import { boot, startSampleCase, useAppStore } from '../../src/app/store';
import { loadLanguage } from '../../src/i18n/language';
import EventForm from '../../src/ui/forms/EventForm';
import LettersSection from '../../src/ui/letters/LettersSection';
import { freshDevice } from '../fixtures/storage';
import { openSnapshot } from './helpers';

const today = '2026-03-02';

/** The sample bill open in the store, at its first step, with the screen in Spanish. */
async function sampleInSpanish() {
  freshDevice();
  setClock(new Date(2026, 2, 2, 10, 0));
  await boot();
  await act(() => startSampleCase());
  await loadLanguage('es');
  return { snapshot: openSnapshot(), journal: useAppStore.getState().open!.journal };
}

describe('the letters in Spanish', () => {
  it('explains the letter in Spanish and keeps its own text in English, marked lang="en"', async () => {
    const { snapshot, journal } = await sampleInSpanish();
    render(<LettersSection snapshot={snapshot} journal={journal} today={today} step="request-itemized-bill" />);
    const letters = screen.getByRole('heading', { level: 2, name: 'Cartas' }).closest('section')!;

    expect(within(letters).getByText(/^Esta carta pide una lista de cada cargo/)).toBeTruthy();
    expect(within(letters).getByText(/La carta está en inglés porque la oficina lee inglés/)).toBeTruthy();
    const which = within(letters).getByLabelText('Qué carta') as HTMLSelectElement;
    expect(within(which).getByRole('option', { name: 'Pedir la factura detallada (para su próximo paso)' })).toBeTruthy();
    expect(within(letters).getByRole('button', { name: 'Copiar la carta' })).toBeTruthy();

    const text = within(letters).getByRole('textbox', { name: /Request for an itemized statement/ }) as HTMLTextAreaElement;
    expect(text.value).toContain("I'm requesting an itemized statement");
    expect(text.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('body > .letter-print')?.getAttribute('lang')).toBe('en');

    expect(within(letters).queryByText('Which letter')).toBeNull();
    expect(within(letters).queryByRole('button', { name: 'Copy the letter' })).toBeNull();
    expect(within(letters).queryByText(/This letter asks/)).toBeNull();
  });

  it('gives each letter its own Spanish explanation', async () => {
    const { snapshot, journal } = await sampleInSpanish();
    const user = userEvent.setup();
    render(<LettersSection snapshot={snapshot} journal={journal} today={today} step="request-itemized-bill" />);
    await user.selectOptions(screen.getByLabelText('Qué carta'), 'debt-validation');
    expect(screen.getByText(/^Esta carta le dice al cobrador que usted disputa la deuda/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Dispute and request for validation of debt/ }).closest('[lang]')?.getAttribute('lang')).toBe('en');
  });
});

describe('a form in Spanish', () => {
  it('has Spanish labels, buttons and errors', async () => {
    const { snapshot } = await sampleInSpanish();
    const user = userEvent.setup();
    render(<EventForm form="call" context={snapshot.context} today={today} onEvent={() => undefined} onCancel={() => undefined} />);

    expect(screen.getByRole('heading', { name: 'Anotar una llamada' })).toBeTruthy();
    expect(screen.getByLabelText('Fecha de la llamada')).toBeTruthy();
    expect(screen.getByLabelText('Departamento (opcional)')).toBeTruthy();
    expect(screen.getByText('Su nombre, o "no dio su nombre".')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancelar' })).toBeTruthy();
    expect(screen.queryByText('Date of the call')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Guardar la llamada' }));
    const who = screen.getByLabelText('Con quién habló');
    expect(who.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Falta este dato: Con quién habló.')).toBeTruthy();
    expect(screen.queryByText(/^Enter /)).toBeNull();
  });

  it('says in Spanish that a box must be ticked', async () => {
    const { snapshot } = await sampleInSpanish();
    const user = userEvent.setup();
    render(<EventForm form="payment-plan-accepted" context={snapshot.context} today={today} onEvent={() => undefined} />);
    expect(screen.getByRole('note').textContent).toContain('Antes de hacer esto: Un plan de pagos fija el saldo');
    await user.type(screen.getByLabelText('Pago mensual'), '50');
    await user.type(screen.getByLabelText('Número de meses'), '12');
    await user.click(screen.getByRole('button', { name: 'Acepté este plan' }));
    expect(screen.getByText('Marque esta casilla para seguir.')).toBeTruthy();
  });
});
