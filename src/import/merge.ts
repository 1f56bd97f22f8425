import type { YAMLSeq } from 'yaml';
import { fileNameFor } from '../datasets/messages.js';
import { dimsOf, normalizeDatasetFile } from '../datasets/normalize.js';
import { parseDatasetFile, type ObservationSpec } from '../datasets/parse.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type SourceFile } from '../yaml/source.js';
import { observationKey } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { importHints, importMessages } from './messages.js';
import type { ImportedValue, Mapping } from './model.js';
import { editObservations, renderDatasetFile, type FieldValue, type ItemChange } from './yaml-edit.js';

/**
 * One dataset file's part of an import: the imported values merged into what the file holds.
 *
 * - A value entered by hand (no `origin`) is never changed: the import only adds its origin when it
 *   agrees, and a different value is a conflict. A gap (`missing: not-available`) is the import's to
 *   fill: its reason and note make way for what the source gives.
 * - A value the import brought (with `origin`) follows its source: a new delivery (another SHA-256)
 *   updates it. Changed by hand while its source is unchanged, it is a conflict, not overwritten.
 * - Fields the import does not write (a hand quote, source, respondents, comments) stay as they are.
 */
export interface FilePlan {
  path: string;
  before: string | null;
  after: string;
  changes: Change[];
  /** Values that were already there as imported. */
  unchanged: number;
}

export interface Change {
  kind: 'new' | 'filled' | 'changed' | 'origin';
  value: ImportedValue;
  /** The value as the file held it ("missing: not-available", "6.97"); null for a new observation. */
  old: string | null;
  new: string;
}

