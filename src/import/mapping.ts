import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { defineSchema, validateWithSchema } from '../schema/schema.js';
import { locate, parseYamlSource, type SourceFile, type YamlSource } from '../yaml/source.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { MissingReason } from '../model/observation.js';
import type { Dimension, Registry } from '../model/registry.js';
import schema from './mapping.schema.json' with { type: 'json' };
import { importHints, importMessages } from './messages.js';
import type { CsvOptions, Mapping, CodeSource, SourceFormat, Target, XlsxOptions } from './model.js';

/** The mapping files as the datasets stage checks them (see MappingCheck in src/datasets/load.ts). */
export function checkMappingFile(file: SourceFile, registry: Registry, sources: ReadonlySet<string> | null): Diagnostic[] {
  return parseMapping(file, registry, sources).diagnostics;
}

/**
 * A mapping file: text → YAML → schema → `Mapping`, checked against the registry (indicators,
 * dimensions, codes) and, when `sources` is given, against the source files the repository holds.
 * What can only be checked against the source's contents (columns, labels, cells) is checked when
 * the import reads it (src/import/extract.ts).
 */
export function parseMapping(
  file: SourceFile,
  registry: Registry,
  sources: ReadonlySet<string> | null,
): { mapping: Mapping | null; diagnostics: Diagnostic[] } {
  const { source, diagnostics } = parseYamlSource(file);
  if (diagnostics.length) return { mapping: null, diagnostics };
  const top = { file: file.path, line: 1, column: 1 };
  if (!/^datasets\/mappings\/[^/]+\.yaml$/.test(file.path)) {
    return { mapping: null, diagnostics: [error('mapping/location', importMessages.notInMappings(file.path), top, importHints.mappingsFolder)] };
  }
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined) return { mapping: null, diagnostics: [error('mapping/empty', importMessages.emptyMapping(), top)] };
  if (typeof data !== 'object' || Array.isArray(data)) return { mapping: null, diagnostics: [error('mapping/not-a-mapping', importMessages.notAMapping(), top)] };
  const schemaDiagnostics = validateWithSchema(validate(), source, data, { prefix: 'mapping' });
  if (schemaDiagnostics.length) return { mapping: null, diagnostics: schemaDiagnostics };
  return normalizeMapping(data as MappingSpec, source, registry, sources);
}

const validate = defineSchema('mapping.schema.json', schema);

/** The mapping as written (after schema validation). */
interface MappingSpec {
  file: string;
  format?: SourceFormat;
  url?: string;
  source?: string;
  csv?: { delimiter?: string; decimal?: '.' | ','; encoding?: 'utf-8' | 'windows-1252'; header?: number | number[] };
  xlsx?: { sheet?: string; header?: number | number[]; decimal?: '.' | ',' };
  codes?: Record<string, Record<string, string | number>>;
  targets: TargetSpec[];
}

interface PickSpec {
  column?: string;
  header?: number;
  dimension?: string;
  codes?: Record<string, string | number>;
  skip?: string[];
}

interface TargetSpec {
  indicator: string;
  year: number | PickSpec;
  sheet?: string;
  header?: number | number[];
  rows?: { from?: number; to?: number; where?: Record<string, string | string[]> };
  value?: string | { columns: string | string[] };
  select?: Record<string, string>;
  dimensions?: Record<string, string | number | PickSpec>;
  transform?: { divide?: number; multiply?: number };
  missing?: Record<string, MissingReason>;
  withhold?: MissingReason;
  flags?: Record<string, string>;
  note?: string;
  quote?: string;
  url?: string;
}

const EXTENSIONS: Record<string, SourceFormat> = { csv: 'csv', xlsx: 'xlsx', json: 'json-stat' };
/** Keys that only one kind of source has. */
const TABULAR_ONLY = ['rows', 'value', 'quote', 'url', 'header'] as const;
const XLSX_ONLY = ['sheet'] as const;
const JSONSTAT_ONLY = ['select', 'flags'] as const;

