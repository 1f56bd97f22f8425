import { describe, expect, it } from '@jest/globals';
import type { Observation } from '../../src/model/observation.js';
import { REGIONS, datasetsOf, diagnose, fact, o } from './fixture.js';

// Andel positiva till 1177 Vårdguidens e-tjänster by region (the text after Figur 18), plus riket.
const VALUES = { uppsala: 83, orebro: 81, vasterbotten: 81, skane: 77, gavleborg: 76, riket: 79 } as Record<string, number>;
const regional = (values: Record<string, number | null>): Observation[] =>
  REGIONS.map((r) => o('3:2', 2020, { fraga: 'e-tjanster', region: r }, values[r] === null ? { missing: 'not-available' } : (values[r] ?? 0)));
const W = { fraga: 'e-tjanster' };

describe('kind top', () => {
  it('the three highest, named for running text, with values on request (riket is not a member)', () => {
    const f = fact(datasetsOf(2020, regional(VALUES)), 'top', { indicator: '3:2', where: W, dimension: 'region', n: 3 });
    expect(f.text).toBe('Uppsala, Örebro och Västerbotten');
    expect(f.parts).toEqual(expect.objectContaining({
      first: 'Uppsala',
      count: 'tre',
      withValues: 'Uppsala (83 procent), Örebro (81 procent) och Västerbotten (81 procent)',
    }));
  });

  it('the lowest, lowest first', () => {
    const f = fact(datasetsOf(2020, regional(VALUES)), 'top', { indicator: '3:2', where: W, dimension: 'region', n: 2, order: 'ascending' });
    expect(f.text).toBe('Gävleborg och Skåne');
  });

  it('a list that ends inside a tie is computed, with a warning', () => {
    const d = datasetsOf(2020, regional(VALUES));
    const diagnostics = diagnose(d, 'top', { indicator: '3:2', where: W, dimension: 'region', n: 2 });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'fact/tie' })]);
  });

  it('common nouns go lower case inside a sentence', () => {
    const d = datasetsOf(2020, [
      o('12:2', 2020, { hinder: 'oklar-lagstiftning' }, 14),
      o('12:2', 2020, { hinder: 'ekonomi' }, 9),
      o('12:2', 2020, { hinder: 'egna-resurser' }, 12),
      o('12:2', 2020, { hinder: 'verksamhetens-installning' }, 11),
    ]);
    expect(fact(d, 'top', { indicator: '12:2', dimension: 'hinder', n: 3 }).text).toBe('oklar lagstiftning, egna resurser och verksamhetens inställning');
  });

  it('too few values is a gap', () => {
    const f = fact(datasetsOf(2020, regional({ uppsala: 83, orebro: null, vasterbotten: null, skane: null, gavleborg: null, riket: 79 })), 'top', { indicator: '3:2', where: W, dimension: 'region', n: 3 });
    // Who is third cannot be known while four regions are entered as missing: each is named.
    expect(f.missing).toHaveLength(4);
    expect(f.text).toMatch(/^\[uppgift saknas: 3:2 e-tjanster, Region Örebro län 2020\] /);
  });
});

describe('kind rank', () => {
  it.each<[string, string, 'descending' | 'ascending', string, string]>([
    ['first', 'uppsala', 'descending', 'första plats', '1:a'],
    ['a shared place', 'vasterbotten', 'descending', 'andra plats', '2:a'],
    ['last', 'gavleborg', 'descending', 'femte plats', '5:e'],
    ['ascending', 'gavleborg', 'ascending', 'första plats', '1:a'],
  ])('%s', (_name, member, order, text, ordinal) => {
    const f = fact(datasetsOf(2020, regional(VALUES)), 'rank', { indicator: '3:2', where: W, dimension: 'region', member, order });
    expect(f.text).toBe(text);
    expect(f.parts['ordinal']).toBe(ordinal);
    expect(f.values['of']).toBe(5);
  });

  it('a member entered as missing makes every place unknown; a member the data does not hold is not ranked', () => {
    const d = datasetsOf(2020, regional({ ...VALUES, skane: null }));
    expect(fact(d, 'rank', { indicator: '3:2', where: W, dimension: 'region', member: 'skane' }).text).toBe('[uppgift saknas: 3:2 e-tjanster, Region Skåne 2020]');
    expect(fact(d, 'rank', { indicator: '3:2', where: W, dimension: 'region', member: 'gavleborg' }).text).toBe('[uppgift saknas: 3:2 e-tjanster, Region Skåne 2020]');
    const without = datasetsOf(2020, regional(VALUES).filter((x) => x.dims['region'] !== 'skane'));
    expect(fact(without, 'rank', { indicator: '3:2', where: W, dimension: 'region', member: 'gavleborg' }).values['of']).toBe(4);
  });
});

