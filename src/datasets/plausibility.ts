/**
 * Plausibility between years (the UK RAP practice of checking each new figure against its own past):
 * warnings, never errors, each at the observation's file:line:column. Four checks, on every series
 * (one indicator, one combination of dimension codes, its values over the data years):
 *
 *   plausibility/outlier         a value far outside its series: its change from the previous value lies
 *                                beyond the median ± 3 MAD of the series' year-to-year changes
 *   plausibility/share-jump      a share (unit procent) that moves more than `shareJump` procentenheter
 *                                a year from one data year to the next (2017 → 2020: three times that)
 *   plausibility/break           a break in the series: the number of respondents changes by more than
 *                                `respondentsChange` percent, or the value's note says the series breaks
 *                                (a definition or question changed)
 *   plausibility/repeated-table  every value of an indicator for a year exactly as the year before
 *                                (a copy slip: last year's table pasted for this year's)
 *
 * The limits come from datasets/plausibility.yaml (optional; schema plausibility.schema.json), per
 * indicator where a series moves faster. Pure: the caller reads the file.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { defineSchema, validateWithSchema } from '../schema/schema.js';
import { locate, parseYamlSource, type SourceFile } from '../yaml/source.js';
import type { Datasets, Observation } from '../model/observation.js';
import type { Indicator, Registry } from '../model/registry.js';
import schema from './plausibility.schema.json' with { type: 'json' };

/** Where the limits are kept (optional). */
export const PLAUSIBILITY_FILE = 'datasets/plausibility.yaml';

export interface Limits {
  /** Procentenheter a share may move between two data years before it is a warning. */
  shareJump: number;
  /** Percent (of the larger count) by which the respondents may change before it is a break. */
  respondentsChange: number;
}

export interface PlausibilityConfig extends Limits {
  /** Per indicator ID, limits that replace the defaults. */
  indicators: ReadonlyMap<string, Partial<Limits>>;
}

export const DEFAULT_LIMITS: Limits = { shareJump: 20, respondentsChange: 25 };
export const DEFAULT_CONFIG: PlausibilityConfig = { ...DEFAULT_LIMITS, indicators: new Map() };

/** How many year-to-year changes a series needs before its spread means anything. */
export const MIN_CHANGES = 4;
/** How many MADs from the median a change may lie. */
export const MAD_FACTOR = 3;
/** The MAD of normally distributed values times this estimates their standard deviation. */
const MAD_SCALE = 1.4826;
/** A repeated table is a slip only when it has this many values (one repeated number is common). */
export const MIN_TABLE = 3;

/**
 * A note that says this series breaks: "Tidsseriebrott." (what a mapping writes for Eurostat's flag b),
 * "brott i tidsserien", "ändrad definition", "ny frågeformulering", "frågan ändrades". ("Inte jämförbar
 * med …" is not among them: a note says that of another series, one the data already keeps apart.)
 */
export const BREAK_NOTE = /tidsseriebrott|brott i (?:tids)?serien|(?:ändrad|ny) (?:definition|frågeformulering)|frågan (?:ändrades|formulerades om)/i;

const validate = defineSchema('plausibility.schema.json', schema);

/** datasets/plausibility.yaml → the limits; a missing file is the defaults, a bad one is errors. */
export function parsePlausibilityConfig(file: SourceFile | undefined, registry: Registry): { config: PlausibilityConfig; diagnostics: Diagnostic[] } {
  if (!file) return { config: DEFAULT_CONFIG, diagnostics: [] };
  const { source, diagnostics } = parseYamlSource(file);
  if (diagnostics.length) return { config: DEFAULT_CONFIG, diagnostics };
  const data: unknown = source.doc.toJS() ?? {};
  const schemaDiagnostics = validateWithSchema(validate(), source, data, { prefix: 'plausibility' });
  if (schemaDiagnostics.length) return { config: DEFAULT_CONFIG, diagnostics: schemaDiagnostics };
  const spec = data as Partial<Limits> & { indicators?: Record<string, Partial<Limits>> };
  const out: Diagnostic[] = [];
  const indicators = new Map<string, Partial<Limits>>();
  for (const [id, limits] of Object.entries(spec.indicators ?? {})) {
    if (!registry.indicators.has(id)) {
      out.push({
        severity: 'error',
        code: 'plausibility/unknown-indicator',
        message: `unknown indicator "${id}"`,
        location: locate(source, ['indicators', id], true),
        hint: 'use an ID of indicators/ such as "2:3", quoted',
      });
      continue;
    }
    indicators.set(id, limits);
  }
  return { config: { shareJump: spec.shareJump ?? DEFAULT_LIMITS.shareJump, respondentsChange: spec.respondentsChange ?? DEFAULT_LIMITS.respondentsChange, indicators }, diagnostics: out };
}

