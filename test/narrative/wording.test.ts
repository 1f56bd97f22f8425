/**
 * The wording options of the kinds that print values (src/narrative/kinds/display.ts) and the parts the
 * 2020 text needs to read as published: ">99 procent", "mer än 99 procent", "(>99 %)", "omkring 8
 * miljoner", "15,0 procent", "Elva av de 19 regioner", "vilket nästan är en fördubbling".
 */
import { describe, expect, it } from '@jest/globals';
import { datasetsOf, diagnose, fact, nb, o } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const share = (spec: Parameters<typeof o>[3]) => datasetsOf(2020, [o('1:1', 2020, W, spec)]);
const count = (spec: Parameters<typeof o>[3]) => datasetsOf(2020, [o('9:1', 2020, {}, spec)]);

describe('comparator: how a bound is worded', () => {
  it.each<[string, Parameters<typeof o>[3], Record<string, unknown>, string, string]>([
    ['default "över"', { value: 99, qualifier: 'over' }, {}, 'över 99 procent', 'över 99'],
    ['"mer än"', { value: 99, qualifier: 'over' }, { comparator: 'mer än' }, 'mer än 99 procent', 'mer än 99'],
    ['the symbol, set close', { value: 99, qualifier: 'over' }, { comparator: 'symbol' }, '>99 procent', '>99'],
    ['under: "mindre än"', { value: 5, qualifier: 'under' }, { comparator: 'mer än' }, 'mindre än 5 procent', 'mindre än 5'],
    ['under: the symbol', { value: 5, qualifier: 'under' }, { comparator: 'symbol' }, '<5 procent', '<5'],
    ['a computed "under" (rounded to zero) follows it too', 0.04, { comparator: 'symbol' }, '<0,1 procent', '<0,1'],
    ['an exact value has no bound to word', 99, { comparator: 'symbol' }, '99 procent', '99'],
    ['drygt stays drygt', { value: 86, qualifier: 'drygt' }, { comparator: 'symbol' }, 'drygt 86 procent', 'drygt 86'],
  ])('%s', (_name, spec, params, text, number) => {
    const f = fact(share(spec), 'value', { indicator: '1:1', where: W, ...params });
    expect(f.text).toBe(text);
    // The part `number` is always the bare number: a sentence that words the bound itself uses it.
    expect(f.parts['number']).toBe(number.replace(/^\D+/, ''));
  });

  it('with the percent sign: "(>99 %)"', () => {
    const f = fact(share({ value: 99, qualifier: 'over' }), 'value', { indicator: '1:1', where: W, comparator: 'symbol', percentSign: true });
    expect(f.text).toBe(nb('>99_%'));
    expect(f.parts['unit']).toBe('%');
  });

  it('reaches the kinds that show two values: pair and trend', () => {
    const d = datasetsOf(2020, [
      o('1:1', 2019, W, { value: 95, qualifier: 'over' }),
      o('1:1', 2020, W, { value: 99, qualifier: 'over' }),
      o('1:1', 2020, { ...W, teknik: 'sip-andra' }, { value: 5, qualifier: 'under' }),
    ]);
    const pair = fact(d, 'pair', { indicator: '1:1', where: W, items: [{}, { where: { teknik: 'sip-andra' } }], comparator: 'symbol' });
    expect(pair.text).toBe('>99 procent respektive <5 procent');
    const trend = fact(d, 'trend', { indicator: '1:1', where: W, comparator: 'mer än' });
    expect(trend.text).toBe('har ökat från mer än 95 procent år 2019 till mer än 99 procent år 2020');
  });
});

describe('approx: the word for an approximate value', () => {
  it.each<[Record<string, unknown>, string]>([
    [{}, 'cirka 8 miljoner'],
    [{ approx: 'omkring' }, 'omkring 8 miljoner'],
    [{ approx: 'cirka' }, 'cirka 8 miljoner'],
  ])('%p → %p', (params, text) => {
    const f = fact(count({ value: 8e6, qualifier: 'cirka' }), 'value', { indicator: '9:1', scale: 'miljoner', ...params });
    expect(f.text).toBe(text);
    expect(f.parts['Text']).toBe(text[0]!.toUpperCase() + text.slice(1));
  });

  it('leaves drygt and knappt alone', () => {
    expect(fact(count({ value: 96e6, qualifier: 'drygt' }), 'value', { indicator: '9:1', approx: 'omkring' }).text).toBe('drygt 96 miljoner');
  });
});

