/**
 * Handlebars parse errors in plain words and at the right place. Handlebars says
 *
 *   Parse error on line 3:
 *   ...ordinart" }} ({{ref "x").
 *   ----------------------------^
 *   Expecting 'CLOSE', 'OPEN_SEXPR', …, got 'CLOSE_SEXPR'
 *
 * — a line but no column, an excerpt without line breaks, and parser token names. This finds the
 * column from the excerpt and names the mistake: an unclosed {{ … }}, a block never closed, or the
 * character that cannot stand there. Shared by the edition texts and the layout templates.
 */
export interface TemplateSyntaxProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

const TOKEN_WORDS: Record<string, string> = {
  EOF: 'the end of the text',
  CLOSE: '"}}"',
  CLOSE_SEXPR: '")"',
  OPEN_SEXPR: '"("',
  CLOSE_RAW_BLOCK: '"}}}}"',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN: '"{{"',
  OPEN_BLOCK: '"{{#"',
  OPEN_ENDBLOCK: '"{{/"',
  OPEN_INVERSE: '"{{^"',
  OPEN_PARTIAL: '"{{>"',
  EQUALS: '"="',
  CONTENT: 'text',
  INVALID: 'a character that cannot stand inside {{ }}',
};

/** Null when `message` is not a Handlebars parse error. */
export function explainParseError(message: string, text: string): TemplateSyntaxProblem | null {
  const head = /^Parse error on line (\d+):/.exec(message);
  if (!head) return null;
  const [, excerpt = '', caret = '', expecting = ''] = message.split('\n');
  const reported = Number(head[1]);
  const got = /got '([^']+)'/.exec(expecting)?.[1] ?? '';
  const expected = [...expecting.matchAll(/'([^']+)'/g)].map((m) => m[1]!).filter((t) => t !== got);
  const offset = excerptOffset(excerpt, caret.indexOf('^'), text);

  if (got === 'EOF' && expected.includes('OPEN_ENDBLOCK')) {
    const open = unclosedBlock(text);
    const at = open ?? (offset ?? text.length);
    const name = open !== null ? /^\{\{[#^]\s*([^\s}]+)/.exec(text.slice(open))?.[1] : undefined;
    return {
      ...position(text, at),
      message: name ? `the block {{#${name}}} is never closed` : 'a block {{#…}} is never closed',
      hint: name ? `close it with {{/${name}}}` : 'close every {{#name}} with {{/name}}',
    };
  }
  const at = offset ?? lineStart(text, reported);
  const found = TOKEN_WORDS[got] ?? `"${got}"`;
  if (expected.includes('CLOSE') || expected.includes('CLOSE_UNESCAPED')) {
    return { ...position(text, at), message: `template syntax error: {{ … }} is not closed; found ${found} where "}}" should be`, hint: 'end every {{ with }}, and write text arguments in double quotes: {{fact "id"}}' };
  }
  return { ...position(text, at), message: `template syntax error: unexpected ${found}`, hint: 'check the {{ }} syntax: {{fact "id"}}, {{ref "id"}}' };
}

/**
 * The offset in `text` the excerpt's caret points at: the excerpt is up to 20 characters before the
 * point ("..." when cut) and up to 20 after, with line breaks removed.
 */
function excerptOffset(excerpt: string, caret: number, text: string): number | null {
  if (caret < 0) return null;
  const cut = excerpt.startsWith('...');
  const before = excerpt.slice(cut ? 3 : 0, caret);
  const after = excerpt.slice(caret).replace(/\.\.\.$/, '');
  for (let o = 0; o <= text.length; o++) {
    if (cut !== o > 20) continue;
    if (text.slice(Math.max(0, o - 20), o).replace(/\n/g, '') !== before) continue;
    if (text.slice(o, o + 20).replace(/\n/g, '').startsWith(after)) return o;
  }
  return null;
}

/** The offset of the last {{#name …}} (or {{^name}}) that no {{/name}} closes. */
function unclosedBlock(text: string): number | null {
  const stack: number[] = [];
  for (const m of text.matchAll(/\{\{~?\s*([#^/])/g)) {
    if (m[1] === '/') stack.pop();
    else stack.push(m.index);
  }
  return stack.length ? stack[stack.length - 1]! : null;
}

function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  return offset;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
