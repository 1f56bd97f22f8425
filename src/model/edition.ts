import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { IndicatorId } from './registry.js';

/**
 * One edition's editable texts and definitions, as read from templates/editions/<year>/ (src/edition
 * loads and checks them):
 *
 *   edition.yaml        title page, metadata and the order of the sections
 *   sections/*.md       the prose, in ehalsa's Markdown dialect with {{fact "…"}} and {{ref "…"}}
 *   figures/*.yaml      figure and table definitions
 *   facts/*.yaml        the computed facts the prose cites
 */

export interface EditionMeta {
  year: number;
  title: string;
  subtitle: string;
  agency: string;
  diarienummer: string;
  date: string;
  author: string;
  subject: string;
  keywords: string[];
  /**
   * Section files copied by `ehalsa new-year` from the previous edition and not yet revised for this
   * year; the investigator removes a file from the list when its text is revised. Each is flagged in
   * the draft.
   */
  unrevised: string[];
  /** The edition the texts were copied from, when `unrevised` is not empty. */
  copiedFrom: number | null;
}

export type SectionEntry = { kind: 'toc' } | { kind: 'file'; file: string; text: string };

/** Which observations a figure, table or fact reads: an indicator and fixed dimension values. */
export interface Selection {
  indicator: IndicatorId;
  where: Readonly<Record<string, string>>;
}

/** Years to show: from a year (or the first with data) up to the report year, or a fixed list. */
export type YearSpan = { from: number | 'first'; to: number | 'latest' } | { list: number[] } | 'latest';

export type ChartKind =
  | 'grouped-bar'
  | 'horizontal-bar'
  | 'stacked-bar'
  | 'line'
  | 'dot-matrix'
  | 'diagram'
  | 'placeholder';

export interface CaptionDef {
  /** The title sentence; Handlebars with {{years}}, {{firstYear}}, {{year}}. May be empty. */
  title: string;
  notes: string[];
  source: string;
  /** As printed: "ID 1.1–1.4", "ID ny", or "" for none. */
  ids: string;
  /** Footnote texts attached to the caption (numbered with the document's footnotes). */
  footnotes: string[];
}

export interface FigureDef {
  id: string;
  chart: ChartKind;
  caption: CaptionDef;
  data: Selection[];
  /** The dimension along the category axis ('year' allowed). */
  x: string;
  /** The dimension that makes the series / colours ('year' allowed), or null for one series. */
  color: string | null;
  years: YearSpan;
  axisTitle: { x: string | null; y: string | null };
  /** Free-form options a chart kind understands (stack order, label format, diagram contents, …). */
  options: Readonly<Record<string, unknown>>;
  location: SourceLocation;
}

export interface TableDef {
  id: string;
  caption: CaptionDef;
  data: Selection[];
  rows: string;
  columns: string;
  years: YearSpan;
  /** Header of the row-label column. */
  rowHeader: string;
  options: Readonly<Record<string, unknown>>;
  location: SourceLocation;
}

export interface FactDef {
  id: string;
  kind: string;
  /** Kind-specific parameters, checked by the fact kind's own validation. */
  params: Readonly<Record<string, unknown>>;
  location: SourceLocation;
}

/**
 * A claim: a condition on computed facts that a hand-written sentence rests on ("Passiva larm … är den
 * vanligaste typen"), checked at every build. The prose attaches it to its sentence with {{claim "id"}}.
 */
export interface ClaimDef {
  id: string;
  /** The statement in words, as the flag of a false claim prints it. */
  says: string;
  /** The data words of its sentence that the claim vouches for (the inventory reads them). */
  words: string[];
  /** The condition as written (checked and evaluated by src/narrative/claims.ts). */
  holds: unknown;
  location: SourceLocation;
}

export interface Edition {
  meta: EditionMeta;
  sections: SectionEntry[];
  figures: FigureDef[];
  tables: TableDef[];
  facts: FactDef[];
  claims: ClaimDef[];
  /** Path of the edition folder, e.g. templates/editions/2020. */
  root: string;
}