function normalizeMapping(
  spec: MappingSpec,
  source: YamlSource,
  registry: Registry,
  sources: ReadonlySet<string> | null,
): { mapping: Mapping | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (...path: (string | number)[]) => locate(source, path);
  const err = (code: string, message: string, location: SourceLocation, hint?: string) => diagnostics.push(error(code, message, location, hint));

  const format = spec.format ?? EXTENSIONS[/\.([a-z]+)$/i.exec(spec.file)?.[1]?.toLowerCase() ?? ''];
  if (!format) err('mapping/format', importMessages.unknownFormat(spec.file), at('file'), importHints.format);
  if (sources && !sources.has(spec.file)) err('mapping/source-missing', importMessages.sourceMissing(spec.file), at('file'), importHints.sourceMissing);
  if (format && format !== 'csv' && spec.csv) err('mapping/wrong-option', importMessages.wrongFormatOption('csv', format), at('csv'));
  if (format && format !== 'xlsx' && spec.xlsx) err('mapping/wrong-option', importMessages.wrongFormatOption('xlsx', format), at('xlsx'));

  const csv: CsvOptions = {
    delimiter: spec.csv?.delimiter ?? null,
    decimal: spec.csv?.decimal ?? null,
    encoding: spec.csv?.encoding ?? 'utf-8',
    header: headerRows(spec.csv?.header) ?? [1],
  };
  const xlsx: XlsxOptions = { sheet: spec.xlsx?.sheet ?? null, header: headerRows(spec.xlsx?.header) ?? [1], decimal: spec.xlsx?.decimal ?? ',' };

  const dimensionsUsed = new Set<string>();
  const targets: Target[] = [];
  spec.targets.forEach((t, i) => {
    const tAt = (...path: (string | number)[]) => at('targets', i, ...path);
    const tKeyAt = (...path: (string | number)[]) => locate(source, ['targets', i, ...path], true);
    const target = normalizeTarget(t, i, tAt, tKeyAt, format ?? 'csv', spec, xlsx, registry, err);
    if (!target) return;
    target.dimensions.forEach((d) => dimensionsUsed.add(d.name));
    targets.push(target);
  });
  for (const name of Object.keys(spec.codes ?? {})) {
    if (!dimensionsUsed.has(name) && targets.length === spec.targets.length) {
      err('mapping/unused-codes', importMessages.unusedCodes(name), locate(source, ['codes', name], true), didYouMean(name, dimensionsUsed));
    }
  }
  if (diagnostics.length || !format) return { mapping: null, diagnostics };
  return {
    mapping: { path: source.file.path, file: spec.file, format, url: spec.url ?? null, source: spec.source ?? null, csv, xlsx, targets, location: at() },
    diagnostics,
  };
}

type Err = (code: string, message: string, location: SourceLocation, hint?: string) => void;

function normalizeTarget(
  t: TargetSpec,
  index: number,
  at: (...path: (string | number)[]) => SourceLocation,
  keyAt: (...path: (string | number)[]) => SourceLocation,
  format: SourceFormat,
  spec: MappingSpec,
  xlsx: XlsxOptions,
  registry: Registry,
  err: Err,
): Target | null {
  const before = { count: 0 };
  const e: Err = (...args) => {
    before.count++;
    err(...args);
  };
  const indicator = registry.indicators.get(t.indicator);
  if (!indicator) {
    e('mapping/unknown-indicator', `unknown indicator "${t.indicator}"`, at('indicator'), didYouMean(t.indicator, registry.indicators.keys()) ?? 'list the registry with `ehalsa indicators`');
    return null;
  }
  const tabular = format !== 'json-stat';
  const misplaced = [...(tabular ? JSONSTAT_ONLY : TABULAR_ONLY), ...(format === 'xlsx' ? [] : XLSX_ONLY)];
  for (const key of misplaced) if (t[key] !== undefined) e('mapping/wrong-option', importMessages.wrongFormatOption(key, format), keyAt(key));
  if (tabular && t.value === undefined) e('mapping/no-value', importMessages.needsValue(), at());
  if (format === 'xlsx' && !t.sheet && !xlsx.sheet) e('mapping/no-sheet', importMessages.needsSheet(), at());

  const header = headerRows(t.header) ?? (format === 'xlsx' ? xlsx.header : format === 'csv' ? headerRows(spec.csv?.header) ?? [1] : []);
  const byName = new Map(indicator.dimensions.map((d) => [d.name, d]));
  const dimensions: { name: string; pick: CodeSource }[] = [];
  for (const [name, raw] of Object.entries(t.dimensions ?? {})) {
    const dim = byName.get(name);
    if (!dim) {
      const names = [...byName.keys()];
      e('mapping/unknown-dimension', `indicator ${indicator.id} has no dimension "${name}"`, keyAt('dimensions', name), didYouMean(name, names) ?? (names.length ? `dimensions of ${indicator.id}: ${names.join(', ')}` : `indicator ${indicator.id} has no dimensions`));
      continue;
    }
    const pick = normalizeCodeSource(raw, spec.codes?.[name] ?? {}, (...p) => at('dimensions', name, ...p), format, header.length, e, dim);
    if (pick) dimensions.push({ name, pick });
  }
  const unset = indicator.dimensions.map((d) => d.name).filter((n) => !(t.dimensions && n in t.dimensions));
  if (unset.length) e('mapping/missing-dimension', importMessages.missingDimensions(indicator.id, unset), at(t.dimensions ? 'dimensions' : 'indicator'), importHints.missingDimensions(unset));
  const order = indicator.dimensions.map((d) => d.name);
  dimensions.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));

  const year = typeof t.year === 'number' ? ({ kind: 'fixed', code: String(t.year), location: at('year') } as CodeSource) : normalizeCodeSource(t.year, {}, (...p) => at('year', ...p), format, header.length, e, null);

  let transform: Target['transform'] = null;
  if (t.transform) {
    const { divide, multiply } = t.transform;
    if (divide !== undefined && multiply !== undefined) e('mapping/transform', importMessages.oneTransform(), at('transform'));
    else if (divide !== undefined) transform = { op: 'divide', by: divide };
    else if (multiply !== undefined) transform = { op: 'multiply', by: multiply };
    else e('mapping/transform', importMessages.noTransform(), at('transform'));
  }
  if (before.count || !year) return null;
  const columns = t.value === undefined ? null : typeof t.value === 'string' ? [t.value] : typeof t.value.columns === 'string' ? letterRange(t.value.columns) : t.value.columns;
  return {
    number: index + 1,
    indicator,
    year,
    sheet: t.sheet ?? xlsx.sheet,
    header: tabular ? header : null,
    rows: {
      from: t.rows?.from ?? null,
      to: t.rows?.to ?? null,
      where: Object.entries(t.rows?.where ?? {}).map(([column, texts]) => ({ column, texts: new Set(typeof texts === 'string' ? [texts] : texts) })),
    },
    value: columns ? { columns, location: at('value') } : null,
    select: new Map(Object.entries(t.select ?? {})),
    dimensions,
    transform,
    missing: new Map(Object.entries(t.missing ?? {})),
    withhold: t.withhold ?? null,
    flags: new Map(Object.entries(t.flags ?? {})),
    note: t.note ?? null,
    quote: t.quote ?? null,
    url: t.url ?? null,
    location: at(),
    at,
  };
}

