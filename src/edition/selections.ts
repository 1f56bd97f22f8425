import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { locate, parseYamlSource, type SourceFile, type YamlSource } from '../yaml/source.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Indicator, Registry } from '../model/registry.js';

/**
 * The data a figure or table asks for must exist in the registry: each selection's indicator, the
 * dimensions and codes of its `where`, and the dimensions it lays out (x, color, rows, columns).
 * Otherwise the chart would quietly draw nothing ("1:9" selects no observations, "ordinärt" matches
 * no code). Reads figures/*.yaml of the edition itself, so each problem points at its key; files
 * that did not parse were reported by loadEdition already and are skipped here. `more` are further
 * checks of each definition (the charts' options), run in the same pass.
 */
export type DefinitionCheck = (def: Record<string, unknown>, path: (string | number)[], source: YamlSource) => Diagnostic[];

export function checkSelections(files: readonly SourceFile[], year: number, registry: Registry, more: readonly DefinitionCheck[] = []): Diagnostic[] {
  const prefix = `templates/editions/${year}/figures/`;
  const out: Diagnostic[] = [];
  for (const file of [...files].filter((f) => f.path.startsWith(prefix) && f.path.endsWith('.yaml')).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const { source, diagnostics } = parseYamlSource(file);
    if (diagnostics.length) continue;
    const data: unknown = source.doc.toJS();
    if (!isRecord(data)) continue;
    for (const kind of ['figures', 'tables'] as const) {
      const list = data[kind];
      if (!Array.isArray(list)) continue;
      list.forEach((def: unknown, i) => {
        if (!isRecord(def)) return;
        out.push(...checkDefinition(def, [kind, i], source, registry), ...checkYears(def, [kind, i], source, year));
        for (const check of more) out.push(...check(def, [kind, i], source));
      });
    }
  }
  return out;
}

function checkDefinition(def: Record<string, unknown>, path: (string | number)[], source: YamlSource, registry: Registry): Diagnostic[] {
  const out: Diagnostic[] = [];
  const what = `${path[0] === 'figures' ? 'figure' : 'table'} ${typeof def['id'] === 'string' ? def['id'] : `[${Number(path[1]) + 1}]`}`;
  const error = (code: string, message: string, location: SourceLocation, hint?: string) =>
    out.push({ severity: 'error', code, message: `${what}: ${message}`, location, ...(hint ? { hint } : {}) });
  const selected: Indicator[] = [];
  const selections = Array.isArray(def['data']) ? def['data'] : [];
  selections.forEach((sel: unknown, j) => {
    if (!isRecord(sel) || typeof sel['indicator'] !== 'string') return;
    const at = [...path, 'data', j];
    const indicator = registry.indicators.get(sel['indicator']);
    if (!indicator) {
      const hint = didYouMean(sel['indicator'], registry.indicators.keys()) ?? 'list the registry with `ehalsa indicators`';
      return void error('figure/unknown-indicator', `unknown indicator "${sel['indicator']}"`, locate(source, [...at, 'indicator']), hint);
    }
    selected.push(indicator);
    const where = isRecord(sel['where']) ? sel['where'] : {};
    for (const [name, raw] of Object.entries(where)) {
      const dim = indicator.dimensions.find((d) => d.name === name);
      if (!dim) {
        const hint = didYouMean(name, indicator.dimensions.map((d) => d.name)) ?? dimensionList(indicator);
        error('figure/unknown-dimension', `indicator ${indicator.id} has no dimension "${name}"`, locate(source, [...at, 'where', name], true), hint);
        continue;
      }
      const code = String(raw);
      const known = dim.values.length ? dim.values.some((v) => v.code === code) : new RegExp(dim.pattern ?? '.*').test(code);
      if (!known) {
        const hint =
          didYouMean(code, dim.values.map((v) => v.code)) ??
          (dim.values.length ? `known values: ${dim.values.map((v) => v.code).join(', ')}` : `expected the form ${dim.pattern}`);
        error('figure/unknown-dimension-value', `unknown ${name} "${code}"`, locate(source, [...at, 'where', name]), hint);
      }
    }
  });
  // The layout names dimensions of the selected indicators, the year, or (one category per selection)
  // the indicator.
  if (selected.length === selections.length && selected.length > 0) {
    const names = new Set(selected.flatMap((ind) => ind.dimensions.map((d) => d.name)));
    // A dot-matrix's rows (options.y) are a dimension too.
    const options = isRecord(def['options']) && def['chart'] === 'dot-matrix' ? def['options'] : {};
    const layout: [string, unknown, (string | number)[]][] = [
      ...['x', 'color', 'rows', 'columns'].map((key): [string, unknown, (string | number)[]] => [key, def[key], [...path, key]]),
      ['options.y', options['y'], [...path, 'options', 'y']],
    ];
    for (const [key, value, at] of layout) {
      if (typeof value !== 'string' || value === 'year' || value === 'indicator' || names.has(value)) continue;
      const hint = didYouMean(value, [...names, 'year']) ?? `use year, indicator or a dimension of the data: ${[...names].join(', ') || '(none)'}`;
      error('figure/unknown-dimension', `${key}: the data has no dimension "${value}"`, locate(source, at), hint);
    }
  }
  return out;
}

/** The years a figure or table shows must include at least one year up to the report year. */
function checkYears(def: Record<string, unknown>, path: (string | number)[], source: YamlSource, year: number): Diagnostic[] {
  const years = def['years'];
  if (!isRecord(years)) return [];
  const what = `${path[0] === 'figures' ? 'figure' : 'table'} ${typeof def['id'] === 'string' ? def['id'] : `[${Number(path[1]) + 1}]`}`;
  const problem = (key: string, message: string): Diagnostic => ({
    severity: 'error',
    code: 'figure/no-years',
    message: `${what}: ${message}`,
    location: locate(source, [...path, 'years', key]),
    hint: `show years up to the report year ${year}: { from: <year> }, { from: <year>, to: <year> }, { list: [<years>] } or latest`,
  });
  const { from, to, list } = years;
  if (Array.isArray(list)) {
    return list.some((y) => typeof y === 'number' && y <= year) ? [] : [problem('list', `years: the list has no year up to ${year}`)];
  }
  if (typeof from === 'number' && from > year) return [problem('from', `years: from ${from} is after the report year ${year}`)];
  if (typeof from === 'number' && typeof to === 'number' && to < from) return [problem('to', `years: to ${to} is before from ${from}`)];
  return [];
}

function dimensionList(indicator: Indicator): string {
  const names = indicator.dimensions.map((d) => d.name);
  return names.length ? `dimensions of ${indicator.id}: ${names.join(', ')}` : `indicator ${indicator.id} has no dimensions`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
