import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { lazyRequire } from '../assets/lazy.js';
import type { Table } from './table.js';

/**
 * XLSX bytes → its sheets as Tables, with exceljs (loaded on first use: only `import` needs it).
 * A merged cell gives its text to every cell it covers (exceljs reads the master's value there).
 * A number is a number as Excel stores it, also as a formula's result; text is the cell's text.
 */
const exceljs = lazyRequire<typeof import('exceljs')>('exceljs');

export interface WorkbookTables {
  sheets: string[];
  table(sheet: string): Table | null;
}

export async function readXlsx(bytes: Uint8Array, file: string, decimal: '.' | ','): Promise<WorkbookTables> {
  const { Workbook: WorkbookClass } = exceljs();
  const workbook: Workbook = new WorkbookClass();
  // exceljs's types ask for a Node Buffer of an older @types/node; any ArrayBuffer view of the bytes will do.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((w) => w.name);
  return {
    sheets,
    table: (name) => {
      const sheet = workbook.getWorksheet(name);
      return sheet ? sheetTable(sheet, file, decimal) : null;
    },
  };
}

function sheetTable(sheet: Worksheet, file: string, decimal: '.' | ','): Table {
  const cell = (row: number, column: number) => sheet.findCell(row, column);
  return {
    file,
    sheet: sheet.name,
    rows: sheet.rowCount,
    columns: sheet.columnCount,
    decimal,
    text: (row, column) => {
      const c = cell(row, column);
      return c ? textOf(c.value, c.text) : '';
    },
    number: (row, column) => numberOf(cell(row, column)?.value ?? null),
    locate: () => null,
  };
}

function numberOf(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return null;
}

function textOf(value: CellValue, text: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return text;
}
