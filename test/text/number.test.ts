import { describe, expect, it } from '@jest/globals';
import {
  formatNumber,
  formatPercent,
  formatPercentSign,
  formatYear,
  normalizeNumberText,
  parseNumber,
  roundHalfAway,
  roundSignificant,
} from '../../src/text/number.js';
import { nb } from './helpers.js';

describe('formatNumber', () => {
  it.each([
    [66, {}, '66'],
    [38.6, {}, '38,6'],
    [38.64, {}, '38,6'],
    [38.65, {}, '38,7'],
    [0.04, {}, '0'],
    [0.04, { decimals: 2 }, '0,04'],
    [0, {}, '0'],
    [-0, {}, '0'],
    [-0.04, {}, '0'],
    [-0.3, { decimals: 0 }, '0'],
    [-0.04, { decimals: 1, minDecimals: 1 }, '0,0'],
    [-5, {}, '\u22125'],
    [-1234.56, {}, nb('\u22121_234,6')],
    [1234, {}, nb('1_234')],
    [1430, {}, nb('1_430')],
    [100000, {}, nb('100_000')],
    [1533537, {}, nb('1_533_537')],
    [4_200_000_000, {}, nb('4_200_000_000')],
    [66, { minDecimals: 1 }, '66,0'],
    [6.97, { decimals: 2 }, '6,97'],
    [6.97, {}, '7'],
    [2.5, { decimals: 0 }, '3'],
    [-2.5, { decimals: 0 }, '\u22123'],
    [1.005, { decimals: 2 }, '1,01'],
    [0.1 + 0.2, {}, '0,3'],
    [3, { sign: 'always' as const }, '+3'],
    [-3, { sign: 'always' as const }, '\u22123'],
    [0.01, { sign: 'always' as const }, '0'],
  ])('%p with %p → %p', (n, options, expected) => {
    expect(formatNumber(n, options)).toBe(expected);
  });

  it('never uses a plain or thin space as the thousands separator', () => {
    expect(formatNumber(12_345_678)).not.toMatch(/[ \u2009\u202F]/);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %p', (n) => {
    expect(() => formatNumber(n)).toThrow(RangeError);
  });

  it('refuses fractional or negative decimals', () => {
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
  });
});

describe('normalizeNumberText', () => {
  it.each([
    ['1\u202F234,5', nb('1_234,5')],
    ['1\u2009234', nb('1_234')],
    ['1 234 567', nb('1_234_567')],
    [nb('1_234'), nb('1_234')],
    ['-5', '\u22125'],
    ['\u22125', '\u22125'],
  ])('%p → %p', (text, expected) => {
    expect(normalizeNumberText(text)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [66, '66 procent'],
    [38.6, '38,6 procent'],
    [2.96, '3 procent'],
    [0.04, '0 procent'],
    [100, '100 procent'],
  ])('%p → %p', (n, expected) => {
    expect(formatPercent(n)).toBe(expected);
  });

  it('uses a normal space before the word and a no-break space before %', () => {
    expect(formatPercent(73)).toBe('73 procent');
    expect(formatPercentSign(95)).toBe('95\u00A0%');
  });
});

describe('formatYear', () => {
  it('prints years without grouping', () => {
    expect(formatYear(2020)).toBe('2020');
  });
  it('refuses fractional years', () => {
    expect(() => formatYear(2020.5)).toThrow(RangeError);
  });
});

describe('roundHalfAway', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [2.45, 1, 2.5],
    [1.005, 2, 1.01],
    [-0.4, 0, 0],
    [98_765, -4, 100_000],
    [191_342_000, -6, 191_000_000],
  ])('%p at %p decimals → %p', (n, decimals, expected) => {
    expect(roundHalfAway(n, decimals)).toBe(expected);
  });

  it('never returns −0', () => {
    expect(Object.is(roundHalfAway(-0.4, 0), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0, 2), 0)).toBe(true);
  });
});

describe('roundSignificant', () => {
  it.each([
    [98_765, 1, 100_000],
    [98_765, 2, 99_000],
    [0.0456, 1, 0.05],
    [-1234, 2, -1200],
    [0, 3, 0],
  ])('%p at %p significant → %p', (n, digits, expected) => {
    expect(roundSignificant(n, digits)).toBe(expected);
  });
});

describe('parseNumber', () => {
  it.each([
    [nb('1_234,5'), 1234.5],
    ['1 234', 1234],
    ['1\u202F234', 1234],
    ['\u22123', -3],
    ['-3', -3],
    ['+2', 2],
    ['0,04', 0.04],
    ['1234', 1234],
  ])('%p → %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each(['1.5', '1 23', '', 'abc', '1,', ',5'])('refuses %p', (text) => {
    expect(() => parseNumber(text)).toThrow(RangeError);
  });
});
