import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Inline } from '../model/document.js';
import { MARKER_PATTERN, markerKind } from './markers.js';

/**
 * ehalsa's Markdown dialect for edition texts — deliberately small so that a reviewer can read a
 * section file as the report's text:
 *
 *   # Inledning             chapter (numbered); "# Förord {-}" is unnumbered
 *   ## Uppdraget            section n.m;  ### Kommentar  subsection n.m.k;  #### Rubrik  unnumbered run-in heading
 *   text[^key] …            paragraph with a footnote reference
 *   [^key]: Källa …         the footnote's text (anywhere in the same file)
 *   - item / 1. item        lists
 *   > text                  block quote
 *   @figure <id>            a figure or table from figures/*.yaml, placed here
 *   @table <id>
 *   @pagebreak
 *   *text*                  emphasis
 */

export type RawInline = Inline | { kind: 'footnote-ref'; key: string };

export type RawBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; title: string; unnumbered: boolean; line: number }
  | { kind: 'paragraph'; inlines: RawInline[]; line: number }
  | { kind: 'list'; ordered: boolean; items: RawInline[][]; line: number }
  | { kind: 'quote'; blocks: RawBlock[]; line: number }
  | { kind: 'figure' | 'table'; id: string; line: number }
  | { kind: 'page-break'; line: number };

export interface ParsedMarkdown {
  blocks: RawBlock[];
  footnotes: Map<string, { inlines: RawInline[]; line: number }>;
  diagnostics: Diagnostic[];
}

const FOOTNOTE_DEF = /^\[\^([\w-]+)\]:\s*(.*)$/;
const LIST_ITEM = /^(-|\d+\.)\s+(.*)$/;
const DIRECTIVE = /^@(figure|table)\s+([a-z0-9][a-z0-9-]*)\s*$/;

/** Quotes inside quotes: a few levels are text, more are a mistake (each level is parsed again). */
export const MAX_QUOTE_DEPTH = 3;
/** Footnotes citing footnotes: a note may cite a note that cites a note, no deeper. */
export const MAX_FOOTNOTE_DEPTH = 3;

/**
 * `# Title`, `## Title {-}`: one to four #, white space, the title, optionally white space and {-}
 * (unnumbered). Read by hand, not by a regular expression: a pattern with `\s+(.+?)(\s+\{-\})?\s*$`
 * takes time growing with the square of a line of spaces.
 */
export function parseHeading(line: string): { level: 1 | 2 | 3 | 4; title: string; unnumbered: boolean } | null {
  let level = 0;
  while (level < line.length && line.charCodeAt(level) === 0x23) level++;
  if (level < 1 || level > 4 || !isSpace(line[level])) return null;
  const rest = line.slice(level).trim();
  if (!rest) return null;
  const unnumbered = rest.length > 3 && rest.endsWith('{-}') && isSpace(rest[rest.length - 4]);
  return { level: level as 1 | 2 | 3 | 4, title: unnumbered ? rest.slice(0, -3).trimEnd() : rest, unnumbered };
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.trim() === '';
}

