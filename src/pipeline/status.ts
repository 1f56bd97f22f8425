/**
 * `ehalsa status`: the checklist of an edition grouped by source and indicator, with counts. By default
 * only the values the edition needs from its own year (this year's work); `all` for every year. Pure:
 * the text and the JSON (described by status.schema.json) are two views of one StatusReport.
 */
import { fileNameFor } from '../datasets/messages.js';
import type { Edition } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Datasets } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { buildChecklist, ITEM_STATES, type ChecklistItem, type ItemState } from './checklist.js';
import { STATE_LABEL, stateCount, statusMessages as m, values } from './status-messages.js';

export type Counts = { total: number } & Record<ItemState, number>;

export interface IndicatorStatus {
  indicator: string;
  name: string;
  /** The year's dataset file (one year only), and whether it exists. */
  file: { path: string; exists: boolean } | null;
  counts: Counts;
  items: ChecklistItem[];
}

export interface SourceStatus {
  source: string;
  counts: Counts;
  indicators: IndicatorStatus[];
}

export interface StatusReport {
  edition: number;
  /** The data year shown, or null for every year (`--all`). */
  year: number | null;
  summary: Counts;
  sources: SourceStatus[];
  /** The section files copied by new-year and not yet revised (edition.yaml's `unrevised`). */
  unrevised: { copiedFrom: number | null; sections: string[] };
}

/** The checklist of the edition: the year's items (or every year's with `all`), grouped. */
export function buildStatus(
  edition: Edition,
  datasets: Datasets,
  registry: Registry,
  facts: ReadonlyMap<string, Fact>,
  options: { all?: boolean; files?: ReadonlySet<string> } = {},
): StatusReport {
  const year = options.all ? null : datasets.year;
  const items = buildChecklist(edition, datasets, registry, facts).filter((i) => year === null || i.year === year);
  const sources: SourceStatus[] = [];
  for (const item of items) {
    let source = sources.find((s) => s.source === item.source);
    if (!source) sources.push((source = { source: item.source, counts: counts([]), indicators: [] }));
    let indicator = source.indicators.find((i) => i.indicator === item.indicator);
    if (!indicator) {
      const path = `datasets/${year}/${fileNameFor(item.indicator)}`;
      const file = year === null ? null : { path, exists: options.files?.has(path) ?? item.at !== null };
      source.indicators.push((indicator = { indicator: item.indicator, name: item.name, file, counts: counts([]), items: [] }));
    }
    indicator.items.push(item);
  }
  for (const s of sources) {
    for (const i of s.indicators) i.counts = counts(i.items);
    s.counts = counts(s.indicators.flatMap((i) => i.items));
  }
  return {
    edition: datasets.year,
    year,
    summary: counts(items),
    sources,
    unrevised: { copiedFrom: edition.meta.copiedFrom, sections: [...edition.meta.unrevised] },
  };
}

function counts(items: readonly ChecklistItem[]): Counts {
  const out = { total: items.length } as Counts;
  for (const state of ITEM_STATES) out[state] = items.filter((i) => i.state === state).length;
  return out;
}

/** "24 värden: 2 inmatade, 22 ej inmatade" (states with none left out). */
export function formatCounts(c: Counts): string {
  const present = ITEM_STATES.filter((s) => c[s] > 0);
  // one state only: "32 värden, ej inmatade", "1 värde, ej inmatat"
  if (present.length === 1 && present[0] === 'entered' && c.total > 1) return `${values(c.total)}, ${m.allEntered}`;
  if (present.length === 1) return `${values(c.total)}, ${stateCount(present[0]!, c.total).replace(/^\d+ /, '')}`;
  return present.length ? `${values(c.total)}: ${present.map((s) => stateCount(s, c[s])).join(', ')}` : values(c.total);
}

