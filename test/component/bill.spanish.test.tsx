/*
 * "Your bill" in Spanish: the sample case's findings, lines and EOB worded
 * from the Spanish catalogs (dates in Spanish, codes and amounts as they are),
 * each question to the billing office also given in English, marked
 * lang="en", to read out; the person's answers recorded in Spanish; a paste
 * with Spanish column names read, and its problems said in Spanish.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, startSampleCase } from '../../src/app/store';
import { loadLanguage } from '../../src/i18n/language';
import { openSnapshot, renderApp } from './helpers';

const billSection = async () => (await screen.findByRole('heading', { level: 2, name: 'Su factura' })).closest('section')!;

async function sampleInValidationInSpanish() {
  await loadLanguage('es');
  const rendered = await renderApp();
  await act(() => startSampleCase());
  const { lines, eob } = openSnapshot().context.case;
  act(() => {
    sendEvent({ type: 'ITEMIZED_BILL_RECEIVED', lines, at: '2026-03-02' });
    sendEvent({ type: 'EOB_RECEIVED', eob: eob!, at: '2026-03-02' });
    sendEvent({ type: 'PROCEED', at: '2026-03-02' });
  });
  expect(openSnapshot().matches('validation')).toBe(true);
  return { ...rendered, bill: await billSection() };
}

/** The text a Spanish reader is given, leaving out what is marked as English on purpose. */
function spanishText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
  return copy.textContent ?? '';
}

describe('the bill in Spanish', () => {
  it('words each finding in Spanish, with the question also in English to read out', async () => {
    const { bill } = await sampleInValidationInSpanish();
    expect(within(bill).getByRole('heading', { name: 'Lo que encontró Billpath: 8 hallazgos' })).toBeTruthy();
    expect(within(bill).getByText(/sigue en duda/).textContent).toContain('$1,184.00');

    const duplicate = within(bill).getByRole('heading', { name: 'Cargo cobrado dos veces: código 36415' }).closest('li')!;
    expect(within(duplicate).getByText('$68.00').parentElement!.textContent).toBe('En juego: $68.00');
    expect(duplicate.textContent).toMatch(/aparece dos veces el \d+ de \w+ de 2026/);
    expect(within(duplicate).getByText(/Por favor, quiten el cargo repetido/)).toBeTruthy();
    const inEnglish = duplicate.querySelector('[lang="en"]')!;
    expect(inEnglish.textContent).toMatch(/Please remove the duplicate charge/);
    expect(inEnglish.closest('details')!.querySelector('summary')!.textContent).toBe('La misma pregunta en inglés, para leerla a la oficina de facturación');

    expect(bill.textContent).toContain('R07.9 (dolor de pecho, sin especificar)');
    expect(bill.textContent).toContain('(un panel metabólico completo)');
    expect(within(bill).getByRole('heading', { name: 'Puede que usted califique para ayuda financiera' })).toBeTruthy();
    expect(within(bill).queryByRole('heading', { name: /What Billpath found|Charged twice/ })).toBeNull();
  });

  it('shows the lines and the EOB in Spanish, each adjustment explained', async () => {
    const { bill } = await sampleInValidationInSpanish();
    expect(within(bill).getByRole('heading', { name: 'Líneas de la factura detallada (10, $6,816.00)' })).toBeTruthy();
    expect(within(bill).getByRole('region', { name: 'Tabla de las líneas de la factura detallada' })).toBeTruthy();
    expect(within(bill).getByRole('heading', { name: 'Explicación de Beneficios (EOB)' })).toBeTruthy();
    const eobLines = within(bill).getByRole('region', { name: 'Líneas de la EOB' });
    expect(within(eobLines).getByRole('columnheader', { name: 'Su parte' })).toBeTruthy();
    expect(eobLines.textContent).toContain('Usted no lo debe.');
    expect(eobLines.textContent).toContain('Este monto cuenta para su deducible.');
    expect(within(bill).getByText(/La EOB dice que usted debe/)).toBeTruthy();
    // Apart from the questions given in English on purpose, no English sentence is left (the bill's own descriptions have none of these words).
    expect(spanishText(bill)).not.toMatch(/\b(the|you|your|what|this|with)\b/i);
  });

  it('records an answer in Spanish, with the date in Spanish', async () => {
    const { user, bill } = await sampleInValidationInSpanish();
    const duplicate = within(bill).getByRole('heading', { name: 'Cargo cobrado dos veces: código 36415' }).closest('li')!;
    expect(within(duplicate).getByRole('group', { name: 'Responder: Cargo cobrado dos veces: código 36415' })).toBeTruthy();
    await user.click(within(duplicate).getByRole('button', { name: 'Es correcto' }));
    expect(await within(duplicate).findByText('Marcado como correcto el 2 de marzo de 2026.')).toBeTruthy();
    expect(within(bill).getByRole('heading', { name: 'Lo que encontró Billpath: 8 hallazgos, 7 siguen abiertos' })).toBeTruthy();
  });

  it('reads a paste with Spanish column names, and says what to fix in Spanish', async () => {
    const { user, bill } = await sampleInValidationInSpanish();
    await user.click(within(bill).getByRole('button', { name: 'Pegar líneas de una hoja de cálculo' }));
    const box = within(bill).getByLabelText(/Copie las filas con su fila de encabezado/);
    fireEvent.change(box, { target: { value: 'Fecha\tCódigo\tCargo\tModificadores\n03/01/2026\t36415\t30\t25X\n02/30/2026\t36415\t30\t' } });
    await user.click(within(bill).getByRole('button', { name: 'Revisar las líneas' }));
    expect(within(bill).getByText(/^No se agregó nada. Corrija estos 2 puntos/)).toBeTruthy();
    expect(within(bill).getByText('Fila 2, Modificadores: "25X" no es un modificador. Los modificadores tienen dos caracteres, como 25 o XU.')).toBeTruthy();
    expect(within(bill).getByText(/^Fila 3, Fecha: .*febrero/)).toBeTruthy();

    fireEvent.change(box, { target: { value: 'Fecha\tCódigo\tCargo\n03/01/2026\t36415\t30' } });
    await user.click(within(bill).getByRole('button', { name: 'Revisar las líneas' }));
    expect(within(bill).getByText('Se leyó 1 línea, $30.00 en total.')).toBeTruthy();
    expect(within(bill).getByRole('button', { name: 'Agregar 1 línea a la factura' })).toBeTruthy();
  });
});
