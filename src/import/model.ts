import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { MissingReason, Origin } from '../model/observation.js';
import type { Indicator } from '../model/registry.js';

/**
 * A mapping file (datasets/mappings/<name>.yaml) after validation: which values of one source file go
 * to which observations. Written by hand, kept in the repository beside the source it reads.
 */
export interface Mapping {
  /** The mapping file, project-relative. */
  path: string;
  /** The source file, project-relative (datasets/sources/…). */
  file: string;
  format: SourceFormat;
  url: string | null;
  /** The source as the report cites it; null when the mapping leaves it to the dataset files. */
  source: string | null;
  csv: CsvOptions;
  xlsx: XlsxOptions;
  targets: Target[];
  location: SourceLocation;
}

export type SourceFormat = 'csv' | 'xlsx' | 'json-stat';

export interface CsvOptions {
  /** Null: detected from the header row. */
  delimiter: string | null;
  /** Null: "," with ";" as the delimiter, else ".". */
  decimal: '.' | ',' | null;
  encoding: 'utf-8' | 'windows-1252';
  header: number[];
}

export interface XlsxOptions {
  sheet: string | null;
  header: number[];
  decimal: '.' | ',';
}

/** Where a code (or the year) comes from. */
export type CodeSource =
  | { kind: 'fixed'; code: string; location: SourceLocation }
  | {
      kind: 'column' | 'header' | 'dimension';
      /** Column text or letter; header row number (1-based within the header); JSON-stat dimension id. */
      ref: string;
      /** Source label → code; labels not in it are taken as codes themselves. */
      codes: ReadonlyMap<string, string>;
      skip: ReadonlySet<string>;
      location: SourceLocation;
    };

export interface Target {
  /** 1-based position in the mapping's list, for messages. */
  number: number;
  indicator: Indicator;
  year: CodeSource;
  sheet: string | null;
  header: number[] | null;
  rows: { from: number | null; to: number | null; where: readonly { column: string; texts: ReadonlySet<string> }[] };
  /** CSV/XLSX: the value column(s); null for JSON-stat. */
  value: { columns: string[]; location: SourceLocation } | null;
  select: ReadonlyMap<string, string>;
  /** In the indicator's dimension order. */
  dimensions: readonly { name: string; pick: CodeSource }[];
  transform: { op: 'divide' | 'multiply'; by: number } | null;
  missing: ReadonlyMap<string, MissingReason>;
  /** Enter what this target reads as gaps with this reason, whatever the cells hold (the note says why). */
  withhold: MissingReason | null;
  flags: ReadonlyMap<string, string>;
  note: string | null;
  quote: string | null;
  url: string | null;
  location: SourceLocation;
  /** Where a key of the target is in the mapping file (for errors about the source's contents). */
  at: (...path: (string | number)[]) => SourceLocation;
}

/** One value the import brings, before it is merged into its dataset file. */
export interface ImportedValue {
  indicator: Indicator;
  year: number;
  /** In the indicator's dimension order. */
  dims: Readonly<Record<string, string>>;
  value: number | null;
  missing: MissingReason | null;
  note: string | null;
  origin: Origin;
  target: Target;
  /** The cell in the source text (CSV), or the mapping line that read it (XLSX, JSON-stat). */
  location: SourceLocation;
}
