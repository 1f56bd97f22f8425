/**
 * Ratios and shares: how many times one value is another ("nästan en fördubbling" is a ratio of 1,88),
 * and each part's share of a total. Numbers only; src/text words them.
 */
import { exactSum } from './decimal.js';

/** numerator / denominator; null when the denominator is 0 (no ratio exists), or the result is not finite. */
export function computeRatio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  const r = numerator / denominator;
  if (!Number.isFinite(r)) return null;
  return r === 0 ? 0 : r;
}

/** How much more (positive) or less (negative) the numerator is, in percent of the denominator: 21,5 vs 8,1 → 165,4. */
export function relativeDifference(numerator: number, denominator: number): number | null {
  const r = computeRatio(numerator, denominator);
  if (r === null) return null;
  const d = (r - 1) * 100;
  return d === 0 ? 0 : d;
}

/** part / total · 100; null when the total is 0. 182 of 251 → 72,51. */
export function shareOf(part: number, total: number): number | null {
  const r = computeRatio(part, total);
  return r === null ? null : r * 100;
}

export interface Shares<K extends string> {
  /** The sum of the parts (exact in their decimals). */
  total: number;
  /** Each part in percent of the total; null for every part when the total is 0. */
  shares: Record<K, number | null>;
}

/** { kry: 40, doktor: 17 } → total 57, shares { kry: 70,2, doktor: 29,8 }. */
export function sharesOfTotal<K extends string>(parts: Readonly<Record<K, number>>): Shares<K> {
  const keys = Object.keys(parts) as K[];
  const total = exactSum(keys.map((k) => parts[k]));
  const shares = {} as Record<K, number | null>;
  for (const k of keys) shares[k] = shareOf(parts[k], total);
  return { total, shares };
}
