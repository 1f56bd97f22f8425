import { describe, expect, it } from '@jest/globals';
import type { Gender } from '../../src/text/words.js';
import {
  AR,
  FALL,
  KOMMUN,
  LAN,
  PRIVAT_AKTOR,
  REGION,
  capitalize,
  countNoun,
  countOf,
  definiteCount,
  formatPlace,
  numberWord,
  ordinalNumeric,
  ordinalWord,
} from '../../src/text/words.js';
import { nb } from './helpers.js';

describe('numberWord', () => {
  it.each<[number, Gender, string]>([
    [0, 'en', 'noll'],
    [1, 'en', 'en'],
    [1, 'ett', 'ett'],
    [2, 'en', 'två'],
    [7, 'en', 'sju'],
    [11, 'en', 'elva'],
    [12, 'ett', 'tolv'],
    [13, 'en', '13'],
    [18, 'en', '18'],
    [1430, 'en', nb('1_430')],
  ])('%p (%p) → %p', (n, gender, expected) => {
    expect(numberWord(n, gender)).toBe(expected);
  });

  it.each([-1, 2.5, NaN])('refuses %p', (n) => {
    expect(() => numberWord(n)).toThrow(RangeError);
  });
});

describe('countNoun', () => {
  it.each([
    [1, AR, 'ett år'],
    [1, REGION, 'en region'],
    [5, REGION, 'fem regioner'],
    [18, REGION, '18 regioner'],
    [3, AR, 'tre år'],
    [0, KOMMUN, 'inga kommuner'],
  ])('%p → %p', (n, noun, expected) => {
    expect(countNoun(n, noun)).toBe(expected);
  });
});

describe('numerals: digits', () => {
  it('writes counts above one in digits, one and none in words', () => {
    expect(countNoun(12, PRIVAT_AKTOR, 'digits')).toBe('12 privata aktörer');
    expect(countNoun(2, REGION, 'digits')).toBe('2 regioner');
    expect(countNoun(1, PRIVAT_AKTOR, 'digits')).toBe('en privat aktör');
    expect(countNoun(0, REGION, 'digits')).toBe('inga regioner');
    expect(definiteCount(12, PRIVAT_AKTOR, 'digits')).toBe('de 12 privata aktörerna');
    expect(definiteCount(12, PRIVAT_AKTOR)).toBe('de tolv privata aktörerna');
    expect(definiteCount(1, PRIVAT_AKTOR, 'digits')).toBe('den enda privata aktören');
  });
});

describe('FALL: "i ett fall", "i två fall" (neuter, plural unchanged)', () => {
  it('agrees with its count', () => {
    expect(countNoun(1, FALL)).toBe('ett fall');
    expect(countNoun(2, FALL)).toBe('två fall');
    expect(countNoun(0, FALL)).toBe('inga fall');
    expect(definiteCount(1, FALL)).toBe('det enda fallet');
    expect(definiteCount(3, FALL)).toBe('de tre fallen');
  });
});

describe('countOf', () => {
  it('words a part of a known group', () => {
    expect(capitalize(countOf(11, REGION))).toBe('Elva av regionerna');
    expect(capitalize(countOf(5, REGION, 18))).toBe('Fem av 18 regioner');
    expect(countOf(14, REGION)).toBe('14 av regionerna');
    expect(countOf(1, LAN, 21)).toBe('ett av 21 län');
    expect(countOf(0, REGION)).toBe('ingen av regionerna');
    expect(countOf(0, LAN)).toBe('inget av länen');
  });
  it('refuses a part larger than the whole', () => {
    expect(() => countOf(19, REGION, 18)).toThrow(RangeError);
  });
});

describe('ordinals', () => {
  it.each([
    [1, 'första'],
    [2, 'andra'],
    [3, 'tredje'],
    [4, 'fjärde'],
    [6, 'sjätte'],
    [8, 'åttonde'],
    [11, 'elfte'],
    [12, 'tolfte'],
    [13, '13:e'],
    [21, '21:a'],
  ])('ordinalWord(%p) → %p', (n, expected) => {
    expect(ordinalWord(n)).toBe(expected);
  });

  it.each([
    [1, '1:a'],
    [2, '2:a'],
    [3, '3:e'],
    [6, '6:e'],
    [10, '10:e'],
    [11, '11:e'],
    [12, '12:e'],
    [21, '21:a'],
    [22, '22:a'],
    [23, '23:e'],
    [31, '31:a'],
    [32, '32:a'],
    [101, '101:a'],
    [111, '111:e'],
    [112, '112:e'],
    [1001, nb('1_001:a')],
  ])('ordinalNumeric(%p) → %p', (n, expected) => {
    expect(ordinalNumeric(n)).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuses rank %p', (n) => {
    expect(() => ordinalNumeric(n)).toThrow(RangeError);
  });

  it('formats a place in both styles', () => {
    expect(formatPlace(2)).toBe('andra plats');
    expect(formatPlace(2, 'numeric')).toBe('2:a plats');
    expect(formatPlace(6, 'numeric')).toBe('6:e plats');
    expect(formatPlace(10, 'numeric')).toBe('10:e plats');
    expect(formatPlace(14)).toBe('14:e plats');
  });
});

describe('capitalize', () => {
  it.each([
    ['elva av regionerna', 'Elva av regionerna'],
    ['över 98 procent', 'Över 98 procent'],
    ['åtta regioner', 'Åtta regioner'],
    ['66 procent', '66 procent'],
    ['', ''],
  ])('%p → %p', (text, expected) => {
    expect(capitalize(text)).toBe(expected);
  });
});