export function parseMarkdown(text: string, file: string, lineOffset = 0, depth = 0): ParsedMarkdown {
  const lines = text.split('\n');
  const blocks: RawBlock[] = [];
  const footnotes = new Map<string, { inlines: RawInline[]; line: number }>();
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  const lineNo = (idx: number) => idx + 1 + lineOffset;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '' || /^<!--.*-->\s*$/.test(line.trim())) {
      i++;
      continue;
    }
    const start = i;
    const heading = parseHeading(line);
    if (heading) {
      blocks.push({ kind: 'heading', ...heading, line: lineNo(i) });
      i++;
      continue;
    }
    const directive = DIRECTIVE.exec(line.trim());
    if (directive) {
      blocks.push({ kind: directive[1] as 'figure' | 'table', id: directive[2]!, line: lineNo(i) });
      i++;
      continue;
    }
    if (line.trim() === '@pagebreak') {
      blocks.push({ kind: 'page-break', line: lineNo(i) });
      i++;
      continue;
    }
    if (line.startsWith('@')) {
      diagnostics.push({
        severity: 'error',
        code: 'text/unknown-directive',
        message: `unknown directive "${line.trim()}"`,
        location: { file, line: lineNo(i), column: 1 },
        hint: 'directives are @figure <id>, @table <id> and @pagebreak',
      });
      i++;
      continue;
    }
    // Lines of one paragraph; `continuation` is true when `from` already follows the block's first line.
    const paragraphLines = (from: number, continuation = false): { text: string; next: number } => {
      const collected: string[] = [];
      let j = from;
      while (j < lines.length && lines[j]!.trim() !== '' && !parseHeading(lines[j]!) && !DIRECTIVE.test(lines[j]!.trim())) {
        if ((continuation || j > from) && (FOOTNOTE_DEF.test(lines[j]!) || LIST_ITEM.test(lines[j]!))) break;
        collected.push(lines[j]!.trim());
        j++;
      }
      return { text: collected.join(' '), next: j };
    };
    const def = FOOTNOTE_DEF.exec(line);
    if (def) {
      const rest = paragraphLines(i + 1, true);
      const body = [def[2]!, rest.text].filter(Boolean).join(' ');
      if (footnotes.has(def[1]!)) {
        diagnostics.push({
          severity: 'error',
          code: 'text/duplicate-footnote',
          message: `footnote [^${def[1]}] is defined twice`,
          location: { file, line: lineNo(i), column: 1 },
          hint: 'give each footnote its own key',
        });
      } else {
        footnotes.set(def[1]!, { inlines: parseInlines(body), line: lineNo(i) });
      }
      i = Math.max(rest.next, i + 1);
      continue;
    }
    if (line.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) {
        quoted.push(lines[i]!.replace(/^>\s?/, ''));
        i++;
      }
      if (depth >= MAX_QUOTE_DEPTH) {
        diagnostics.push({
          severity: 'error',
          code: 'text/quote-too-deep',
          message: `block quotes nest more than ${MAX_QUOTE_DEPTH} levels deep`,
          location: { file, line: lineNo(start), column: 1 },
          hint: 'begin the line with one ">" (a quote inside a quote at most twice)',
        });
        continue;
      }
      const inner = parseMarkdown(quoted.join('\n'), file, start + lineOffset, depth + 1);
      diagnostics.push(...inner.diagnostics);
      for (const [k, v] of inner.footnotes) footnotes.set(k, v);
      blocks.push({ kind: 'quote', blocks: inner.blocks, line: lineNo(start) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[1] !== '-';
      const items: RawInline[][] = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]!);
        if (!m || (m[1] !== '-') === !ordered) break;
        const parts = [m[2]!];
        i++;
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]!)) parts.push(lines[i++]!.trim());
        items.push(parseInlines(parts.join(' ')));
      }
      blocks.push({ kind: 'list', ordered, items, line: lineNo(start) });
      continue;
    }
    const para = paragraphLines(i);
    blocks.push({ kind: 'paragraph', inlines: parseInlines(para.text), line: lineNo(start) });
    i = Math.max(para.next, i + 1);
  }
  breakFootnoteCycles(footnotes, file, diagnostics);
  return { blocks, footnotes, diagnostics: depth === 0 ? limitPerFile(diagnostics) : diagnostics };
}

/**
 * A footnote may cite another footnote, but not one that leads back to itself (resolving such a chain
 * never ends), and not more than MAX_FOOTNOTE_DEPTH levels deep (each citation copies the notes it
 * cites). The reference that closes a cycle or goes too deep is reported and dropped.
 */
function breakFootnoteCycles(footnotes: ParsedMarkdown['footnotes'], file: string, diagnostics: Diagnostic[]): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string, depth: number): void => {
    state.set(key, 'open');
    const def = footnotes.get(key)!;
    def.inlines = def.inlines.map((inline): RawInline => {
      if (inline.kind !== 'footnote-ref' || !footnotes.has(inline.key)) return inline;
      const cycle = state.get(inline.key) === 'open';
      if (cycle || depth >= MAX_FOOTNOTE_DEPTH) {
        diagnostics.push({
          severity: 'error',
          code: cycle ? 'text/footnote-cycle' : 'text/footnote-too-deep',
          message: !cycle
            ? `footnote [^${key}] cites [^${inline.key}]: footnotes cite footnotes more than ${MAX_FOOTNOTE_DEPTH} levels deep`
            : inline.key === key
              ? `footnote [^${key}] cites itself`
              : `footnote [^${key}] cites [^${inline.key}], which leads back to [^${key}]`,
          location: { file, line: def.line, column: 1 },
          hint: `remove [^${inline.key}] from the text of [^${key}]`,
        });
        return { kind: 'text', text: '' };
      }
      if (!state.has(inline.key)) visit(inline.key, depth + 1);
      return inline;
    });
    state.set(key, 'done');
  };
  for (const key of footnotes.keys()) if (!state.has(key)) visit(key, 1);
}

