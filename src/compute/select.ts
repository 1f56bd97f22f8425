import type { Selection, YearSpan } from '../model/edition.js';
import type { Datasets, Observation } from '../model/observation.js';

/** The observations of one indicator whose dimensions include `where` (other dimensions are free). */
export function selectObservations(datasets: Datasets, selection: Selection): Observation[] {
  const keys = Object.keys(selection.where);
  return datasets.observations.filter(
    (o) => o.indicator === selection.indicator && keys.every((k) => o.dims[k] === selection.where[k]),
  );
}

/** The single observation for a selection and year, or undefined when none was entered. */
export function findObservation(datasets: Datasets, selection: Selection, year: number): Observation | undefined {
  return selectObservations(datasets, selection).find(
    (o) => o.year === year && Object.keys(o.dims).length === Object.keys(selection.where).length,
  );
}

/** Years that hold a value (not a missing marker) for a selection, ascending. */
export function yearsWithValues(observations: readonly Observation[]): number[] {
  return [...new Set(observations.filter((o) => o.value !== null).map((o) => o.year))].sort((a, b) => a - b);
}

/** Resolves a YearSpan against the data: "first" is the first year with a value, "latest" the report year. */
export function resolveYears(span: YearSpan, reportYear: number, observations: readonly Observation[]): number[] {
  if (span === 'latest') return [reportYear];
  if ('list' in span) return span.list.filter((y) => y <= reportYear);
  const withData = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const from = span.from === 'first' ? (withData[0] ?? reportYear) : span.from;
  const to = span.to === 'latest' ? reportYear : Math.min(span.to, reportYear);
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
