/**
 * Reading a fact's parameters: each kind declares the names it takes and reads them through these
 * helpers, which check types, dimension names and codes against the registry and years against the
 * data, and report every problem at the fact's location ("did you mean …" where a name is close).
 * A fact whose parameters are wrong is not computed; the stage stops with all the errors found.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { FactDef, Selection } from '../model/edition.js';
import type { Datasets } from '../model/observation.js';
import type { Dimension, Indicator, Registry } from '../model/registry.js';
import { factHints, factMessages } from './messages.js';

/**
 * Parameters every kind takes: the indicator, the fixed dimensions, and `words` — the data words of the
 * fact's sentence that the fact vouches for ("vanligaste" beside the fact that computes which is most
 * common), read by the inventory of data words (src/edition/inventory.ts), not by the kind.
 */
export const COMMON_PARAMS = ['indicator', 'where', 'words'] as const;

export interface Reader {
  readonly def: FactDef;
  readonly datasets: Datasets;
  readonly registry: Registry;
  /** The fact's indicator and fixed dimensions. */
  readonly indicator: Indicator;
  readonly selection: Selection;
  /** False once an error was reported. */
  readonly ok: boolean;
  error(code: string, message: string, hint?: string): void;
  warn(code: string, message: string, hint?: string): void;
  /** A parameter as written, or undefined. */
  raw(name: string): unknown;
}

/**
 * Checks the common parameters and the parameter names of the kind, and returns the reader for the
 * kind's own parameters; undefined when the indicator itself is unusable.
 */
export function openReader(
  def: FactDef,
  kindParams: readonly string[],
  env: { datasets: Datasets; registry: Registry },
  diagnostics: Diagnostic[],
): Reader | undefined {
  let ok = true;
  const push = (severity: 'error' | 'warning', code: string, message: string, hint?: string) => {
    if (severity === 'error') ok = false;
    diagnostics.push({ severity, code, message, location: def.location, ...(hint ? { hint } : {}) });
  };
  const allowed = [...COMMON_PARAMS, ...kindParams];
  for (const name of Object.keys(def.params)) {
    if (!allowed.includes(name)) {
      push('error', 'fact/unknown-param', factMessages.unknownParam(def.id, def.kind, name), didYouMean(name, allowed) ?? factHints.knownParams(def.kind, allowed));
    }
  }
  const words = def.params['words'];
  if (words !== undefined && !(Array.isArray(words) && words.every((w) => typeof w === 'string' && w.trim() !== ''))) {
    push('error', 'fact/bad-param', factMessages.badParam(def.id, 'words', 'a list of words', words));
  }
  const id = def.params['indicator'];
  if (id === undefined) {
    push('error', 'fact/missing-param', factMessages.missingParam(def.id, 'indicator'));
    return undefined;
  }
  const indicator = typeof id === 'string' ? env.registry.indicators.get(id) : undefined;
  if (!indicator) {
    push('error', 'fact/unknown-indicator', factMessages.unknownIndicator(def.id, id), didYouMean(String(id), env.registry.indicators.keys()) ?? factHints.indicators);
    return undefined;
  }
  let selection: Selection = { indicator: indicator.id, where: {} };
  const reader: Reader = {
    def,
    datasets: env.datasets,
    registry: env.registry,
    indicator,
    get selection() {
      return selection;
    },
    get ok() {
      return ok;
    },
    error: (code, message, hint) => push('error', code, message, hint),
    warn: (code, message, hint) => push('warning', code, message, hint),
    raw: (name) => def.params[name],
  };
  selection = { indicator: indicator.id, where: readWhere(reader, indicator, def.params['where'], 'where') ?? {} };
  return reader;
}

/** A `where` mapping checked against an indicator: known dimensions and codes. */
export function readWhere(r: Reader, indicator: Indicator, raw: unknown, name: string): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    r.error('fact/bad-param', factMessages.badParam(r.def.id, name, 'a mapping of dimension: code', raw));
    return undefined;
  }
  const out: Record<string, string> = {};
  let good = true;
  for (const [dim, code] of Object.entries(raw as Record<string, unknown>)) {
    const dimension = findDimension(r, indicator, dim);
    if (!dimension) {
      good = false;
      continue;
    }
    if (typeof code !== 'string' && typeof code !== 'number') {
      r.error('fact/bad-param', factMessages.badParam(r.def.id, `${name}.${dim}`, 'a code', code));
      good = false;
      continue;
    }
    if (!checkCode(r, dimension, String(code))) good = false;
    out[dim] = String(code);
  }
  return good ? out : undefined;
}

/** The dimension of that name, or an error with the names the indicator has. */
export function findDimension(r: Reader, indicator: Indicator, name: string): Dimension | undefined {
  const d = indicator.dimensions.find((x) => x.name === name);
  if (d) return d;
  const names = indicator.dimensions.map((x) => x.name);
  r.error('fact/unknown-dimension', factMessages.unknownDimension(r.def.id, indicator.id, name), didYouMean(name, names) ?? factHints.knownDimensions(names));
  return undefined;
}

