import type { Diagnostic } from './diagnostic.js';

/**
 * One formatter for every diagnostic, TypeScript-style:
 *
 *   datasets/2020/1-1.yaml:14:7 - error registry/unknown-key: unknown key "vaule"
 *     14 |   - {year: 2020, vaule: 66}
 *        |                  ^^^^^
 *     hint: did you mean "value"?
 *
 * `sources` maps a path to its text so the offending line can be shown; without it only the first
 * line is printed.
 */
export function formatDiagnostic(d: Diagnostic, sources?: ReadonlyMap<string, string>): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column} - ` : '';
  const out = [`${where}${d.severity} ${d.code}: ${d.message}`];
  const text = d.location ? sources?.get(d.location.file) : undefined;
  if (d.location && text !== undefined) {
    const lineText = text.replace(/^\uFEFF/, '').split(/\r?\n/)[d.location.line - 1];
    if (lineText !== undefined) {
      const num = String(d.location.line);
      const pad = ' '.repeat(num.length);
      const sameLine = d.location.endLine === undefined || d.location.endLine === d.location.line;
      // Without a known end on the same line, mark the first character only.
      const end = sameLine && d.location.endColumn !== undefined ? d.location.endColumn : d.location.column + 1;
      const width = Math.max(1, end - d.location.column);
      out.push(`  ${num} | ${lineText}`);
      out.push(`  ${pad} | ${' '.repeat(Math.max(0, d.location.column - 1))}${'^'.repeat(width)}`);
    }
  }
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join('\n');
}

export function formatDiagnostics(list: readonly Diagnostic[], sources?: ReadonlyMap<string, string>): string {
  return list.map((d) => formatDiagnostic(d, sources)).join('\n');
}

/** "2 errors, 1 warning" */
export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(errors, 'error')}, ${part(warnings, 'warning')}`;
}
