import { loadDatasets } from '../datasets/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../yaml/source.js';
import { observationKey } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { plausibilityDiagnostics } from '../datasets/plausibility.js';
import type { FilePlan } from './merge.js';

/**
 * The plausibility warnings (src/datasets/plausibility.ts) on the values an import brings in, as
 * the datasets will be after it: the project's dataset files with each planned file's new text.
 * Only warnings at an observation the import writes or changes (and a repeated table in a file it
 * writes): what was there before is `validate`'s to report. Returns the texts the warnings point into.
 */
export function importPlausibility(files: readonly SourceFile[], plans: readonly FilePlan[], registry: Registry): { diagnostics: Diagnostic[]; texts: SourceFile[] } {
  const planned = plans.filter((p) => p.changes.length > 0);
  if (!planned.length) return { diagnostics: [], texts: [] };
  const texts = planned.map((p) => ({ path: p.path, text: p.after }));
  const paths = new Set(texts.map((t) => t.path));
  const after = [...files.filter((f) => !paths.has(f.path)), ...texts];
  const lastYear = Math.max(...after.flatMap((f) => /^datasets\/(\d{4})\//.exec(f.path)?.[1] ?? []).map(Number));
  const { datasets } = loadDatasets(after, registry, lastYear);
  const changed = new Set(
    planned.flatMap((p) => p.changes.map((c) => observationKey({ indicator: c.value.indicator.id, year: c.value.year, dims: c.value.dims }))),
  );
  const at = new Map(datasets.observations.filter((o) => paths.has(o.location.file)).map((o) => [`${o.location.file}:${o.location.line}:${o.location.column}`, o]));
  const diagnostics = plausibilityDiagnostics(after, datasets, registry).filter((d) => {
    if (d.severity !== 'warning' || !d.location || !paths.has(d.location.file)) return false;
    if (d.code === 'plausibility/repeated-table') return true;
    const o = at.get(`${d.location.file}:${d.location.line}:${d.location.column}`);
    return o !== undefined && changed.has(observationKey(o));
  });
  return { diagnostics, texts };
}
