import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarize } from '../diagnostics/format.js';
import type { SourceFile } from '../yaml/source.js';
import type { ProjectFiles } from '../pipeline/project.js';

/** Prints diagnostics to stderr with the offending source lines (from the project, and `extra`), then a count. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], project?: ProjectFiles, warnings = true, extra: readonly SourceFile[] = []): void {
  const shown = sortDiagnostics(warnings ? diagnostics : diagnostics.filter((d) => d.severity === 'error'));
  if (!shown.length) return;
  const sources = new Map<string, string>();
  if (project) {
    for (const f of [...(project.undecodable ?? []), ...project.indicators, ...project.datasets, ...project.editions, ...project.layout]) {
      sources.set(f.path, f.text);
    }
  }
  for (const f of extra) sources.set(f.path, f.text);
  process.stderr.write(`${formatDiagnostics(shown, sources)}\n${summarize(diagnostics)}\n`);
}
