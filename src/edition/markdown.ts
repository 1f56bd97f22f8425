import type { Diagnostic } from '../diagnostics/diagnostic.js';
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

const HEADING = /^(#{1,4})\s+(.+?)(\s+\{-\})?\s*$/;
const FOOTNOTE_DEF = /^\[\^([\w-]+)\]:\s*(.*)$/;
const LIST_ITEM = /^(-|\d+\.)\s+(.*)$/;
const DIRECTIVE = /^@(figure|table)\s+([a-z0-9][a-z0-9-]*)\s*$/;

export function parseMarkdown(text: string, file: string, lineOffset = 0): ParsedMarkdown {
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
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        kind: 'heading',
        level: heading[1]!.length as 1 | 2 | 3 | 4,
        title: heading[2]!,
        unnumbered: Boolean(heading[3]),
        line: lineNo(i),
      });
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
      while (j < lines.length && lines[j]!.trim() !== '' && !HEADING.test(lines[j]!) && !DIRECTIVE.test(lines[j]!.trim())) {
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
      const inner = parseMarkdown(quoted.join('\n'), file, start + lineOffset);
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
  return { blocks, footnotes, diagnostics };
}

/**
 * A footnote may cite another footnote, but not one that leads back to itself: resolving such a
 * chain never ends. The reference that closes a cycle is reported and dropped.
 */
function breakFootnoteCycles(footnotes: ParsedMarkdown['footnotes'], file: string, diagnostics: Diagnostic[]): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string): void => {
    state.set(key, 'open');
    const def = footnotes.get(key)!;
    def.inlines = def.inlines.map((inline): RawInline => {
      if (inline.kind !== 'footnote-ref' || !footnotes.has(inline.key)) return inline;
      if (state.get(inline.key) === 'open') {
        diagnostics.push({
          severity: 'error',
          code: 'text/footnote-cycle',
          message: inline.key === key ? `footnote [^${key}] cites itself` : `footnote [^${key}] cites [^${inline.key}], which leads back to [^${key}]`,
          location: { file, line: def.line, column: 1 },
          hint: `remove [^${inline.key}] from the text of [^${key}]`,
        });
        return { kind: 'text', text: '' };
      }
      if (!state.has(inline.key)) visit(inline.key);
      return inline;
    });
    state.set(key, 'done');
  };
  for (const key of footnotes.keys()) if (!state.has(key)) visit(key);
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
  return text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''));
}
