import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../yaml/source.js';
import type { Registry } from '../model/registry.js';
import { readCsv } from './csv.js';
import { extractValues, type SourceContents } from './extract.js';
import { readJsonStat } from './jsonstat.js';
import { parseMapping } from './mapping.js';
import { planDatasetFile, type FilePlan } from './merge.js';
import { importMessages, importHints } from './messages.js';
import type { Mapping } from './model.js';
import { readXlsx } from './xlsx.js';

/**
 * `ehalsa import`, as a function of its inputs and an effects object (the CLI passes the file system
 * and node's fetch; tests may pass their own):
 *
 *   source file or URL ──fetch / copy──▶ datasets/sources/… (kept as delivered: never replaced; a
 *                                          fetched answer is saved at once, a copy with the datasets)
 *   mapping ──parseMapping──▶ Mapping
 *   bytes ──readCsv | readXlsx | readJsonStat──▶ Table | Cube
 *   Mapping + contents ──extractValues──▶ ImportedValue[] (each with its origin)
 *   per dataset file ──planDatasetFile──▶ FilePlan (the merged text, the changes) or conflicts
 *   no errors, not --dry-run ──▶ write the source (when new) and each changed dataset file
 *
 * Nothing is written when anything is wrong: a bad mapping, a bad cell, one conflict.
 */
export interface ImportEffects {
  /** A project-relative file's bytes, or null when there is none. */
  read(path: string): Promise<Uint8Array | null>;
  /** Writes a project-relative file whole (a reader sees the old file or the new one). */
  write(path: string, data: Uint8Array | string): Promise<void>;
  fetch(url: string): Promise<{ bytes: Uint8Array; contentType: string }>;
}

export interface ImportRequest {
  /** A URL, or a file: project-relative when it is inside the project, else absolute. */
  source: { url: string } | { path: string };
  /** Project-relative. */
  mapping: string;
  dryRun: boolean;
}

export interface ImportResult {
  mapping: Mapping | null;
  plans: FilePlan[];
  /** The source file was saved into the repository by this run (or would be, with --dry-run). */
  savedSource: boolean;
  /** A fetched answer was saved as the source file before the import went on (even if it then failed). */
  sourceWritten: boolean;
  /** The source's SHA-256 (what each origin records), once it was read. */
  sha256: string | null;
  diagnostics: Diagnostic[];
  /** Texts the diagnostics point into (the mapping, a CSV source, dataset files). */
  texts: SourceFile[];
  /** Whether files were written. */
  wrote: boolean;
}

