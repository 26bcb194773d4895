/*
 * The app in Spanish: the header's switch turns the page to Spanish and back,
 * says so in the new language, keeps focus and is remembered; when Spanish
 * can't be loaded the page stays as it is and says so. The home screen's own
 * parts (backups, the lock, a damaged record) read in Spanish, with the format
 * checker's details marked as English.
 */
import { act, screen, within } from '@testing-library/react';
import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showCaseList } from '../../src/app/store';
import { chooseLanguage, loadLanguage } from '../../src/i18n/language';
import { STORAGE_NAMES } from '../../src/storage/caseStore';
import { useAnnouncement } from '../../src/ui/announcer';
import { freshDevice } from '../fixtures/storage';
import { renderApp } from './helpers';

// The real switch, which a test can make fail once (offline before the Spanish words were saved).
vi.mock('../../src/i18n/language', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/language')>();
  return { ...actual, chooseLanguage: vi.fn(actual.chooseLanguage) };
});

afterEach(() => {
  localStorage.removeItem('billpath:language');
  document.documentElement.lang = 'en';
});

const announced = () => useAnnouncement.getState().message;

describe('the language switch', () => {
  it('shows the home screen in Spanish, remembers it, and switches back to English', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Try the sample bill' }));
    await screen.findByRole('heading', { name: 'Ask for the itemized bill' });
    act(() => showCaseList());

    const toSpanish = screen.getByRole('button', { name: 'Español' });
    expect(toSpanish.getAttribute('lang')).toBe('es');
    await user.click(toSpanish);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sus facturas médicas' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your medical bills' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Probar la factura de ejemplo' })).toBeTruthy();
    expect(screen.getByText(/Siguiente: Pida la factura detallada/)).toBeTruthy(); // the case's next step too
    expect(screen.getByText('Una factura médica, paso a paso.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('billpath:language')).toBe('es');
    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    expect(document.activeElement).toBe(toEnglish);
    await vi.waitFor(() => expect(announced()).toBe('Billpath ahora está en español.'));

    await user.click(toEnglish);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your medical bills' })).toBeTruthy();
    expect(screen.queryByText('Sus facturas médicas')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('billpath:language')).toBe('en');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Español' }));
    await vi.waitFor(() => expect(announced()).toBe('Billpath is now in English.'));
  });

  it('stays in English and says so when Spanish cannot be loaded', async () => {
    const { user } = await renderApp();
    vi.mocked(chooseLanguage).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await user.click(screen.getByRole('button', { name: 'Español' }));
    await vi.waitFor(() => expect(announced()).toBe('Billpath could not switch to Spanish. Check that you are online, then try again.'));
    expect(screen.getByRole('heading', { level: 1, name: 'Your medical bills' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Español' }));
    expect(document.documentElement.lang).not.toBe('es');
    expect(localStorage.getItem('billpath:language')).toBeNull();
  });
});

describe('the home screen in Spanish', () => {
  it('words the backups, the lock and a damaged record in Spanish, with the checks’ details marked as English', async () => {
    freshDevice();
    await set('old-case', { schema: 1, id: 'old-case', title: 'Broken', revision: 'x' }, createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore));
    await loadLanguage('es');
    const { user } = await renderApp({ keepDevice: true });

    const damaged = (await screen.findByRole('heading', { name: 'Casos que no se pudieron abrir' })).closest('section')!;
    expect(within(damaged).getByText('Sus datos guardados no tienen la forma que lee esta versión de Billpath.')).toBeTruthy();
    expect(within(damaged).getByText('Detalles (en inglés):')).toBeTruthy();
    expect(damaged.querySelector('ul.reasons')!.getAttribute('lang')).toBe('en');
    expect(within(damaged).getByRole('button', { name: 'Guardar una copia en un archivo' })).toBeTruthy();

    const lock = (await screen.findByRole('heading', { level: 2, name: 'Bloquear con una frase de contraseña' })).closest('section')!;
    expect(lock.textContent).toContain('nadie puede recuperar sus casos');
    expect(screen.queryByRole('heading', { name: 'Lock with a passphrase' })).toBeNull();

    const backups = screen.getByRole('heading', { level: 2, name: 'Copias de seguridad' }).closest('section')!;
    expect(screen.queryByRole('heading', { name: 'Backups' })).toBeNull();
    const notABackup = new File(['{"format": "billpath.case", "version": 1}'], 'notas.json', { type: 'application/json' });
    await user.upload(within(backups).getByLabelText('Restaurar casos desde un archivo de copia de seguridad'), notABackup);
    const alert = await within(backups).findByRole('alert');
    expect(alert.textContent).toContain('No se puede restaurar notas.json. No se cambió nada.');
    expect(alert.textContent).toContain('Detalles (en inglés):');
    expect(alert.querySelector('ul')!.getAttribute('lang')).toBe('en');

    // A reason Billpath words itself is in Spanish, with no English details.
    const otherApp = new File(['{"format": "acme.export"}'], 'acme.json', { type: 'application/json' });
    await user.upload(within(backups).getByLabelText('Restaurar casos desde un archivo de copia de seguridad'), otherApp);
    await vi.waitFor(() => expect(within(backups).getByRole('alert').textContent).toContain('su formato es "acme.export"'));
    expect(within(backups).getByRole('alert').textContent).not.toContain('Detalles');
  });
});
