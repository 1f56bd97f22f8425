import { describe, expect, it } from '@jest/globals';
import { datasetsOf, fact, o } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const d = (values: Record<number, Parameters<typeof o>[3]>) =>
  datasetsOf(2020, Object.entries(values).map(([y, v]) => o('1:1', Number(y), W, v)));

describe('kind change', () => {
  it.each<[string, Record<number, Parameters<typeof o>[3]>, Record<string, unknown>, string, Record<string, string>]>([
    ['increase against the previous year', { 2019: 3, 2020: 7 }, {}, 'har ökat med 4 procentenheter', {
      verb: 'har ökat', difference: '4 procentenheter', relative: 'drygt 133 procent', from: '3 procent', to: '7 procent', fromYear: '2019', toYear: '2020', direction: 'ökat',
    }],
    ['noun: the form the 2020 text uses', { 2019: 3, 2020: 7 }, { form: 'noun' }, 'en ökning med 4 procentenheter', {}],
    ['short: the amount alone', { 2019: 3, 2020: 7 }, { form: 'short' }, '4 procentenheter', {}],
    ['supine', { 2019: 3, 2020: 7 }, { form: 'supine' }, 'ökat med 4 procentenheter', {}],
    ['past', { 2019: 3, 2020: 7 }, { form: 'past' }, 'ökade med 4 procentenheter', { verb: 'ökade' }],
    ['decrease', { 2019: 30, 2020: 24 }, {}, 'har minskat med 6 procentenheter', { relative: '20 procent', direction: 'minskat' }],
    ['decrease (noun)', { 2019: 30, 2020: 24 }, { form: 'noun' }, 'en minskning med 6 procentenheter', {}],
    ['no change', { 2019: 55, 2020: 55 }, {}, 'har legat kvar på 55 procent', { relative: '0 procent', direction: 'oförändrat' }],
    ['no change (past)', { 2019: 55, 2020: 55 }, { form: 'past' }, 'låg kvar på 55 procent', {}],
    ['no change (noun)', { 2019: 55, 2020: 55 }, { form: 'noun' }, 'ingen förändring', {}],
    ['no change (short)', { 2019: 55, 2020: 55 }, { form: 'short' }, 'oförändrat', {}],
    ['against the first year', { 2017: 16, 2019: 30, 2020: 42 }, { compare: 'first' }, 'har ökat med 26 procentenheter', { fromYear: '2017' }],
    ['against a given year', { 2017: 16, 2019: 30, 2020: 42 }, { compare: 2019 }, 'har ökat med 12 procentenheter', { fromYear: '2019' }],
    ['a tiny relative change', { 2019: 99.9, 2020: 100 }, {}, 'har ökat med 0,1 procentenheter', { relative: 'under 1 procent' }],
  ])('%s', (_name, values, params, text, parts) => {
    const f = fact(d(values), 'change', { indicator: '1:1', where: W, ...params });
    expect(f.text).toBe(text);
    expect(f.parts).toEqual(expect.objectContaining(parts));
  });

  it('from zero there is no relative change', () => {
    const f = fact(d({ 2019: 0, 2020: 5 }), 'change', { indicator: '1:1', where: W });
    expect(f.parts['relative']).toBeUndefined();
    expect(f.values['relative']).toBeNull();
  });

  it('counts change by their own unit', () => {
    const f = fact(datasetsOf(2020, [o('9:1', 2019, {}, 1073), o('9:1', 2020, {}, 1430)]), 'change', { indicator: '9:1' });
    expect(f.text).toBe('har ökat med 357');
    expect(f.parts['relative']).toBe('drygt 33 procent');
  });

  it.each<[string, Record<number, Parameters<typeof o>[3]>, string]>([
    ['previous year absent', { 2018: 10, 2020: 12 }, '[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2019]'],
    ['previous year not asked', { 2019: { missing: 'not-asked' }, 2020: 12 }, '[frågan ställdes inte: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2019]'],
    ['report year missing', { 2019: 10, 2020: { missing: 'not-available' } }, '[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2020]'],
  ])('gap: %s', (_name, values, text) => {
    const f = fact(d(values), 'change', { indicator: '1:1', where: W });
    expect(f.text).toBe(text);
  });
});
