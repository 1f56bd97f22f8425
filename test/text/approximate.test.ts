import { describe, expect, it } from '@jest/globals';
import type { Qualifier } from '../../src/model/observation.js';
import { approximate, formatQualified } from '../../src/text/approximate.js';
import type { ApproximateOptions } from '../../src/text/approximate.js';
import { nb } from './helpers.js';

describe('approximate', () => {
  it.each<[number, ApproximateOptions, Qualifier | null, string]>([
    [191_342_000, { unit: 'antal' }, 'drygt', 'drygt 191 miljoner'],
    [96_400_000, { unit: 'antal' }, 'drygt', 'drygt 96 miljoner'],
    [96_000_000, { unit: 'antal' }, null, '96 miljoner'],
    [44_800_000, { unit: 'antal' }, 'knappt', 'knappt 45 miljoner'],
    [1_790_000, { unit: 'antal' }, 'knappt', 'knappt 1,8 miljoner'],
    [1_040_000, { unit: 'antal' }, 'drygt', 'drygt 1 miljon'],
    [4_200_000_000, { unit: 'antal' }, null, '4,2 miljarder'],
    [2.96, { unit: 'procent', decimals: 0 }, 'knappt', 'knappt 3 procent'],
    [86.3, { unit: 'procent', decimals: 0 }, 'drygt', 'drygt 86 procent'],
    [66, { unit: 'procent', decimals: 0 }, null, '66 procent'],
    [38.6, { unit: 'procent' }, null, '38,6 procent'],
    [0.1 + 0.2, { unit: 'procent' }, null, '0,3 procent'],
    [0.04, { unit: 'procent', decimals: 0 }, 'under', 'under 1 procent'],
    [0.04, { unit: 'procent' }, 'under', 'under 0,1 procent'],
    [0.04, { unit: 'procent', decimals: 2 }, null, '0,04 procent'],
    [0, { unit: 'procent', decimals: 0 }, null, '0 procent'],
    [-5.3, { unit: 'procent', decimals: 0 }, 'cirka', 'cirka \u22125 procent'],
    [-0.3, { unit: 'procent', decimals: 0 }, 'cirka', 'cirka 0 procent'],
    [98_765, { unit: 'antal', significant: 1 }, 'knappt', nb('knappt 100_000')],
    [98_765, { unit: 'antal', significant: 1, words: 'cirka' }, 'cirka', nb('cirka 100_000')],
    [100_000, { unit: 'antal', significant: 1 }, null, nb('100_000')],
    [750_400, { unit: 'antal', significant: 2, words: 'cirka' }, 'cirka', nb('cirka 750_000')],
    [66.04, { unit: 'procent', decimals: 0, tolerance: 0.1 }, null, '66 procent'],
    [66.2, { unit: 'procent', decimals: 0, tolerance: 0.1 }, 'drygt', 'drygt 66 procent'],
    [900_000, { unit: 'antal', scale: 'miljon', decimals: 0 }, 'knappt', 'knappt 1 miljon'],
    [300_000, { unit: 'antal', scale: 'miljon', decimals: 0 }, 'under', 'under 1 miljon'],
  ])('%p %p → %p %p', (value, options, word, text) => {
    const result = approximate(value, options);
    expect(result.word).toBe(word);
    expect(result.text).toBe(text);
  });

  it('reports the shown number in the original unit', () => {
    expect(approximate(191_342_000, { unit: 'antal' }).shown).toBe(191_000_000);
    expect(approximate(2.96, { unit: 'procent', decimals: 0 }).shown).toBe(3);
  });
});

describe('formatQualified', () => {
  it.each<[number, Qualifier | null, 'word' | 'symbol' | undefined, string]>([
    [86, 'drygt', undefined, 'drygt 86 procent'],
    [3, 'knappt', undefined, 'knappt 3 procent'],
    [80, 'cirka', undefined, 'cirka 80 procent'],
    [98, 'over', undefined, 'över 98 procent'],
    [98, 'over', 'symbol', '>98 procent'],
    [5, 'under', undefined, 'under 5 procent'],
    [5, 'under', 'symbol', '<5 procent'],
    [86, 'drygt', 'symbol', 'drygt 86 procent'],
    [66, null, undefined, '66 procent'],
  ])('%p %p (%p) → %p', (value, qualifier, comparator, expected) => {
    expect(formatQualified(value, qualifier, { unit: 'procent', comparator })).toBe(expected);
  });

  it('works with other units and the percent sign', () => {
    expect(formatQualified(191_000_000, 'drygt', { unit: 'antal' })).toBe('drygt 191 miljoner');
    expect(formatQualified(95, 'over', { unit: 'procent', comparator: 'symbol', percentSign: true })).toBe('>95\u00A0%');
  });
});
