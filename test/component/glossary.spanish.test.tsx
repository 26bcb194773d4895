/*
 * The billing words and the phone script in Spanish: a term in a Spanish
 * sentence is a button that opens its Spanish definition; the list of words is
 * in Spanish; the phone script gives each phrase in Spanish with the English
 * beneath it (lang="en", for the billing office), and says once that a free
 * interpreter can be asked for.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { glossaryOf, splitByTerms, type TextPart } from '../../src/domain/glossary';
import { callScript } from '../../src/domain/scripts';
import { glossary as englishGlossary } from '../../src/i18n/en/glossary';
import { scripts as englishScripts } from '../../src/i18n/en/scripts';
import { glossary } from '../../src/i18n/es/glossary';
import { scripts } from '../../src/i18n/es/scripts';
import { steps } from '../../src/i18n/es/steps';
import { loadLanguage } from '../../src/i18n/language';
import GlossaryList from '../../src/ui/glossary/GlossaryList';
import TermParagraph from '../../src/ui/glossary/TermParagraph';
import CallScript from '../../src/ui/scripts/CallScript';

const marked = (parts: TextPart[]) => parts.flatMap((part) => (typeof part === 'string' ? [] : [`${part.text}=${part.entry.id}`]));
const facts = { provider: 'Hospital Central', account: 'A-1', balance: 120_000, nonprofit: true };

describe('the billing words in Spanish', () => {
  it('opens a Spanish term’s Spanish definition below the paragraph', async () => {
    await loadLanguage('es');
    const user = userEvent.setup();
    const why = steps.advice.confirmClaimStatus(facts).why;
    render(<TermParagraph text={why} />);
    const eob = screen.getByRole('button', { name: 'Explicación de Beneficios' });
    expect(document.getElementById(eob.getAttribute('aria-describedby')!)!.textContent).toBe('Muestra qué quiere decir esta palabra');
    const definition = document.getElementById(eob.getAttribute('aria-controls')!)!;
    expect(definition.hidden).toBe(true);
    await user.click(eob);
    expect(definition.hidden).toBe(false);
    expect(definition.textContent).toContain('EOB (Explicación de Beneficios): Un aviso de su aseguradora');
    expect(definition.textContent).not.toContain('A statement from your insurer');
    expect(screen.queryAllByRole('button', { name: 'EOB' })).toHaveLength(0); // the same term, once per paragraph
  });

  it('finds the Spanish forms of the terms, singular and plural', () => {
    const text = 'Con un coseguro del 20 %, paga parte del monto permitido. Pida la factura detallada y revise sus informes de crédito.';
    expect(marked(splitByTerms(text, [], glossary))).toEqual(['coseguro=coinsurance', 'monto permitido=allowed-amount', 'factura detallada=itemized-bill', 'informes de crédito=credit-report']);
    expect(marked(splitByTerms(text))).toEqual([]); // English words find nothing in Spanish
    for (const entry of glossaryOf(glossary)) expect(marked(splitByTerms(entry.forms[0]!, [], glossary)), entry.id).toEqual([`${entry.forms[0]}=${entry.id}`]);
  });

  it('lists every term in Spanish, in the same number as in English', async () => {
    await loadLanguage('es');
    render(<GlossaryList />);
    expect(screen.getByText(`Palabras de facturación explicadas (${glossaryOf(englishGlossary).length})`)).toBeTruthy();
    expect(screen.getByText('Coseguro')).toBeTruthy();
    expect(screen.queryByText('Coinsurance')).toBeNull();
  });
});

describe('the phone script in Spanish', () => {
  it('gives each phrase in Spanish with the English beneath it, and says an interpreter is free', async () => {
    await loadLanguage('es');
    const user = userEvent.setup();
    const { container } = render(<CallScript step="request-itemized-bill" account="A-1" headingLevel={3} />);
    await user.click(screen.getByText('Qué decir por teléfono'));
    expect(screen.getByText(/Puede pedir un intérprete gratis/).textContent).toContain('45 CFR 92.201');
    const say = within(screen.getByRole('heading', { name: 'Diga' }).nextElementSibling as HTMLElement).getByRole('listitem');
    expect(say.textContent).toContain('“Pido una factura detallada con los códigos CPT y HCPCS');
    expect(say.textContent).toContain('En inglés:');
    const english = say.querySelector('[lang="en"]')!;
    expect(english.textContent).toBe("“I'm requesting an itemized statement with CPT and HCPCS codes, revenue codes, units and dates of service for account A-1.”");
    expect(container.querySelectorAll('[lang="en"]')).toHaveLength(4); // one say, three questions
    expect(screen.getByRole('heading', { name: 'Nunca diga' })).toBeTruthy();
    expect(screen.queryByText('What to say on the phone')).toBeNull();
  });

  it('in English, shows each phrase once, with no interpreter line', () => {
    const { container } = render(<CallScript step="request-itemized-bill" account="A-1" headingLevel={3} />);
    expect(container.querySelectorAll('[lang="en"]')).toHaveLength(0);
    expect(container.textContent).not.toContain('interpreter');
  });

  it('has the same phrases, in the same order, as the English script (so each English line sits under its own)', () => {
    for (const step of Object.keys(englishScripts.steps)) {
      const inSpanish = callScript(step, { account: '' }, scripts)!;
      const inEnglish = callScript(step, { account: '' })!;
      expect([inSpanish.say.length, inSpanish.ask.length, inSpanish.neverSay.length], step).toEqual([inEnglish.say.length, inEnglish.ask.length, inEnglish.neverSay.length]);
    }
  });
});
