/**
 * Numbers in Swedish report style: decimal comma, a no-break space between thousands groups, and the
 * typographic minus sign.
 *
 * Decisions (tested in test/text/number.test.ts):
 * - Thousands separator is always U+00A0 NO-BREAK SPACE. ICU versions disagree (U+00A0, U+202F, U+2009);
 *   we normalize so output is byte-identical across Node versions and a number never breaks across lines.
 * - Minus is U+2212 MINUS SIGN ("−5"). Intl sv-SE emits it, Swedish typography prefers it to the hyphen,
 *   and the report font (Source Sans 3) has the glyph. `parseNumber` accepts both.
 * - Rounding is half away from zero on the number's shortest decimal form (1.005 → "1,01", −2.5 → "−3"),
 *   which is what a reader expects from the digits they see in the data, not the binary value.
 * - Zero never carries a sign: −0.3 at 0 decimals prints "0", not "−0".
 * - Years are not numbers in this sense ("2020", never "2 020"): use `formatYear`.
 */

export const NBSP = '\u00A0';
export const MINUS = '\u2212';

/** Default maximum number of decimals; integers always print without decimals. */
export const DEFAULT_DECIMALS = 1;

export interface NumberFormatOptions {
  /** Maximum number of fraction digits; the value is rounded half away from zero to this. Default 1. */
  decimals?: number;
  /** Minimum number of fraction digits (pads with zeros: 66 → "66,0"). Default 0. */
  minDecimals?: number;
  /** 'always' prints "+3" for positive values (for differences in tables); zero stays "0". */
  sign?: 'auto' | 'always';
}

/** Moves the decimal point k places (x·10^k) on the decimal text, so no binary error creeps in. */
export function shiftDecimal(x: number, k: number): number {
  const [mantissa, exponent] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + k}`);
}

/**
 * Rounds half away from zero at `decimals` places (negative `decimals` round to tens, hundreds, …).
 * Never returns −0.
 */
export function roundHalfAway(n: number, decimals: number): number {
  assertFinite(n);
  assertDecimals(decimals, -20);
  const magnitude = shiftDecimal(Math.round(shiftDecimal(Math.abs(n), decimals)), -decimals);
  return magnitude === 0 ? 0 : n < 0 ? -magnitude : magnitude;
}

/** Rounds to `digits` significant digits, half away from zero (98 765, 1 → 100 000). */
export function roundSignificant(n: number, digits: number): number {
  assertFinite(n);
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
    throw new RangeError(`significant digits must be an integer 1–17, got ${digits}`);
  }
  if (n === 0) return 0;
  return roundHalfAway(n, digits - 1 - decimalExponent(n));
}

/** The power of ten of the leading digit, read from the exact decimal text (log10 can be off by one). */
export function decimalExponent(n: number): number {
  return Number(Math.abs(n).toExponential().split('e')[1]);
}

/** 1234567.891 → "1 234 567,9"; 66 → "66"; −0.04 → "0"; 38.6 → "38,6". */
export function formatNumber(n: number, options: NumberFormatOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const minDecimals = Math.min(options.minDecimals ?? 0, decimals);
  assertDecimals(decimals, 0);
  assertDecimals(minDecimals, 0);
  const rounded = roundHalfAway(n, decimals);
  const text = swedishFormat(minDecimals, decimals).format(rounded);
  const normalized = normalizeNumberText(text);
  return options.sign === 'always' && rounded > 0 ? `+${normalized}` : normalized;
}

/** One formatter per number of decimals: making one costs more than formatting hundreds of numbers. */
const formats = new Map<string, Intl.NumberFormat>();

function swedishFormat(minDecimals: number, decimals: number): Intl.NumberFormat {
  const key = `${minDecimals}-${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: minDecimals, maximumFractionDigits: decimals, useGrouping: true });
    // A Node built with small-icu silently falls back to English ("1,234.5"); refuse rather than misprint.
    if (!format.resolvedOptions().locale.startsWith('sv')) {
      throw new Error('Intl has no Swedish (sv-SE) number data: run on a Node build with full ICU');
    }
    formats.set(key, format);
  }
  return format;
}

/** 66 → "66 procent", 38.6 → "38,6 procent". A normal space: prose may break there, never inside the number. */
export function formatPercent(n: number, options: NumberFormatOptions = {}): string {
  return `${formatNumber(n, options)} procent`;
}

/** 95 → "95 %" with a no-break space, the form legends and tables use. */
export function formatPercentSign(n: number, options: NumberFormatOptions = {}): string {
  return `${formatNumber(n, options)}${NBSP}%`;
}

/** 2020 → "2020": years are labels, never grouped. */
export function formatYear(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`a year must be an integer, got ${year}`);
  return String(year);
}

/**
 * Reads a number written in this module's style back ("1 234,5", "−3", "-3", "+2"). Accepts any of the
 * spaces ICU uses as group separators. Throws on anything else, e.g. "1.5" or "1 23".
 */
export function parseNumber(text: string): number {
  const m = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})*|\d+)(?:,(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a Swedish number: ${JSON.stringify(text)}`);
  const digits = (m[2] ?? '').replace(/[ \u00A0\u202F\u2009]/g, '');
  const value = Number(`${digits}.${m[3] ?? '0'}`);
  return m[1] === '-' || m[1] === MINUS ? -value || 0 : value;
}

/**
 * Group separators → U+00A0, any minus → U+2212, whatever the ICU build emits. Exported for tests, since
 * one Node version shows only one ICU's choice. ("−0" cannot occur: roundHalfAway returns +0.)
 */
export function normalizeNumberText(text: string): string {
  return text.replace(/[ \u00A0\u202F\u2009]/g, NBSP).replace(/^[-\u2212]/, MINUS);
}

function assertFinite(n: number): void {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n}`);
}

function assertDecimals(decimals: number, min: number): void {
  if (!Number.isInteger(decimals) || decimals < min || decimals > 20) {
    throw new RangeError(`decimals must be an integer ${min}–20, got ${decimals}`);
  }
}
