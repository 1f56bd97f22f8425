/**
 * Words for how many times larger one value is than another, as the report says it: "nästan en
 * fördubbling" (96 vs 51 miljoner inloggningar), "en tredubbling", "en ökning med 50 procent",
 * "drygt 265 procent mer". Input is the ratio new/old (or this/that), computed by src/compute.
 */
import { approximate } from './approximate.js';
import { formatPercent, roundHalfAway } from './number.js';

const MULTIPLES = ['', '', 'för', 'tre', 'fyr', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];

/**
 * Within 5 % below a whole multiple is "nästan", within 5 % above is "drygt" (1,9 ≤ r < 2 → nästan).
 * The 2020 edition was looser (96/51 = 1,88 was "nästan en fördubbling"); `nearPercent: 7` matches it.
 */
const NEAR_PERCENT = 5;

export interface RatioOptions {
  /** Decimals of the percent in "en ökning med 50 procent"; default 0. */
  decimals?: number;
  /** How close to a whole multiple, in percent of it, counts as "nästan"/"drygt"; default 5. */
  nearPercent?: number;
}

/**
 * 2 → "en fördubbling", 1,93 → "nästan en fördubbling", 2,08 → "drygt en fördubbling", 3 → "en
 * tredubbling" (up to tio-; "en k-dubbling" when the ratio shows as k at two decimals), 0,5 → "en halvering", 0,51 → "nästan en halvering", 1,5 → "en ökning med
 * 50 procent", 0,7 → "en minskning med 30 procent", 1 → "ingen förändring".
 */
export function describeRatio(ratio: number, options: RatioOptions = {}): string {
  assertRatio(ratio);
  const near = options.nearPercent ?? NEAR_PERCENT;
  const multiple = nearestMultiple(ratio, near);
  if (multiple !== undefined) {
    const noun = `en ${MULTIPLES[multiple]}dubbling`;
    if (roundHalfAway(ratio, 2) === multiple) return noun;
    return ratio < multiple ? `nästan ${noun}` : `drygt ${noun}`;
  }
  if (roundHalfAway(ratio, 2) === 0.5) return 'en halvering';
  if (ratio > 0.5 && ratio <= nearAbove(0.5, near)) return 'nästan en halvering';
  const percent = roundHalfAway((ratio - 1) * 100, options.decimals ?? 0);
  if (percent === 0) return 'ingen förändring';
  const amount = formatPercent(Math.abs(percent), { decimals: options.decimals ?? 0 });
  return `${percent > 0 ? 'en ökning' : 'en minskning'} med ${amount}`;
}

/**
 * How much more or less, in percent of the other value: 3,65 → "drygt 265 procent mer" (3,653),
 * 1,88 → "88 procent mer", 0,7 → "30 procent mindre", 1 → "lika mycket". The approximation word
 * compares the exact percent with the printed one.
 */
export function formatRelativeDifference(ratio: number, options: RatioOptions = {}): string {
  assertRatio(ratio);
  const percent = (ratio - 1) * 100;
  const shown = approximate(Math.abs(percent), { unit: 'procent', decimals: options.decimals ?? 0 });
  if (shown.shown === 0 && shown.word === null) return 'lika mycket';
  return `${shown.text} ${percent > 0 ? 'mer' : 'mindre'}`;
}

/** The whole multiple 2–10 that ratio is within `near` percent of, if any. */
function nearestMultiple(ratio: number, near: number): number | undefined {
  const k = Math.round(ratio);
  if (k < 2 || k > 10) return undefined;
  return ratio >= nearBelow(k, near) && ratio <= nearAbove(k, near) ? k : undefined;
}

/** k·0,95 and k·1,05 computed as one division so 3 → 2,85 exactly, not 2,8499999999999996. */
function nearBelow(k: number, near: number): number {
  return (k * (100 - near)) / 100;
}

function nearAbove(k: number, near: number): number {
  return (k * (100 + near)) / 100;
}

function assertRatio(ratio: number): void {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`a ratio must be finite and ≥ 0, got ${ratio}`);
}
