import { describe, expect, it } from '@jest/globals';
import { describeRatio, formatRelativeDifference } from '../../src/text/ratio.js';

describe('describeRatio', () => {
  it.each([
    // 96 vs 51 miljoner: the 2020 edition said "nästan en fördubbling" at 1,88; the default rule says 1,9.
    [96 / 51, 'en ökning med 88 procent'],
    [1.899, 'en ökning med 90 procent'],
    [1.9, 'nästan en fördubbling'],
    [1.99, 'nästan en fördubbling'],
    [2, 'en fördubbling'],
    [2.004, 'en fördubbling'],
    [2.08, 'drygt en fördubbling'],
    [2.1, 'drygt en fördubbling'],
    [3, 'en tredubbling'],
    [2.85, 'nästan en tredubbling'],
    [4, 'en fyrdubbling'],
    [10, 'en tiodubbling'],
    [1.5, 'en ökning med 50 procent'],
    [1.89, 'en ökning med 89 procent'],
    [2.5, 'en ökning med 150 procent'],
    [3.653, 'en ökning med 265 procent'],
    [12, 'en ökning med 1\u00A0100 procent'],
    [0.7, 'en minskning med 30 procent'],
    [0.5, 'en halvering'],
    [0.52, 'nästan en halvering'],
    [0.45, 'en minskning med 55 procent'],
    [0, 'en minskning med 100 procent'],
    [1, 'ingen förändring'],
    [1.004, 'ingen förändring'],
  ])('%p → %p', (ratio, expected) => {
    expect(describeRatio(ratio)).toBe(expected);
  });

  it('takes a wider "near" band to match the 2020 edition', () => {
    expect(describeRatio(96 / 51, { nearPercent: 7 })).toBe('nästan en fördubbling');
    expect(describeRatio(2.12, { nearPercent: 7 })).toBe('drygt en fördubbling');
  });

  it('takes decimals for the percent', () => {
    expect(describeRatio(1.004, { decimals: 1 })).toBe('en ökning med 0,4 procent');
  });

  it.each([-1, NaN, Infinity])('refuses %p', (ratio) => {
    expect(() => describeRatio(ratio)).toThrow(RangeError);
  });
});

describe('formatRelativeDifference', () => {
  it.each([
    [3.653, 'drygt 265 procent mer'],
    [1.88, '88 procent mer'],
    [0.7, '30 procent mindre'],
    [0.696, 'drygt 30 procent mindre'],
    [0.704, 'knappt 30 procent mindre'],
    [1, 'lika mycket'],
    [1.004, 'under 1 procent mer'],
    [0.9996, 'under 1 procent mindre'],
  ])('%p → %p', (ratio, expected) => {
    expect(formatRelativeDifference(ratio)).toBe(expected);
  });
});
