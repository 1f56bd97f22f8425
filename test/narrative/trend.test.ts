import { describe, expect, it } from '@jest/globals';
import type { Observation } from '../../src/model/observation.js';
import { datasetsOf, fact, nb, o } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const series = (values: Record<number, Parameters<typeof o>[3]>): Observation[] =>
  Object.entries(values).map(([y, v]) => o('1:1', Number(y), W, v));

describe('kind trend', () => {
  it.each<[string, Record<number, Parameters<typeof o>[3]>, Record<string, unknown>, string, Record<string, string>]>([
    ['increase (perfect)', { 2017: 37, 2020: 66 }, {}, 'har ökat från 37 procent år 2017 till 66 procent år 2020', {
      verb: 'har ökat', from: '37 procent', to: '66 procent', fromYear: '2017', toYear: '2020', difference: '29 procentenheter', direction: 'ökat',
    }],
    ['increase (past)', { 2017: 37, 2020: 66 }, { form: 'past' }, 'ökade från 37 procent år 2017 till 66 procent år 2020', { verb: 'ökade' }],
    ['increase (short)', { 2017: 8, 2020: 33 }, { form: 'short' }, 'från 8 till 33 procent', { direction: 'ökat' }],
    ['decrease', { 2018: 87, 2020: 67 }, {}, 'har minskat från 87 procent år 2018 till 67 procent år 2020', { direction: 'minskat', difference: '20 procentenheter' }],
    ['decrease (past)', { 2019: 46, 2020: 42 }, { form: 'past' }, 'minskade från 46 procent år 2019 till 42 procent år 2020', {}],
    ['one point is singular', { 2019: 54, 2020: 55 }, {}, 'har ökat från 54 procent år 2019 till 55 procent år 2020', { difference: '1 procentenhet' }],
    ['decimals', { 2019: 38.5, 2020: 38.6 }, {}, 'har ökat från 38,5 procent år 2019 till 38,6 procent år 2020', { difference: '0,1 procentenheter' }],
    ['no change', { 2019: 55, 2020: 55 }, {}, 'har legat kvar på 55 procent sedan år 2019', { direction: 'oförändrat', verb: 'har legat kvar på', difference: '0 procentenheter' }],
    ['no change (past)', { 2019: 55, 2020: 55 }, { form: 'past' }, 'låg kvar på 55 procent mellan år 2019 och 2020', {}],
    ['no change (short): the numbers, the verb stands elsewhere', { 2019: 55, 2020: 55 }, { form: 'short' }, 'från 55 till 55 procent', {}],
    ['no change (supine)', { 2017: 16, 2020: 16 }, { form: 'supine' }, 'legat kvar på 16 procent sedan år 2017', {}],
    ['a change that rounds away is no change', { 2019: 55.01, 2020: 55.04 }, {}, 'har legat kvar på drygt 55 procent sedan år 2019', { direction: 'oförändrat' }],
    // years: false — the sentence names the span itself ("mellan år 2019 och 2020 … som sjunkit från …")
    ['without years (perfect)', { 2017: 8, 2020: 33 }, { years: false }, 'har ökat från 8 till 33 procent', {}],
    ['without years (past, stiga)', { 2019: 46, 2020: 42 }, { form: 'past', verbs: 'stiga', years: false }, 'sjönk från 46 till 42 procent', { verb: 'sjönk', fromYear: '2019', toYear: '2020' }],
    ['without years (noun)', { 2019: 46, 2020: 42 }, { form: 'noun', years: false }, 'en minskning från 46 till 42 procent', {}],
    ['without years, no change (supine)', { 2019: 55, 2020: 55 }, { form: 'supine', years: false }, 'legat kvar på 55 procent', { direction: 'oförändrat' }],
    ['without years, no change (noun)', { 2019: 55, 2020: 55 }, { form: 'noun', years: false }, 'ingen förändring', {}],
    ['years: true is the default', { 2019: 46, 2020: 42 }, { form: 'past', years: true }, 'minskade från 46 procent år 2019 till 42 procent år 2020', {}],
    ['qualified published values', { 2018: { value: 98, qualifier: 'cirka' }, 2020: 98 }, {}, 'har legat kvar på 98 procent sedan år 2018', {}],
  ])('%s', (_name, values, params, text, parts) => {
    const f = fact(datasetsOf(2020, series(values)), 'trend', { indicator: '1:1', where: W, ...params });
    expect(f.text).toBe(text);
    expect(f.parts).toEqual(expect.objectContaining(parts));
    expect(f.missing).toEqual([]);
  });

  it('counts share one scale word and keep their published qualifiers', () => {
    const d = datasetsOf(2020, [o('9:1', 2019, {}, { value: 900_000, qualifier: 'knappt' }), o('9:1', 2020, {}, { value: 1_800_000, qualifier: 'knappt' })]);
    expect(fact(d, 'trend', { indicator: '9:1', form: 'past' }).text).toBe('ökade från knappt 0,9 miljoner år 2019 till knappt 1,8 miljoner år 2020');
    expect(fact(d, 'trend', { indicator: '9:1', form: 'short' }).text).toBe('från knappt 0,9 miljoner till knappt 1,8 miljoner');
  });

  it('counts without years: the verb from the sign, the numbers of the short form', () => {
    const at = (to: number) => datasetsOf(2020, [o('9:1', 2019, {}, { value: 750_000, qualifier: 'cirka' }), o('9:1', 2020, {}, to)]);
    const params = { indicator: '9:1', from: 2019, form: 'supine', verbs: 'stiga', years: false };
    expect(fact(at(700_000), 'trend', params).text).toBe(nb('sjunkit från cirka 750_000 till 700_000'));
    expect(fact(at(800_000), 'trend', params).text).toBe(nb('stigit från cirka 750_000 till 800_000'));
    expect(fact(at(750_000), 'trend', params).text).toBe(nb('legat kvar på 750_000'));
  });

  it('small and huge counts', () => {
    const small = datasetsOf(2020, [o('9:1', 2019, {}, 9), o('9:1', 2020, {}, 11)]);
    expect(fact(small, 'trend', { indicator: '9:1' }).text).toBe('har ökat från 9 år 2019 till 11 år 2020');
    const huge = datasetsOf(2020, [o('9:1', 2019, {}, 51e6), o('9:1', 2020, {}, 1.2e9)]);
    expect(fact(huge, 'trend', { indicator: '9:1' }).text).toBe('har ökat från knappt 0,1 miljarder år 2019 till 1,2 miljarder år 2020');
    const cirka = datasetsOf(2020, [o('9:1', 2019, {}, { value: 750_000, qualifier: 'cirka' }), o('9:1', 2020, {}, 700_000)]);
    expect(fact(cirka, 'trend', { indicator: '9:1', form: 'short' }).text).toBe(nb('från cirka 750_000 till 700_000'));
  });

  it('skips years without a value in between and reports them', () => {
    const f = fact(datasetsOf(2020, series({ 2017: 37, 2018: { missing: 'not-asked' }, 2019: { missing: 'not-available' }, 2020: 66 })), 'trend', { indicator: '1:1', where: W });
    expect(f.text).toBe('har ökat från 37 procent år 2017 till 66 procent år 2020');
    expect(f.parts['skipped']).toBe('2018 och 2019');
    expect(f.values['skipped']).toBe(2);
  });

  it('from: first is the first year with a value (a year not asked is skipped)', () => {
    const f = fact(datasetsOf(2020, series({ 2017: { missing: 'not-asked' }, 2018: 20, 2020: 30 })), 'trend', { indicator: '1:1', where: W });
    expect(f.parts['fromYear']).toBe('2018');
  });

  it('from and to as years', () => {
    const d = datasetsOf(2020, series({ 2015: 5, 2017: 9, 2018: 12, 2020: 40 }));
    expect(fact(d, 'trend', { indicator: '1:1', where: W, from: 2015, to: 2018, form: 'past' }).text).toBe('ökade från 5 procent år 2015 till 12 procent år 2018');
  });

  it.each<[string, Record<number, Parameters<typeof o>[3]>, string]>([
    // Only the start is known: what it was, no verb of change, then the gap.
    ['the report year is missing', { 2017: 37, 2021: { missing: 'not-available' } }, 'var 37 procent år 2017 [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
    // What is known stays: the latest year with a value, said as such, then the gap.
    ['the report year was never entered', { 2017: 37, 2020: 66 }, 'har ökat från 37 procent år 2017 till 66 procent år 2020 [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
    ['the report year was not asked', { 2020: 66, 2021: { missing: 'not-asked' } }, 'var 66 procent år 2020 [frågan ställdes inte: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
    ['no earlier year: the year with a reason', { 2017: { missing: 'not-asked' }, 2021: 70 }, '[frågan ställdes inte: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2017]'],
    ['no earlier year entered at all: the latest data year', { 2021: 70 }, '[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2020]'],
    ['both ends missing', { 2017: { missing: 'not-asked' }, 2021: { missing: 'not-collected' } }, '[frågan ställdes inte: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2017] [uppgiften samlades inte in: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
  ])('gap: %s', (_name, values, text) => {
    const f = fact(datasetsOf(2021, series(values), [2017, 2020, 2021]), 'trend', { indicator: '1:1', where: W });
    expect(f.text).toBe(text);
    expect(f.missing).toHaveLength(text.replace(/^[^[]*/, '').split('] [').length);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['past', { form: 'past' }, 'var 42 procent år 2020 [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2019]'],
    ['perfect', {}, 'var 42 procent år 2020 [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2019]'],
    ['supine', { form: 'supine' }, 'varit 42 procent år 2020 [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2019]'],
    ['noun', { form: 'noun' }, '42 procent år 2020 [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2019]'],
  ])('gap: the start asked for is missing, the end is known (%s)', (_name, params, text) => {
    const f = fact(datasetsOf(2020, series({ 2019: { missing: 'not-available' }, 2020: 42 })), 'trend', { indicator: '1:1', where: W, from: 2019, ...params });
    expect(f.text).toBe(text);
    expect(f.parts).toEqual(expect.objectContaining({ to: '42 procent', fromYear: '2019', toYear: '2020' }));
    expect(f.missing).toHaveLength(1);
    expect(f.observations).toHaveLength(2);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['supine', { form: 'supine' }, 'varit 37 procent år 2017'],
    ['past', { form: 'past' }, 'var 37 procent år 2017'],
    ['short', { form: 'short' }, '37 procent år 2017'],
    ['noun', { form: 'noun' }, '37 procent år 2017'],
  ])('gap with only the start known (%s): the start, no direction', (_name, params, known) => {
    const d = datasetsOf(2021, series({ 2017: 37, 2018: { missing: 'not-available' }, 2021: { missing: 'not-available' } }), [2017, 2018, 2021]);
    const f = fact(d, 'trend', { indicator: '1:1', where: W, ...params });
    expect(f.text).toBe(`${known} [uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]`);
    expect(f.parts).toEqual(expect.objectContaining({ from: '37 procent', fromYear: '2017', toYear: '2021' }));
    expect(f.observations).toEqual([expect.stringContaining("@2017["), expect.stringContaining("@2021[")]);
    expect(f.missing).toHaveLength(1);
  });
});
