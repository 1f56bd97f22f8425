import { checkObservation } from '../datasets/normalize.js';
import type { ObservationSpec } from '../datasets/parse.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { observationKey, type MissingReason, type Origin } from '../model/observation.js';
import type { Dimension } from '../model/registry.js';
import type { Cube } from './jsonstat.js';
import { columnLetters, columnNumber, isCode } from './mapping.js';
import { importHints, importMessages } from './messages.js';
import type { CodeSource, ImportedValue, Mapping, Target } from './model.js';
import { cellName, parseNumber, type Table } from './table.js';

/**
 * The values a mapping's targets take from a source, each with its origin (file, SHA-256, cell, the
 * source's text). Every problem names the source cell: a label without a code, a cell that is not a
 * number, a target that matches nothing. Each value is checked as a dataset file would check it
 * (codes, shares 0–100), so nothing the import writes fails to load.
 */
export type SourceContents = { kind: 'table'; table: (sheet: string | null) => Table | null; sheets: readonly string[] } | { kind: 'cube'; cube: Cube };

export function extractValues(mapping: Mapping, contents: SourceContents, sha256: string): { values: ImportedValue[]; diagnostics: Diagnostic[] } {
  const values: ImportedValue[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const target of mapping.targets) {
    const out = contents.kind === 'cube' ? fromCube(contents.cube, target, mapping, sha256) : fromTable(contents, target, mapping, sha256);
    diagnostics.push(...out.diagnostics);
    if (!out.diagnostics.length && !out.values.length) {
      diagnostics.push(error('import/matches-nothing', importMessages.matchesNothing(target.number, target.indicator.id, out.why), target.location, importHints.matchesNothing));
    }
    values.push(...out.values);
  }
  // One observation, one source cell.
  const first = new Map<string, ImportedValue>();
  for (const v of values) {
    const key = observationKey({ indicator: v.indicator.id, year: v.year, dims: v.dims });
    const prior = first.get(key);
    if (prior) diagnostics.push(error('import/two-cells', importMessages.twoCells(key, prior.origin.cell, v.origin.cell), v.location, importHints.twoCells));
    else first.set(key, v);
  }
  return { values, diagnostics };
}

interface Extracted {
  values: ImportedValue[];
  diagnostics: Diagnostic[];
  /** Why nothing matched, when nothing did. */
  why: string;
}

// ── CSV and XLSX ─────────────────────────────────────────────────────────────────────────────────