/** True when `code` is a value of the dimension; otherwise an error with the closest code. */
export function checkCode(r: Reader, dimension: Dimension, code: string): boolean {
  if (dimension.values.length ? dimension.values.some((v) => v.code === code) : new RegExp(dimension.pattern ?? '.*').test(code)) return true;
  const codes = dimension.values.map((v) => v.code);
  const hint = codes.length ? (didYouMean(code, codes) ?? factHints.knownCodes(codes)) : factHints.pattern(dimension.pattern ?? '');
  r.error('fact/unknown-code', factMessages.unknownCode(r.def.id, dimension.name, code), hint);
  return false;
}

/** One of the listed words; `fallback` when the parameter is absent. */
export function readEnum<T extends string>(r: Reader, name: string, values: readonly T[], fallback: T): T {
  const raw = r.raw(name);
  if (raw === undefined) return fallback;
  if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return raw as T;
  const hint = typeof raw === 'string' ? didYouMean(raw, values) : undefined;
  r.error('fact/bad-param', factMessages.badParam(r.def.id, name, `one of ${values.join(', ')}`, raw), hint);
  return fallback;
}

/** A whole number in [min, max]; undefined when absent. */
export function readInteger(r: Reader, name: string, min: number, max: number): number | undefined {
  const raw = r.raw(name);
  if (raw === undefined) return undefined;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return raw;
  r.error('fact/bad-param', factMessages.badParam(r.def.id, name, `a whole number ${min}–${max}`, raw));
  return undefined;
}

/**
 * A year: a four-digit year or one of the `keywords` ('previous' → the year before the report year; the
 * others are returned as they are for the kind to resolve). Checked: not after the report year, and
 * (warning) the indicator has observations that year.
 */
export function readYear<K extends string>(
  r: Reader,
  raw: unknown,
  name: string,
  keywords: readonly K[],
  indicator: Indicator = r.indicator,
): number | Exclude<K, 'previous'> | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && (keywords as readonly string[]).includes(raw)) {
    return raw === 'previous' ? checkYear(r, r.datasets.year - 1, indicator) : (raw as Exclude<K, 'previous'>);
  }
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1900 && raw <= 2999) return checkYear(r, raw, indicator);
  const words = keywords.length ? ` or ${keywords.join(', ')}` : '';
  r.error('fact/bad-param', factMessages.badParam(r.def.id, name, `a year${words}`, raw), typeof raw === 'string' ? didYouMean(raw, keywords) : undefined);
  return undefined;
}

function checkYear(r: Reader, year: number, indicator: Indicator): number {
  if (year > r.datasets.year) {
    r.error('fact/year-after-report', factMessages.yearAfterReport(r.def.id, year, r.datasets.year));
    return year;
  }
  const years = [...new Set(r.datasets.observations.filter((o) => o.indicator === indicator.id).map((o) => o.year))].sort((a, b) => a - b);
  if (!years.includes(year)) r.warn('fact/year-without-data', factMessages.yearWithoutData(r.def.id, indicator.id, year), factHints.dataYears(years));
  return year;
}

/**
 * Another selection given relative to the fact's: `{ indicator?, where?, year? }`. With the same
 * indicator its `where` overrides single dimensions of the fact's; with another indicator it stands alone.
 */
export function readRelatedSelection(
  r: Reader,
  raw: unknown,
  name: string,
  allowed: readonly string[] = ['indicator', 'where', 'year'],
): { selection: Selection; year: number | undefined } | undefined {
  if (raw === undefined || raw === null) return { selection: r.selection, year: undefined };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    r.error('fact/bad-param', factMessages.badParam(r.def.id, name, `a mapping with ${allowed.join(', ')}`, raw));
    return undefined;
  }
  const spec = raw as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    if (!allowed.includes(key)) {
      r.error('fact/unknown-param', factMessages.unknownParam(r.def.id, r.def.kind, `${name}.${key}`), didYouMean(key, allowed) ?? factHints.knownParams(`${r.def.kind} ${name}`, allowed));
    }
  }
  let indicator = r.indicator;
  if (spec['indicator'] !== undefined) {
    const found = typeof spec['indicator'] === 'string' ? r.registry.indicators.get(spec['indicator']) : undefined;
    if (!found) {
      r.error('fact/unknown-indicator', factMessages.unknownIndicator(r.def.id, spec['indicator']), didYouMean(String(spec['indicator']), r.registry.indicators.keys()) ?? factHints.indicators);
      return undefined;
    }
    indicator = found;
  }
  const where = readWhere(r, indicator, spec['where'], `${name}.where`);
  if (!where) return undefined;
  const merged = indicator.id === r.indicator.id ? { ...r.selection.where, ...where } : where;
  const year = readYear(r, spec['year'], `${name}.year`, ['previous'] as const, indicator);
  return { selection: { indicator: indicator.id, where: merged }, year };
}
