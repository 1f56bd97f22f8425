import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfMeta } from '../../src/pdf/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const fixtureMeta: PdfMeta = {
  title: 'Uppföljning Vision e-hälsa 2025',
  author: 'E-hälsomyndigheten',
  subject: 'Rapport avseende år 2020',
  keywords: ['e-hälsa', 'uppföljning', 'Vision e-hälsa 2025'],
  lang: 'sv-SE',
  date: '2021-03-31',
  draft: null,
};

export function readPrintCss(): Promise<string> {
  return readFile(join(root, 'templates', 'layout', 'print.css'), 'utf8');
}

/** The fixture report (cover, TOC, 3 chapters, 35 footnotes, 2 figures, a table) with print.css inlined. */
export async function loadFixtureHtml(name = 'report.html'): Promise<string> {
  const [html, css] = await Promise.all([
    readFile(join(root, 'test', 'fixtures', 'pdf', name), 'utf8'),
    readPrintCss(),
  ]);
  return html.replace('<style data-print-css></style>', () => `<style>\n${css}</style>`);
}

export interface PdfText {
  pages: string[];
  /** Each page's text with all whitespace removed, for text the PDF splits into pieces ("2 (11)"). */
  compact: string[];
  /** Text painted outside any marked content (neither tagged nor an Artifact), per page. */
  unmarked: string[][];
  /** Each page's text items without Artifacts (running header, page numbers, draft mark). */
  content: string[][];
  /** Each page's text items, in content order. */
  items: string[][];
  outline: string[];
}

/** Reads text and bookmarks back with pdfjs-dist (the legacy build is the one for Node). */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const items: string[][] = [];
  const unmarked: string[][] = [];
  const tagged: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts: string[] = [];
    const outside: string[] = [];
    const inside: string[] = [];
    const tags: string[] = [];
    for (const item of content.items) {
      if ('str' in item) {
        if (item.str.trim() === '') continue;
        texts.push(item.str);
        if (tags.length === 0) outside.push(item.str);
        else if (!tags.includes('Artifact')) inside.push(item.str);
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        // `tag` is there at run time but missing from pdfjs' types.
        tags.push((item as { tag?: string }).tag ?? '');
      } else if (item.type === 'endMarkedContent') {
        tags.pop();
      }
    }
    items.push(texts);
    unmarked.push(outside);
    tagged.push(inside);
  }
  const outline: string[] = [];
  const walk = (nodes: Array<{ title: string; items: unknown[] }> | null): void => {
    for (const node of nodes ?? []) {
      outline.push(node.title);
      walk(node.items as Array<{ title: string; items: unknown[] }>);
    }
  };
  walk(await doc.getOutline());
  await doc.destroy();
  const pages = items.map((page) => page.join(' '));
  return { pages, compact: pages.map((page) => page.replace(/\s+/g, '')), unmarked, content: tagged, items, outline };
}
