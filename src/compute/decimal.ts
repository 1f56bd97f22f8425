/**
 * Arithmetic on the decimal numbers the data holds. 0.7 − 0.6 is 0.09999999999999998 in binary; a
 * difference of two published values should be the difference a reader computes from their digits
 * (0,1), so sums and differences are rounded back to the inputs' own number of decimals.
 */

/** Decimal places of a number as written in its shortest form: 38.6 → 1, 66 → 0, 1e-7 → 7. */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** b − a, exact in the inputs' decimals (at most 15 places, the precision of a double). */
export function exactDifference(a: number, b: number): number {
  const places = Math.min(15, Math.max(decimalPlaces(a), decimalPlaces(b)));
  const d = Number((b - a).toFixed(places));
  return d === 0 ? 0 : d;
}

/** Σ values, exact in the inputs' decimals. */
export function exactSum(values: readonly number[]): number {
  const places = Math.min(15, Math.max(0, ...values.map(decimalPlaces)));
  const s = Number(values.reduce((acc, v) => acc + v, 0).toFixed(places));
  return s === 0 ? 0 : s;
}
