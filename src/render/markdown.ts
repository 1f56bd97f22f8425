import type { Block, Caption, Inline, ReportDocument, TableView } from '../model/document.js';

/**
 * The document as Markdown — the file reviewers diff between editions. One paragraph per line so a
 * word-level diff stays readable; footnotes as [^n] with their texts at the end; figures as their
 * caption plus their data table; stable output (no dates unless the document is a draft).
 */
export function renderMarkdown(document: ReportDocument): string {
  const out: string[] = [];
  const m = document.meta;
  out.push(`# ${line(m.title)}`, '', text(m.subtitle), '', line(`${m.agency} · Diarienummer ${m.diarienummer} · ${m.date}`), '');
  // No build date or commit here: the Markdown is diffed between builds and editions (the PDF carries them).
  if (m.draft) out.push('> UTKAST', ...m.draft.reasons.map((r) => `> ${r}`), '');
  const figures = new Map(document.figures.map((f) => [f.id, f]));
  const tables = new Map(document.tables.map((t) => [t.id, t]));
  const block = (b: Block, prefix = ''): void => {
    switch (b.kind) {
      case 'heading':
        out.push(`${prefix}${'#'.repeat(b.level + 1)} ${b.number ? `${b.number} ` : ''}${line(b.title)}`, '');
        return;
      case 'paragraph':
        out.push(`${prefix}${text(inlines(b.inlines))}`, '');
        return;
      case 'list':
        b.items.forEach((item, i) => out.push(`${prefix}${b.ordered ? `${i + 1}.` : '-'} ${text(inlines(item))}`));
        out.push('');
        return;
      case 'quote':
        b.blocks.forEach((inner) => block(inner, '> '));
        return;
      case 'toc':
        out.push('## Innehåll', '');
        for (const e of document.toc) out.push(`${'  '.repeat(e.level - 1)}- ${e.number ? `${e.number} ${line(e.title)}` : text(e.title)}`);
        out.push('');
        return;
      case 'figure': {
        const f = figures.get(b.id)!;
        out.push(`**${line(caption(f.caption))}**`, '');
        out.push(...table([f.data.columns], f.data.rows), '');
        return;
      }
      case 'table': {
        const t: TableView = tables.get(b.id)!;
        out.push(`**${line(caption(t.caption))}**`, '');
        out.push(...table(t.head, t.body.map((r) => r.map((c) => c.text))), '');
        return;
      }
      case 'page-break':
        return;
    }
  };
  document.blocks.forEach((b) => block(b));
  if (document.footnotes.length) {
    out.push('## Fotnoter', '');
    // A note's own list marker ("* Frågan ställdes inte …", the edition's way of tying a note to a
    // mark) stays as written: inside a footnote it cannot reach the text around it.
    for (const f of document.footnotes) out.push(`[^${f.number}]: ${text(inlines(f.inlines), true)}`);
    out.push('');
  }
  // Text is text: a "<" that could open an HTML tag is escaped, so no Markdown viewer runs markup from
  // a label or a note ("<5 procent" stays as it is), and "![" and "](" are escaped, so that no text
  // becomes an image loaded from the internet or a link (a javascript: one would run).
  const all = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/!\[/g, '!\\[')
    .replace(/\]\(/g, ']\\(');
  return `${all.trimEnd()}\n`;
}

/** Text on one line: a line break in a label or note would end a table row or start a heading. */
function line(s: string): string {
  return s.replace(/[ \t]*[\r\n\u0085\u2028\u2029]+[ \t]*/g, ' ');
}

/**
 * Text at the start of a line (a paragraph, a list item, a footnote): on one line, and what would
 * begin a Markdown block there — a heading's #, a quote's >, a list's - + * or "1.", a code fence, a
 * rule, a link definition "[x]:" — is escaped, so the text stays text.
 */
function text(s: string, keepBullet = false): string {
  const one = line(s);
  const m = BLOCK_START.exec(one);
  if (!m || (keepBullet && /^[-+*][ \t]/.test(one) && !/^([-*_])[ \t]*\1[ \t]*\1/.test(one))) return one;
  return m[1] !== undefined ? `${m[1]}\\${one.slice(m[1].length)}` : `\\${one}`;
}

const BLOCK_START = /^(?:(\d{1,9})(?=[.)](?:[ \t]|$))|#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|`{3}|~{3}|([-*_])[ \t]*\2[ \t]*\2|\[[^\]]*\]:|=+[ \t]*$)/;

function inlines(list: readonly Inline[]): string {
  return list
    .map((i) => {
      switch (i.kind) {
        case 'footnote':
          return `[^${i.number}]`;
        case 'emphasis':
          return `*${i.text}*`;
        default:
          return i.text;
      }
    })
    .join('');
}

function caption(c: Caption): string {
  const notes = c.footnotes.map((n) => `[^${n}]`).join('');
  return [c.label, `${c.title}${notes}`, ...c.notes, c.source, c.ids].filter((s) => s.trim() !== '').join(' ');
}

function table(head: string[][], rows: string[][]): string[] {
  const esc = (s: string) => line(s).replace(/\|/g, '\\|');
  const header = head[0] ?? [];
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
}
