import { describe, expect, it } from '@jest/globals';
import type { ClaimDef, FactDef } from '../../src/model/edition.js';
import type { Observation } from '../../src/model/observation.js';
import { evaluateClaims } from '../../src/narrative/claims.js';
import { computeFacts } from '../../src/narrative/facts.js';
import { LOCATION, REGIONS, REGISTRY, datasetsOf, def, o } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const regions = (values: Record<string, number | null>): Observation[] =>
  REGIONS.filter((r) => r in values).map((r, i) => ({ ...o('3:2', 2020, { fraga: 'e-tjanster', region: r }, values[r] === null ? { missing: 'not-available' } : values[r]!), location: { file: 'datasets/2020/3-2.yaml', line: 10 + i, column: 5 } }));

const FACTS: FactDef[] = [
  def('trend', 'trend', { indicator: '1:1', where: W }),
  def('sverige', 'value', { indicator: 'INT:1', where: { land: 'sverige' } }),
  def('finland', 'value', { indicator: 'INT:1', where: { land: 'finland' } }),
  def('topp', 'top', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'region', n: 2 }),
  def('raknat', 'count', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'region', condition: { min: 80 } }),
];

function check(holds: unknown, observations: Observation[], year = 2020) {
  const d = datasetsOf(year, observations);
  const { facts, diagnostics: factErrors } = computeFacts(FACTS, d, REGISTRY);
  const claim: ClaimDef = { id: 'c', says: 'det som sägs', words: [], holds, location: LOCATION };
  const { results, diagnostics } = evaluateClaims([claim], facts, { year, factIds: new Set(FACTS.map((f) => f.id)) });
  return { result: results.get('c'), diagnostics: [...factErrors.filter((x) => x.severity === 'error'), ...diagnostics] };
}

const BASE = [
  o('1:1', 2017, W, 37),
  o('1:1', 2020, W, 66),
  o('INT:1', 2020, { land: 'sverige' }, 6.97),
  o('INT:1', 2020, { land: 'finland' }, 6.98),
  ...regions({ uppsala: 83, orebro: 81, vasterbotten: 81, skane: 77, gavleborg: 76 }),
];

