import { describe, expect, it } from '@jest/globals';
import { datasetsOf, fact, nb, o } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };

describe('kind value', () => {
  it.each<[string, Parameters<typeof o>[3], Record<string, unknown>, string, Record<string, string>]>([
    ['a share', 66, {}, '66 procent', { number: '66', unit: 'procent', year: '2020', Text: '66 procent' }],
    ['one decimal', 38.6, {}, '38,6 procent', { number: '38,6' }],
    ['rounded for display: computed word', 38.64, { decimals: 0 }, 'knappt 39 procent', { number: '39' }],
    ['rounded down for display', 38.44, { decimals: 0 }, 'drygt 38 procent', { number: '38' }],
    ['published qualifier', { value: 86, qualifier: 'drygt' }, {}, 'drygt 86 procent', { number: '86', Text: 'Drygt 86 procent' }],
    ['published "över"', { value: 98, qualifier: 'over' }, {}, 'över 98 procent', { number: '98' }],
    ['published "under"', { value: 5, qualifier: 'under' }, {}, 'under 5 procent', { number: '5' }],
    ['published knappt, rounded further', { value: 38.6, qualifier: 'drygt' }, { decimals: 0 }, 'knappt 39 procent', {}],
    ['a tiny share rounds to zero: "under"', 0.04, {}, 'under 0,1 procent', {}],
    ['zero is zero', 0, {}, '0 procent', {}],
  ])('%s', (_name, spec, params, text, parts) => {
    const f = fact(datasetsOf(2020, [o('1:1', 2020, W, spec)]), 'value', { indicator: '1:1', where: W, ...params });
    expect(f.text).toBe(text);
    expect(f.parts).toEqual(expect.objectContaining(parts));
    expect(f.missing).toEqual([]);
  });

  it.each<[string, Parameters<typeof o>[3], Record<string, unknown>, string, Record<string, string>]>([
    ['a huge count gets a scale word and an approximation', 191_342_000, {}, 'drygt 191 miljoner', { number: '191 miljoner' }],
    ['a count with a published qualifier', { value: 96e6, qualifier: 'drygt' }, {}, 'drygt 96 miljoner', {}],
    ['scale forced', { value: 900_000, qualifier: 'knappt' }, { scale: 'miljoner' }, 'knappt 0,9 miljoner', {}],
    ['a small count: words for a sentence start', 11, {}, '11', { words: 'elva', Text: 'Elva' }],
    ['thirteen and more stay digits', 18, {}, '18', { words: '18', Text: '18' }],
    ['thousands', 1430, {}, nb('1_430'), { words: nb('1_430') }],
    ['a tiny count', 0.4, {}, '0,4', {}],
  ])('count: %s', (_name, spec, params, text, parts) => {
    const f = fact(datasetsOf(2020, [o('9:1', 2020, {}, spec)]), 'value', { indicator: '9:1', ...params });
    expect(f.text).toBe(text);
    expect(f.parts).toEqual(expect.objectContaining(parts));
  });

  it('a rank is a place, with the numeric ordinal', () => {
    const f = fact(datasetsOf(2020, [o('INT:2', 2020, { land: 'sverige' }, 2)]), 'value', { indicator: 'INT:2', where: { land: 'sverige' } });
    expect(f.text).toBe('andra plats');
    expect(f.parts).toEqual(expect.objectContaining({ number: '2', ordinal: '2:a', Text: 'Andra plats' }));
  });

  it('scores keep two decimals', () => {
    const f = fact(datasetsOf(2020, [o('INT:1', 2020, { land: 'sverige' }, 6.97)]), 'value', { indicator: 'INT:1', where: { land: 'sverige' } });
    expect(f.text).toBe('6,97 poäng');
  });

  it('year: previous and a given year', () => {
    const d = datasetsOf(2020, [o('1:1', 2017, W, 37), o('1:1', 2019, W, 52), o('1:1', 2020, W, 66)]);
    expect(fact(d, 'value', { indicator: '1:1', where: W, year: 'previous' }).text).toBe('52 procent');
    expect(fact(d, 'value', { indicator: '1:1', where: W, year: 2017 }).parts['year']).toBe('2017');
  });

  it.each<[string, Parameters<typeof o>[3] | undefined, string]>([
    ['absent', undefined, '[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
    ['not-available', { missing: 'not-available' }, '[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
    ['not-asked', { missing: 'not-asked' }, '[frågan ställdes inte: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
    ['not-collected', { missing: 'not-collected' }, '[uppgiften samlades inte in: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]'],
  ])('a missing value (%s) is a visible marker, never a number', (_name, spec, marker) => {
    const observations = [o('1:1', 2020, W, 66), ...(spec ? [o('1:1', 2021, W, spec)] : [])];
    const f = fact(datasetsOf(2021, observations, [2020, 2021]), 'value', { indicator: '1:1', where: W });
    expect(f.text).toBe(marker);
    expect(f.missing).toEqual([marker.slice(1, -1)]);
    // Only what does not depend on the value: the year asked for.
    expect(f.parts).toEqual({ year: '2021' });
    expect(f.observations).toHaveLength(spec ? 1 : 0);
  });
});
