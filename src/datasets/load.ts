import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type SourceFile } from '../yaml/source.js';
import type { Datasets, Observation } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { datasetHints, datasetMessages } from './messages.js';
import { normalizeDatasetFile } from './normalize.js';
import { parseDatasetFile, type ParsedDatasetFile } from './parse.js';
import { checkDuplicates } from './rules.js';

/** Files a year folder may hold besides data: notes for the investigators. */
const ALLOWED_EXTRA = new Set(['README.md']);

/** A source file kept for `ehalsa import` (datasets/sources/…) and its SHA-256. */
export interface SourceRef {
  path: string;
  sha256: string;
}

/**
 * Checks one mapping file (datasets/mappings/<name>.yaml) against the registry and the source files
 * present (their paths, or null when origins are not checked). The format is the import's (src/import
 * sits after datasets, so its parser comes in as a value: the pipeline passes `checkMappingFile`).
 */
export type MappingCheck = (file: SourceFile, registry: Registry, sourcePaths: ReadonlySet<string> | null) => Diagnostic[];

/**
 * datasets/<year>/*.yaml (project-relative paths) → the observations of every year up to `reportYear`.
 * Pure: the caller reads the files. Folders after the report year are ignored so that the 2020 edition
 * is reproducible after 2021 data arrives. The import's mapping files (datasets/mappings/*.yaml) are
 * validated like every input. With `sources` (the files under datasets/sources/), each imported
 * value's origin must name one of them, unchanged since the import; without, origins are not checked.
 * Mapping files are checked with `checkMapping` when given (their names always).
 */
export function loadDatasets(
  files: readonly SourceFile[],
  registry: Registry,
  reportYear: number,
  sources: readonly SourceRef[] | null = null,
  checkMapping: MappingCheck | null = null,
): { datasets: Datasets; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const observations: Observation[] = [];
  const years = new Set<number>();
  const shas = sources && new Map(sources.map((s) => [s.path, s.sha256]));
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const mapping = /^datasets\/mappings\/([^/]+)$/.exec(file.path);
    if (mapping) {
      diagnostics.push(...checkMappingFile(file, mapping[1]!, registry, shas, checkMapping));
      continue;
    }
    const m = /^datasets\/(\d{4})\/([^/]+)$/.exec(file.path);
    if (!m) continue;
    const folderYear = Number(m[1]);
    const name = m[2]!;
    if (folderYear > reportYear) continue;
    if (ALLOWED_EXTRA.has(name)) continue;
    if (!name.endsWith('.yaml')) {
      diagnostics.push({
        severity: 'error',
        code: 'dataset/stray-file',
        message: datasetMessages.strayFile(name),
        location: { file: file.path, line: 1, column: 1 },
        hint: datasetHints.strayFile,
      });
      continue;
    }
    const { parsed, diagnostics: parseDiagnostics } = parseDatasetFile(file);
    diagnostics.push(...parseDiagnostics);
    if (!parsed) continue;
    const normalized = normalizeDatasetFile(parsed, folderYear, registry);
    diagnostics.push(...normalized.diagnostics);
    if (shas) diagnostics.push(...checkOrigins(parsed, shas));
    observations.push(...normalized.observations);
    if (normalized.observations.length) years.add(folderYear);
  }
  diagnostics.push(...checkDuplicates(observations));
  return {
    datasets: { year: reportYear, years: [...years].sort((a, b) => a - b), observations },
    diagnostics,
  };
}

function checkMappingFile(file: SourceFile, name: string, registry: Registry, shas: ReadonlyMap<string, string> | null, check: MappingCheck | null): Diagnostic[] {
  if (!name.endsWith('.yaml')) {
    return [{ severity: 'error', code: 'dataset/stray-file', message: datasetMessages.strayMapping(name), location: { file: file.path, line: 1, column: 1 }, hint: datasetHints.strayMapping }];
  }
  return check ? check(file, registry, shas && new Set(shas.keys())) : [];
}

/** Each imported value's origin names a source file the repository holds, unchanged since the import. */
function checkOrigins(parsed: ParsedDatasetFile, shas: ReadonlyMap<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  parsed.spec.observations.forEach((o, i) => {
    if (!o.origin) return;
    const sha = shas.get(o.origin.file);
    if (sha === undefined) {
      const location = locate(parsed.source, ['observations', i, 'origin', 'file']);
      out.push({ severity: 'error', code: 'dataset/origin-missing', message: datasetMessages.originMissing(o.origin.file), location, hint: datasetHints.originMissing });
    } else if (sha !== o.origin.sha256) {
      const location = locate(parsed.source, ['observations', i, 'origin', 'sha256']);
      out.push({ severity: 'error', code: 'dataset/origin-changed', message: datasetMessages.originChanged(o.origin.file), location, hint: datasetHints.originChanged });
    }
  });
  return out;
}

/** The years that have a datasets/<year>/ folder with at least one data file. */
export function yearsWithData(paths: readonly string[]): number[] {
  const years = new Set<number>();
  for (const p of paths) {
    const m = /^datasets\/(\d{4})\/[^/]+\.yaml$/.exec(p);
    if (m) years.add(Number(m[1]));
  }
  return [...years].sort((a, b) => a - b);
}