function fromTable(contents: Extract<SourceContents, { kind: 'table' }>, target: Target, mapping: Mapping, sha256: string): Extracted {
  const diagnostics: Diagnostic[] = [];
  const none = (why = '') => ({ values: [], diagnostics, why });
  const table = contents.table(target.sheet);
  if (!table) {
    diagnostics.push(error('import/no-sheet', importMessages.noSheet(target.sheet ?? ''), target.at('sheet'), didYouMean(target.sheet ?? '', contents.sheets) ?? `the sheets: ${contents.sheets.join(', ')}`));
    return none();
  }
  const header = target.header ?? [1];
  const lastHeader = Math.max(0, ...header);
  const where = table.sheet === null ? `the header of ${table.file}` : `the header of sheet "${table.sheet}"`;
  const paths: string[][] = [];
  for (let c = 1; c <= table.columns; c++) paths[c] = header.map((r) => table.text(r, c).trim());
  const resolve = (ref: string, location: SourceLocation): number | null => {
    const found = findColumn(paths, table.columns, ref);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      diagnostics.push(error('import/ambiguous-column', importMessages.ambiguousColumn(ref, found.map((c) => columnLetters(c))), location, 'name the column by its letter'));
    } else {
      const names = paths.slice(1).map(columnName).filter(Boolean);
      diagnostics.push(error('import/no-column', importMessages.noColumn(ref, where), location, didYouMean(ref, names) ?? `the columns: ${names.join(', ')}`));
    }
    return null;
  };

  const valueColumns = (target.value?.columns ?? []).map((ref) => resolve(ref, target.value!.location));
  const filters = target.rows.where.map((w) => ({ column: resolve(w.column, target.at('rows', 'where', w.column)), texts: w.texts }));
  const picks = target.dimensions.map((d) => ({ ...d, column: d.pick.kind === 'column' ? resolve(d.pick.ref, d.pick.location) : null }));
  const yearColumn = target.year.kind === 'column' ? resolve(target.year.ref, target.year.location) : null;
  const quoteColumn = target.quote ? resolve(target.quote, target.at('quote')) : null;
  const urlColumn = target.url ? resolve(target.url, target.at('url')) : null;
  const template = target.note ? noteColumns(target.note, (ref) => findColumn(paths, table.columns, ref)[0] ?? null) : null;
  if (template?.unknown.length) {
    for (const name of template.unknown) diagnostics.push(error('import/no-column', importMessages.noTemplateColumn(name), target.at('note'), didYouMean(name, paths.slice(1).map(columnName))));
  }
  if (diagnostics.length) return none();

  const from = target.rows.from ?? lastHeader + 1;
  const to = Math.min(target.rows.to ?? table.rows, table.rows);
  const values: ImportedValue[] = [];
  let rowsRead = 0;
  for (let row = from; row <= to; row++) {
    if (isBlankRow(table, row)) continue;
    if (!filters.every((f) => f.texts.has(table.text(row, f.column!).trim()))) continue;
    rowsRead++;
    const rowCode = (pick: CodeSource, dim: Dimension | null, column: number): string | null | undefined => {
      const label = table.text(row, column).trim();
      return codeFor(pick, dim, label, cellName(table, row, column), table.locate(row, column) ?? pick.location, diagnostics);
    };
    for (const valueColumn of valueColumns as number[]) {
      const labelAt = (pick: CodeSource, dim: Dimension | null, column: number | null): string | null | undefined => {
        if (pick.kind === 'fixed') return pick.code;
        if (pick.kind === 'column') return rowCode(pick, dim, column!);
        const label = paths[valueColumn]?.[Number(pick.ref) - 1] ?? '';
        return codeFor(pick, dim, label, cellName(table, header[Number(pick.ref) - 1]!, valueColumn), table.locate(header[Number(pick.ref) - 1]!, valueColumn) ?? pick.location, diagnostics);
      };
      const dims: Record<string, string> = {};
      let skipped = false;
      let failed = false;
      for (const p of picks) {
        const code = labelAt(p.pick, dimensionOf(target, p.name), p.column);
        if (code === null) skipped = true;
        else if (code === undefined) failed = true;
        else dims[p.name] = code;
      }
      const yearCode = labelAt(target.year, null, yearColumn);
      if (yearCode === null) skipped = true;
      if (yearCode === undefined) failed = true;
      if (skipped || failed) continue;
      const cell = cellName(table, row, valueColumn);
      const location = table.locate(row, valueColumn) ?? target.value?.location ?? target.location;
      const year = toYear(yearCode!, cell, location, diagnostics);
      const text = table.text(row, valueColumn).trim();
      const number = table.number(row, valueColumn) ?? parseNumber(text, table.decimal);
      const labels = [...picks.filter((p) => p.column !== null).map((p) => table.text(row, p.column!).trim()), ...(paths[valueColumn] ?? []).filter(Boolean)];
      const origin: Origin = { file: mapping.file, sha256, cell };
      const quote = quoteColumn ? table.text(row, quoteColumn).trim() : [...new Set(labels)].join(', ');
      if (quote) origin.quote = quote;
      const url = urlColumn ? table.text(row, urlColumn).trim() : '';
      if (url) origin.url = url;
      const note = template ? template.fill((c) => table.text(row, c).trim()) : null;
      const v = finish(target, { dims, year, number, text, note, origin, location, decimal: table.decimal }, diagnostics);
      if (v) values.push(v);
    }
  }
  const why = rowsRead > 0 ? `every row of ${from}–${to} is skipped` : from > to ? `no row after the header (rows ${from}–${to})` : unmatched(table, filters, from, to);
  return { values, diagnostics, why };
}

/** Which rows.where holds in no row, and what that column does hold: "column F (value_status) holds "rank_only" in no row of 2–30 (it holds verbatim, …)". */
function unmatched(table: Table, filters: readonly { column: number | null; texts: ReadonlySet<string> }[], from: number, to: number): string {
  for (const f of filters) {
    const held = new Set<string>();
    for (let row = from; row <= to; row++) held.add(table.text(row, f.column!).trim());
    if ([...f.texts].some((t) => held.has(t))) continue;
    const name = cellName(table, from, f.column!).replace(/\d+$/, '');
    const seen = [...held].filter(Boolean);
    return `column ${name} holds ${[...f.texts].map((t) => `"${t}"`).join(' or ')} in no row of ${from}–${to} (it holds ${seen.slice(0, 6).map((t) => `"${t}"`).join(', ')}${seen.length > 6 ? ', …' : ''})`;
  }
  return `no row of ${from}–${to} holds every text rows.where asks for`;
}

/** The columns a reference names: by its header text (all header rows joined by " / ", or the last), else by letter. */
function findColumn(paths: string[][], columns: number, ref: string): number[] {
  const out: number[] = [];
  for (let c = 1; c <= columns; c++) {
    const parts = (paths[c] ?? []).filter(Boolean);
    if (parts.join(' / ') === ref || parts[parts.length - 1] === ref) out.push(c);
  }
  if (out.length) return [...new Set(out)];
  if (/^[A-Z]{1,3}$/.test(ref) && columnNumber(ref) <= columns) return [columnNumber(ref)];
  return [];
}

