import { describe, expect, it } from '@jest/globals';
import type { Unit } from '../../src/model/registry.js';
import {
  describeChange,
  directionOf,
  formatDifference,
  phraseChangeBy,
  phraseChangeFromTo,
  phraseChangeNoun,
} from '../../src/text/change.js';
import type { ChangeOptions, Direction, Tense } from '../../src/text/change.js';
import { nb } from './helpers.js';

describe('describeChange', () => {
  it.each<[number, Unit, ChangeOptions, Direction, string, string, string, string]>([
    [29, 'procent', {}, 'increase', 'har ökat', 'ökade', 'ökar', '29 procentenheter'],
    [-20, 'procent', {}, 'decrease', 'har minskat', 'minskade', 'minskar', '20 procentenheter'],
    [1, 'procent', {}, 'increase', 'har ökat', 'ökade', 'ökar', '1 procentenhet'],
    [-1, 'procent', {}, 'decrease', 'har minskat', 'minskade', 'minskar', '1 procentenhet'],
    [0.5, 'procent', {}, 'increase', 'har ökat', 'ökade', 'ökar', '0,5 procentenheter'],
    [0, 'procent', {}, 'unchanged', 'har legat kvar på', 'låg kvar på', 'är oförändrad', '0 procentenheter'],
    [0.04, 'procent', {}, 'unchanged', 'har legat kvar på', 'låg kvar på', 'är oförändrad', '0 procentenheter'],
    [-0.04, 'procent', {}, 'unchanged', 'har legat kvar på', 'låg kvar på', 'är oförändrad', '0 procentenheter'],
    [0.04, 'procent', { decimals: 2 }, 'increase', 'har ökat', 'ökade', 'ökar', '0,04 procentenheter'],
    [0.4, 'procent', { decimals: 0 }, 'unchanged', 'har legat kvar på', 'låg kvar på', 'är oförändrad', '0 procentenheter'],
    [5, 'procent', { relative: true }, 'increase', 'har ökat', 'ökade', 'ökar', '5 procent'],
    [-84, 'antal', { relative: true }, 'decrease', 'har minskat', 'minskade', 'minskar', '84 procent'],
    [3000, 'antal', {}, 'increase', 'har ökat', 'ökade', 'ökar', nb('3_000')],
    [-4_200_000_000, 'antal', {}, 'decrease', 'har minskat', 'minskade', 'minskar', '4,2 miljarder'],
    [1_200_000, 'antal', {}, 'increase', 'har ökat', 'ökade', 'ökar', '1,2 miljoner'],
    [2, 'kronor', {}, 'increase', 'har ökat', 'ökade', 'ökar', '2 kronor'],
    [-0.26, 'poang', {}, 'decrease', 'har minskat', 'minskade', 'minskar', '0,26 poäng'],
    [-2, 'rang', {}, 'decrease', 'har minskat', 'minskade', 'minskar', 'två placeringar'],
    [1, 'rang', {}, 'increase', 'har ökat', 'ökade', 'ökar', 'en placering'],
  ])('%p %p %p', (difference, unit, options, direction, perfect, past, present, amount) => {
    const words = describeChange(difference, unit, options);
    expect(words.direction).toBe(direction);
    expect(words.perfect).toBe(perfect);
    expect(words.past).toBe(past);
    expect(words.present).toBe(present);
    expect(words.amount).toBe(amount);
  });

  it('agrees the present state with the subject\'s gender', () => {
    expect(describeChange(0, 'antal', { gender: 'ett' }).present).toBe('är oförändrat');
    expect(describeChange(0, 'procent').present).toBe('är oförändrad');
  });

  it('reports the signed difference as shown', () => {
    expect(describeChange(-3.04, 'procent').shownDifference).toBe(-3);
    expect(Object.is(describeChange(-0.04, 'procent').shownDifference, 0)).toBe(true);
  });
});

describe('directionOf', () => {
  it.each<[number, Direction]>([
    [1, 'increase'],
    [-1, 'decrease'],
    [0, 'unchanged'],
    [-0, 'unchanged'],
  ])('%p → %p', (d, expected) => {
    expect(directionOf(d)).toBe(expected);
  });
});

describe('formatDifference', () => {
  it('prints the size without sign', () => {
    expect(formatDifference(-29, 'procent')).toBe('29 procentenheter');
    expect(formatDifference(4, 'procent')).toBe('4 procentenheter');
    expect(formatDifference(-5, 'procent', { relative: true })).toBe('5 procent');
  });
});

