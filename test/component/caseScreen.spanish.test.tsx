/*
 * A case opened in Spanish: the header, the phases of the journey map, the
 * next-step card, the history and the deadlines all read in Spanish, with
 * Spanish dates, and their English words are gone; so does a calendar file.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replay } from '../../machines';
import { sendEvent, startSampleCase } from '../../src/app/store';
import type { JournalEntry } from '../../src/domain/caseFile';
import { loadLanguage } from '../../src/i18n/language';
import DeadlinesSection from '../../src/ui/deadlines/DeadlinesSection';
import { insuredCase, TODAY } from '../fixtures/cases';
import { nextStepCard, renderApp } from './helpers';

const at = '2026-03-02';
const section = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section')!;

describe('the case screen in Spanish', () => {
  it('names the phases, the next step, the history and the deadlines in Spanish, with Spanish dates', async () => {
    await loadLanguage('es');
    await renderApp();
    await act(() => startSampleCase());
    act(() => {
      sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
      sendEvent({ type: 'HOLD_CONFIRMED', until: '2026-03-06', at });
    });

    // The header and the page's title.
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling!.textContent).toContain('Saldo actual $1,184.00');
    expect(screen.getByRole('button', { name: '← Todas mis facturas' })).toBeTruthy();
    expect(document.title).toBe('Ejemplo: visita a urgencias en Riverside General — Billpath'); // the sample case is named in the chosen language

    // The next-step card's own headings around the step's words.
    const card = nextStepCard();
    expect(within(card).getByText('Su siguiente paso')).toBeTruthy();
    expect(within(card).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(expect.arrayContaining(['Por qué', 'Cómo']));
    expect(within(card).queryByText('Your next step')).toBeNull();

    // The journey map: where the case stands, phase by phase.
    const journey = (await screen.findByText('Reunir los papeles', { selector: 'strong' })).closest('figure')!;
    expect(journey.querySelector('figcaption')!.textContent).toMatch(/^Paso 1 de 5: Reunir los papeles\. Consiga la factura detallada/);
    expect(journey.querySelector('desc')!.textContent).toContain('Paso 2, Revisar la factura: Por venir.');
    expect(journey.textContent).toContain('Pausa en la cuenta: confirmada');
    expect(journey.textContent).not.toContain('Get the papers');

    // The history, newest first, with Spanish dates.
    const history = await section('Historial');
    const lines = [...history.querySelectorAll('li')].map((line) => line.textContent);
    expect(lines[0]).toBe('2 de marzo de 2026Pusieron la cuenta en pausa hasta el 6 de marzo de 2026.');
    expect(lines).toContain('2 de marzo de 2026Pidió la factura detallada.');
    expect(lines.at(-1)).toBe('2 de marzo de 2026Empezó este caso por $1,184.00.');
    expect(history.textContent).not.toMatch(/March|You asked/);

    // The deadlines, grouped by urgency.
    const deadlines = await section('Sus fechas límite');
    const thisWeek = [...deadlines.querySelectorAll('h3')].find((heading) => heading.textContent?.startsWith('Esta semana'))!.parentElement!;
    expect(within(thisWeek).getByText('Termina la pausa de su factura en Riverside General Hospital')).toBeTruthy();
    expect(thisWeek.querySelector('time')!.textContent).toBe('6 de marzo de 2026');
    expect(within(thisWeek).getByText('(en 4 días)')).toBeTruthy();
    expect(within(deadlines).getByText('Último día para pedir ayuda en Riverside General Hospital')).toBeTruthy();
    expect(deadlines.textContent).not.toMatch(/Your deadlines|This week|March|Add to my calendar/);
  });
});

describe('a calendar file saved in Spanish', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is worded in Spanish', async () => {
    const files: Promise<string>[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => { files.push(blob.text()); return 'blob:billpath'; }, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const billCase = insuredCase({ title: 'Visita de urgencias', provider: { name: 'Riverside General', kind: 'hospital' } });
    const journal: JournalEntry[] = [
      { at: TODAY, event: { type: 'CASE_OPENED', case: billCase } },
      { at: TODAY, event: { type: 'HOLD_CONFIRMED', until: '2026-03-20', at: TODAY } },
    ];
    await loadLanguage('es');
    render(<DeadlinesSection context={replay({ case: billCase, journal }).context} journal={journal} today={TODAY} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Agregar a mi calendario: Termina la pausa de su factura en Riverside General' }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    const ics = (await files[0]!).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Termina la pausa de su factura en Riverside General');
    expect(ics).toContain('Factura: Visita de urgencias');
    expect(ics).toContain('Regla: La pausa que la oficina de facturación le confirmó');
    expect(ics).toContain('DESCRIPTION:Mañana: Termina la pausa');
    expect(ics).not.toMatch(/Bill:|Rule:|Tomorrow/);
  });
});
