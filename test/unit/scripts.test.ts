/*
 * Phone scripts and the time of a call: every step that involves a call has
 * words to say, questions to ask and things never to say, each with a reason;
 * times are read the way people type them.
 */
import { describe, expect, it } from 'vitest';
import type { RecommendationId } from '../../machines';
import { formatClockTime, parseTypedTime } from '../../src/domain/clockTime';
import { callScript } from '../../src/domain/scripts';

const withCalls: RecommendationId[] = [
  'request-itemized-bill', 'confirm-claim-status', 'request-hold', 'review-findings', 'dispute-findings', 'file-appeal',
  'apply-financial-assistance', 'make-offer', 'respond-to-counteroffer', 'escalate', 'get-agreement-in-writing',
  'make-payment', 'request-debt-validation', 'negotiate-with-collector', 'confirm-zero-balance', 'check-credit-report',
  'wait-for-response',
];
const withoutCalls: RecommendationId[] = ['close-case', 'move-on', 'keep-records'];

describe('phone scripts', () => {
  it.each(withCalls)('%s: something to say, to ask, and never to say with a reason', (step) => {
    const script = callScript(step, { account: 'A-1' })!;
    expect(script.say.length).toBeGreaterThan(0);
    expect(script.ask.length).toBeGreaterThan(0);
    expect(script.neverSay.length).toBeGreaterThan(0);
    for (const unsaid of script.neverSay) expect(unsaid.because.length).toBeGreaterThan(20);
    const said = [...script.say, ...script.ask].join(' ');
    for (const unsaid of script.neverSay) expect(said).not.toContain(unsaid.words);
  });

  it.each(withoutCalls)('%s has no call to script', (step) => {
    expect(callScript(step, { account: '' })).toBeUndefined();
  });

  it('names the account when the case has one, and says "my account" when not', () => {
    expect(callScript('request-hold', { account: 'RGH-1' })!.say[0]).toContain('account RGH-1 on an administrative hold');
    expect(callScript('request-hold', { account: '' })!.say[0]).toContain('my account on an administrative hold');
  });

  it('warns against paying to get it over with before the bill is checked', () => {
    const words = callScript('request-itemized-bill', { account: '' })!.neverSay.map((unsaid) => unsaid.words);
    expect(words).toContain("I'll just pay it to get it over with.");
  });
});

describe('the time of a call', () => {
  it.each([
    ['14:30', '14:30'], ['2:30 pm', '14:30'], ['2:30PM', '14:30'], ['9am', '09:00'], ['9 a.m.', '09:00'],
    ['12:05 am', '00:05'], ['12 pm', '12:00'], ['0:00', '00:00'], [' 23:59 ', '23:59'],
  ])('reads "%s" as %s', (typed, time) => {
    expect(parseTypedTime(typed)).toEqual({ ok: true, time });
  });

  it.each([
    ['25:00', /no hour 25/], ['10:75', /no minute 75/], ['13 pm', /1 to 12/], ['0 am', /1 to 12/], ['9', /morning or afternoon/],
    ['noon', /not a time/], ['', /not a time/], ['<b>1</b>', /not a time/],
  ])('refuses "%s" with a plain reason', (typed, reason) => {
    const read = parseTypedTime(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(reason);
  });

  it('shows times the US way', () => {
    expect(['00:05', '09:00', '12:00', '14:30', '23:59'].map(formatClockTime)).toEqual(['12:05 AM', '9:00 AM', '12:00 PM', '2:30 PM', '11:59 PM']);
  });
});
