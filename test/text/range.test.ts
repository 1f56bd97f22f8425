import { describe, expect, it } from '@jest/globals';
import { formatNumberRange, formatYearRange, formatYearSpan } from '../../src/text/range.js';
import { nb } from './helpers.js';

describe('year ranges', () => {
  it('joins years with an en dash, never a hyphen', () => {
    expect(formatYearRange(2017, 2020)).toBe('2017\u20132020');
    expect(formatYearRange(2017, 2020)).not.toContain('-');
    expect(formatYearRange(2020, 2020)).toBe('2020');
  });
  it('words a span', () => {
    expect(formatYearSpan(2017, 2020)).toBe('år 2017 till 2020');
    expect(formatYearSpan(2020, 2020)).toBe('år 2020');
  });
  it('refuses a backwards range', () => {
    expect(() => formatYearRange(2020, 2017)).toThrow(RangeError);
    expect(() => formatYearSpan(2020, 2017)).toThrow(RangeError);
  });
});

describe('formatNumberRange', () => {
  it.each([
    [55, 95, { unit: 'procent' as const, percentSign: true }, '55\u201395\u00A0%'],
    [8, 33, { unit: 'procent' as const }, '8\u201333 procent'],
    [130_000, 160_000, { unit: 'antal' as const }, nb('130_000\u2013160_000')],
    [1_200_000, 1_500_000, { unit: 'antal' as const }, '1,2\u20131,5 miljoner'],
    [900_000, 1_800_000, { unit: 'antal' as const }, '0,9\u20131,8 miljoner'],
    [1_000_000, 2_000_000, { unit: 'antal' as const }, '1\u20132 miljoner'],
    [-5, 10, { unit: 'procent' as const }, '\u22125 till 10 procent'],
    [0.04, 0.06, { unit: 'procent' as const, decimals: 2 }, '0,04\u20130,06 procent'],
  ])('%p–%p %p → %p', (from, to, options, expected) => {
    expect(formatNumberRange(from, to, options)).toBe(expected);
  });
});
