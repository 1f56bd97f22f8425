import type { DataTable } from '../model/document.js';
import { formatDatum } from './format.js';
import type { FigureDatum } from './data.js';

/**
 * The text alternative: what the figure shows, read from the data it draws — every number in it is
 * a number of the chart — and what is missing.
 */
export function buildAltText(title: string, data: readonly FigureDatum[]): string {
  if (data.length === 0) return `${title} Diagrammet saknar data.`;
  const groups = new Map<string, string[]>();
  for (const d of data) {
    const key = d.xLabel;
    const part = `${d.seriesLabel ? `${d.seriesLabel}: ` : ''}${formatDatum(d)}`;
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  const sentences = [...groups].map(([x, parts]) => `${x}: ${parts.join(', ')}.`);
  return [title, ...sentences].join(' ').replace(/\s+/g, ' ').trim();
}

/** The data as a table: categories as rows, series as columns. */
export function buildDataTable(data: readonly FigureDatum[], rowHeader: string): DataTable {
  const series = [...new Set(data.map((d) => d.seriesLabel))];
  const rows = [...new Set(data.map((d) => d.xLabel))];
  const columns = [rowHeader, ...series.map((s) => s || 'Värde')];
  const body = rows.map((x) => [x, ...series.map((s) => {
    const d = data.find((e) => e.xLabel === x && e.seriesLabel === s);
    return d ? formatDatum(d) : '';
  })]);
  return { columns, rows: body };
}

/** RFC 4180 CSV of the data drawn (raw numbers with a decimal point, for reuse). */
export function buildCsv(data: readonly FigureDatum[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['indikator,ar,kategori,serie,varde,saknas'];
  for (const d of data) {
    lines.push([d.indicator, String(d.year), d.xLabel, d.seriesLabel, d.value === null ? '' : String(d.value), d.missing ?? ''].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
