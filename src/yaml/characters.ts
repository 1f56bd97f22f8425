import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source.js';

/**
 * The Private Use Area (U+E000–U+F8FF) is the engine's own: the template helpers mark computed text
 * with U+E000–U+E002 (src/edition/markers.ts), and a hand-typed one would forge a fact's mark around a
 * hand-written number. No input text may hold any character of the area; each line that does is
 * reported at its first such character.
 */
const PRIVATE = /[\uE000-\uF8FF]/g;

export function privateCharacters(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastLine = -1;
  let line = 1;
  // The formatter shows line 1 without its byte order mark; count columns the same way.
  let lineStart = file.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextBreak = file.text.indexOf('\n');
  for (const m of file.text.matchAll(PRIVATE)) {
    // The line breaks before this match, each counted once: linear over the whole text.
    while (nextBreak !== -1 && nextBreak < m.index) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = file.text.indexOf('\n', lineStart);
    }
    if (line === lastLine) continue;
    lastLine = line;
    const code = m[0].charCodeAt(0).toString(16).toUpperCase();
    const column = m.index - lineStart + 1;
    out.push({
      severity: 'error',
      code: 'text/private-character',
      message: `the invisible private-use character U+${code} cannot stand in an input file`,
      location: { file: file.path, line, column, endLine: line, endColumn: column + 1 },
      hint: 'delete it (ehalsa marks computed text with characters of this range; a typed one would pass for a computed value)',
    });
  }
  return limitPerFile(out);
}