describe('phraseChangeBy and phraseChangeNoun', () => {
  it.each<[number, Unit, ChangeOptions & { tense?: Tense }, string]>([
    [4, 'procent', {}, 'har ökat med 4 procentenheter'],
    [-5, 'antal', { relative: true, tense: 'past' }, 'minskade med 5 procent'],
    [84, 'antal', { relative: true, tense: 'past' }, 'ökade med 84 procent'],
    [3000, 'antal', { tense: 'present' }, nb('ökar med 3_000')],
    [0, 'procent', {}, 'har legat kvar på samma nivå'],
    [0, 'procent', { tense: 'past' }, 'låg kvar på samma nivå'],
    [0.01, 'procent', { tense: 'present' }, 'är oförändrad'],
  ])('%p %p %p → %p', (d, unit, options, expected) => {
    expect(phraseChangeBy(d, unit, options)).toBe(expected);
  });

  it.each<[number, Unit, ChangeOptions, string]>([
    [4, 'procent', {}, 'en ökning med 4 procentenheter'],
    [-3, 'antal', { relative: true }, 'en minskning med 3 procent'],
    [0, 'procent', {}, 'ingen förändring'],
  ])('noun %p %p → %p', (d, unit, options, expected) => {
    expect(phraseChangeNoun(d, unit, options)).toBe(expected);
  });
});

describe('phraseChangeFromTo', () => {
  it('words an increase with years', () => {
    expect(phraseChangeFromTo(37, 66, { unit: 'procent', fromYear: 2017, toYear: 2020 })).toBe(
      'har ökat från 37 procent år 2017 till 66 procent år 2020',
    );
    expect(phraseChangeFromTo(59, 86, { unit: 'procent', fromYear: 2017, toYear: 2020 })).toBe(
      'har ökat från 59 procent år 2017 till 86 procent år 2020',
    );
  });

  it('words a decrease', () => {
    expect(phraseChangeFromTo(87, 67, { unit: 'procent', fromYear: 2018, toYear: 2020 })).toBe(
      'har minskat från 87 procent år 2018 till 67 procent år 2020',
    );
    expect(phraseChangeFromTo(750_000, 700_000, { unit: 'antal', tense: 'past' })).toBe(
      nb('minskade från 750_000 till 700_000'),
    );
  });

  it('prints the unit once in the compact form', () => {
    expect(phraseChangeFromTo(8, 33, { unit: 'procent', compact: true })).toBe('har ökat från 8 till 33 procent');
    expect(phraseChangeFromTo(8, 33, { unit: 'procent', compact: true, percentSign: true })).toBe('har ökat från 8 till 33\u00A0%');
    expect(phraseChangeFromTo(16, 42, { unit: 'procent', compact: true, fromYear: 2017, toYear: 2020 })).toBe(
      'har ökat från 16 till 42 procent år 2017 till 2020',
    );
  });

  it('says "legat kvar" when the shown numbers are equal', () => {
    expect(phraseChangeFromTo(66, 66, { unit: 'procent' })).toBe('har legat kvar på 66 procent');
    expect(phraseChangeFromTo(65.96, 66.04, { unit: 'procent', decimals: 0 })).toBe('har legat kvar på 66 procent');
    expect(phraseChangeFromTo(98, 98, { unit: 'procent', fromYear: 2018, toYear: 2020 })).toBe(
      'har legat kvar på 98 procent sedan år 2018',
    );
    expect(phraseChangeFromTo(3, 3, { unit: 'procent', fromYear: 2019, toYear: 2020, tense: 'past' })).toBe(
      'låg kvar på 3 procent mellan år 2019 och 2020',
    );
  });

  it('takes the direction from the shown numbers, not the raw ones', () => {
    // 37,4 → 37,6 is a raw increase of 0,2 but prints as 37 → 38: the text must say ökat.
    expect(phraseChangeFromTo(37.4, 37.6, { unit: 'procent', decimals: 0 })).toBe('har ökat från 37 procent till 38 procent');
  });

  it('shares the scale between counts and can approximate both', () => {
    expect(
      phraseChangeFromTo(894_000, 1_790_000, { unit: 'antal', tense: 'past', fromYear: 2019, toYear: 2020, approximate: true }),
    ).toBe('ökade från knappt 0,9 miljoner år 2019 till knappt 1,8 miljoner år 2020');
    expect(phraseChangeFromTo(51_000_000, 96_000_000, { unit: 'antal' })).toBe('har ökat från 51 miljoner till 96 miljoner');
  });

  it('keeps the full form when a scale word would be lost', () => {
    expect(phraseChangeFromTo(900_000, 1_800_000, { unit: 'antal', compact: true })).toBe(
      'har ökat från 0,9 miljoner till 1,8 miljoner',
    );
  });
});
