/**
 * Diagnostics are data: every stage returns them instead of throwing at the first problem, so one
 * run reports everything it found. The CLI prints them with `formatDiagnostic` and picks the exit code
 * from the stage that produced them.
 */

export type Severity = 'error' | 'warning';

/** Where a problem is: a project-relative path, 1-based line and column, and optionally the span's end. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `registry/unknown-key`. Listed in src/diagnostics/messages.ts. */
  code: string;
  message: string;
  location?: SourceLocation;
  /** What to do about it: "did you mean …", "write 3.5 with a decimal point", … */
  hint?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A value together with what was found while producing it. */
export interface Checked<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** Orders diagnostics by file, line, column, then code, so output is stable whatever order stages ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
