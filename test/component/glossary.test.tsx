/*
 * Billing words explained where they appear: in the next step (plain at
 * first, then buttons once the glossary loads, the words unchanged), in the
 * findings and in the deadlines; each opens its definition below the
 * paragraph (never inside the sentence) and closes it again.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextAction } from '../../machines';
import { today } from '../../src/app/clock';
import { glossary } from '../../src/domain/glossary';
import { nextStepCard, openSample, openSnapshot } from './helpers';

const term = (scope: HTMLElement, name: string) => within(scope).findByRole('button', { name }, { timeout: 10_000 });

describe('the glossary where the words appear', () => {
  it('opens and closes a definition below the next step’s paragraph, the words unchanged', async () => {
    const { user } = await openSample();
    const card = nextStepCard();
    const cpt = await term(card, 'CPT');
    const how = card.querySelector('p.script')!;
    expect(how.textContent).toBe(nextAction(openSnapshot(), today()).how); // the script reads whole, as written
    expect(cpt.getAttribute('aria-expanded')).toBe('false');
    expect(cpt.getAttribute('aria-describedby') && document.getElementById(cpt.getAttribute('aria-describedby')!)!.textContent).toBe('Shows what this word means');
    const definition = document.getElementById(cpt.getAttribute('aria-controls')!)!;
    expect(definition.hidden).toBe(true);
    expect(how.contains(definition)).toBe(false); // below the paragraph, not inside the sentence

    await user.click(cpt);
    expect(cpt.getAttribute('aria-expanded')).toBe('true');
    expect(definition.hidden).toBe(false);
    expect(definition.textContent).toContain('CPT code: A five-digit code for a test, visit or procedure');
    expect(how.textContent).toBe(nextAction(openSnapshot(), today()).how);
    await user.click(cpt);
    expect(definition.hidden).toBe(true);

    // Each word once per paragraph: "HCPCS" and "revenue codes" are buttons too, and nothing is marked twice.
    expect(await term(card, 'HCPCS')).toBeTruthy();
    expect(within(how as HTMLElement).getAllByRole('button', { name: 'CPT' })).toHaveLength(1);
  });

  it('explains the words of the findings and of the deadlines too', async () => {
    const { user } = await openSample();
    await user.click(await screen.findByRole('button', { name: 'I already have it' }));
    await user.click(await screen.findByRole('button', { name: 'I have the EOB' }));
    const findings = (await screen.findByRole('heading', { name: 'You may qualify for financial assistance' })).closest<HTMLElement>('.note')!;
    await user.click(await term(findings, 'financial help'));
    expect(findings.textContent).toContain('Help from a hospital to lower or erase a bill');
    const deadlines = (await screen.findByRole('heading', { name: 'Your deadlines' })).closest('section')!;
    expect(await term(deadlines, 'financial help')).toBeTruthy();
  });

  it('lists every billing word, folded, at the foot of a case and of the home screen', async () => {
    const { user } = await openSample();
    for (const screenName of ['case', 'home']) {
      if (screenName === 'home') await user.click(screen.getByRole('button', { name: '← All my bills' }));
      const summary = await screen.findByText(`Billing words explained (${glossary.length})`, {}, { timeout: 10_000 });
      const list = summary.closest('details')!;
      expect(list.open).toBe(false);
      await user.click(summary);
      expect(list.open).toBe(true);
      const terms = [...list.querySelectorAll('dt')].map((term) => term.textContent);
      expect(terms).toHaveLength(glossary.length);
      expect(terms).toContain('Allowed amount');
      expect(list.textContent).toContain('The price your plan agreed to for a service.');
    }
  });
});
