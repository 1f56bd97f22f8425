import type { DataTable } from '../model/document.js';
import type { MissingReason } from '../model/observation.js';
import { joinList } from '../text/list.js';
import { qualifierShort, qualifyNumber } from '../text/qualified.js';
import { unitWordFor } from '../text/unit.js';
import type { FigureDatum } from './data.js';
import { MISSING_ORDER, formatLabel, missingWords, type NumberFormatter } from './format.js';

/**
 * The text alternative, as Swedish sentences read from the data the chart draws — every number in it
 * is a number of the chart, printed as the chart prints it, with the source's qualifier in words
 * ("över 99 procent", "drygt 86 procent") — followed by what is missing and why:
 *
 *   "Nattillsyn med digital teknik: 37 procent år 2017, 66 procent år 2020; 2018 och 2019 uppgift saknas."
 *
 * One sentence per group: per category when the series are years, per series when the categories
 * are years, otherwise per series (or one sentence when there is one series). A group with more than
 * `SUMMARY_LIMIT` values (months) is summarized by its first, last and highest value.
 */
export const SUMMARY_LIMIT = 12;

export interface AltOptions {
  /** How the chart prints a value (the d3 format of its labels). */
  format: NumberFormatter;
  /** Which axis holds years: decides the grouping and the "år 2017" wording. */
  x: string;
  color: string | null;
}

interface Group {
  label: string;
  items: { label: string; year: boolean; datum: FigureDatum }[];
}

export function buildAltText(title: string, data: readonly FigureDatum[], options: AltOptions): string {
  if (data.length === 0) return clean(`${title} Diagrammet saknar data.`);
  const sentences = groupsOf(data, options).map((g) => sentence(g, options.format));
  return clean([title, ...sentences].join(' '));
}

function groupsOf(data: readonly FigureDatum[], options: AltOptions): Group[] {
  const byYearSeries = options.color === 'year';
  const byYearCategory = options.x === 'year';
  const groups = new Map<string, Group>();
  for (const d of data) {
    let key: string;
    let item: string;
    let year = false;
    if (byYearSeries) {
      [key, item, year] = [d.xLabel, d.seriesLabel, true];
    } else if (byYearCategory) {
      [key, item, year] = [d.seriesLabel, d.xLabel, true];
    } else {
      [key, item] = [d.seriesLabel, d.xLabel];
    }
    const group = groups.get(key) ?? { label: key, items: [] };
    group.items.push({ label: item, year, datum: d });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function sentence(group: Group, format: NumberFormatter): string {
  const present = group.items.filter((i) => i.datum.value !== null);
  const shown = present.length > SUMMARY_LIMIT ? summary(present, format) : present.map((i) => valuePhrase(i, format));
  const gaps = MISSING_ORDER.flatMap((reason) => {
    const labels = group.items.filter((i) => i.datum.value === null && (i.datum.missing ?? 'not-available') === reason).map((i) => i.label);
    return labels.length ? [`${joinList(compactYears(labels))} ${missingWords(reason as MissingReason)}`] : [];
  });
  // "Sverige: 6,97 poäng; Finland: 7,23 poäng" — semicolons, as the values have decimal commas
  const labelled = group.items.some((i) => i.label && !i.year);
  const summarized = present.length > SUMMARY_LIMIT;
  const body = [shown.join(labelled && !summarized ? '; ' : ', '), gaps.join('; ')].filter(Boolean).join('; ');
  if (!group.label) return `${capitalizeFirst(body)}.`;
  return `${group.label}${labelled ? ' – ' : ': '}${body}.`;
}

/** "37 procent år 2017" (years), "Sverige: 6,97 poäng" (other categories), "66 procent" (no label). */
function valuePhrase(item: Group['items'][number], format: NumberFormatter): string {
  const value = withUnit(item.datum, format);
  if (!item.label) return value;
  return item.year ? `${value} år ${item.label}` : `${item.label}: ${value}`;
}

/**
 * A dot-matrix in words, one sentence per row, the columns listed per state (runs of numbers as
 * ranges): "Region Stockholm: visas 1–5, 7 och 9; visas inte 6 och 8; uppgift saknas 10."
 */
export function buildMatrixAltText(title: string, data: readonly FigureDatum[], status: (d: FigureDatum) => string): string {
  const rows = new Map<string, FigureDatum[]>();
  for (const d of data) rows.set(d.seriesLabel, [...(rows.get(d.seriesLabel) ?? []), d]);
  const sentences = [...rows].map(([row, cells]) => {
    const states = new Map<string, string[]>();
    for (const d of cells) states.set(status(d), [...(states.get(status(d)) ?? []), d.xLabel]);
    const parts = [...states].map(([state, columns]) => `${state.charAt(0).toLowerCase()}${state.slice(1)} ${joinList(compactNumbers(columns))}`);
    return `${row}: ${parts.join('; ')}.`;
  });
  return clean([title, ...sentences].join(' '));
}

/** Runs of consecutive integers "1", "2", "3" → "1–3" (two in a row stay apart); other labels unchanged. */
export function compactNumbers(labels: readonly string[]): string[] {
  if (!labels.every((l) => /^\d+$/.test(l))) return [...labels];
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i < labels.length && Number(labels[i]) === Number(labels[i - 1]) + 1) continue;
    const run = labels.slice(start, i);
    out.push(...(run.length >= 3 ? [`${run[0]}\u2013${run[run.length - 1]}`] : run));
    start = i;
  }
  return out;
}

