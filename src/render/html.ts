import Handlebars from 'handlebars';
import type { SourceFile } from '../diagnostics/source.js';
import type { Block, Caption, FigureView, Footnote, Inline, ReportDocument, TableView, TocEntry } from '../model/document.js';

export type HtmlFlavour = 'print' | 'screen';

export interface LayoutTemplates {
  /** templates/layout/report.hbs */
  main: SourceFile;
  /** templates/layout/partials/*.hbs — registered under their base name. */
  partials: SourceFile[];
}

/**
 * The document → one self-contained HTML page. Two flavours from the same templates: `print` (read by
 * the PDF printer: footnotes inline as <span class="footnote"> for page-bottom placement, running
 * header strings) and `screen` (report.html: footnotes as linked notes at the end). Handlebars escapes
 * every value; the chart SVG is the one raw insertion.
 */
export function renderHtml(document: ReportDocument, flavour: HtmlFlavour, layout: LayoutTemplates, css: string): string {
  const hb = Handlebars.create();
  for (const p of layout.partials) {
    const name = p.path.split('/').pop()!.replace(/\.hbs$/, '');
    hb.registerPartial(name, p.text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
  }
  const template = hb.compile(layout.main.text, { strict: true, explicitPartialContext: false });
  const view = buildView(document, flavour, css);
  return template(view, { allowProtoPropertiesByDefault: false });
}

function buildView(document: ReportDocument, flavour: HtmlFlavour, css: string) {
  const notes = new Map(document.footnotes.map((f) => [f.number, f]));
  const figures = new Map(document.figures.map((f) => [f.id, f]));
  const tables = new Map(document.tables.map((t) => [t.id, t]));
  const occurrences = new Map<number, number>();
  const inlineView = (i: Inline): Record<string, unknown> => {
    switch (i.kind) {
      case 'footnote': {
        const occurrence = (occurrences.get(i.number) ?? 0) + 1;
        occurrences.set(i.number, occurrence);
        const note = notes.get(i.number);
        return { partial: 'inline-footnote', number: i.number, occurrence, note: (note?.inlines ?? []).map(inlineView) };
      }
      case 'ref':
        return { partial: 'inline-ref', text: i.text, href: i.text.toLowerCase().replace(/\s+/g, '-') };
      default:
        return { partial: `inline-${i.kind}`, ...i };
    }
  };
  const captionView = (c: Caption) => ({
    ...c,
    footnoteViews: c.footnotes.map((n) => inlineView({ kind: 'footnote', number: n })),
  });
  const figureView = (f: FigureView) => ({ ...f, caption: captionView(f.caption) });
  const tableView = (t: TableView) => ({ ...t, caption: captionView(t.caption) });
  const blockView = (b: Block): Record<string, unknown> => {
    switch (b.kind) {
      case 'paragraph':
        return { partial: 'block-paragraph', inlines: b.inlines.map(inlineView) };
      case 'list':
        return { partial: 'block-list', ordered: b.ordered, items: b.items.map((item) => item.map(inlineView)) };
      case 'quote':
        return { partial: 'block-quote', blocks: b.blocks.map(blockView) };
      case 'figure':
        return { partial: 'block-figure', figure: figureView(figures.get(b.id)!) };
      case 'table':
        return { partial: 'block-table', table: tableView(tables.get(b.id)!) };
      default:
        return { partial: `block-${b.kind}`, ...b };
    }
  };
  const blocks = document.blocks.map(blockView);
  const footnotes = document.footnotes.map((f: Footnote) => ({ number: f.number, inlines: f.inlines.map(inlineView) }));
  return {
    flavour,
    print: flavour === 'print',
    css,
    meta: { ...document.meta, dateText: document.meta.date },
    toc: document.toc,
    tocTree: nestToc(document.toc),
    blocks,
    footnotes,
  };
}

interface TocNode extends TocEntry {
  children: TocNode[];
}

/** The flat heading list as a tree (chapters → sections → subsections), for nested TOC lists. */
function nestToc(entries: readonly TocEntry[]): TocNode[] {
  const root: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const e of entries) {
    const node: TocNode = { ...e, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= e.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  }
  return root;
}
