import type { DataTable } from '../model/document.js';
import type { MissingReason } from '../model/observation.js';
import { joinList } from '../text/list.js';
import { qualifierShort, qualifyNumber } from '../text/qualified.js';
import { unitWordFor } from '../text/unit.js';
import { monthLabel, type FigureDatum } from './data.js';
import { MISSING_ORDER, formatLabel, missingWords, type NumberFormatter } from './format.js';

/**
 * The text alternative, for a listener: first the finding — one sentence computed from the data the
 * chart draws — then the data briefly, with units and bounds; never the caption again (a reader hears
 * it with the figure). Every number in it is a number of the chart, printed as the chart prints it,
 * with the source's qualifier in words ("över 99 procent", "drygt 86 procent"):
 *
 *   finding  "Nattillsyn med digital teknik: andelen har ökat från 37 procent år 2017 till 66 procent år 2020."
 *   details  "Passiva larm eller sensorer: 93 procent år 2020; 2017–2019 uppgift saknas. …"
 *
 * The finding is the largest change of a series over time (one drawn over years or months), else
 * where the values are highest and lowest (at the latest time drawn), else the one value. The details
 * give one sentence per group: per category when the series are years, per series when the categories
 * are years, otherwise per series (or one sentence when there is one series). A group with more than
 * `SUMMARY_LIMIT` values (months) is summarized by its first, last and highest value; when the details
 * would still run long (gappy figures: mostly "uppgift saknas"), only the values are listed and the
 * gaps said once ("Övriga värden: uppgift saknas."), and the data table has the rest.
 */
export const SUMMARY_LIMIT = 12;
/** Details longer than this are summarized (characters; a listener hears about 15 a second). */
export const DETAILS_LIMIT = 400;

export interface AltOptions {
  /** How the chart prints a value (the d3 format of its labels). */
  format: NumberFormatter;
  /** Which axis holds years: decides the grouping and the "år 2017" wording. */
  x: string;
  color: string | null;
}

/** A text alternative in its two parts: the finding (the image's name) and the data (its description). */
export interface AltText {
  finding: string;
  details: string;
}

interface Item {
  label: string;
  /** The item stands for a time: a year ("år 2017") or a month ("i mars 2020"). */
  time: 'year' | 'month' | null;
  datum: FigureDatum;
}

interface Group {
  label: string;
  items: Item[];
}

export function buildAltText(data: readonly FigureDatum[], options: AltOptions): AltText {
  const groups = groupsOf(data, options);
  const present = data.filter((d) => d.value !== null);
  if (present.length === 0) return { finding: 'Diagrammet saknar data.', details: '' };
  const finding = findingOf(groups, options.format);
  // the finding names every value: the details add what is missing only
  const values = !present.every((d) => finding.mentioned.has(d));
  const common = commonGaps(groups);
  const sentences = groups.map((g) => sentence(g, options.format, { values, gaps: common === null, mentioned: finding.mentioned })).filter(Boolean);
  if (common) sentences.push(`${capitalizeFirst(common)} för alla.`);
  const full = clean(sentences.join(' '));
  const details = full.length <= DETAILS_LIMIT ? full : clean(summarized(groups, options.format, values, finding.mentioned));
  return { finding: clean(finding.text), details };
}