function columnName(path: string[] | undefined): string {
  return (path ?? []).filter(Boolean).join(' / ');
}

function isBlankRow(table: Table, row: number): boolean {
  for (let c = 1; c <= table.columns; c++) if (table.text(row, c).trim() !== '') return false;
  return true;
}

/** "Plats {rank} av 28" → the columns it names, and a function filling them in from a row. */
function noteColumns(note: string, find: (ref: string) => number | null) {
  const refs = [...note.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  const unknown = refs.filter((r) => find(r) === null);
  return {
    unknown,
    fill: (text: (column: number) => string) => note.replace(/\{([^{}]+)\}/g, (_, ref: string) => text(find(ref)!)),
  };
}

// ── JSON-stat ────────────────────────────────────────────────────────────────────────────────────

function fromCube(cube: Cube, target: Target, mapping: Mapping, sha256: string): Extracted {
  const diagnostics: Diagnostic[] = [];
  const fixed = new Map<string, number>();
  const mapped = new Set<string>();
  for (const [id, code] of target.select) {
    const dim = cube.dimensions.get(id);
    if (!dim) {
      diagnostics.push(error('import/no-dimension', importMessages.noDimension(id), target.at('select', id), didYouMean(id, cube.ids) ?? `the dimensions: ${cube.ids.join(', ')}`));
      continue;
    }
    const pos = dim.codes.indexOf(code);
    if (pos < 0) diagnostics.push(error('import/no-category', importMessages.noCategory(id, code), target.at('select', id), didYouMean(code, dim.codes) ?? `its categories: ${dim.codes.join(', ')}`));
    fixed.set(id, Math.max(pos, 0));
  }
  for (const pick of [...target.dimensions.map((d) => d.pick), target.year]) {
    if (pick.kind !== 'dimension') continue;
    if (!cube.dimensions.has(pick.ref)) {
      diagnostics.push(error('import/no-dimension', importMessages.noDimension(pick.ref), pick.location, didYouMean(pick.ref, cube.ids) ?? `the dimensions: ${cube.ids.join(', ')}`));
    } else mapped.add(pick.ref);
  }
  for (const id of cube.ids) {
    const size = cube.dimensions.get(id)!.codes.length;
    if (fixed.has(id) || mapped.has(id)) continue;
    if (size === 1) fixed.set(id, 0);
    else diagnostics.push(error('import/unplaced-dimension', importMessages.unplacedDimension(id, size), target.location, `select one (select: { ${id}: <code> }) or map it to a dimension of ${target.indicator.id}`));
  }
  if (diagnostics.length) return { values: [], diagnostics, why: '' };

  const values: ImportedValue[] = [];
  const positions = cube.ids.map((id) => fixed.get(id) ?? 0);
  const free = cube.ids.map((id, i) => (fixed.has(id) ? -1 : i)).filter((i) => i >= 0);
  const visit = (k: number): void => {
    if (k < free.length) {
      const d = free[k]!;
      for (let p = 0; p < cube.dimensions.get(cube.ids[d]!)!.codes.length; p++) {
        positions[d] = p;
        visit(k + 1);
      }
      return;
    }
    const codeOf = (id: string) => cube.dimensions.get(id)!.codes[positions[cube.ids.indexOf(id)]!]!;
    const cell = cube.ids.map((id) => `${id}=${codeOf(id)}`).join(', ');
    const code = (pick: CodeSource, dim: Dimension | null) => (pick.kind === 'fixed' ? pick.code : codeFor(pick, dim, codeOf(pick.ref), cell, pick.location, diagnostics));
    const dims: Record<string, string> = {};
    let skip = false;
    for (const d of target.dimensions) {
      const c = code(d.pick, dimensionOf(target, d.name));
      if (c === null || c === undefined) skip = true;
      else dims[d.name] = c;
    }
    const yearCode = code(target.year, null);
    if (skip || yearCode === null || yearCode === undefined) return;
    const year = toYear(yearCode, cell, target.location, diagnostics);
    const raw = cube.value(positions);
    const status = cube.status(positions);
    const number = typeof raw === 'number' ? raw : null;
    const text = typeof raw === 'string' ? raw : (status ?? '');
    let note = target.note;
    if (number !== null && status !== null) {
      const flag = target.flags.get(status);
      if (flag === undefined) {
        diagnostics.push(error('import/unknown-flag', importMessages.unknownFlag(cell, status), target.location, importHints.unknownFlag(status)));
        return;
      }
      note = note ? `${note} ${flag}` : flag;
    }
    const quote = cube.ids.map((id) => cube.dimensions.get(id)!.labels.get(codeOf(id))!).join(', ');
    const origin: Origin = { file: mapping.file, sha256, cell, quote };
    const v = finish(target, { dims, year, number, text, note, origin, location: target.location, decimal: '.' }, diagnostics);
    if (v) values.push(v);
  };
  visit(0);
  return { values, diagnostics, why: 'every category is skipped' };
}

// ── Shared ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The code for a source label: from the codes table, else the label itself when it is a code of the
 * dimension. Null: the label is to be skipped. Undefined: an error was reported.
 */
function codeFor(pick: CodeSource, dim: Dimension | null, label: string, cell: string, location: SourceLocation, diagnostics: Diagnostic[]): string | null | undefined {
  if (pick.kind === 'fixed') return pick.code;
  if (pick.skip.has(label)) return null;
  const code = pick.codes.get(label) ?? label;
  if (dim === null) return code;
  if (isCode(dim, code)) return code;
  // A label is reported once, at its first cell (a merged header covers several).
  const byPick = reported.get(diagnostics) ?? reported.set(diagnostics, new Map()).get(diagnostics)!;
  const seen = byPick.get(pick) ?? byPick.set(pick, new Set()).get(pick)!;
  if (seen.has(label)) return undefined;
  seen.add(label);
  const hint = pick.codes.has(label) ? didYouMean(code, dim.values.map((v) => v.code)) : (didYouMean(label, pick.codes.keys()) ?? importHints.noCode(dim.name));
  diagnostics.push(error('import/no-code', pick.codes.has(label) ? importMessages.badCode(cell, code, dim.name) : importMessages.noCode(cell, label, dim.name), location, hint));
  return undefined;
}

/** The labels reported so far, per list of diagnostics (one per target and run) and code source. */
const reported = new WeakMap<Diagnostic[], Map<CodeSource, Set<string>>>();

function dimensionOf(target: Target, name: string): Dimension | null {
  return target.indicator.dimensions.find((d) => d.name === name) ?? null;
}

function toYear(code: string, cell: string, location: SourceLocation, diagnostics: Diagnostic[]): number {
  if (/^\d{4}$/.test(code.trim())) return Number(code.trim());
  diagnostics.push(error('import/not-a-year', importMessages.notAYear(cell, code), location, 'give the year with year: <YYYY>, or map the labels with codes'));
  return NaN;
}

interface Read {
  dims: Record<string, string>;
  year: number;
  number: number | null;
  text: string;
  note: string | null;
  origin: Origin;
  location: SourceLocation;
  decimal: '.' | ',';
}

/** A read cell → an imported value: missing markers, the transform, and the dataset file's own checks. */
function finish(target: Target, r: Read, diagnostics: Diagnostic[]): ImportedValue | null {
  if (Number.isNaN(r.year)) return null;
  let value: number | null = null;
  let missing: MissingReason | null = null;
  // A value the mapping withholds (its note says why) is entered as a gap, whatever the cell holds.
  if (target.withhold) missing = target.withhold;
  else if (r.number !== null && Number.isFinite(r.number)) value = transform(r.number, target.transform);
  else {
    missing = target.missing.get(r.text) ?? null;
    if (!missing) {
      diagnostics.push(error('import/not-a-number', importMessages.notANumber(r.origin.cell, r.text), r.location, r.text === '' ? importHints.empty : importHints.notANumber(r.decimal, r.text)));
      return null;
    }
  }
  const spec: ObservationSpec = { ...r.dims, ...(value !== null ? { value } : { missing: missing! }), ...(r.note ? { note: r.note } : {}) };
  const problems = checkObservation(spec, target.indicator, r.year, () => r.location, () => r.location, () => undefined);
  if (problems.length) {
    for (const p of problems) diagnostics.push({ ...p, code: 'import/invalid-value', message: importMessages.invalidValue(r.origin.cell, p.message) });
    return null;
  }
  return { indicator: target.indicator, year: r.year, dims: r.dims, value, missing, note: r.note, origin: r.origin, target, location: r.location };
}

/** The stated arithmetic, rounded to 12 significant digits so that 69.7 / 10 is 6.97, not 6.970000000000001. */
function transform(value: number, t: Target['transform']): number {
  if (!t) return value;
  const result = t.op === 'divide' ? value / t.by : value * t.by;
  return Number(result.toPrecision(12));
}

function error(code: string, message: string, location: SourceLocation, hint?: string): Diagnostic {
  return { severity: 'error', code, message, location, ...(hint ? { hint } : {}) };
}
