/*
 * Billing words explained where they appear: in the next step (plain at
 * first, then buttons once the glossary loads, the words unchanged), in the
 * findings and in the deadlines; each opens its definition right after it and
 * closes it again.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextStepCard, openSample } from './helpers';

/** The text as it shows, without the definitions (closed ones are in the page, hidden). */
const shown = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.definition').forEach((definition) => definition.remove());
  return copy.textContent;
};

const term = (scope: HTMLElement, name: string) => within(scope).findByRole('button', { name: `${name}, what it means` }, { timeout: 10_000 });

describe('the glossary where the words appear', () => {
  it('opens and closes a definition from the next step, with the words of the step unchanged', async () => {
    const { user } = await openSample();
    const card = nextStepCard();
    const before = shown(card.querySelector('p.script')!);
    const cpt = await term(card, 'CPT');
    expect(shown(card.querySelector('p.script')!)).toBe(before);
    expect(cpt.getAttribute('aria-expanded')).toBe('false');
    const definition = document.getElementById(cpt.getAttribute('aria-controls')!)!;
    expect(definition.hidden).toBe(true);

    await user.click(cpt);
    expect(cpt.getAttribute('aria-expanded')).toBe('true');
    expect(definition.hidden).toBe(false);
    expect(definition.textContent).toContain('CPT code: A five-digit code for a test, visit or procedure');
    await user.click(cpt);
    expect(definition.hidden).toBe(true);

    // Each word once per text: "HCPCS" and "revenue codes" are buttons too, and nothing is marked twice.
    expect(await term(card, 'HCPCS')).toBeTruthy();
    expect(within(card.querySelector('p.script') as HTMLElement).getAllByRole('button', { name: /^CPT, what it means$/ })).toHaveLength(1);
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
});
