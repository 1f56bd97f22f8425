import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarize } from '../diagnostics/format.js';
import type { SourceFile } from '../yaml/source.js';
import type { ProjectFiles } from './project.js';

/**
 * Diagnostics as the terminal shows them: sorted, each with its offending source line (from the
 * project, and `extra`), then a count; '' when there is nothing to show.
 */
export function diagnosticsText(diagnostics: readonly Diagnostic[], project?: ProjectFiles, warnings = true, extra: readonly SourceFile[] = []): string {
  const shown = sortDiagnostics(warnings ? diagnostics : diagnostics.filter((d) => d.severity === 'error'));
  if (!shown.length) return '';
  const sources = new Map<string, string>();
  if (project) {
    for (const f of [...(project.undecodable ?? []), ...project.indicators, ...project.datasets, ...project.editions, ...project.layout]) {
      sources.set(f.path, f.text);
    }
  }
  for (const f of extra) sources.set(f.path, f.text);
  return `${formatDiagnostics(shown, sources)}\n${summarize(diagnostics)}\n`;
}
