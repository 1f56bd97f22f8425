import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate } from '../yaml/source.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Observation } from '../model/observation.js';
import type { Indicator, Registry } from '../model/registry.js';
import { datasetHints, datasetMessages, fileNameFor } from './messages.js';
import type { ObservationSpec, ParsedDatasetFile } from './parse.js';

const RESERVED = new Set(['year', 'value', 'missing', 'qualifier', 'source', 'note', 'quote', 'respondents', 'tiebreak', 'origin']);

/**
 * One dataset file → observations, checked against the registry: the indicator exists, the file sits in
 * its year's folder, dimensions and their values are the indicator's, values fit the unit.
 */
export function normalizeDatasetFile(
  parsed: ParsedDatasetFile,
  folderYear: number,
  registry: Registry,
): { observations: Observation[]; diagnostics: Diagnostic[] } {
  const { source, spec } = parsed;
  const diagnostics: Diagnostic[] = [];
  const indicator = registry.indicators.get(spec.indicator);
  if (!indicator) {
    const hint = didYouMean(spec.indicator, registry.indicators.keys());
    diagnostics.push({
      severity: 'error',
      code: 'dataset/unknown-indicator',
      message: datasetMessages.unknownIndicator(spec.indicator),
      location: locate(source, ['indicator']),
      hint: hint ?? 'list the registry with `ehalsa indicators`',
    });
    return { observations: [], diagnostics };
  }
  if (spec.year !== folderYear) {
    diagnostics.push({
      severity: 'error',
      code: 'dataset/year-mismatch',
      message: datasetMessages.yearMismatch(spec.year, folderYear),
      location: locate(source, ['year']),
      hint: datasetHints.yearMismatch(folderYear),
    });
  }
  const baseName = source.file.path.split('/').pop() ?? '';
  if (baseName !== fileNameFor(indicator.id)) {
    diagnostics.push({
      severity: 'error',
      code: 'dataset/file-name',
      message: datasetMessages.fileIndicatorName(baseName, indicator.id),
      location: locate(source, ['indicator']),
      hint: datasetHints.fileName(indicator.id),
    });
  }
  if (spec.source.trim() === '') {
    diagnostics.push({ severity: 'error', code: 'dataset/blank-source', message: datasetMessages.blankSource(), location: locate(source, ['source']), hint: datasetHints.blankSource });
  }
  const observations: Observation[] = [];
  spec.observations.forEach((o, i) => {
    const at = (...p: (string | number)[]) => locate(source, ['observations', i, ...p]);
    const keyAt = (key: string) => locate(source, ['observations', i, key], true);
    const written = (key: string) => writtenForm(source, ['observations', i, key]);
    const problems = checkObservation(o, indicator, spec.year, at, keyAt, written);
    diagnostics.push(...problems);
    if (problems.length) return;
    observations.push({
      indicator: indicator.id,
      year: spec.year,
      dims: dimsOf(o),
      value: typeof o.value === 'number' ? o.value : null,
      missing: o.missing ?? null,
      qualifier: o.qualifier ?? null,
      source: o.source ?? spec.source,
      note: o.note ?? spec.note ?? null,
      quote: o.quote ?? null,
      respondents: o.respondents ?? spec.respondents ?? null,
      tiebreak: o.tiebreak === true,
      ...(o.origin ? { origin: o.origin } : {}),
      location: at(),
    });
  });
  return { observations, diagnostics: limitPerFile(diagnostics) };
}

/** The text of the scalar at `path` as the file writes it ("007" for a value YAML reads as 7). */
function writtenForm(source: ParsedDatasetFile['source'], path: (string | number)[]): string | undefined {
  const node = source.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const bom = source.file.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return source.file.text.slice(node.range[0] + bom, node.range[1] + bom);
}

/** The most decimals a value may have: the report never prints more (`decimals` of a fact: 0–6). */
export const MAX_DECIMALS = 6;
/** Values from here on cannot all be printed digit for digit (a double holds 15–16 digits). */
export const MAX_MAGNITUDE = 1e15;