function normalizeCodeSource(
  raw: string | number | PickSpec,
  shared: Record<string, string | number>,
  at: (...path: (string | number)[]) => SourceLocation,
  format: SourceFormat,
  headerRowCount: number,
  err: Err,
  dim: Dimension | null,
): CodeSource | null {
  if (typeof raw !== 'object') {
    const code = String(raw);
    if (dim && !isCode(dim, code)) {
      err('mapping/unknown-code', `unknown ${dim.name} "${code}"`, at(), didYouMean(code, dim.values.map((v) => v.code)) ?? knownCodes(dim));
      return null;
    }
    return { kind: 'fixed', code, location: at() };
  }
  const kinds = (['column', 'header', 'dimension'] as const).filter((k) => raw[k] !== undefined);
  if (kinds.length !== 1) {
    err('mapping/pick', importMessages.onePick(), at(), 'e.g. { column: Land } (CSV, XLSX) or { dimension: geo } (JSON-stat)');
    return null;
  }
  const kind = kinds[0]!;
  if ((kind === 'dimension') !== (format === 'json-stat')) {
    err('mapping/wrong-option', importMessages.wrongFormatOption(kind, format), at(kind));
    return null;
  }
  if (kind === 'header' && raw.header! > headerRowCount) {
    err('mapping/header-level', importMessages.headerLevel(raw.header!, headerRowCount), at('header'), 'list the header rows with header: [<row>, <row>]');
    return null;
  }
  const codes = new Map<string, string>();
  let ok = true;
  for (const [table, path] of [
    [shared, null],
    [raw.codes ?? {}, 'codes'],
  ] as const) {
    for (const [label, c] of Object.entries(table)) {
      const code = String(c);
      if (dim && !isCode(dim, code)) {
        // A shared table's problems are reported once per target that uses it: at the target's pick.
        err('mapping/unknown-code', `unknown ${dim.name} "${code}" (for "${label}")`, path ? at(path, label) : at(), didYouMean(code, dim.values.map((v) => v.code)) ?? knownCodes(dim));
        ok = false;
      }
      codes.set(label, code);
    }
  }
  if (!ok) return null;
  return { kind, ref: String(raw[kind]), codes, skip: new Set(raw.skip ?? []), location: at() };
}

export function isCode(dim: Dimension, code: string): boolean {
  return dim.values.length ? dim.values.some((v) => v.code === code) : new RegExp(dim.pattern ?? '.*').test(code);
}

function knownCodes(dim: Dimension): string {
  return dim.values.length ? `known values: ${dim.values.map((v) => v.code).join(', ')}` : `expected the form ${dim.pattern}`;
}

function headerRows(h: number | number[] | undefined): number[] | null {
  return h === undefined ? null : typeof h === 'number' ? [h] : [...h];
}

/** "B:E" → ["B", "C", "D", "E"]. */
function letterRange(range: string): string[] {
  const [a, b] = range.split(':').map(columnNumber);
  const out: string[] = [];
  for (let c = Math.min(a!, b!); c <= Math.max(a!, b!); c++) out.push(columnLetters(c));
  return out;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function error(code: string, message: string, location: SourceLocation, hint?: string): Diagnostic {
  return { severity: 'error', code, message, location, ...(hint ? { hint } : {}) };
}

