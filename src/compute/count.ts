/**
 * Counting members that meet a condition: "elva av regionerna", "284 av 290 kommuner". Members without
 * a value are neither counted nor part of the total; they are reported so a sentence can say how many
 * answered.
 */

/** A threshold on a member's value (inclusive). */
export type Threshold = { min: number } | { max: number };

export interface CountResult {
  /** Members with a value that meet the condition. */
  count: number;
  /** Members with a value. */
  total: number;
  /** Members without a value (not answered, not entered). */
  unknown: number;
}

/** value ≥ min, or value ≤ max. */
export function meetsThreshold(value: number, threshold: Threshold): boolean {
  return 'min' in threshold ? value >= threshold.min : value <= threshold.max;
}

/** Counts the values (null = unknown) for which `test` holds. */
export function countMeeting(values: readonly (number | null)[], test: (value: number) => boolean): CountResult {
  let count = 0;
  let total = 0;
  let unknown = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) {
      unknown += 1;
      continue;
    }
    total += 1;
    if (test(v)) count += 1;
  }
  return { count, total, unknown };
}
