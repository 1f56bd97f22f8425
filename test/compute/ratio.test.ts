import { describe, expect, it } from '@jest/globals';
import { computeRatio, relativeDifference, shareOf, sharesOfTotal } from '../../src/compute/ratio.js';

describe('ratios', () => {
  it.each<[string, number, number, number | null]>([
    ['inloggningar 2020 against 2019', 96, 51, 1.882],
    ['21,5 against 8,1 logins', 21.5, 8.1, 2.654],
    ['equal', 7, 7, 1],
    ['half', 5, 10, 0.5],
    ['zero numerator', 0, 10, 0],
    ['zero denominator', 5, 0, null],
    ['tiny', 3e-9, 1e-9, 3],
    ['huge', 2.4e12, 1.2e12, 2],
    ['overflow', 1e300, 1e-300, null],
  ])('%s: %p / %p', (_name, n, d, expected) => {
    const r = computeRatio(n, d);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 3);
  });

  it.each<[number, number, number | null]>([
    [21.5, 8.1, 165.43], // the 2020 edition prints "drygt 265 procent mer": see README.md
    [96, 51, 88.24],
    [8, 10, -20],
    [10, 10, 0],
    [1, 0, null],
  ])('relativeDifference(%p, %p) = %p %', (n, d, expected) => {
    const r = relativeDifference(n, d);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 2);
  });

  it.each<[number, number, number | null]>([
    [182, 251, 72.51], // footnote 82: "cirka 73 procent"
    [182, 250, 72.8], // caption of Figur 33
    [150, 204, 73.53], // footnote 83 — but the text says 71 procent
    [144, 202, 71.29], // caption of Figur 33: 71 procent
    [3, 0, null],
  ])('shareOf(%p, %p) = %p %', (part, total, expected) => {
    const s = shareOf(part, total);
    if (expected === null) expect(s).toBeNull();
    else expect(s).toBeCloseTo(expected, 2);
  });

  it('gives every part its share of the total', () => {
    const { total, shares } = sharesOfTotal({ kry: 40, doktor: 17, min: 15, d24: 11 });
    expect(total).toBe(83);
    expect(shares.kry).toBeCloseTo(48.19, 2);
    expect(Object.values(shares).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeCloseTo(100, 9);
    expect(sharesOfTotal({ a: 0, b: 0 }).shares).toEqual({ a: null, b: null });
  });
});
