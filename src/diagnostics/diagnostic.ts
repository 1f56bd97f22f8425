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
  /** Stable machine-readable code, e.g. `registry/unknown-key`. Listed in src/diagnostics/codes.ts. */
  code: string;
  message: string;
  /** The id the diagnostic is about, where code that filters needs it (a fact's id for `template/unknown-fact`). */
  subject?: string;
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

/** How many diagnostics one stage lists for one file before it only counts the rest. */
export const PER_FILE_LIMIT = 200;

/**
 * At most PER_FILE_LIMIT diagnostics per file, then one that says how many more there are: a damaged
 * or generated file can hold a problem on each of its hundred thousand lines, which helps nobody when
 * listed (and would overflow the call stack of `push(...list)`). Order is kept.
 */
export function limitPerFile(list: readonly Diagnostic[], limit = PER_FILE_LIMIT): Diagnostic[] {
  if (list.length <= limit) return [...list];
  const counts = new Map<string, number>();
  const omitted = new Map<string, { first: Diagnostic; count: number; errors: boolean }>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const file = d.location?.file ?? '';
    const n = (counts.get(file) ?? 0) + 1;
    counts.set(file, n);
    if (n <= limit) {
      out.push(d);
      continue;
    }
    const o = omitted.get(file);
    if (o) {
      o.count++;
      o.errors ||= d.severity === 'error';
    } else omitted.set(file, { first: d, count: 1, errors: d.severity === 'error' });
  }
  for (const { first, count, errors } of omitted.values()) {
    out.push({
      severity: errors ? 'error' : 'warning',
      code: 'file/more-problems',
      message: `${count} more ${count === 1 ? 'problem' : 'problems'} in this file ${count === 1 ? 'is' : 'are'} not listed`,
      ...(first.location ? { location: first.location } : {}),
      hint: 'fix the ones listed first: the rest often follow from them',
    });
  }
  return out;
}
