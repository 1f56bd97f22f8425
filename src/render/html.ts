import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { explainParseError } from '../diagnostics/handlebars.js';
import type { SourceFile } from '../yaml/source.js';
import type { Block, Caption, FigureView, Footnote, Inline, ReportDocument, TableView, TocEntry } from '../model/document.js';
import { withPagePolicy } from './csp.js';
import { nobrHelper } from './nobreak.js';

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
export function renderHtml(document: ReportDocument, flavour: HtmlFlavour, layout: LayoutTemplates, css: string, fontCss = ''): string {
  const view = buildView(document, flavour, css, fontCss);
  try {
    return withPagePolicy(compileLayout(layout)(view, { allowProtoPropertiesByDefault: false }));
  } catch (err) {
    if (err instanceof LayoutError) throw err;
    throw layoutError(err, layout);
  }
}

/** Each layout is compiled once, with its partials, however many documents and flavours it renders. */
const compiled = new WeakMap<LayoutTemplates, HandlebarsTemplateDelegate>();

function compileLayout(layout: LayoutTemplates): HandlebarsTemplateDelegate {
  const known = compiled.get(layout);
  if (known) return known;
  // Parse every template up front so a syntax error names its own file.
  for (const f of [layout.main, ...layout.partials]) parseTemplate(f);
  const hb = Handlebars.create();
  hb.registerHelper('nobr', nobrHelper);
  const options = { strict: true, knownHelpersOnly: false };
  for (const p of layout.partials) {
    const name = p.path.split('/').pop()!.replace(/\.hbs$/, '');
    hb.registerPartial(name, hb.compile(p.text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''), options));
  }
  const template = hb.compile(layout.main.text, options);
  compiled.set(layout, template);
  return template;
}

/** A layout template failed: file:line and what went wrong (caught by the pipeline as a render error). */
export class LayoutError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function parseTemplate(f: SourceFile): void {
  try {
    Handlebars.parse(f.text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const explained = explainParseError(message, f.text);
    if (explained) {
      throw new LayoutError({
        severity: 'error',
        code: 'layout/syntax',
        message: explained.message,
        location: { file: f.path, line: explained.line, column: explained.column },
        hint: explained.hint,
      });
    }
    const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
    throw new LayoutError({
      severity: 'error',
      code: 'layout/syntax',
      message: `template syntax error: ${message.split('\n')[0]}`,
      location: { file: f.path, line, column: 1 },
      hint: 'check the {{ }} and {{#…}}…{{/…}} pairs',
    });
  }
}

/** Runtime errors carry no file; find the template that holds the offending name. */
function layoutError(err: unknown, layout: LayoutTemplates): LayoutError {
  const message = err instanceof Error ? err.message : String(err);
  let helper = /^Missing helper: "?([^"\s]+)"?/.exec(message)?.[1];
  const partial = /The partial (\S+) could not be found/.exec(message)?.[1];
  let variable = /^"([^"]+)" not defined in/.exec(message)?.[1];
  const files = [layout.main, ...layout.partials];
  // Strict mode reports "name" not defined - line:column (no file): the template with the name at
  // exactly that place is the one; a name called with arguments ({{shout "x"}}) is a helper.
  const at = / - (\d+):(\d+)$/.exec(message);
  if (variable && at) {
    const [l, c] = [Number(at[1]), Number(at[2])];
    const exact = files.find((f) => f.text.split(/\r?\n/)[l - 1]?.startsWith(variable!, c));
    const after = exact?.text.split(/\r?\n/)[l - 1]!.slice(c + variable.length) ?? '';
    if (exact && /^\s+[^\s}~]/.test(after)) {
      helper = variable;
      variable = undefined;
    }
  }
  const name = helper ?? partial ?? variable;
  const needle = helper ? new RegExp(`{{[#/]?\\s*${escapeRe(helper)}\\b`) : partial ? new RegExp(`{{>\\s*${escapeRe(partial)}\\b`) : variable ? new RegExp(`{{[^}]*\\b${escapeRe(variable)}\\b`) : null;
  let location = { file: layout.main.path, line: 1, column: 1 };
  const exactLine = at ? Number(at[1]) : null;
  const candidates = exactLine ? [...files.filter((f) => needle?.test(f.text.split(/\r?\n/)[exactLine - 1] ?? '')), ...files] : files;
  for (const f of candidates) {
    const lines = f.text.split(/\r?\n/);
    const idx = needle ? (exactLine && needle.test(lines[exactLine - 1] ?? '') ? exactLine - 1 : lines.findIndex((l) => needle.test(l))) : -1;
    if (idx >= 0) {
      location = { file: f.path, line: idx + 1, column: lines[idx]!.search(needle!) + 1 };
      break;
    }
  }
  const text = helper
    ? `unknown template helper "${helper}"`
    : partial
      ? `unknown partial "${partial}"`
      : variable
        ? `template value "${variable}" is not defined`
        : `template error: ${message.split('\n')[0]}`;
  const hint = helper
    ? 'the layout may use Handlebars built-ins (if, each, unless, with, lookup) only'
    : partial
      ? `partials are the files in templates/layout/partials/ (${layout.partials.length} found)`
      : name
        ? 'the view model has no such value; see src/render/html.ts buildView'
        : undefined;
  return new LayoutError({ severity: 'error', code: 'layout/error', message: text, location, ...(hint ? { hint } : {}) });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildView(document: ReportDocument, flavour: HtmlFlavour, css: string, fontCss: string) {
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
  // A PDF Figure has its /Alt and nothing more: in print the SVG is named by its finding and its data.
  const svgOf = (f: FigureView) => (flavour === 'print' ? f.svg.replace(/^(<svg\b[^>]*?) aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/, '$1 aria-labelledby="$2 $3"') : f.svg);
  const figureView = (f: FigureView) => ({ ...f, svg: svgOf(f), caption: captionView(f.caption) });
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
  // In print, the figures' data follow the text as tables of their own (on screen each sits under its figure).
  const drawn = document.figures.filter((f) => !f.placeholder);
  const placeholders = document.figures.filter((f) => f.placeholder).map((f) => String(f.number));
  const figureData = {
    tables: drawn.map((f) => ({ number: f.number, title: f.caption.title.replace(/\.$/, ''), unit: f.data.unit, columns: f.data.columns, rows: f.data.rows })),
    placeholders: placeholders.length ? `Figur ${placeholders.length === 1 ? placeholders[0] : `${placeholders.slice(0, -1).join(', ')} och ${placeholders[placeholders.length - 1]}`}` : '',
  };
  const toc = flavour === 'print' && drawn.length ? [...document.toc, { id: 'figurernas-data', level: 1, number: null, title: 'Figurernas data' }] : document.toc;
  return {
    flavour,
    print: flavour === 'print',
    css,
    fontCss,
    meta: { ...document.meta, dateText: document.meta.date },
    toc,
    tocTree: nestToc(toc),
    figureData,
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
