import { describe, expect, it } from '@jest/globals';
import type { Unit } from '../../src/model/registry.js';
import {
  describeChange,
  directionOf,
  formatDifference,
  phraseChangeBy,
  phraseFromTo,
  showChange,
  showChangeValue,
  splitFinite,
} from '../../src/text/change.js';
import type { ChangeOptions, Direction, Form, VerbSet } from '../../src/text/change.js';
import { showValue, type ShowOptions } from '../../src/text/shown.js';
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

/** A change from one value to another in every form, as the trend facts word it. */
const fromTo = (from: number, to: number, unit: Unit, years: [number, number], display: ShowOptions & { verbs?: VerbSet } = {}) => {
  const c = showChange({ value: from, qualifier: null }, { value: to, qualifier: null }, unit, display);
  return phraseFromTo({ from: c.from, to: c.to, fromYear: years[0], toYear: years[1] }, c);
};

describe('phraseChangeBy: a change by an amount, every form', () => {
  it.each<[number, Unit, ChangeOptions, Form, string]>([
    [4, 'procent', {}, 'perfect', 'har ökat med 4 procentenheter'],
    [-5, 'antal', { relative: true }, 'past', 'minskade med 5 procent'],
    [84, 'antal', { relative: true }, 'past', 'ökade med 84 procent'],
    [84, 'antal', { relative: true }, 'supine', 'ökat med 84 procent'],
    [4, 'procent', {}, 'noun', 'en ökning med 4 procentenheter'],
    [-3, 'antal', { relative: true }, 'noun', 'en minskning med 3 procent'],
    [4, 'procent', {}, 'short', '4 procentenheter'],
    [-4, 'procent', { verbs: 'stiga' }, 'past', 'sjönk med 4 procentenheter'],
    [0, 'procent', {}, 'perfect', 'har legat kvar på samma nivå'],
    [0, 'procent', {}, 'past', 'låg kvar på samma nivå'],
    [0, 'procent', {}, 'noun', 'ingen förändring'],
    [0, 'procent', {}, 'short', 'oförändrat'],
  ])('%p %p %p %p → %p', (d, unit, options, form, expected) => {
    expect(phraseChangeBy(describeChange(d, unit, options))[form]).toBe(expected);
  });

  it('after "vilket var": the noun phrase of a change, "oförändrat" where nothing changed', () => {
    expect(phraseChangeBy(describeChange(4, 'procent')).predicative).toBe('en ökning med 4 procentenheter');
    expect(phraseChangeBy(describeChange(-2, 'procent')).predicative).toBe('en minskning med 2 procentenheter');
    expect(phraseChangeBy(describeChange(0, 'procent'), { level: '3 procent' }).predicative).toBe('oförändrat');
    expect(phraseChangeBy(showChangeValue(-0.04, null, 'procent-forandring')).predicative).toBe('oförändrat');
  });

  it('names the level of an unchanged value, and takes "på" for the noun', () => {
    expect(phraseChangeBy(describeChange(0, 'procent'), { level: '55 procent' }).perfect).toBe('har legat kvar på 55 procent');
    expect(phraseChangeBy(describeChange(10, 'procent-forandring'), { preposition: 'på' }).noun).toBe('en ökning på 10 procent');
  });
});

describe('showChangeValue: a value that is itself a change', () => {
  it.each<[number, Unit, Form, string]>([
    [84, 'procent-forandring', 'past', 'ökade med 84 procent'],
    [-5, 'procent-forandring', 'past', 'minskade med 5 procent'],
    [160, 'procent-forandring', 'perfect', 'har ökat med 160 procent'],
    [-0.04, 'procent-forandring', 'perfect', 'har legat kvar på samma nivå'],
    [130_000, 'antal-forandring', 'past', nb('ökade med 130_000')],
    [-2_000, 'antal-forandring', 'noun', nb('en minskning med 2_000')],
  ])('%p %p %p → %p', (value, unit, form, expected) => {
    expect(phraseChangeBy(showChangeValue(value, null, unit))[form]).toBe(expected);
  });

  it('keeps the source\'s hedge on the amount', () => {
    expect(phraseChangeBy(showChangeValue(19, 'cirka', 'procent-forandring')).past).toBe('ökade med cirka 19 procent');
  });
});

