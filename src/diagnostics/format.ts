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
  const text = d.location ? sources?.get(d.location.file) : undefined;
  return formatWithLines(d, text === undefined ? undefined : (n) => lineOf(text, n));
}

export function formatDiagnostics(list: readonly Diagnostic[], sources?: ReadonlyMap<string, string>): string {
  // Each file is split into lines once, however many diagnostics it has.
  const split = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    const text = sources?.get(file);
    if (text === undefined) return undefined;
    let lines = split.get(file);
    if (!lines) split.set(file, (lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)));
    return lines;
  };
  return list
    .map((d) => {
      const lines = d.location ? linesOf(d.location.file) : undefined;
      return formatWithLines(d, lines ? (n) => lines[n - 1] : undefined);
    })
    .join('\n');
}

/** Lines longer than this are shown as a window around the marked column. */
const WIDE = 240;
const CONTEXT = 100;

function formatWithLines(d: Diagnostic, line: ((n: number) => string | undefined) | undefined): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column} - ` : '';
  const out = [`${where}${d.severity} ${d.code}: ${d.message}`];
  const lineText = d.location && line ? line(d.location.line) : undefined;
  if (d.location && lineText !== undefined) {
    const num = String(d.location.line);
    const pad = ' '.repeat(num.length);
    const sameLine = d.location.endLine === undefined || d.location.endLine === d.location.line;
    // Without a known end on the same line, mark the first character only.
    const end = sameLine && d.location.endColumn !== undefined ? d.location.endColumn : d.location.column + 1;
    let shown = lineText;
    let column = d.location.column;
    let width = Math.max(1, end - d.location.column);
    if (lineText.length > WIDE) {
      // A very long line (a generated or damaged file): the part around the column, marked "…".
      const from = Math.max(0, column - 1 - CONTEXT);
      const to = Math.min(lineText.length, column - 1 + CONTEXT);
      shown = `${from > 0 ? '…' : ''}${lineText.slice(from, to)}${to < lineText.length ? '…' : ''}`;
      column = column - from + (from > 0 ? 1 : 0);
      width = Math.min(width, to - (d.location.column - 1) + 1);
    }
    // A private-use character (refused in every input) is invisible: show where it stands.
    out.push(`  ${num} | ${shown.replace(/[\uE000-\uF8FF]/g, '\uFFFD')}`);
    out.push(`  ${pad} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(Math.max(1, width))}`);
  }
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join('\n');
}

/** Line `n` (1-based) of a text, found without splitting the whole text. */
function lineOf(text: string, n: number): string | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let start = 0;
  for (let l = 1; l < n; l++) {
    const nl = body.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  const nl = body.indexOf('\n', start);
  const raw = nl < 0 ? body.slice(start) : body.slice(start, nl);
  return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}

/** "2 errors, 1 warning" */
export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(errors, 'error')}, ${part(warnings, 'warning')}`;
}
