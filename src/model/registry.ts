/**
 * The indicator registry after normalization (src/registry turns indicators/*.yaml into this).
 * IDs use the catalogue's colon form ("2:3", "INT:1"); the report's caption form "ID 2.3" resolves to
 * "2:3" through `parseIndicatorRef`. Indicators the 2020 edition uses but Bilaga 1 lacks get IDs of
 * the form "NY:n" and `catalogue: 'addition'`.
 */

export type IndicatorId = string;

/** What a value measures; decides formatting ("66 procent", "191 miljoner") and change words. */
export type Unit =
  | 'procent' // a share 0–100; differences are procentenheter
  | 'antal' // a count
  | 'poang' // an index score (DESI)
  | 'rang' // a position in a ranking (1 = first)
  | 'kronor'
  | 'per-invanare' // a rate per inhabitant
  | 'per-1000-invanare'
  | 'procent-forandring' // a change in percent of the earlier value: signed, may exceed 100 ("ökade med 84 procent")
  | 'antal-forandring'; // a change of a count: signed ("ökade med 130 000")

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface DimensionValue {
  code: string;
  label: string;
}

/** A dimension of an indicator: its name (e.g. `boendeform`) and the allowed values, in display order. */
export interface Dimension {
  name: string;
  label: string;
  /** Allowed values in display order; empty when `pattern` is used instead (e.g. months "2020-03"). */
  values: DimensionValue[];
  pattern?: string;
}

export interface Indicator {
  id: IndicatorId;
  name: string;
  /** Källa, as the catalogue writes it. */
  source: string;
  uppfoljningsomraden: string[];
  malomrade: number | null;
  inriktningsmal: number[];
  /** Inriktningsmål as printed for international indicators ("Ej relevant", …); null for national ones. */
  inriktningsmalText: string | null;
  definition: string;
  unit: Unit;
  polarity: Polarity;
  dimensions: Dimension[];
  catalogue: 'bilaga-1' | 'addition';
  /** Where the entry is defined, for diagnostics. */
  file: string;
  line: number;
}

export interface Inriktningsmal {
  number: number;
  name: string;
  description: string;
}

export interface Malomrade {
  number: number;
  inriktningsmal: number;
  name: string;
  description: string;
}

export interface Registry {
  indicators: ReadonlyMap<IndicatorId, Indicator>;
  inriktningsmal: readonly Inriktningsmal[];
  malomraden: readonly Malomrade[];
}

/** "ID 2.3", "2.3", "2:3", "2-3" (as the data files are named), "INT:1" → "2:3" / "INT:1"; undefined when it is not an ID. */
export function parseIndicatorRef(ref: string): IndicatorId | undefined {
  const m = /^(?:ID\s*)?([A-Z]+|\d+)[.:-](\d+)$/.exec(ref.trim());
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/** "2:3" → "2.3", the form captions print. */
export function captionIdForm(id: IndicatorId): string {
  return id.replace(':', '.');
}
