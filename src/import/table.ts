import type { SourceLocation } from '../diagnostics/diagnostic.js';
import { columnLetters } from './mapping.js';

/**
 * A CSV file or one sheet of a workbook, as the import reads it: cells by 1-based row and column.
 * A merged cell gives its text to every cell it covers, so a header "Ordinärt boende" merged over
 * B3:C3 labels both columns.
 */
export interface Table {
  /** The source file, project-relative. */
  file: string;
  /** The sheet's name; null for a CSV file. */
  sheet: string | null;
  rows: number;
  columns: number;
  /** The cell's text as the source shows it ('' when empty). */
  text(row: number, column: number): string;
  /** The cell's number when the source stores it as a number (XLSX); null otherwise. */
  number(row: number, column: number): number | null;
  /** Where the cell starts in the file's text (CSV); null for a workbook. */
  locate(row: number, column: number): SourceLocation | null;
  /** How a number written as text marks its decimals. */
  decimal: '.' | ',';
}

/** "C3", or "'Tabell 3'!C3" in a workbook (Excel's own notation, the sheet quoted when it must be). */
export function cellName(table: Pick<Table, 'sheet'>, row: number, column: number): string {
  const a1 = `${columnLetters(column)}${row}`;
  if (table.sheet === null) return a1;
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(table.sheet) ? table.sheet : `'${table.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${a1}`;
}

/**
 * A number written as text, the way statistical tables write them: a decimal point or comma (as the
 * source uses), spaces (also no-break and thin spaces) as thousands separators, a minus sign or a
 * hyphen. Null for anything else: a footnote mark, a percent sign or a dash is not a number.
 */
export function parseNumber(text: string, decimal: '.' | ','): number | null {
  let t = text.trim().replace(/[\u2212\u2013]/g, '-');
  t = t.replace(/^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?=$|[.,])/, (_, sign: string, digits: string) => sign + digits.replace(/[ \u00a0\u202f]/g, ''));
  const pattern = decimal === ',' ? /^-?\d+(?:,\d+)?$/ : /^-?\d+(?:\.\d+)?$/;
  if (!pattern.test(t)) return null;
  return Number(decimal === ',' ? t.replace(',', '.') : t);
}
