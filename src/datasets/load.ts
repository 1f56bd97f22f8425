import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source.js';
import type { Datasets, Observation } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { datasetHints, datasetMessages } from './messages.js';
import { normalizeDatasetFile } from './normalize.js';
import { parseDatasetFile } from './parse.js';
import { checkDuplicates } from './rules.js';

/** Files a year folder may hold besides data: notes for the investigators. */
const ALLOWED_EXTRA = new Set(['README.md']);

/**
 * datasets/<year>/*.yaml (project-relative paths) → the observations of every year up to `reportYear`.
 * Pure: the caller reads the files. Folders after the report year are ignored so that the 2020 edition
 * is reproducible after 2021 data arrives.
 */
export function loadDatasets(
  files: readonly SourceFile[],
  registry: Registry,
  reportYear: number,
): { datasets: Datasets; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const observations: Observation[] = [];
  const years = new Set<number>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
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
    observations.push(...normalized.observations);
    if (normalized.observations.length) years.add(folderYear);
  }
  diagnostics.push(...checkDuplicates(observations));
  return {
    datasets: { year: reportYear, years: [...years].sort((a, b) => a - b), observations },
    diagnostics,
  };
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
