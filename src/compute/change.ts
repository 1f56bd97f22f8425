/**
 * The change between two observations of one series. Numbers only: which words describe the change
 * (ökat/minskat, procentenheter) is src/text's business, which observations to compare src/narrative's.
 */
import { exactDifference } from './decimal.js';

export interface Change {
  from: number;
  to: number;
  /** to − from in the values' own unit, exact in their decimals (for shares these are percentage points). */
  absolute: number;
  /** (to − from) / |from| · 100: the change in percent of the earlier value; null when from is 0 (or so near it that the result is not finite). */
  relative: number | null;
  /** The absolute change when the values are shares (0–100), so "5 procentenheter"; null otherwise. */
  percentagePoints: number | null;
}

export interface ChangeOptions {
  /** The values are shares in percent: the absolute change is also reported as percentage points. */
  share?: boolean;
}

/** 37 → 66 (share): absolute 29, relative 78,4 %, 29 percentage points. */
export function computeChange(from: number, to: number, options: ChangeOptions = {}): Change {
  assertFinite(from, 'from');
  assertFinite(to, 'to');
  const absolute = exactDifference(from, to);
  const r = from === 0 ? null : (absolute / Math.abs(from)) * 100;
  const relative = r === null || !Number.isFinite(r) ? null : r === 0 ? 0 : r;
  return { from, to, absolute, relative, percentagePoints: options.share ? absolute : null };
}

/** The sign of a change: 1, −1 or 0. */
export function changeSign(change: Pick<Change, 'absolute'>): -1 | 0 | 1 {
  return change.absolute > 0 ? 1 : change.absolute < 0 ? -1 : 0;
}

function assertFinite(x: number, name: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${x}`);
}