const INLINE = new RegExp(`${MARKER_PATTERN.source}|\\[\\^([\\w-]+)\\]|\\*([^*\\s][^*]*?)\\*`, 'g');

/** Text → inlines: computed-text markers, footnote references and *emphasis*. */
export function parseInlines(text: string): RawInline[] {
  const out: RawInline[] = [];
  let last = 0;
  const pushText = (t: string) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'text') prev.text += t;
    else out.push({ kind: 'text', text: t });
  };
  for (const m of text.matchAll(INLINE)) {
    pushText(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const kind = markerKind(m[1]);
      const key = m[2]!;
      const body = m[3]!;
      if (kind === 'fact') out.push({ kind: 'fact', fact: key, text: body });
      else if (kind === 'missing') out.push({ kind: 'missing', text: body, ...(key ? { fact: key } : {}) });
      else if (kind === 'claim') out.push({ kind: 'claim', claim: key, text: '' });
      else out.push({ kind: 'ref', target: key, text: body });
    } else if (m[4] !== undefined) {
      out.push({ kind: 'footnote-ref', key: m[4] });
    } else if (m[5] !== undefined) {
      out.push({ kind: 'emphasis', text: m[5] });
    }
  }
  pushText(text.slice(last));
  return out;
}

/**
 * Removes <!-- comments --> (notes for the editors) before anything reads the text, keeping their line
 * breaks so that line numbers in diagnostics stay right.
 */
export function stripComments(text: string): string {
  // indexOf, not /<!--[\s\S]*?-->/g: with an unclosed "<!--" that pattern scans to the end of the
  // text from every "<!--" after it, which takes time growing with the square of the text.
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(from, open) + lineBreaks(text, open, close + 3);
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The line breaks of text[from, to), so that line numbers after a comment stay right. */
function lineBreaks(text: string, from: number, to: number): string {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return '\n'.repeat(n);
}

/** Where a "<!--" opens a comment that no "-->" closes (its text would be printed), or null. */
export function unclosedComment(text: string): number | null {
  // The same walk as stripComments: the first "<!--" it cannot close.
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return open;
    from = close + 3;
  }
  return null;
}

/**
 * Markdown's links and images, `[text](address)` and `![text](address)`: the dialect has neither (it
 * would print the brackets), and in report.md an image would load a picture from the internet and a
 * `javascript:` link run code. Found in one pass (a pattern such as /\[[^\]]*\]\(/ rescans a line
 * of "[" from every one); a footnote reference followed by "(" is not a link. One per line.
 */
export function linkSyntax(text: string): { line: number; column: number; image: boolean; address: string }[] {
  const out: { line: number; column: number; image: boolean; address: string }[] = [];
  let line = 1;
  let lineStart = 0;
  let open = -1;
  let reported = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      open = -1;
    } else if (c === 0x5b) open = text.charCodeAt(i + 1) === 0x5e ? -1 : i;
    else if (c === 0x5d && open >= 0 && text.charCodeAt(i + 1) === 0x28 && reported < line) {
      const image = open > lineStart && text.charCodeAt(open - 1) === 0x21;
      const start = image ? open - 1 : open;
      const end = text.indexOf(')', i + 2);
      const lineEnd = text.indexOf('\n', i + 2);
      const stop = Math.min(end === -1 ? text.length : end, lineEnd === -1 ? text.length : lineEnd, i + 2 + 200);
      out.push({ line, column: start - lineStart + 1, image, address: text.slice(i + 2, stop).trim() });
      reported = line;
      open = -1;
    }
  }
  return out;
}