/** Every plausibility warning of the datasets, in file order. */
export function checkPlausibility(datasets: Datasets, registry: Registry, config: PlausibilityConfig = DEFAULT_CONFIG): Diagnostic[] {
  const out: Diagnostic[] = [];
  const series = new Map<string, Observation[]>();
  const tables = new Map<string, Observation[]>();
  for (const o of datasets.observations) {
    const dims = JSON.stringify(Object.keys(o.dims).sort().map((k) => [k, o.dims[k]]));
    push(series, `${o.indicator}|${dims}`, o);
    push(tables, `${o.indicator}|${o.year}`, o);
  }
  for (const list of series.values()) {
    const indicator = registry.indicators.get(list[0]!.indicator);
    if (!indicator) continue;
    const limits = { ...config, ...config.indicators.get(indicator.id) };
    const points = list.filter((o): o is Observation & { value: number } => o.value !== null).sort((a, b) => a.year - b.year);
    out.push(...outliers(points, indicator), ...shareJumps(points, indicator, limits), ...breaks(points, indicator, limits));
  }
  out.push(...repeatedTables(tables, registry));
  return out.sort((a, b) => compareLocation(a.location!, b.location!) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

type Point = Observation & { value: number };

/**
 * A change beyond median ± 3 MAD of the series' changes (per year, so a gap of two years allows
 * twice the change). The MAD is scaled to estimate a standard deviation (× 1.4826) and is at least
 * half the median change and 1 % of the series' median level: a steady series (every change alike,
 * MAD 0) would otherwise call any other change an outlier. After an outlier, the next value is compared
 * with the value before it, so that one wrong value is one warning, not two.
 */
function outliers(points: readonly Point[], indicator: Indicator): Diagnostic[] {
  if (indicator.unit === 'rang' || points.length < MIN_CHANGES + 1) return [];
  const rates = points.slice(1).map((p, i) => (p.value - points[i]!.value) / (p.year - points[i]!.year));
  const m = median(rates);
  const mad = Math.max(MAD_SCALE * median(rates.map((r) => Math.abs(r - m))), 0.5 * Math.abs(m), 0.01 * median(points.map((p) => Math.abs(p.value))));
  if (mad === 0) return [];
  const out: Diagnostic[] = [];
  let base = points[0]!;
  for (const p of points.slice(1)) {
    const span = p.year - base.year;
    const change = p.value - base.value;
    if (Math.abs(change - m * span) > MAD_FACTOR * mad * span) {
      out.push(warning('plausibility/outlier', p,
        `${describe(p, indicator)}: ${num(p.value)} is far outside its series: ${signed(change)} from ${base.year} (${num(base.value)}), where the series' changes are ${signed(m)} ± ${num(MAD_FACTOR * mad)} a year (median ± 3 MAD of ${rates.length} changes)`,
        'check the value against its source (a misread cell, a unit, a decimal); a true change needs nothing done'));
      continue;
    }
    base = p;
  }
  return out;
}

function shareJumps(points: readonly Point[], indicator: Indicator, limits: Limits): Diagnostic[] {
  if (indicator.unit !== 'procent') return [];
  const out: Diagnostic[] = [];
  for (const [i, p] of points.slice(1).entries()) {
    const prev = points[i]!;
    const jump = p.value - prev.value;
    const span = p.year - prev.year;
    if (Math.abs(jump) <= limits.shareJump * span) continue;
    const limit = `${num(limits.shareJump)} procentenheter a year${span > 1 ? ` (${num(limits.shareJump * span)} over ${span} years)` : ''}`;
    out.push(warning('plausibility/share-jump', p,
      `${describe(p, indicator)}: ${num(p.value)} procent is ${num(Math.abs(jump))} procentenheter ${jump > 0 ? 'above' : 'below'} ${prev.year} (${num(prev.value)} procent); more than ${limit}`,
      `check the value against its source; a series that moves this fast gets its own limit in ${PLAUSIBILITY_FILE} (indicators: { "${indicator.id}": { shareJump: … } })`));
  }
  return out;
}

function breaks(points: readonly Point[], indicator: Indicator, limits: Limits): Diagnostic[] {
  const out: Diagnostic[] = [];
  const hint = 'if the definition or the population changed, give the value its own dimension value or say so in the figure\'s caption notes (datasets/README.md)';
  for (const [i, p] of points.slice(1).entries()) {
    const prev = points[i]!;
    const why: string[] = [];
    if (p.respondents !== null && prev.respondents !== null) {
      const change = (100 * Math.abs(p.respondents - prev.respondents)) / Math.max(p.respondents, prev.respondents);
      if (change > limits.respondentsChange) why.push(`${p.respondents} respondents against ${prev.respondents} in ${prev.year} (${num(Math.round(change))} percent fewer or more; the limit is ${num(limits.respondentsChange)})`);
    }
    if (p.note && BREAK_NOTE.test(p.note) && p.note !== prev.note) why.push(`its note says so: "${p.note}"`);
    if (why.length) out.push(warning('plausibility/break', p, `${describe(p, indicator)}: the series may break between ${prev.year} and ${p.year}: ${why.join('; ')}`, hint));
  }
  return out;
}

function repeatedTables(tables: ReadonlyMap<string, Observation[]>, registry: Registry): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byIndicator = new Map<string, Observation[][]>();
  for (const list of tables.values()) push(byIndicator, list[0]!.indicator, list);
  for (const [id, years] of byIndicator) {
    const indicator = registry.indicators.get(id);
    if (!indicator) continue;
    years.sort((a, b) => a[0]!.year - b[0]!.year);
    for (const [i, table] of years.slice(1).entries()) {
      const prev = years[i]!;
      const values = table.filter((o) => o.value !== null);
      if (values.length < MIN_TABLE || values.length !== prev.filter((o) => o.value !== null).length) continue;
      const before = new Map(prev.map((o) => [dimsKey(o), o.value]));
      if (!values.every((o) => before.get(dimsKey(o)) === o.value)) continue;
      const first = [...values].sort((a, b) => compareLocation(a.location, b.location))[0]!;
      out.push({
        severity: 'warning',
        code: 'plausibility/repeated-table',
        message: `all ${values.length} values of ${id} for ${first.year} are exactly those of ${prev[0]!.year}: the previous year's table copied?`,
        location: first.location,
        hint: `compare datasets/${first.year}/ with datasets/${prev[0]!.year}/ and the ${first.year} source`,
      });
    }
  }
  return out;
}

function warning(code: string, o: Observation, message: string, hint: string): Diagnostic {
  return { severity: 'warning', code, message, location: o.location, hint };
}

/** "1:1 nattillsyn, ordinart 2020": the indicator, its codes and the year. */
function describe(o: Observation, indicator: Indicator): string {
  const codes = indicator.dimensions.map((d) => o.dims[d.name]).filter((c) => c !== undefined);
  return `${o.indicator}${codes.length ? ` ${codes.join(', ')}` : ''} ${o.year}`;
}

function dimsKey(o: Observation): string {
  return JSON.stringify(Object.keys(o.dims).sort().map((k) => [k, o.dims[k]]));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A number as the data files write it, at most 2 decimals. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function signed(n: number): string {
  return `${n >= 0 ? '+' : '-'}${num(Math.abs(n))}`;
}

function compareLocation(a: SourceLocation, b: SourceLocation): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/**
 * What `validate` and `import` print: the limits file's own errors, then the warnings of the datasets
 * (those of one edition: every data year up to it).
 */
export function plausibilityDiagnostics(files: readonly SourceFile[], datasets: Datasets, registry: Registry): Diagnostic[] {
  const { config, diagnostics } = parsePlausibilityConfig(
    files.find((f) => f.path === PLAUSIBILITY_FILE),
    registry,
  );
  return [...diagnostics, ...checkPlausibility(datasets, registry, config)];
}
