import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsText } from '../pipeline/print.js';

/** Prints diagnostics to stderr with the offending source lines (see diagnosticsText), then a count. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], ...rest: Parameters<typeof diagnosticsText> extends [unknown, ...infer R] ? R : never): void {
  const text = diagnosticsText(diagnostics, ...rest);
  if (text) process.stderr.write(text);
}
