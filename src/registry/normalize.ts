import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type YamlSource } from '../yaml/source.js';
import type { Dimension, Inriktningsmal, Malomrade } from '../model/registry.js';
import { registryMessages } from './messages.js';
import { isUsable, type ParsedRegistryFile } from './parse.js';
import type { DimensionSpec, DimensionsSpec, GoalsSpec, IndicatorFileSpec, IndicatorSpec } from './spec.js';

/**
 * Normalization of each file on its own: schema-valid data → typed values with their positions.
 * Nothing here looks across files; references (målområde, shared dimensions, duplicate IDs) are
 * checked by rules.ts and resolved by build.ts.
 */

/** A value together with where it was written, for diagnostics that point back at it. */
export interface Located<T> {
  value: T;
  source: YamlSource;
  /** JSON path of the entry within its file. */
  path: (string | number)[];
}

export interface NormalizedGoals {
  inriktningsmal: Located<Inriktningsmal>[];
  malomraden: Located<Malomrade>[];
}

/** An indicator entry as written, before references are resolved. */
export type IndicatorEntry = Located<IndicatorSpec>;

export function normalizeGoals(file: ParsedRegistryFile): NormalizedGoals {
  if (!isUsable(file)) return { inriktningsmal: [], malomraden: [] };
  const spec = file.data as GoalsSpec;
  const located = <T>(key: 'inriktningsmal' | 'malomraden', items: readonly T[]): Located<T>[] =>
    items.flatMap((value, i) =>
      isUsable(file, `${key}/${i}`) ? [{ value: trimStrings(value), source: file.source, path: [key, i] }] : [],
    );
  return {
    inriktningsmal: located('inriktningsmal', spec.inriktningsmal),
    malomraden: located('malomraden', spec.malomraden),
  };
}

/** Shared vocabularies by name, in file order. */
export function normalizeDimensions(file: ParsedRegistryFile): { vocabularies: Map<string, Dimension>; diagnostics: Diagnostic[] } {
  const vocabularies = new Map<string, Dimension>();
  const diagnostics: Diagnostic[] = [];
  if (!isUsable(file)) return { vocabularies, diagnostics };
  for (const [name, spec] of Object.entries((file.data as DimensionsSpec).dimensions)) {
    if (!isUsable(file, `dimensions/${name}`)) continue;
    const checked = normalizeDimension(name, spec, file.source, ['dimensions', name]);
    diagnostics.push(...checked.diagnostics);
    if (checked.dimension) vocabularies.set(name, checked.dimension);
  }
  return { vocabularies, diagnostics };
}

/**
 * One vocabulary (shared or inline) → Dimension. `name` is the dimension's name where it is used,
 * which for a shared vocabulary referred to under another name (`partnerland: land`) differs from
 * the vocabulary's own; build.ts renames it.
 */
export function normalizeDimension(
  name: string,
  spec: DimensionSpec,
  source: YamlSource,
  path: (string | number)[],
): { dimension?: Dimension; diagnostics: Diagnostic[] } {
  const values = Object.entries(spec.values ?? {}).map(([code, label]) => ({ code, label: label.trim() }));
  // Labels print in one line of a table or a legend: a line break would end report.md's table row.
  const broken = [
    ...(hasLineBreak(spec.label.trim()) ? [[...path, 'label']] : []),
    ...values.filter((v) => hasLineBreak(v.label)).map((v) => [...path, 'values', v.code]),
  ].map((at) => ({ ...registryMessages.multilineLabel(String(at[at.length - 1] === 'label' ? name : at[at.length - 1])), location: locate(source, at) }));
  if (spec.pattern === undefined) return { dimension: { name, label: spec.label.trim(), values }, diagnostics: broken };
  const reason = regexError(spec.pattern);
  if (reason !== undefined) {
    const location = locate(source, [...path, 'pattern']);
    return { diagnostics: [...broken, { ...registryMessages.invalidPattern(name, reason), location }] };
  }
  return { dimension: { name, label: spec.label.trim(), values, pattern: spec.pattern }, diagnostics: broken };
}

/** The schema-valid indicator entries of one file, in file order. */
export function normalizeIndicatorFile(file: ParsedRegistryFile): IndicatorEntry[] {
  if (!isUsable(file)) return [];
  const spec = file.data as IndicatorFileSpec;
  return spec.indicators.flatMap((value, i) =>
    isUsable(file, `indicators/${i}`) ? [{ value: trimStrings(value), source: file.source, path: ['indicators', i] }] : [],
  );
}

/** A line break or another control character (a tab, a form feed) in what must print as one line. */
export function hasLineBreak(text: string): boolean {
  return /[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(text);
}

function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Trims text fields: folded YAML scalars can leave a trailing space or newline that would otherwise
 * end up in captions. Multi-line sources keep their inner line breaks.
 */
function trimStrings<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) return value.map(trimStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v)])) as T;
  }
  return value;
}