describe('phraseFromTo: a change from one value to another, every form', () => {
  it('words an increase and a decrease with years', () => {
    expect(fromTo(37, 66, 'procent', [2017, 2020]).perfect).toBe('har ökat från 37 procent år 2017 till 66 procent år 2020');
    expect(fromTo(87, 67, 'procent', [2018, 2020]).perfect).toBe('har minskat från 87 procent år 2018 till 67 procent år 2020');
    expect(fromTo(11, 44, 'procent', [2017, 2020]).supine).toBe('ökat från 11 procent år 2017 till 44 procent år 2020');
    expect(fromTo(46, 42, 'procent', [2019, 2020], { verbs: 'stiga' }).past).toBe('sjönk från 46 procent år 2019 till 42 procent år 2020');
    expect(fromTo(46, 42, 'procent', [2019, 2020]).noun).toBe('en minskning från 46 procent år 2019 till 42 procent år 2020');
  });

  it('prints the unit once in the short form', () => {
    expect(fromTo(8, 33, 'procent', [2017, 2020]).short).toBe('från 8 till 33 procent');
    expect(fromTo(8, 33, 'procent', [2017, 2020], { percentSign: true }).short).toBe('från 8 till 33\u00A0%');
    expect(fromTo(750_000, 700_000, 'antal', [2019, 2020]).short).toBe(nb('från 750_000 till 700_000'));
  });

  it('says "legat kvar" in correct Swedish when the shown numbers are equal', () => {
    const flat = fromTo(16, 16, 'procent', [2017, 2020]);
    expect(flat.perfect).toBe('har legat kvar på 16 procent sedan år 2017');
    expect(flat.supine).toBe('legat kvar på 16 procent sedan år 2017');
    expect(flat.past).toBe('låg kvar på 16 procent mellan år 2017 och 2020');
    expect(flat.noun).toBe('ingen förändring från år 2017 till år 2020');
    expect(flat.predicative).toBe('oförändrat mellan år 2017 och 2020');
    expect(fromTo(37, 66, 'procent', [2017, 2020]).predicative).toBe('en ökning från 37 procent år 2017 till 66 procent år 2020');
    // Exact data rounded for print says how it rounds: 66,04 is "drygt 66".
    expect(fromTo(65.96, 66.04, 'procent', [2019, 2020], { decimals: 0 }).perfect).toBe('har legat kvar på drygt 66 procent sedan år 2019');
  });

  it('takes the direction from the shown numbers, not the raw ones', () => {
    // 37,4 → 37,6 is a raw increase of 0,2 but prints as 37 → 38: the text must say ökat.
    expect(fromTo(37.4, 37.6, 'procent', [2019, 2020], { decimals: 0 }).perfect).toBe('har ökat från drygt 37 procent år 2019 till knappt 38 procent år 2020');
  });

  it('shares the scale between counts, with the approximation words', () => {
    expect(fromTo(894_000, 1_790_000, 'antal', [2019, 2020]).past).toBe('ökade från knappt 0,9 miljoner år 2019 till knappt 1,8 miljoner år 2020');
    expect(fromTo(51_000_000, 96_000_000, 'antal', [2019, 2020]).short).toBe('från 51 miljoner till 96 miljoner');
  });
});

describe('splitFinite: the finite verb and the rest', () => {
  it.each([
    ['ökade från 5 till 12 procent', 'ökade', 'från 5 till 12 procent'],
    ['låg kvar på 5 procent', 'låg', 'kvar på 5 procent'],
    ['har legat kvar på 16 procent sedan år 2017', 'har', 'legat kvar på 16 procent sedan år 2017'],
    ['var 37 procent år 2017', 'var', '37 procent år 2017'],
  ])('%s', (phrase, head, tail) => {
    expect(splitFinite(phrase)).toEqual({ head, tail });
  });

  it('every past and perfect phrase splits back into itself', () => {
    for (const direction of [5, -5, 0]) {
      const words = describeChange(direction, 'procent');
      const forms = phraseFromTo({ from: showValue(10, null, 'procent'), to: showValue(10 + direction, null, 'procent'), fromYear: 2017, toYear: 2020 }, words);
      for (const form of ['perfect', 'past'] as const) {
        const { head, tail } = splitFinite(forms[form]);
        expect(`${head} ${tail}`).toBe(forms[form]);
        expect(head).not.toContain(' ');
      }
    }
  });

  it('refuses a phrase of one word', () => {
    expect(() => splitFinite('oförändrat')).toThrow(/no finite verb/);
  });
});
