import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Edition } from '../model/edition.js';
import { stripComments } from './markdown.js';

/** As the Markdown parser reads a line (trimmed): `@figure <id>` or `@table <id>`. */
const DIRECTIVE = /^@(figure|table)\s+([a-z0-9][a-z0-9-]*)\s*$/;

export interface FloatNumbers {
  figures: Map<string, number>;
  tables: Map<string, number>;
}

/**
 * Figure and table numbers follow document order: the order of @figure/@table lines through the
 * sections. Every placed id must be defined, placed once; a definition never placed is a warning.
 */
export function numberFloats(edition: Edition): { numbers: FloatNumbers; diagnostics: Diagnostic[] } {
  const figures = new Map<string, number>();
  const tables = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const defined = { figure: new Set(edition.figures.map((f) => f.id)), table: new Set(edition.tables.map((t) => t.id)) };
  const placed = new Map<string, { file: string; line: number }>();
  for (const section of edition.sections) {
    if (section.kind !== 'file') continue;
    diagnostics.push(...limitPerFile(unknownDirectives(section.text, section.file)));
    // Line by line, as the Markdown parser reads them (one pass: counting lines per match was quadratic).
    const lines = stripComments(section.text).split('\n');
    for (let index = 0; index < lines.length; index++) {
      const m = DIRECTIVE.exec(lines[index]!.trim());
      if (!m) continue;
      const kind = m[1] as 'figure' | 'table';
      const id = m[2]!;
      const location = { file: section.file, line: index + 1, column: 1 };
      const target = kind === 'figure' ? figures : tables;
      if (!defined[kind].has(id)) {
        diagnostics.push({
          severity: 'error',
          code: `edition/unknown-${kind}`,
          message: `@${kind} ${id} is not defined`,
          location,
          hint: `define it in ${edition.root}/figures/*.yaml`,
        });
        continue;
      }
      if (target.has(id)) {
        const first = placed.get(`${kind}:${id}`)!;
        diagnostics.push({
          severity: 'error',
          code: `edition/${kind}-placed-twice`,
          message: `${kind} ${id} is placed twice (first at ${first.file}:${first.line})`,
          location,
          hint: `keep one @${kind} line; elsewhere refer to it with {{ref "${id}"}}`,
        });
        continue;
      }
      target.set(id, target.size + 1);
      placed.set(`${kind}:${id}`, location);
    }
  }
  for (const f of edition.figures) {
    if (!figures.has(f.id)) {
      diagnostics.push({ severity: 'warning', code: 'edition/figure-not-placed', message: `figure ${f.id} is defined but not placed`, location: f.location, hint: `add "@figure ${f.id}" to a section` });
    }
  }
  for (const t of edition.tables) {
    if (!tables.has(t.id)) {
      diagnostics.push({ severity: 'warning', code: 'edition/table-not-placed', message: `table ${t.id} is defined but not placed`, location: t.location, hint: `add "@table ${t.id}" to a section` });
    }
  }
  return { numbers: { figures, tables }, diagnostics: limitPerFile(diagnostics) };
}

/**
 * A misspelt directive ("@figur x") places nothing, and every {{ref}} to its figure then fails far from
 * the cause: report the line itself, here, before the texts are filled in. (The Markdown parser says
 * the same with the same words, so `validate` shows it once.)
 */
function unknownDirectives(text: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (!line.startsWith('@') || trimmed === '@pagebreak' || DIRECTIVE.test(trimmed)) return;
    const word = /^@\S*/.exec(trimmed)![0];
    const suggestion = didYouMean(word, ['@figure', '@table', '@pagebreak']);
    out.push({
      severity: 'error',
      code: 'text/unknown-directive',
      message: `unknown directive "${trimmed}"`,
      location: { file, line: i + 1, column: 1 },
      hint: `${suggestion ? `${suggestion} ` : ''}directives are @figure <id>, @table <id> and @pagebreak (ids: lower-case letters, digits and -)`,
    });
  });
  return out;
}

/** id → "Figur 6" / "Tabell 1", what {{ref "id"}} prints. */
export function refLabels(numbers: FloatNumbers): Map<string, string> {
  const refs = new Map<string, string>();
  for (const [id, n] of numbers.figures) refs.set(id, `Figur ${n}`);
  for (const [id, n] of numbers.tables) refs.set(id, `Tabell ${n}`);
  return refs;
}