export function planDatasetFile(
  existing: SourceFile | null,
  values: readonly ImportedValue[],
  mapping: Mapping,
  registry: Registry,
): { plan: FilePlan | null; diagnostics: Diagnostic[] } {
  const first = values[0]!;
  const path = `datasets/${first.year}/${fileNameFor(first.indicator.id)}`;
  const diagnostics: Diagnostic[] = [];
  if (!existing) {
    if (!mapping.source) return { plan: null, diagnostics: [error('import/no-source', importMessages.noSourceForNewFile(path), mapping.location, importHints.noSourceForNewFile)] };
    const after = renderDatasetFile(
      ['yaml-language-server: $schema=../../src/datasets/dataset.schema.json', `Written by \`ehalsa import\` through ${mapping.path}.`],
      [
        ['indicator', first.indicator.id],
        ['year', first.year],
        ['source', mapping.source],
      ],
      values.map((v) => fieldsOf(v, null)),
    );
    const plan = { path, before: null, after, changes: values.map((v) => ({ kind: 'new' as const, value: v, old: null, new: show(v) })), unchanged: 0 };
    return checked(plan, registry);
  }
  const { parsed, diagnostics: parseDiagnostics } = parseDatasetFile(existing);
  const normalized = parsed && normalizeDatasetFile(parsed, first.year, registry);
  if (!parsed || parseDiagnostics.length || normalized?.diagnostics.length) {
    return { plan: null, diagnostics: [error('import/dataset-invalid', importMessages.datasetInvalid(path), { file: path, line: 1, column: 1 }), ...parseDiagnostics, ...(normalized?.diagnostics ?? [])] };
  }
  const { spec, source } = parsed;
  const index = new Map<string, number>();
  spec.observations.forEach((o, i) => index.set(observationKey({ indicator: spec.indicator, year: spec.year, dims: dimsOf(o) }), i));
  const itemChanges = new Map<number, ItemChange>();
  const added: ImportedValue[] = [];
  const changes: Change[] = [];
  let unchanged = 0;
  const ownSource = mapping.source && mapping.source !== spec.source ? mapping.source : null;
  for (const v of values) {
    const key = observationKey({ indicator: v.indicator.id, year: v.year, dims: v.dims });
    const i = index.get(key);
    if (i === undefined) {
      added.push(v);
      changes.push({ kind: 'new', value: v, old: null, new: show(v) });
      continue;
    }
    const o = spec.observations[i]!;
    const at = (field: string) => locate(source, ['observations', i, field]);
    const old = showSpec(o);
    const same = (typeof o.value === 'number' ? o.value : null) === v.value && (o.missing ?? null) === v.missing && !o.qualifier;
    const set = new Map<string, FieldValue>();
    const remove = new Set<string>();
    const origin = () => set.set('origin', v.origin);
    if (!o.origin) {
      const gap = typeof o.value !== 'number' && o.missing === 'not-available';
      if (gap) {
        if (v.value !== null) {
          set.set('value', v.value);
          remove.add('missing');
        } else set.set('missing', v.missing!);
        // The gap's note explains the gap: a value brings its own note, or none.
        if (v.note) set.set('note', v.note);
        else if (v.value !== null) remove.add('note');
        origin();
        changes.push({ kind: same ? 'origin' : 'filled', value: v, old, new: show(v) });
      } else if (same) {
        if (v.note && o.note && v.note !== o.note) {
          diagnostics.push(error('import/conflict', importMessages.noteConflict(key, cellOf(v)), at('note'), importHints.noteConflict));
          continue;
        }
        if (v.note && !o.note) set.set('note', v.note);
        origin();
        changes.push({ kind: 'origin', value: v, old, new: show(v) });
      } else {
        diagnostics.push(error('import/conflict', importMessages.conflict(key, old, show(v), cellOf(v)), at(typeof o.value === 'number' ? 'value' : 'missing'), importHints.conflict));
        continue;
      }
    } else {
      const sameOrigin = JSON.stringify(o.origin) === JSON.stringify(v.origin);
      if (same && (o.note ?? null) === v.note && sameOrigin) {
        unchanged++;
        continue;
      }
      if (!same && o.origin.file === v.origin.file && o.origin.sha256 === v.origin.sha256) {
        diagnostics.push(error('import/conflict', importMessages.editedSinceImport(key, old, show(v), cellOf(v)), at(typeof o.value === 'number' ? 'value' : 'missing'), importHints.editedSinceImport));
        continue;
      }
      if (v.value !== null) {
        set.set('value', v.value);
        remove.add('missing');
      } else {
        set.set('missing', v.missing!);
        remove.add('value');
      }
      remove.add('qualifier');
      if (v.note) set.set('note', v.note);
      else remove.add('note');
      origin();
      changes.push({ kind: same ? 'origin' : 'changed', value: v, old, new: show(v) });
    }
    if (ownSource && !o.source) set.set('source', ownSource);
    for (const k of set.keys()) remove.delete(k);
    const note = set.has('note') && set.get('note') !== o.note ? (o.note ? 'note changed' : 'note added') : remove.has('note') && o.note ? 'note removed' : null;
    if (note) changes[changes.length - 1]!.new += ` (${note})`;
    itemChanges.set(i, { set, remove });
  }
  // Values imported from this source before that it no longer gives: kept, and said.
  const produced = new Set(values.map((v) => observationKey({ indicator: v.indicator.id, year: v.year, dims: v.dims })));
  spec.observations.forEach((o, i) => {
    const key = observationKey({ indicator: spec.indicator, year: spec.year, dims: dimsOf(o) });
    if (o.origin?.file === mapping.file && !produced.has(key)) {
      diagnostics.push({ severity: 'warning', code: 'import/stale', message: importMessages.stale(key, mapping.file), location: locate(source, ['observations', i]), hint: importHints.stale });
    }
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { plan: null, diagnostics };
  const seq = source.doc.get('observations', true) as YAMLSeq;
  const after = itemChanges.size || added.length ? editObservations(existing.text, seq, itemChanges, added.map((v) => fieldsOf(v, ownSource))) : existing.text;
  const out = checked({ path, before: existing.text, after, changes, unchanged }, registry);
  return { plan: out.plan, diagnostics: [...diagnostics, ...out.diagnostics] };
}

/** A new observation's fields: dimensions, value or missing, source, note, origin. */
function fieldsOf(v: ImportedValue, source: string | null): [string, FieldValue][] {
  const fields: [string, FieldValue][] = Object.entries(v.dims);
  fields.push(v.value !== null ? ['value', v.value] : ['missing', v.missing!]);
  if (source) fields.push(['source', source]);
  if (v.note) fields.push(['note', v.note]);
  fields.push(['origin', v.origin]);
  return fields;
}

/** The merged file must load as any dataset file does; if it does not, the import has a bug. */
function checked(plan: FilePlan, registry: Registry): { plan: FilePlan; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseDatasetFile({ path: plan.path, text: plan.after });
  const problems = [...diagnostics, ...(parsed ? normalizeDatasetFile(parsed, parsed.spec.year, registry).diagnostics : [])];
  if (problems.length) throw new Error(`the import wrote an invalid ${plan.path}: ${problems.map((p) => p.message).join('; ')}`);
  return { plan, diagnostics: [] };
}

function show(v: Pick<ImportedValue, 'value' | 'missing'>): string {
  return v.value !== null ? String(v.value) : `missing: ${v.missing}`;
}

function showSpec(o: ObservationSpec): string {
  if (typeof o.value === 'number') return o.qualifier ? `${o.value} (${o.qualifier})` : String(o.value);
  return `missing: ${o.missing}`;
}

function cellOf(v: ImportedValue): string {
  return `${v.origin.file} ${v.origin.cell}`;
}

function error(code: string, message: string, location: Diagnostic['location'], hint?: string): Diagnostic {
  return { severity: 'error', code, message, ...(location ? { location } : {}), ...(hint ? { hint } : {}) };
}