describe('kind count', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, string>]>([
    ['words', { condition: { min: 80 } }, 'tre av regionerna', { number: '3', total: '5', words: 'tre av regionerna', Text: 'Tre av regionerna' }],
    ['of-total', { condition: { min: 80 }, form: 'of-total' }, '3 av 5 regioner', { Text: 'Tre av fem regioner' }],
    ['max', { condition: { max: 77 } }, 'två av regionerna', {}],
    ['none', { condition: { min: 90 } }, 'ingen av regionerna', { number: '0' }],
  ])('%s', (_name, params, text, parts) => {
    const f = fact(datasetsOf(2020, regional(VALUES)), 'count', { indicator: '3:2', where: W, dimension: 'region', ...params });
    expect(f.text).toBe(text);
    expect(f.parts).toEqual(expect.objectContaining(parts));
  });

  it('members without a value are left out of the total', () => {
    const f = fact(datasetsOf(2020, regional({ ...VALUES, skane: null })), 'count', { indicator: '3:2', where: W, dimension: 'region', condition: { min: 0 }, form: 'of-total' });
    expect(f.text).toBe('4 av 4 regioner');
    expect(f.values['unknown']).toBe(1);
  });

  it('equals: members whose observation with a code of another dimension holds', () => {
    const d = datasetsOf(2020, [
      o('13:4', 2020, { region: 'uppsala', status: 'finns' }, 1),
      o('13:4', 2020, { region: 'orebro', status: 'finns' }, 1),
      o('13:4', 2020, { region: 'vasterbotten', status: 'planeras' }, 1),
      o('13:4', 2020, { region: 'skane', status: 'nej' }, 1),
    ]);
    const f = fact(d, 'count', { indicator: '13:4', dimension: 'region', condition: { equals: 'finns' }, form: 'of-total' });
    expect(f.text).toBe('2 av 4 regioner');
  });

  it('no values at all is a gap', () => {
    const f = fact(datasetsOf(2020, [o('9:1', 2020, {}, 1)]), 'count', { indicator: '3:2', where: W, dimension: 'region', condition: { min: 1 } });
    expect(f.text).toBe('[uppgift saknas: 3:2 e-tjanster 2020]');
  });
});

