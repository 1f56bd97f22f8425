/** Finding a fact's observations: one per year, a series over the data years, the members of a dimension. */
import type { Selection } from '../model/edition.js';
import { observationKey, type Datasets, type Observation } from '../model/observation.js';
import { findObservation } from '../compute/select.js';
import type { SeriesPoint } from '../compute/span.js';
import type { MissingValue } from './gap.js';

/** A value found, or why not. */
export type Lookup =
  | { ok: true; observation: Observation & { value: number }; key: string }
  | { ok: false; missing: MissingValue; key: string | null };

/** The observation of exactly these dimensions in that year. */
export function lookup(datasets: Datasets, selection: Selection, year: number): Lookup {
  const o = findObservation(datasets, selection, year);
  if (o && o.value !== null) return { ok: true, observation: o as Observation & { value: number }, key: observationKey(o) };
  return { ok: false, missing: { selection, year, reason: o?.missing ?? 'absent' }, key: o ? observationKey(o) : null };
}

/** One point per data year up to the report year: its value, or why there is none. */
export function seriesPoints(datasets: Datasets, selection: Selection): SeriesPoint[] {
  const years = [...new Set(datasets.years)].filter((y) => y <= datasets.year).sort((a, b) => a - b);
  return years.map((year) => {
    const o = findObservation(datasets, selection, year);
    return { year, value: o?.value ?? null, reason: o ? (o.value === null ? (o.missing ?? 'absent') : null) : 'absent' };
  });
}

/** Keys of the observations of a selection in the given years (for a fact's `observations`). */
export function keysAt(datasets: Datasets, selection: Selection, years: readonly number[]): string[] {
  return years.flatMap((y) => {
    const o = findObservation(datasets, selection, y);
    return o ? [observationKey(o)] : [];
  });
}