type At = (...path: (string | number)[]) => import('../diagnostics/diagnostic.js').SourceLocation;

export function checkObservation(
  o: ObservationSpec,
  indicator: Indicator,
  year: number,
  at: At,
  keyAt: (key: string) => ReturnType<At>,
  written: (key: string) => string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (code: string, message: string, location: ReturnType<At>, hint?: string): void => {
    out.push({ severity: 'error', code, message, location, ...(hint ? { hint } : {}) });
  };
  if (o.year !== undefined && o.year !== year) {
    err('dataset/year-mismatch', datasetMessages.yearMismatch(o.year, year), at('year'), datasetHints.yearMismatch(year));
  }
  const hasValue = typeof o.value === 'number';
  if (hasValue && o.missing) err('dataset/value-and-missing', datasetMessages.valueAndMissing(), at('missing'), datasetHints.valueAndMissing);
  if (!hasValue && !o.missing) {
    err('dataset/no-value', datasetMessages.neitherValueNorMissing(), at(), datasetHints.missingReason);
  }
  if (hasValue) {
    const v = o.value as number;
    if (indicator.unit === 'procent' && (v < 0 || v > 100)) {
      err('dataset/share-out-of-range', datasetMessages.shareOutOfRange(v), at('value'), datasetHints.share);
    }
    if (indicator.unit === 'antal' && v < 0) err('dataset/negative-count', datasetMessages.negativeCount(v), at('value'));
    if (Math.abs(v) >= MAX_MAGNITUDE) err('dataset/unprintable-value', datasetMessages.tooLarge(v), at('value'), datasetHints.tooLarge);
    else if (Number(v.toFixed(MAX_DECIMALS)) !== v) err('dataset/unprintable-value', datasetMessages.tooPrecise(written('value') ?? String(v), MAX_DECIMALS), at('value'), datasetHints.tooPrecise);
  }
  if (typeof o.source === 'string' && o.source.trim() === '') err('dataset/blank-source', datasetMessages.blankSource(), at('source'), datasetHints.blankSource);
  const declared = new Map(indicator.dimensions.map((d) => [d.name, d]));
  for (const [key, raw] of Object.entries(o)) {
    if (RESERVED.has(key)) continue;
    const dim = declared.get(key);
    if (!dim) {
      const hint = didYouMean(key, [...declared.keys(), ...RESERVED]);
      err('dataset/unknown-dimension', datasetMessages.unknownDimension(key, indicator.id), keyAt(key), hint ?? dimensionList(indicator));
      continue;
    }
    const value = String(raw);
    // YAML reads 007, 0x1F, +7 and 7.0 as numbers: the code would not be what the file shows.
    const form = typeof raw === 'number' ? written(key) : undefined;
    if (form !== undefined && form !== value) {
      err('dataset/dimension-form', datasetMessages.dimensionForm(key, form, value), at(key), datasetHints.dimensionForm(form, value));
      continue;
    }
    const known = dim.values.length ? dim.values.some((v) => v.code === value) : new RegExp(dim.pattern ?? '.*').test(value);
    if (!known) {
      const hint = didYouMean(value, dim.values.map((v) => v.code));
      err(
        'dataset/unknown-dimension-value',
        datasetMessages.unknownDimensionValue(key, value),
        at(key),
        hint ?? (dim.values.length ? `known values: ${dim.values.map((v) => v.code).join(', ')}` : `expected the form ${dim.pattern}`),
      );
    }
  }
  return out;
}

function dimensionList(indicator: Indicator): string {
  const names = indicator.dimensions.map((d) => d.name);
  return names.length ? `dimensions of ${indicator.id}: ${names.join(', ')}` : `indicator ${indicator.id} has no dimensions`;
}

export function dimsOf(o: ObservationSpec): Record<string, string> {
  const dims: Record<string, string> = {};
  for (const key of Object.keys(o).sort()) {
    if (!RESERVED.has(key)) dims[key] = String(o[key]);
  }
  return dims;
}