describe('kind top: lists as the source prints them', () => {
  // In the source's order (the data file's lines), so ties keep it: Skåne before Jönköping.
  const placed = (values: Record<string, number>, tiebreak: string[] = []) =>
    datasetsOf(
      2020,
      Object.entries(values).map(([region, v], i) => ({
        ...o('3:2', 2020, { fraga: 'e-tjanster', region }, v),
        tiebreak: tiebreak.includes(region),
        location: { file: 'datasets/2020/3-2.yaml', line: 20 + i, column: 5 },
      })),
    );
  const bottom = { indicator: '3:2', where: W, dimension: 'region', n: 3, order: 'ascending', list: 'descending' };

  it('the three lowest, printed highest first, marked where the source broke a tie at the cut', () => {
    const d = placed({ uppsala: 83, skane: 77, orebro: 77, gavleborg: 76 }, ['skane', 'orebro']);
    expect(fact(d, 'top', bottom).parts['withValues']).toBe('Skåne* (77 procent), Örebro* (77 procent) och Gävleborg (76 procent)');
  });

  it('the mark goes with the cut: a member that moved away from it loses it', () => {
    const d = placed({ uppsala: 83, skane: 70, orebro: 77, gavleborg: 76 }, ['skane', 'orebro']);
    expect(fact(d, 'top', bottom).parts['withValues']).toBe('Örebro* (77 procent), Gävleborg (76 procent) och Skåne (70 procent)');
  });

  it('a new leader is named first', () => {
    const d = placed({ uppsala: 83, skane: 77, orebro: 81, gavleborg: 85 });
    expect(fact(d, 'top', { indicator: '3:2', where: W, dimension: 'region', n: 3 }).parts).toEqual(
      expect.objectContaining({ first: 'Gävleborg', Count: 'Tre', withValues: 'Gävleborg (85 procent), Uppsala (83 procent) och Örebro (81 procent)' }),
    );
  });

  it('among named members only; n: 1 is the most common', () => {
    const d = placed({ uppsala: 83, skane: 77, orebro: 81, gavleborg: 85 });
    expect(fact(d, 'top', { indicator: '3:2', where: W, dimension: 'region', n: 1, members: ['skane', 'orebro'] }).text).toBe('Örebro');
  });

  it('a named member without a value is a gap', () => {
    const d = placed({ uppsala: 83, skane: 77 });
    expect(fact(d, 'top', { indicator: '3:2', where: W, dimension: 'region', n: 1, members: ['skane', 'orebro'] }).missing).toEqual(['uppgift saknas: 3:2 e-tjanster, Region Örebro län 2020']);
  });
});

describe('kind rank: standing', () => {
  it.each<[string, string]>([
    ['uppsala', 'ligger i topp'],
    ['orebro', 'ligger på andra plats'],
    ['gavleborg', 'ligger sist'],
  ])('%s %s', (member, standing) => {
    const d = datasetsOf(2020, regional({ uppsala: 83, orebro: 81, vasterbotten: 80, skane: 77, gavleborg: 76 }));
    expect(fact(d, 'rank', { indicator: '3:2', where: W, dimension: 'region', member }).parts['standing']).toBe(standing);
  });
});

describe('kind largest-change', () => {
  const years = (before: Record<string, number>, now: Record<string, number>) =>
    datasetsOf(2020, [
      ...Object.entries(before).map(([r, v]) => o('3:2', 2019, { fraga: 'e-tjanster', region: r }, v)),
      ...Object.entries(now).map(([r, v]) => o('3:2', 2020, { fraga: 'e-tjanster', region: r }, v)),
    ]);
  const P = { indicator: '3:2', where: W, dimension: 'region' };

  it('names the member that rose the most, with the amount', () => {
    const f = fact(years({ uppsala: 10, skane: 20 }, { uppsala: 16, skane: 25 }), 'largest-change', P);
    expect(f.text).toBe('Uppsala');
    expect(f.parts).toEqual(expect.objectContaining({ difference: '6 procentenheter', Superlative: 'Störst ökning', change: 'har ökat med 6 procentenheter' }));
  });

  it('when every member fell, the best is the smallest fall, and says so', () => {
    const f = fact(years({ uppsala: 10, skane: 20 }, { uppsala: 8, skane: 19 }), 'largest-change', P);
    expect(f.text).toBe('Skåne');
    expect(f.parts['Superlative']).toBe('Minst minskning');
  });

  it('a member missing in either year is a gap', () => {
    expect(fact(years({ uppsala: 10 }, { uppsala: 16, skane: 25 }), 'largest-change', P).missing).toHaveLength(1);
  });
});

describe('kind count: majority', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ min: 80 }, 'en majoritet'],
    [{ min: 82 }, 'en minoritet'],
    [{ min: 99 }, 'ingen'],
  ])('%p → %p', (condition, majority) => {
    const d = datasetsOf(2020, regional({ uppsala: 83, orebro: 81, vasterbotten: 81, skane: 77, gavleborg: 76 }));
    expect(fact(d, 'count', { indicator: '3:2', where: W, dimension: 'region', condition }).parts['majority']).toBe(majority);
  });
});
