/**
 * The edition's files as written: what templates/editions/<year>/edition.yaml, figures/*.yaml and
 * facts/*.yaml may hold once they have passed their JSON Schemas (edition.schema.json,
 * figures.schema.json, facts.schema.json — the schemas are the source of truth). load.ts turns these
 * into the model of src/model/edition.ts. test/registry/schema-types.test.ts generates TypeScript from
 * each schema and fails when a type here and its schema disagree.
 */
import type { ChartKind } from '../model/edition.js';

export interface EditionSpec {
  year: number;
  title: string;
  subtitle: string;
  agency: string;
  diarienummer: string;
  date: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  unrevised?: string[];
  copiedFrom?: number;
  sections: string[];
}

export interface FiguresSpec {
  figures?: FigureSpec[];
  tables?: TableSpec[];
}

export interface FigureSpec {
  id: string;
  chart: ChartKind;
  caption: CaptionSpec;
  data?: SelectionSpec[];
  x?: string;
  color?: string | null;
  years?: YearsSpec;
  axis?: { x?: string | null; y?: string | null };
  /** What each chart kind reads is checked by src/charts/options.ts. */
  options?: Record<string, unknown>;
}

export interface TableSpec {
  id: string;
  caption: CaptionSpec;
  data: SelectionSpec[];
  rows: string;
  columns: string;
  years?: YearsSpec;
  rowHeader?: string;
  options?: Record<string, unknown>;
}

export interface CaptionSpec {
  title?: string;
  notes?: string[];
  source: string;
  ids?: string;
  footnotes?: string[];
}

export interface SelectionSpec {
  indicator: string;
  where?: Record<string, string | number>;
}

export type YearsSpec = 'latest' | { from?: number | 'first'; to?: number | 'latest'; list?: number[] };

/** A facts file: at least one of the two. */
export interface FactsFileSpec {
  facts?: Record<string, FactSpec>;
  claims?: Record<string, ClaimSpec>;
}

/** A fact: its kind, and the parameters that kind reads (checked by src/narrative/kinds/). */
export interface FactSpec {
  kind: string;
  words?: string[];
  [param: string]: unknown;
}

export interface ClaimSpec {
  says: string;
  words?: string[];
  /** One condition (templates/editions/README.md); checked by src/narrative/claims.ts. */
  holds: Record<string, unknown>;
}
