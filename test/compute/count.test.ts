import { describe, expect, it } from '@jest/globals';
import { countMeeting, meetsThreshold } from '../../src/compute/count.js';

describe('counting members that meet a condition', () => {
  it.each<[string, (number | null)[], (v: number) => boolean, { count: number; total: number; unknown: number }]>([
    ['min, inclusive', [83, 81, 80, 79], (v) => meetsThreshold(v, { min: 80 }), { count: 3, total: 4, unknown: 0 }],
    ['max, inclusive', [83, 81, 80, 79], (v) => meetsThreshold(v, { max: 80 }), { count: 2, total: 4, unknown: 0 }],
    ['members without a value are neither counted nor in the total', [1, null, 0, null, 1], (v) => v > 0, { count: 2, total: 3, unknown: 2 }],
    ['none meets', [1, 2], (v) => v > 5, { count: 0, total: 2, unknown: 0 }],
    ['no values', [null, null], () => true, { count: 0, total: 0, unknown: 2 }],
    ['empty', [], () => true, { count: 0, total: 0, unknown: 0 }],
    ['not finite counts as unknown', [Number.NaN, 3], () => true, { count: 1, total: 1, unknown: 1 }],
  ])('%s', (_name, values, test, expected) => {
    expect(countMeeting(values, test)).toEqual(expected);
  });
});
