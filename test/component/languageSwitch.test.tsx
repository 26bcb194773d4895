/*
 * Switching language while working: what is on screen follows at once, and
 * nothing the person was doing is lost. A form's errors are worded again in
 * the new language (not left in the old one), the half-filled step form stays
 * open (the same form, with what was typed), and the home screen's tab title
 * follows too.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseScreen as englishCaseScreen } from '../../src/i18n/en/caseScreen';
import { forms as englishForms } from '../../src/i18n/en/forms';
import { spanish } from '../../src/i18n/es';
import { loadLanguage } from '../../src/i18n/language';
import { nextStepCard, openSample, renderApp } from './helpers';

describe('switching language while working', () => {
  it('words a refused form again in the new language, and keeps the step form open with what was typed', async () => {
    const { user } = await openSample();
    const card = nextStepCard();
    await user.click(within(card).getByRole('button', { name: 'They confirmed a hold' }));
    await user.click(await within(card).findByRole('button', { name: englishForms.hold.submit }));
    await within(card).findByText(englishForms.errors.enter(englishForms.hold.until.label));

    await act(() => loadLanguage('es'));
    const form = nextStepCard().querySelector('form')!;
    expect(within(form).getByText(spanish.forms.errors.enter(spanish.forms.hold.until.label))).toBeTruthy();
    expect(within(form).queryByText(englishForms.errors.enter(englishForms.hold.until.label))).toBeNull();
    expect(within(form).getByRole('heading', { name: spanish.forms.hold.title })).toBeTruthy();

    // The same form, not a new one: the step's card was kept, with whatever was typed in it.
    await act(() => loadLanguage('en'));
    expect(nextStepCard().querySelector('form')).toBe(form);
    expect(within(form).getByText(englishForms.errors.enter(englishForms.hold.until.label))).toBeTruthy();
  });

  it('names the home screen in the tab title, in each language', async () => {
    await renderApp();
    expect(document.title).toBe(englishCaseScreen.appTitle);
    await act(() => loadLanguage('es'));
    expect(document.title).toBe(spanish.caseScreen.appTitle);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(spanish.home.title);
  });
});
