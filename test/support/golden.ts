import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { projectRoot } from './cli.js';

/**
 * Compares `actual` with the golden file at `path`. A golden file changes only on purpose:
 *
 *   UPDATE_GOLDEN=1 npm test -- <test file>     rewrites the golden files of that test (then review the diff)
 *
 * UPDATE_GOLDEN is refused under CI=true, and a missing golden file fails the test (it is never written
 * silently).
 */
export function matchGolden(path: string, actual: string): void {
  const name = relative(projectRoot, path);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    if (process.env['CI'] === 'true') throw new Error(`UPDATE_GOLDEN=1 is refused under CI=true: golden files are rewritten locally, and the diff reviewed (${name})`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`${name} is missing: write it with UPDATE_GOLDEN=1 (not under CI=true) and review it`);
  const expected = readFileSync(path, 'utf8');
  if (actual === expected) return;
  throw new Error(`${name} differs from the output ${firstDifference(expected, actual)}\nIf the change is intended: UPDATE_GOLDEN=1 npm test -- <this test file>, and review the diff.`);
}

/** Where two texts first differ: the line and column, and the lines around it (long lines cut around the difference). */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const x = a[i] ?? '';
  const y = b[i] ?? '';
  let column = 0;
  while (column < x.length && column < y.length && x[column] === y[column]) column++;
  const from = Math.max(0, column - 80);
  const cut = (line: string) => (line.length > 200 ? `${from > 0 ? '…' : ''}${line.slice(from, from + 200)}…` : line);
  const show = (lines: string[]) =>
    lines
      .slice(Math.max(0, i - 2), i + 3)
      .map((l, k) => `    ${Math.max(0, i - 2) + k + 1}: ${cut(l)}`)
      .join('\n');
  return `at line ${i + 1}, column ${column + 1} (golden ${a.length} lines, output ${b.length}):\n  golden:\n${show(a)}\n  output:\n${show(b)}`;
}