describe('claims', () => {
  it.each<[string, unknown, boolean]>([
    ['rising', { rising: 'trend' }, true],
    ['falling', { falling: 'trend' }, false],
    ['unchanged', { unchanged: 'trend' }, false],
    ['compare <', { compare: ['sverige', '<', 'finland'] }, true],
    ['compare > a number', { compare: ['sverige', '>', 7] }, false],
    ['compare a named value', { compare: ['trend.from', '==', 37] }, true],
    ['first', { first: { fact: 'topp', member: 'uppsala' } }, true],
    ['first, another', { first: { fact: 'topp', member: 'orebro' } }, false],
    ['rank', { rank: { fact: 'topp', member: 'orebro', is: 2 } }, true],
    ['members', { members: { fact: 'topp', are: ['orebro', 'uppsala'] } }, true],
    ['members, wrong', { members: { fact: 'topp', are: ['skane', 'uppsala'] } }, false],
    ['majority', { majority: 'raknat' }, true],
    ['minority', { minority: 'raknat' }, false],
    ['half', { half: 'raknat' }, false],
    ['all', { all: [{ rising: 'trend' }, { majority: 'raknat' }] }, true],
    ['all, one false', { all: [{ rising: 'trend' }, { falling: 'trend' }] }, false],
    ['any', { any: [{ falling: 'trend' }, { rising: 'trend' }] }, true],
    ['not', { not: { falling: 'trend' } }, true],
    ['stated, its year, its numbers', { stated: { source: 'Källa 2020', year: 2020, while: { sverige: 6.97 } } }, true],
    ['stated, the numbers changed', { stated: { source: 'Källa 2020', year: 2020, while: { sverige: 6.5 } } }, false],
    ['stated, another year', { stated: { source: 'Källa 2019', year: 2019 } }, false],
  ])('%s', (_name, holds, expected) => {
    const { result, diagnostics } = check(holds, BASE);
    expect(diagnostics).toEqual([]);
    expect(result?.holds).toBe(expected);
    expect(result?.why === '').toBe(expected);
  });

  it('follows the data: a new leader makes "first" false, with the reason', () => {
    const data = BASE.map((x) => (x.dims['region'] === 'gavleborg' ? { ...x, value: 85 } : x));
    const { result } = check({ first: { fact: 'topp', member: 'uppsala' } }, data);
    expect(result?.holds).toBe(false);
    expect(result?.why).toContain('gavleborg');
  });

  it('a shared first place is no first place: a tie makes "first" false, naming who shares it', () => {
    const data = BASE.map((x) => (x.dims['region'] === 'orebro' ? { ...x, value: 83 } : x));
    const { result } = check({ first: { fact: 'topp', member: 'uppsala' } }, data);
    expect(result?.holds).toBe(false);
    expect(result?.why).toBe('uppsala delar plats 1 med orebro');
    // …and a tie the source broke (tiebreak: true) keeps the source's order.
    const broken = data.map((x) => (x.dims['region'] === 'orebro' || x.dims['region'] === 'uppsala' ? { ...x, tiebreak: true } : x));
    expect(check({ first: { fact: 'topp', member: 'uppsala' } }, broken).result?.holds).toBe(true);
  });

  it('a fact without its data makes the claim unknown, never true', () => {
    const data = BASE.filter((x) => !(x.indicator === '1:1' && x.year === 2020));
    expect(check({ rising: 'trend' }, data).result?.holds).toBeNull();
    expect(check({ not: { rising: 'trend' } }, data).result?.holds).toBeNull();
    // …unless another branch decides it.
    expect(check({ any: [{ rising: 'trend' }, { majority: 'raknat' }] }, data).result?.holds).toBe(true);
  });

  it('gap: holds while the fact has no data, fails once the data is entered (never unknown)', () => {
    const without = BASE.filter((x) => !(x.indicator === '1:1' && x.year === 2020));
    expect(check({ gap: 'trend' }, without).result).toMatchObject({ holds: true, why: '' });
    const entered = check({ gap: 'trend' }, BASE).result;
    expect(entered?.holds).toBe(false);
    expect(entered?.why).toContain('trend har nu värden');
    // Beside `stated`: the source's statement stands while the data cannot check it.
    const stated = { all: [{ gap: 'trend' }, { stated: { source: 'Källa 2020', year: 2020 } }] };
    expect(check(stated, without).result?.holds).toBe(true);
    expect(check(stated, BASE).result?.holds).toBe(false);
    expect(check(stated, without, 2021).result?.holds).toBe(false);
  });

  it('reads what a fact with a gap still knows by name (its respondents), never its main number', () => {
    const answered = (n: number): Observation => ({ ...o('INT:1', 2020, { land: 'sverige' }, { missing: 'not-available' }), respondents: n });
    const data = [...BASE.filter((x) => x.dims['land'] !== 'sverige'), answered(19)];
    expect(check({ compare: ['sverige.respondents', '==', 19] }, data).result?.holds).toBe(true);
    expect(check({ compare: ['sverige.respondents', '<', 19] }, data).result).toMatchObject({ holds: false, why: 'sverige.respondents (19) < 19 stämmer inte' });
    expect(check({ stated: { source: 'Källa 2020', year: 2020, while: { 'sverige.respondents': 19 } } }, data).result?.holds).toBe(true);
    expect(check({ compare: ['sverige', '<', 'finland'] }, data).result?.holds).toBeNull();
    // No respondents entered: unknown, as any number of a gap.
    const none = [...BASE.filter((x) => x.dims['land'] !== 'sverige'), o('INT:1', 2020, { land: 'sverige' }, { missing: 'not-available' })];
    expect(check({ compare: ['sverige.respondents', '==', 19] }, none).result?.holds).toBeNull();
  });

  it('records the facts and observations it read', () => {
    const { result } = check({ compare: ['sverige', '<', 'finland'] }, BASE);
    expect(result?.facts).toEqual(['sverige', 'finland']);
    expect(result?.observations).toEqual(['INT:1@2020[land=sverige]', 'INT:1@2020[land=finland]']);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown condition', { risng: 'trend' }, /unknown condition "risng"/],
    ['an unknown fact', { rising: 'trnd' }, /unknown fact "trnd"/],
    ['two keys', { rising: 'trend', falling: 'trend' }, /one key/],
    ['a bad operator', { compare: ['sverige', '=>', 'finland'] }, /unknown operator/],
    ['a direction of a value', { rising: 'sverige' }, /words no change/],
    ['first of a value', { first: { fact: 'sverige', member: 'x' } }, /ranks nothing/],
    ['majority of a top', { majority: 'topp' }, /counts nothing/],
    ['stated without source', { stated: { year: 2020 } }, /needs "source"/],
    ['gap of an unknown fact', { gap: 'trnd' }, /unknown fact "trnd"/],
  ])('a malformed condition is a located error: %s', (_name, holds, message) => {
    const { result, diagnostics } = check(holds, BASE);
    expect(result).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'claim/bad-condition', location: LOCATION, message: expect.stringMatching(message) })]);
  });
});
