import { describe, expect, it } from '@jest/globals';
import { datasetsOf, fact, o } from './fixture.js';

describe('kind ratio', () => {
  it('96 against 51 miljoner inloggningar: "nästan en fördubbling", as the 2020 edition says', () => {
    const d = datasetsOf(2020, [o('2:10', 2019, { kon: 'kvinnor' }, 51e6), o('2:10', 2020, { kon: 'kvinnor' }, { value: 96e6, qualifier: 'drygt' })]);
    const f = fact(d, 'ratio', { indicator: '2:10', where: { kon: 'kvinnor' } });
    expect(f.text).toBe('nästan en fördubbling');
    expect(f.parts).toEqual(expect.objectContaining({ ratio: '1,9', relative: 'drygt 88 procent mer', word: 'nästan en fördubbling', numerator: 'drygt 96 miljoner', denominator: '51 miljoner' }));
    expect(f.values['ratio']).toBeCloseTo(1.882, 3);
  });

  it('21,5 against 8,1 logins is drygt 165 procent more (the 2020 text prints 265)', () => {
    const d = datasetsOf(2020, [
      o('2:11', 2020, { kon: 'kvinnor', aldersgrupp: '30-39' }, 21.5),
      o('2:11', 2020, { kon: 'kvinnor', aldersgrupp: '70-79' }, 8.1),
    ]);
    const f = fact(d, 'ratio', { indicator: '2:11', where: { kon: 'kvinnor', aldersgrupp: '30-39' }, compare: { where: { aldersgrupp: '70-79' } } });
    expect(f.parts['relative']).toBe('drygt 165 procent mer');
    expect(f.parts['ratio']).toBe('2,7');
    expect(f.values['denominatorYear']).toBe(2020);
  });

  it.each<[number, number, string, string]>([
    [100, 50, 'en fördubbling', '100 procent mer'],
    [209, 100, 'drygt en fördubbling', '109 procent mer'],
    [2095, 1000, 'drygt en fördubbling', 'knappt 110 procent mer'],
    [300, 100, 'en tredubbling', '200 procent mer'],
    [50, 100, 'en halvering', '50 procent mindre'],
    [70, 100, 'en minskning med 30 procent', '30 procent mindre'],
    [150, 100, 'en ökning med 50 procent', '50 procent mer'],
    [100, 100, 'ingen förändring', 'lika mycket'],
  ])('%p against %p: %p', (now, before, word, relative) => {
    const d = datasetsOf(2020, [o('9:1', 2019, {}, before), o('9:1', 2020, {}, now)]);
    const f = fact(d, 'ratio', { indicator: '9:1' });
    expect(f.text).toBe(word);
    expect(f.parts['relative']).toBe(relative);
  });

  it('another indicator as the denominator, and a given year', () => {
    const d = datasetsOf(2020, [o('9:1', 2018, {}, 4), o('9:1', 2020, {}, 12), o('12:2', 2020, { hinder: 'ekonomi' }, 6)]);
    expect(fact(d, 'ratio', { indicator: '9:1', compare: { year: 2018 } }).text).toBe('en tredubbling');
    expect(fact(d, 'ratio', { indicator: '9:1', compare: { indicator: '12:2', where: { hinder: 'ekonomi' } } }).text).toBe('en fördubbling');
  });

  it('missing numerator or denominator, and a zero denominator, are gaps', () => {
    const missing = datasetsOf(2020, [o('9:1', 2019, {}, { missing: 'not-asked' }), o('9:1', 2020, {}, 5)]);
    expect(fact(missing, 'ratio', { indicator: '9:1' }).text).toBe('[frågan ställdes inte: 9:1 Informatikansvarig i regionerna 2019]');
    const zero = datasetsOf(2020, [o('9:1', 2019, {}, 0), o('9:1', 2020, {}, 5)]);
    const f = fact(zero, 'ratio', { indicator: '9:1' });
    expect(f.text).toMatch(/^\[kvot saknas: /);
    expect(f.missing).toHaveLength(1);
  });
});