function groupsOf(data: readonly FigureDatum[], options: AltOptions): Group[] {
  const byYearSeries = options.color === 'year';
  const byYearCategory = options.x === 'year';
  const months = !byYearSeries && !byYearCategory && data.length > 0 && data.every((d) => monthLabel(d.x) !== null);
  const groups = new Map<string, Group>();
  for (const d of data) {
    let key: string;
    let item: string;
    let time: Item['time'] = null;
    if (byYearSeries) {
      [key, item, time] = [d.xLabel, d.seriesLabel, 'year'];
    } else if (byYearCategory) {
      [key, item, time] = [d.seriesLabel, d.xLabel, 'year'];
    } else {
      [key, item, time] = [d.seriesLabel, d.xLabel, months ? 'month' : null];
    }
    const group = groups.get(key) ?? { label: key, items: [] };
    group.items.push({ label: item, time, datum: d });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The time of an item, for ordering: the year, or the month code "2020-03". */
function timeKey(i: Item): string {
  return i.time === 'month' ? i.datum.x : String(i.datum.year).padStart(4, '0');
}

/** "år 2017", "i mars 2020". */
function at(i: Item): string {
  return i.time === 'month' ? `i ${i.label}` : `år ${i.label}`;
}

/**
 * The finding, in the order of preference: the largest change over time of a group (several groups:
 * "Störst förändring: …"); where the values are highest and lowest (over time, at the latest time
 * drawn); the one value.
 */
function findingOf(groups: readonly Group[], format: NumberFormatter): { text: string; mentioned: Set<FigureDatum> } {
  const timed = groups.some((g) => g.items.some((i) => i.time !== null));
  const changes = timed ? groups.flatMap((g) => changeOf(g, format)) : [];
  if (changes.length) {
    const largest = changes.reduce((a, b) => (b.size > a.size ? b : a));
    const several = changes.length > 1 && largest.size > 0;
    const subject = several ? `Störst förändring: ${largest.group.label}, där ${largest.noun}` : largest.group.label ? `${largest.group.label}: ${largest.noun}` : capitalizeFirst(largest.noun);
    return { text: `${subject} ${largest.words}.`, mentioned: new Set(largest.ends) };
  }
  const present = groups.flatMap((g) => g.items.filter((i) => i.datum.value !== null).map((i) => ({ group: g, item: i })));
  // over time but no group changes: compare what the latest time drawn shows
  const last = present.map((p) => timeKey(p.item)).sort().pop();
  const latest = timed ? present.filter((p) => timeKey(p.item) === last) : present;
  const named = latest.map((p) => ({ ...p, name: timed ? p.group.label : [p.group.label, p.item.label].filter(Boolean).join(', ') }));
  const noun = nounOf(latest[0]!.item.datum.unit);
  // "År 2020 var andelen …" over time, "Andelen är …" otherwise
  const lead = timed ? `${capitalizeFirst(at(latest[0]!.item))} var ${noun}` : `${capitalizeFirst(noun)} är`;
  const shown = (p: (typeof named)[number]) => withUnit(p.item.datum, format);
  if (named.length === 1) {
    const only = named[0]!;
    const of = only.name ? ` för ${only.name}` : '';
    const text = timed ? `${capitalizeFirst(at(only.item))} var ${noun}${of} ${shown(only)}.` : `${capitalizeFirst(noun)}${of} är ${shown(only)}.`;
    return { text, mentioned: new Set([only.item.datum]) };
  }
  const max = Math.max(...named.map((p) => p.item.datum.value!));
  const min = Math.min(...named.map((p) => p.item.datum.value!));
  const valued = (v: number) => named.filter((p) => p.item.datum.value === v);
  const names = (ps: typeof named) => joinList(ps.map((p) => p.name || 'värdet'));
  const [high, low] = [valued(max), valued(min)];
  const mentioned = new Set([...high, ...low].map((p) => p.item.datum));
  if (shown(high[0]!) === shown(low[0]!)) return { text: `${lead} ${shown(high[0]!)} för ${names(named)}.`, mentioned: new Set(named.map((p) => p.item.datum)) };
  return { text: `${lead} högst för ${names(high)}, ${shown(high[0]!)}, och lägst för ${names(low)}, ${shown(low[0]!)}.`, mentioned };
}

/** A group's change from its first to its last value over time, worded; none with fewer than two times. */
function changeOf(group: Group, format: NumberFormatter): { group: Group; noun: string; words: string; size: number; ends: FigureDatum[] }[] {
  const items = group.items.filter((i) => i.datum.value !== null && i.time !== null).sort((a, b) => (timeKey(a) < timeKey(b) ? -1 : timeKey(a) > timeKey(b) ? 1 : 0));
  if (items.length < 2) return [];
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (timeKey(first) === timeKey(last)) return [];
  const [a, b] = [withUnit(first.datum, format), withUnit(last.datum, format)];
  const noun = nounOf(first.datum.unit);
  const size = Math.abs(last.datum.value! - first.datum.value!);
  const ends = [first.datum, last.datum];
  if (first.datum.unit === 'rang') return [{ group, noun, words: `gick från ${a} ${at(first)} till ${b} ${at(last)}`, size, ends }];
  if (a === b) return [{ group, noun, words: `var ${a} både ${at(first)} och ${at(last)}`, size: 0, ends }];
  const verb = last.datum.value! > first.datum.value! ? 'har ökat' : 'har minskat';
  return [{ group, noun, words: `${verb} från ${a} ${at(first)} till ${b} ${at(last)}`, size, ends }];
}

/** What a value of the unit is, as the subject of the finding. */
function nounOf(unit: FigureDatum['unit']): string {
  switch (unit) {
    case 'procent':
      return 'andelen';
    case 'antal':
      return 'antalet';
    case 'rang':
      return 'placeringen';
    default:
      return 'värdet';
  }
}

/** A group's gaps in words, reason by reason: ["2018 och 2019 uppgift saknas", "2017 frågan ställdes inte"]. */
function gapPhrases(group: Group): string[] {
  return MISSING_ORDER.flatMap((reason) => {
    const labels = group.items.filter((i) => i.datum.value === null && (i.datum.missing ?? 'not-available') === reason).map((i) => i.label);
    return labels.length ? [`${joinList(compactYears(labels))} ${missingWords(reason as MissingReason)}`] : [];
  });
}

/** The gaps every group shares, when there are several groups and each lacks the same: said once. */
function commonGaps(groups: readonly Group[]): string | null {
  if (groups.length < 2) return null;
  const phrases = groups.map((g) => gapPhrases(g).join('; '));
  return phrases[0] && phrases.every((p) => p === phrases[0]) ? phrases[0] : null;
}

function sentence(group: Group, format: NumberFormatter, parts: { values: boolean; gaps: boolean; mentioned: ReadonlySet<FigureDatum> }): string {
  const present = parts.values ? group.items.filter((i) => i.datum.value !== null) : [];
  const summarized = present.length > SUMMARY_LIMIT;
  const timed = group.items.some((i) => i.time !== null);
  const shown = !summarized ? present.map((i) => valuePhrase(i, format)) : timed ? summary(present, format, parts.mentioned) : firstAndLast(present, format);
  const gaps = parts.gaps ? gapPhrases(group) : [];
  // "Sverige: 6,97 poäng; Finland: 7,23 poäng" — semicolons, as the values have decimal commas
  const labelled = group.items.some((i) => i.label && i.time === null);
  const body = [shown.join(labelled && !summarized ? '; ' : ', '), gaps.join('; ')].filter(Boolean).join('; ');
  if (!body) return '';
  if (!group.label) return `${capitalizeFirst(body)}.`;
  return `${group.label}${labelled ? ' – ' : ': '}${body}.`;
}

/** The values group by group, and the gaps said once: what a long or gappy figure's details become. */
function summarized(groups: readonly Group[], format: NumberFormatter, values: boolean, mentioned: ReadonlySet<FigureDatum>): string {
  const listed = groups.map((g) => sentence(g, format, { values, gaps: false, mentioned })).filter(Boolean);
  const reasons = MISSING_ORDER.filter((r) => groups.some((g) => g.items.some((i) => i.datum.value === null && (i.datum.missing ?? 'not-available') === r)));
  const gaps = reasons.length ? [`Övriga värden: ${joinList(reasons.map((r) => missingWords(r)), 'eller')}.`] : [];
  return [...listed, ...gaps, 'Alla värden finns i figurens datatabell.'].join(' ');
}

/** "37 procent år 2017" (years), "66 procent i mars 2020" (months), "Sverige: 6,97 poäng" (other categories), "66 procent" (no label). */
function valuePhrase(item: Item, format: NumberFormatter): string {
  const value = withUnit(item.datum, format);
  if (!item.label) return value;
  return item.time ? `${value} ${at(item)}` : `${item.label}: ${value}`;
}

/**
 * A dot-matrix in words: the finding — which rows have the most marks in the first state and which
 * the fewest — then one sentence per row, the columns listed per state (runs of numbers as ranges):
 * "Region Stockholm: visas 1–5, 7 och 9; visas inte 6 och 8; uppgift saknas 10."
 */
export function buildMatrixAltText(data: readonly FigureDatum[], status: (d: FigureDatum) => string): AltText {
  const rows = new Map<string, FigureDatum[]>();
  for (const d of data) rows.set(d.seriesLabel, [...(rows.get(d.seriesLabel) ?? []), d]);
  const sentences = [...rows].map(([row, cells]) => {
    const states = new Map<string, string[]>();
    for (const d of cells) states.set(status(d), [...(states.get(status(d)) ?? []), d.xLabel]);
    const parts = [...states].map(([state, columns]) => `${lowerFirst(state)} ${joinList(compactNumbers(columns))}`);
    return `${row}: ${parts.join('; ')}.`;
  });
  const valued = data.filter((d) => d.value !== null);
  const first = valued.length ? status(valued.reduce((a, b) => (b.value! > a.value! ? b : a))) : null;
  let finding = 'Uppgift saknas för alla.';
  if (first) {
    const count = (cells: FigureDatum[]) => cells.filter((d) => d.value !== null && status(d) === first).length;
    const counts = [...rows].map(([row, cells]) => ({ row, n: count(cells) }));
    const max = Math.max(...counts.map((c) => c.n));
    const min = Math.min(...counts.map((c) => c.n));
    const who = (n: number) => joinList(counts.filter((c) => c.n === n).map((c) => c.row));
    finding = max === min ? `Lika många är ”${lowerFirst(first)}” för alla: ${who(max)}.` : `Flest ”${lowerFirst(first)}” har ${who(max)}, färst ${who(min)}.`;
  }
  return { finding: clean(finding), details: clean(sentences.join(' ')) };
}

function lowerFirst(s: string): string {
  return `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
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

/** A long series over time: from its first value to its last (unless the finding said so), and its highest. */
function summary(items: Item[], format: NumberFormatter, mentioned: ReadonlySet<FigureDatum>): string[] {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const highest = items.reduce((a, b) => (b.datum.value! > a.datum.value! ? b : a));
  const phrase = (i: Item) => `${withUnit(i.datum, format)} (${i.label})`;
  const said = mentioned.has(first.datum) && mentioned.has(last.datum);
  return [...(said ? [] : [`från ${phrase(first)} till ${phrase(last)}`]), ...(said && (highest === first || highest === last) ? [] : [`som högst ${phrase(highest)}`])];
}

/** A long list of categories (countries) in words: its first five as drawn, and its last. */
function firstAndLast(items: Item[], format: NumberFormatter): string[] {
  const head = items.slice(0, 5).map((i) => valuePhrase(i, format));
  return [`först i diagrammet ${head.join('; ')} – sist ${valuePhrase(items[items.length - 1]!, format)}`];
}

function withUnit(d: FigureDatum, format: NumberFormatter): string {
  const word = unitWordFor(d.unit);
  const number = qualifyNumber(format(d.value!), d.qualifier, 'words');
  return word ? `${number} ${word}` : number;
}

/** Runs of three or more consecutive years "2015", "2016", "2017" → "2015–2017" ("2013–2019", "2021", "2022"); other labels unchanged. */
export function compactYears(labels: readonly string[]): string[] {
  if (!labels.every((l) => /^\d{4}$/.test(l))) return [...labels];
  return compactNumbers(labels);
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
  const units = [...new Set(data.map((d) => d.unit))];
  return { columns, rows: body, unit: !cell && units.length === 1 ? unitWordFor(units[0]!) : '' };
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