/** The codes as the placeholder line writes them: "teknik: nattillsyn, boendeform: ordinart" ("region: *" for an open one). */
export function formatCodes(item: Pick<ChecklistItem, 'dimensions' | 'open'>): string {
  const codes = item.dimensions.map((d) => `${d.name}: ${d.code}`);
  return [...codes, ...item.open.map((n) => `${n}: ${m.openDimension}`)].join(', ') || '–';
}

/** The checklist as text: per source and indicator the items still open, then the summary line. */
export function formatStatus(s: StatusReport): string {
  const out: string[] = [m.title(s.edition, s.year), m.scopeHint(s.year), ''];
  if (s.summary.total === 0) out.push(m.nothing, '');
  for (const source of s.sources) {
    out.push(`${source.source}: ${formatCounts(source.counts)}`);
    for (const indicator of source.indicators) {
      const open = indicator.items.filter((i) => i.state !== 'entered');
      if (!open.length) continue;
      const where = indicator.file ? `  ${m.file(indicator.file.path, indicator.file.exists)}` : '';
      out.push(`  ${indicator.indicator} ${indicator.name}: ${formatCounts(indicator.counts)}${where}`);
      const rows = runs(open).map((run) => {
        const i = run[0]!;
        const last = i.dimensions.length - 1;
        const codes = run.length === 1 ? formatCodes(i) : formatCodes({ ...i, dimensions: i.dimensions.map((d, k) => (k === last ? { ...d, code: `[${run.map((r) => r.dimensions[last]!.code).join(', ')}]` } : d)) });
        const labels = run.length === 1 ? i.dimensions.map((d) => d.label).join('; ') || i.name : [...i.dimensions.slice(0, last).map((d) => d.label), m.run(values(run.length))].join('; ');
        return [
          ...(s.year === null ? [String(i.year)] : []),
          STATE_LABEL[i.state],
          codes,
          labels,
          `${m.usedBy(i.usedBy)}${i.state === 'not-published' && i.note ? `  (${shorten(i.note, 70)})` : ''}`,
        ];
      });
      out.push(...aligned(rows).map((r) => `    ${r}`));
    }
    out.push('');
  }
  if (s.unrevised.sections.length) {
    out.push(m.unrevised(s.unrevised.sections.length, s.unrevised.copiedFrom), ...s.unrevised.sections.map((f) => `  ${f}`), m.revisedHint(s.edition), '');
  }
  out.push(m.summary(formatCounts(s.summary)));
  return `${out.join('\n')}\n`;
}

/** The shortest run printed as one line: items alike but for their last code. */
const RUN = 4;

/**
 * Consecutive items that differ only in the code of their last dimension (same year, state, uses and
 * note) as one run, so that a dot-matrix of 21 regions × 21 items reads as 21 lines, not 441; shorter
 * runs stay one item a line.
 */
function runs(items: readonly ChecklistItem[]): ChecklistItem[][] {
  const alike = (a: ChecklistItem, b: ChecklistItem) =>
    a.dimensions.length > 0 &&
    a.open.length === 0 &&
    b.open.length === 0 &&
    a.year === b.year &&
    a.state === b.state &&
    a.note === b.note &&
    a.usedBy.join() === b.usedBy.join() &&
    a.dimensions.length === b.dimensions.length &&
    a.dimensions.slice(0, -1).every((d, k) => d.name === b.dimensions[k]!.name && d.code === b.dimensions[k]!.code) &&
    a.dimensions.at(-1)!.name === b.dimensions.at(-1)!.name;
  const out: ChecklistItem[][] = [];
  for (const item of items) {
    const run = out.at(-1);
    if (run && alike(run[0]!, item)) run.push(item);
    else out.push([item]);
  }
  return out.flatMap((run) => (run.length >= RUN ? [run] : run.map((i) => [i])));
}

/** Rows as columns padded to their widest cell (the last column not padded). */
function aligned(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length))).join('  ').trimEnd());
}

function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return [...one].length <= max ? one : `${[...one].slice(0, max - 1).join('')}…`;
}
