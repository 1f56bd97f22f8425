import { describe, expect, it } from '@jest/globals';
import { changeSign, computeChange } from '../../src/compute/change.js';
import { decimalPlaces, exactDifference, exactSum } from '../../src/compute/decimal.js';

describe('computeChange', () => {
  it.each<[string, number, number, boolean, number, number | null, number | null]>([
    // name, from, to, share, absolute, relative (%), percentage points
    ['increase of a share', 37, 66, true, 29, 78.378, 29],
    ['decrease of a share', 87, 67, true, -20, -22.989, -20],
    ['no change', 55, 55, true, 0, 0, 0],
    ['decimals without binary noise', 0.6, 0.7, true, 0.1, 16.667, 0.1],
    ['one decimal', 38.5, 38.6, true, 0.1, 0.26, 0.1],
    ['count, not a share', 51e6, 96e6, false, 45e6, 88.235, null],
    ['from zero: no relative change', 0, 5, true, 5, null, 5],
    ['to zero', 12, 0, false, -12, -100, null],
    ['tiny numbers', 0.0001, 0.0003, false, 0.0002, 200, null],
    ['huge numbers', 1.2e12, 1.5e12, false, 3e11, 25, null],
    ['negative earlier value: relative against its size', -4, -2, false, 2, 50, null],
    ['from a denormal: no finite relative change', 5e-324, 1, false, 1, null, null],
  ])('%s: %p → %p', (_name, from, to, share, absolute, relative, points) => {
    const c = computeChange(from, to, { share });
    expect(c.absolute).toBe(absolute);
    if (relative === null) expect(c.relative).toBeNull();
    else expect(c.relative).toBeCloseTo(relative, 2);
    expect(c.percentagePoints).toBe(points);
    expect(changeSign(c)).toBe(Math.sign(absolute) || 0);
  });

  it('refuses numbers that are not finite', () => {
    expect(() => computeChange(Number.NaN, 1)).toThrow(RangeError);
    expect(() => computeChange(1, Infinity)).toThrow(RangeError);
  });
});

describe('decimal arithmetic', () => {
  it.each<[number, number]>([
    [66, 0],
    [38.6, 1],
    [0.125, 3],
    [1e-7, 7],
    [1.5e-7, 8],
    [1.2e12, 0],
  ])('decimalPlaces(%p) = %p', (x, places) => expect(decimalPlaces(x)).toBe(places));

  it.each<[number, number, number]>([
    [0.6, 0.7, 0.1],
    [38.5, 38.6, 0.1],
    [0.1, 0.3, 0.2],
    [5, 5, 0],
    [1.05, 1, -0.05],
  ])('exactDifference(%p, %p) = %p', (a, b, d) => expect(exactDifference(a, b)).toBe(d));

  it('sums exactly in the inputs decimals', () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([40, 17, 15, 11])).toBe(83);
    expect(exactSum([])).toBe(0);
  });
});
