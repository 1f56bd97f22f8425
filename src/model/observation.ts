import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { IndicatorId } from './registry.js';

/**
 * Why a value is absent. A chart marks each differently and a sentence names it; a gap is never a zero.
 * - not-asked: the survey did not ask the question that year ("Frågan ställdes inte år 2017")
 * - not-collected: the indicator was not measured/collected that year
 * - not-available: it was measured but the value is not published or not yet entered
 */
export type MissingReason = 'not-asked' | 'not-collected' | 'not-available';

/**
 * How the printed source qualifies a rounded value: "drygt 86 procent" (a little above), "knappt 3
 * procent" (a little below), "cirka 80", ">98" (over), "<5" (under).
 */
export type Qualifier = 'drygt' | 'knappt' | 'cirka' | 'over' | 'under';

export interface Observation {
  indicator: IndicatorId;
  year: number;
  /** Dimension name → value code, e.g. { teknik: 'nattillsyn', boendeform: 'ordinart' }. */
  dims: Readonly<Record<string, string>>;
  value: number | null;
  missing: MissingReason | null;
  qualifier: Qualifier | null;
  /** The source as the report cites it. */
  source: string;
  note: string | null;
  /** The sentence of the published text the value was taken from, when it came from a report's text. */
  quote: string | null;
  /** How many answered ("År 2020 svarade 19 regioner på frågan"). */
  respondents: number | null;
  /**
   * The source placed this member among equal values by its own tie-break rule (the 2020 edition's
   * footnote 58): a ranked list marks it "*" while it stands at the list's cut.
   */
  tiebreak: boolean;
  /** Where an imported value came from (`ehalsa import`); absent for a value entered by hand. */
  origin?: Origin;
  location: SourceLocation;
}

/**
 * The provenance `ehalsa import` writes on each value it brings in: the source file as kept in the
 * repository (datasets/sources/…), its SHA-256 when imported, the cell, and the source's own text.
 */
export interface Origin {
  /** Project-relative: "datasets/sources/2020/desi-2020.csv". */
  file: string;
  sha256: string;
  /** "C3" (CSV), "'Tabell 3'!B7" (XLSX), "geo=SE, time=2019" (JSON-stat). */
  cell: string;
  /** The source's own text for the value: a quoted sentence, or the labels of its row and column. */
  quote?: string;
  /** Where that text was published, when the source names it per value. */
  url?: string;
}

/** A stable key for one observation: indicator, year and sorted dimensions. */
export function observationKey(o: Pick<Observation, 'indicator' | 'year' | 'dims'>): string {
  const dims = Object.keys(o.dims)
    .sort()
    .map((k) => `${k}=${o.dims[k]}`)
    .join(',');
  return `${o.indicator}@${o.year}${dims ? `[${dims}]` : ''}`;
}

/** All observations of one edition: every data year up to the report year. */
export interface Datasets {
  /** The report year: folders datasets/<year> with year ≤ this are included. */
  year: number;
  years: readonly number[];
  observations: readonly Observation[];
}