function summary(items: Group['items'], format: NumberFormatter): string[] {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const highest = items.reduce((a, b) => (b.datum.value! > a.datum.value! ? b : a));
  const at = (i: Group['items'][number]) => `${withUnit(i.datum, format)} (${i.label})`;
  return [`från ${at(first)} till ${at(last)}`, `som högst ${at(highest)}`];
}

function withUnit(d: FigureDatum, format: NumberFormatter): string {
  const word = unitWordFor(d.unit);
  const number = qualifyNumber(format(d.value!), d.qualifier, 'words');
  return word ? `${number} ${word}` : number;
}

/** Consecutive years "2015", "2016", "2017" → "2015–2017"; anything else unchanged. */
export function compactYears(labels: readonly string[]): string[] {
  if (labels.length < 3 || !labels.every((l) => /^\d{4}$/.test(l))) return [...labels];
  const years = labels.map(Number);
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive ? [`${years[0]}\u2013${years[years.length - 1]}`] : [...labels];
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Collapses spaces and line breaks — but keeps the no-break spaces inside numbers ("191 000 000"). */
function clean(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * The data as a table: categories as rows, series as columns, values as the chart prints them, with
 * their qualifiers (">99", "drygt 86"). `transpose` puts the series in the rows (a dot-matrix: one row
 * per region, as drawn).
 */
export function buildDataTable(
  data: readonly FigureDatum[],
  rowHeader: string,
  format: NumberFormatter,
  cell?: (d: FigureDatum) => string,
  transpose = false,
): DataTable {
  const rowOf = (d: FigureDatum) => (transpose ? d.seriesLabel : d.xLabel);
  const columnOf = (d: FigureDatum) => (transpose ? d.xLabel : d.seriesLabel);
  const series = [...new Set(data.map(columnOf))];
  const rows = [...new Set(data.map(rowOf))];
  const columns = [rowHeader, ...series.map((s) => s || 'Värde')];
  const byKey = new Map(data.map((d) => [`${rowOf(d)}\u0000${columnOf(d)}`, d]));
  const text = cell ?? ((d: FigureDatum) => (d.value === null ? missingWords(d.missing) : formatLabel(d, format)));
  const body = rows.map((x) => [
    x,
    ...series.map((s) => {
      const d = byKey.get(`${x}\u0000${s}`);
      return d ? text(d) : '';
    }),
  ]);
  return { columns, rows: body };
}

/**
 * RFC 4180 CSV of the data drawn (raw numbers with a decimal point, for reuse). The value stays a plain
 * number in `varde`; how the source qualified it is the last column, `precisering`, in the short form
 * of the tables (">", "<", "drygt", "knappt", "ca"; empty for an exact value).
 */
export function buildCsv(data: readonly FigureDatum[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['indikator,ar,kategori,serie,varde,saknas,precisering'];
  for (const d of data) {
    const value = d.value === null ? '' : String(d.value);
    const qualifier = d.qualifier === null ? '' : qualifierShort(d.qualifier);
    lines.push([d.indicator, String(d.year), d.xLabel, d.seriesLabel, value, d.missing ?? '', qualifier].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