export async function runImport(request: ImportRequest, registry: Registry, effects: ImportEffects, readExternal: (path: string) => Promise<Uint8Array>): Promise<ImportResult> {
  const texts: SourceFile[] = [];
  const early = (r: Partial<ImportResult> & { diagnostics: Diagnostic[] }): ImportResult => ({
    mapping: null,
    plans: [],
    savedSource: false,
    sourceWritten: false,
    sha256: null,
    texts,
    wrote: false,
    ...r,
  });

  // 1. The mapping.
  const mappingBytes = await effects.read(request.mapping);
  if (!mappingBytes) return early({ diagnostics: [fail('import/no-mapping', importMessages.unreadable(request.mapping, 'there is no such file'), request.mapping)] });
  const mappingFile = { path: request.mapping, text: new TextDecoder().decode(mappingBytes) };
  texts.push(mappingFile);
  const { mapping, diagnostics: mappingDiagnostics } = parseMapping(mappingFile, registry, null);
  if (!mapping) return early({ diagnostics: mappingDiagnostics });

  // 2. The source: fetched, copied in, or already in place.
  let bytes: Uint8Array;
  const diagnostics: Diagnostic[] = [];
  const src = request.source;
  try {
    if ('url' in src) {
      if (mapping.url && mapping.url !== src.url) return early({ mapping, diagnostics: [fail('import/url', importMessages.urlMismatch(src.url, mapping.url), mapping.path)] });
      const response = await effects.fetch(src.url);
      if (!/json/i.test(response.contentType)) return early({ mapping, diagnostics: [fail('import/fetch', importMessages.notJsonResponse(src.url, response.contentType), mapping.path)] });
      bytes = response.bytes;
    } else {
      const read = isAbsolute(src.path) ? await readExternal(src.path).catch(() => null) : await effects.read(src.path);
      if (!read) {
        const hint = src.path === mapping.file ? importHints.sourceMissing : undefined;
        return early({ mapping, diagnostics: [fail('import/no-source', importMessages.unreadable(src.path, 'there is no such file'), mapping.path, hint)] });
      }
      bytes = read;
    }
  } catch (err) {
    const where = 'url' in src ? src.url : src.path;
    return early({ mapping, diagnostics: [fail('import/fetch', importMessages.fetchFailed(where, err instanceof Error ? err.message : String(err)), mapping.path)] });
  }
  let savedSource = false;
  if (!('path' in src && src.path === mapping.file)) {
    const kept = await effects.read(mapping.file);
    if (kept && !sameBytes(kept, bytes)) return early({ mapping, diagnostics: [fail('import/source-kept', importMessages.sourceReplaced(mapping.file), mapping.file, importHints.sourceReplaced)] });
    savedSource = !kept;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let sourceWritten = false;
  const result = (r: Partial<ImportResult> & { diagnostics: Diagnostic[] }): ImportResult => early({ sha256, sourceWritten, ...r });

  // 3. Its contents.
  let contents: SourceContents | null = null;
  if (mapping.format === 'csv') {
    const { table, text, diagnostics: d } = readCsv(bytes, mapping.file, mapping.csv);
    texts.push({ path: mapping.file, text });
    diagnostics.push(...d);
    if (table) contents = { kind: 'table', table: () => table, sheets: [] };
  } else if (mapping.format === 'xlsx') {
    try {
      const workbook = await readXlsx(bytes, mapping.file, mapping.xlsx.decimal);
      contents = { kind: 'table', table: (sheet) => (sheet === null ? null : workbook.table(sheet)), sheets: workbook.sheets };
    } catch (err) {
      diagnostics.push(fail('import/xlsx', importMessages.unreadable(mapping.file, err instanceof Error ? err.message : String(err)), mapping.file));
    }
  } else {
    // Not among the texts: an API's answer is one long line, which the message quotes from instead.
    const { cube, diagnostics: d } = readJsonStat(bytes, mapping.file);
    diagnostics.push(...d);
    if (cube) contents = { kind: 'cube', cube };
  }
  if (!contents) return result({ mapping, diagnostics });
  // An API's answer that reads as JSON-stat is a delivery of its own: saved first, whatever the import
  // then finds, so that a mapping fixed afterwards reads the same file (the URL may answer otherwise
  // tomorrow). A file copied in is written with the datasets, or not at all.
  if (savedSource && 'url' in src && !request.dryRun && !hasErrors(diagnostics)) {
    await effects.write(mapping.file, bytes);
    sourceWritten = true;
  }

  // 4. The values, and 5. each dataset file's plan.
  const extracted = extractValues(mapping, contents, sha256);
  diagnostics.push(...extracted.diagnostics);
  if (hasErrors(diagnostics)) return result({ mapping, diagnostics });
  const byFile = new Map<string, typeof extracted.values>();
  for (const v of extracted.values) {
    const path = `datasets/${v.year}/${v.indicator.id.replace(':', '-')}.yaml`;
    const list = byFile.get(path);
    if (list) list.push(v);
    else byFile.set(path, [v]);
  }
  const plans: FilePlan[] = [];
  for (const [path, values] of byFile) {
    const existingBytes = await effects.read(path);
    const existing = existingBytes ? { path, text: new TextDecoder().decode(existingBytes) } : null;
    if (existing) texts.push(existing);
    const { plan, diagnostics: d } = planDatasetFile(existing, values, mapping, registry);
    diagnostics.push(...d);
    if (plan) plans.push(plan);
  }
  if (hasErrors(diagnostics) || request.dryRun) return result({ mapping, plans, savedSource, diagnostics });

  // 6. Write: the source first, so that no dataset file names a source the repository lacks.
  if (savedSource && !sourceWritten) await effects.write(mapping.file, bytes);
  for (const plan of plans) if (plan.after !== plan.before) await effects.write(plan.path, plan.after);
  return result({ mapping, plans, savedSource, diagnostics, wrote: true });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function fail(code: string, message: string, file: string, hint?: string): Diagnostic {
  return { severity: 'error', code, message, location: { file, line: 1, column: 1 }, ...(hint ? { hint } : {}) };
}
