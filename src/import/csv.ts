import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { importHints, importMessages } from './messages.js';
import type { CsvOptions } from './model.js';
import type { Table } from './table.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * CSV bytes → a Table (RFC 4180: fields in double quotes may hold the delimiter, line breaks and ""
 * for a quote). A BOM is dropped; CRLF and LF both end a row. The delimiter, when the mapping does
 * not say it, is the candidate that occurs most often in the header row outside quotes; the decimal
 * mark then follows it ("," with ";", the Swedish and Excel-in-Swedish way, else ".").
 * Also returns the decoded text, so a diagnostic can show the offending line.
 */
export function readCsv(bytes: Uint8Array, file: string, options: CsvOptions): { table: Table | null; text: string; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = new TextDecoder(options.encoding, { fatal: options.encoding === 'utf-8' }).decode(bytes);
  } catch {
    return { table: null, text: '', diagnostics: [problem('import/encoding', importMessages.notUtf8(), file, 1, 1, importHints.notUtf8)] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const headerRow = options.header[options.header.length - 1] ?? 1;
  const delimiter = options.delimiter ?? detectDelimiter(text, headerRow);
  const decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  const parsed = parseRecords(text, delimiter);
  if (parsed.unclosed) {
    const { line, column } = parsed.unclosed;
    return { table: null, text, diagnostics: [problem('import/csv-quote', importMessages.unclosedQuote(), file, line, column, importHints.unclosedQuote)] };
  }
  const records = parsed.records;
  if (!records.length) return { table: null, text, diagnostics: [problem('import/empty-source', importMessages.emptySource(), file, 1, 1)] };
  const columns = Math.max(...records.map((r) => r.length));
  const table: Table = {
    file,
    sheet: null,
    rows: records.length,
    columns,
    decimal,
    text: (row, column) => records[row - 1]?.[column - 1]?.text ?? '',
    number: () => null,
    locate: (row, column) => {
      const field = records[row - 1]?.[column - 1] ?? records[row - 1]?.[0];
      return field ? { file, line: field.line, column: field.column } : null;
    },
  };
  return { table, text, diagnostics: [] };
}

interface Field {
  text: string;
  line: number;
  column: number;
}

/** Records of fields with where each field starts (1-based line and column, in characters). */
function parseRecords(text: string, delimiter: string): { records: Field[][]; unclosed: { line: number; column: number } | null } {
  const records: Field[][] = [];
  let record: Field[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const startLine = line;
    const startColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) return { records, unclosed: { line: startLine, column: startColumn } };
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\n') {
          line++;
          lineStart = i + 1;
        }
        if (ch !== '\r' || text[i + 1] !== '\n') value += ch;
        i++;
      }
      // Text after the closing quote up to the delimiter is kept, as spreadsheets do.
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    } else {
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    }
    record.push({ text: value, line: startLine, column: startColumn });
    if (i < n && text[i] === delimiter) {
      i++;
      continue;
    }
    // End of the record: CRLF, LF or the end of the text.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    lineStart = i;
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  // A blank line stays a (blank) row, so row numbers are a spreadsheet's; the final line break ends the last row.
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0]!.text === '') records.pop();
  return { records, unclosed: null };
}

function detectDelimiter(text: string, headerRow: number): string {
  const lines = text.split(/\r?\n/);
  const header = lines[headerRow - 1] ?? lines[0] ?? '';
  const outside = header.replace(/"(?:[^"]|"")*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = outside.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function problem(code: string, message: string, file: string, line: number, column: number, hint?: string): Diagnostic {
  return { severity: 'error', code, message, location: { file, line, column }, ...(hint ? { hint } : {}) };
}