describe('minDecimals: a kept trailing zero', () => {
  it.each<[number, Record<string, unknown>, string]>([
    [15, { minDecimals: 1 }, '15,0 procent'],
    [1.8, { minDecimals: 1 }, '1,8 procent'],
    [15, {}, '15 procent'],
    [12.4, { decimals: 2, minDecimals: 2 }, '12,40 procent'],
  ])('%p with %p → %p', (value, params, text) => {
    expect(fact(share(value), 'value', { indicator: '1:1', where: W, ...params }).text).toBe(text);
  });

  it('"mellan 1,8 procent och 15,0 procent": a pair keeps both at one decimal', () => {
    const d = datasetsOf(2020, [o('1:1', 2020, W, 1.8), o('1:1', 2020, { ...W, teknik: 'sip-andra' }, 15)]);
    const f = fact(d, 'pair', { indicator: '1:1', where: W, items: [{}, { where: { teknik: 'sip-andra' } }], joiner: 'och', minDecimals: 1 });
    expect(f.text).toBe('1,8 procent och 15,0 procent');
  });

  it('does not claim a precision by moving the approximation word', () => {
    // 14,96 shown with one decimal is "15,0" and is a little above: "knappt 15,0 procent".
    expect(fact(share(14.96), 'value', { indicator: '1:1', where: W, decimals: 1, minDecimals: 1 }).text).toBe('knappt 15,0 procent');
  });
});

describe('wrong wording parameters are diagnostics at the fact', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown comparator', { comparator: 'mer' }, '"comparator" must be one of över, mer än, symbol'],
    ['an unknown approx word', { approx: 'ungefär' }, '"approx" must be one of cirka, omkring'],
    ['percentSign not a boolean', { percentSign: 'ja' }, '"percentSign" must be true or false'],
    ['minDecimals above decimals', { decimals: 0, minDecimals: 1 }, '"minDecimals" must be at most decimals (0)'],
  ])('%s', (_name, params, message) => {
    const errors = diagnose(share(15), 'value', { indicator: '1:1', where: W, ...params }).filter((d) => d.severity === 'error');
    expect(errors.map((e) => e.message).join('\n')).toContain(message);
  });

  it('percentSign only for procent', () => {
    const errors = diagnose(count(11), 'value', { indicator: '9:1', percentSign: true }).filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('9:1 is in antal, not procent');
  });
});

describe('value: respondents', () => {
  it('"Elva av de 19 regioner som svarade": the part respondents where the data has it', () => {
    const d = datasetsOf(2020, [{ ...o('9:1', 2020, {}, 11), respondents: 19 }]);
    const f = fact(d, 'value', { indicator: '9:1' });
    expect(f.parts).toEqual(expect.objectContaining({ Text: 'Elva', words: 'elva', respondents: '19' }));
    expect(f.values['respondents']).toBe(19);
  });

  it('no respondents, no part (a sentence citing it is an error where it is written)', () => {
    const f = fact(count(11), 'value', { indicator: '9:1' });
    expect(f.parts['respondents']).toBeUndefined();
    expect(f.values['respondents']).toBeNull();
  });
});

describe('ratio: the word in two parts', () => {
  it.each<[number, number, string, string]>([
    [96e6, 51e6, 'nästan', 'en fördubbling'],
    [209, 100, 'drygt', 'en fördubbling'],
    [300, 100, '', 'en tredubbling'],
    [150, 100, '', 'en ökning med 50 procent'],
  ])('%p against %p: approx %p, noun %p', (now, before, approx, noun) => {
    const d = datasetsOf(2020, [o('9:1', 2019, {}, before), o('9:1', 2020, {}, now)]);
    const f = fact(d, 'ratio', { indicator: '9:1' });
    expect(f.parts['approx']).toBe(approx);
    expect(f.parts['noun']).toBe(noun);
    expect([approx, noun].filter(Boolean).join(' ')).toBe(f.text);
  });
});
