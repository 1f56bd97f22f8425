import type { Block, Caption, Inline, ReportDocument, TableView } from '../model/document.js';

/**
 * The document as Markdown — the file reviewers diff between editions. One paragraph per line so a
 * word-level diff stays readable; footnotes as [^n] with their texts at the end; figures as their
 * caption plus their data table; stable output (no dates unless the document is a draft).
 */
export function renderMarkdown(document: ReportDocument): string {
  const out: string[] = [];
  const m = document.meta;
  out.push(`# ${m.title}`, '', `${m.subtitle}`, '', `${m.agency} · Diarienummer ${m.diarienummer} · ${m.date}`, '');
  // No build date or commit here: the Markdown is diffed between builds and editions (the PDF carries them).
  if (m.draft) out.push('> UTKAST', ...m.draft.reasons.map((r) => `> ${r}`), '');
  const figures = new Map(document.figures.map((f) => [f.id, f]));
  const tables = new Map(document.tables.map((t) => [t.id, t]));
  const block = (b: Block, prefix = ''): void => {
    switch (b.kind) {
      case 'heading':
        out.push(`${prefix}${'#'.repeat(b.level + 1)} ${b.number ? `${b.number} ` : ''}${b.title}`, '');
        return;
      case 'paragraph':
        out.push(`${prefix}${inlines(b.inlines)}`, '');
        return;
      case 'list':
        b.items.forEach((item, i) => out.push(`${prefix}${b.ordered ? `${i + 1}.` : '-'} ${inlines(item)}`));
        out.push('');
        return;
      case 'quote':
        b.blocks.forEach((inner) => block(inner, '> '));
        return;
      case 'toc':
        out.push('## Innehåll', '');
        for (const e of document.toc) out.push(`${'  '.repeat(e.level - 1)}- ${e.number ? `${e.number} ` : ''}${e.title}`);
        out.push('');
        return;
      case 'figure': {
        const f = figures.get(b.id)!;
        out.push(`**${caption(f.caption)}**`, '');
        out.push(...table([f.data.columns], f.data.rows), '');
        return;
      }
      case 'table': {
        const t: TableView = tables.get(b.id)!;
        out.push(`**${caption(t.caption)}**`, '');
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
    for (const f of document.footnotes) out.push(`[^${f.number}]: ${inlines(f.inlines)}`);
    out.push('');
  }
  // Text is text: a "<" that could open an HTML tag is escaped, so no Markdown viewer runs markup from
  // a label or a note ("<5 procent" stays as it is).
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/<(?=[A-Za-z/!?])/g, '&lt;');
  return `${text.trimEnd()}\n`;
}

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
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const header = head[0] ?? [];
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
}
