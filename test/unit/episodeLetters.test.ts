/* Letters for a whole visit (src/domain/letters/episodeLetters.ts): every account named, the totals, and blanks for what is unknown. */
import { describe, expect, it } from 'vitest';
import { renderEpisodeLetter, type EpisodeAccount, type EpisodeLetterFacts } from '../../src/domain/letters/episodeLetters';
import { TODAY } from '../fixtures/cases';

const accounts: EpisodeAccount[] = [
  { provider: 'Riverside General Hospital', account: 'RGH-20419-77', leftToPay: 118_400, nonprofitHospital: true },
  { provider: 'Metro Radiology', account: 'MR-5521', leftToPay: 42_000, nonprofitHospital: false },
  { provider: 'City Lab', leftToPay: 6_000, nonprofitHospital: false },
];
const facts = (overrides: Partial<EpisodeLetterFacts> = {}): EpisodeLetterFacts => ({
  episode: { id: 'visit', title: 'ER visit for chest pain', date: '2026-01-20', place: 'Riverside General', caseIds: [] },
  accounts,
  today: TODAY,
  ...overrides,
});

describe('letters for the whole visit', () => {
  it('name the visit and every account with what it asks, and leave blanks for what is not known', () => {
    for (const kind of ['episode-assistance-request', 'episode-hardship', 'episode-settlement'] as const) {
      const { body } = renderEpisodeLetter(kind, facts());
      expect(body).toContain('Re: Bills from one visit: ER visit for chest pain on January 20, 2026 at Riverside General');
      expect(body).toContain('  Riverside General Hospital, account RGH-20419-77: $1,184.00');
      expect(body).toContain('  City Lab, account [account number]: $60.00');
      expect(body).toContain('Riverside General Hospital, Metro Radiology and City Lab');
      expect(body).toContain('I am sending this same letter to each of these billing offices.');
    }
    expect(renderEpisodeLetter('episode-hardship', facts({ episode: { id: 'v', title: '', caseIds: [] } })).body).toContain('[what happened] on [date of the visit]');
  });

  it('asks for assistance on every bill, pointing to the nonprofit hospital’s list of covered providers when there is one', () => {
    const letter = renderEpisodeLetter('episode-assistance-request', facts());
    expect(letter.subject).toBe('Request for financial assistance: every bill from one visit');
    expect(letter.body).toContain('Together they come to $1,664.00.');
    expect(letter.body).toContain('Riverside General Hospital is a nonprofit hospital. Its policy must list which providers working in the hospital it covers.');
    const noHospital = renderEpisodeLetter('episode-assistance-request', facts({ accounts: accounts.slice(1) }));
    expect(noHospital.body).not.toContain('nonprofit');
  });

  it('puts the whole visit beside the household’s income, or leaves blanks for it', () => {
    const withIncome = renderEpisodeLetter('episode-hardship', facts({ household: { size: 3, annualIncome: 4_160_000, state: 'OH' } }));
    expect(withIncome.body).toContain('One visit has left me with 3 bills, $1,664.00 in all.');
    expect(withIncome.body).toContain('My household of 3 lives on $41,600.00 a year, so these bills come to 4 % of a year\'s income.');
    expect(renderEpisodeLetter('episode-hardship', facts()).body).toContain('My household of [number of people] lives on [yearly income] a year.');
  });

  it('offers each office the playbook’s opening share of its balance, in writing first', () => {
    const { body } = renderEpisodeLetter('episode-settlement', facts());
    expect(body).toContain('Riverside General Hospital, account RGH-20419-77: $355.20 in full settlement');
    expect(body).toContain('Metro Radiology, account MR-5521: $126.00 in full settlement');
    expect(body).toContain('$499.20 in all');
    expect(body).toContain('before I pay');
  });
});
