/**
 * How full the pages of a printed report are, read back from the PDF with pdfjs-dist.
 *
 * What counts as content: every glyph run (its box from the text layer) and every painted path (the
 * charts are vector drawings; a path's box from the operator list, through the current transformation
 * matrix), inside the text block of print.css's @page (32 mm from the top, 28 mm from the bottom). The
 * running header and the folio lie outside it and do not count.
 *
 * What is measured: the largest empty band across the whole width of the text block, as a share of the
 * text block's height — the gap between two pieces of content, or above the first, or below the last
 * (footnotes count as content, so a hole between the text and the notes counts as a hole).
 *
 * Also how far any text reaches past the text block's right edge (a table wider than the text block).
 *
 * Which pages are "mid-chapter": from the first chapter's first page on, every page whose next page
 * does not start with a forced break — a chapter (an H1 in that page's structure tree) or the table of
 * contents (its first words "Innehåll") — and that is not the last page. A chapter's last page may end
 * short; no other may. (The editions have no other forced page break.)
 */

import { multiply, type Matrix } from '../pdfua/content.js';

const mm = 72 / 25.4;
const pageTop = 32 * mm;
const pageBottom = 28 * mm;
const pageRight = 25 * mm;
/** The table of contents' title (print.css starts nav.toc on a new page). */
const tocTitle = 'Innehåll';

export interface PageFill {
  /** 1-based page number. */
  page: number;
  /** The largest empty band across the text block, as a share of its height (0–1). */
  largestGap: number;
  /** How far the text reaches past the text block's right edge, in mm (0 when it stays inside). */
  overflowRight: number;
  /** Whether this page may end short: before the first chapter, a chapter's last page, the last page. */
  exempt: boolean;
}

const hasRole = (node: unknown, role: string): boolean => {
  const n = node as { role?: string; children?: unknown[] } | null;
  return !!n && (n.role === role || (n.children ?? []).some((child) => hasRole(child, role)));
};

/** The fill of every page. */
export async function measurePageFill(bytes: Uint8Array): Promise<PageFill[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const { OPS } = pdfjs;
  const gaps: number[] = [];
  const overflows: number[] = [];
  const chapterStarts: boolean[] = [];
  const firstWords: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    let right = 0;
    // Bands in PDF user space (y up): the text block runs from `low` to `high`.
    const low = pageBottom;
    const high = height - pageTop;
    const bands: Array<[number, number]> = [];
    const add = (a: number, b: number) => {
      const lo = Math.max(low, Math.min(a, b));
      const hi = Math.min(high, Math.max(a, b));
      if (hi > lo) bands.push([lo, hi]);
    };
    // Artifacts (running header, folio, the draft watermark drawn across the page) are not content.
    const text = await page.getTextContent({ includeMarkedContent: true });
    const tags: string[] = [];
    for (const item of text.items) {
      if (!('str' in item)) {
        // `tag` is there at run time but missing from pdfjs' types.
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') tags.push((item as { tag?: string }).tag ?? '');
        else if (item.type === 'endMarkedContent') tags.pop();
        continue;
      }
      if (item.str.trim() === '' || tags.includes('Artifact')) continue;
      firstWords[n - 1] ??= item.str.trim();
      right = Math.max(right, (item.transform[4] as number) + item.width - (width - pageRight));
      const y = item.transform[5] as number;
      add(y - item.height * 0.25, y + item.height);
    }
    const ops = await page.getOperatorList();
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    const marks: string[] = [];
    for (let i = 0; i < ops.fnArray.length; i++) {
      const fn = ops.fnArray[i];
      const args = (ops.argsArray[i] ?? []) as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
      else if (fn === OPS.paintFormXObjectBegin) {
        stack.push(ctm);
        ctm = multiply((args[0] as Matrix | null) ?? [1, 0, 0, 1, 0, 0], ctm);
      } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
      else if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) marks.push(String((args[0] as { name?: string })?.name ?? args[0]));
      else if (fn === OPS.endMarkedContent) marks.pop();
      else if (fn === OPS.constructPath && !marks.includes('Artifact')) {
        // [paint operator, path data, bounding box]; a path only clipped or ended paints nothing.
        const box = args[2] as ArrayLike<number> | null;
        if (args[0] === OPS.endPath || !box || box.length < 4) continue;
        const ys = [
          [box[0]!, box[1]!],
          [box[2]!, box[1]!],
          [box[0]!, box[3]!],
          [box[2]!, box[3]!],
        ].map(([x, y]) => ctm[1] * x! + ctm[3] * y! + ctm[5]);
        const lo = Math.min(...ys);
        const hi = Math.max(...ys);
        // A page-sized background is not content.
        if (hi - lo < 0.9 * height) add(lo, hi);
      }
    }
    bands.sort((a, b) => b[1] - a[1]);
    let reach = high;
    let largest = 0;
    for (const [lo, hi] of bands) {
      if (hi < reach) largest = Math.max(largest, reach - hi);
      reach = Math.min(reach, lo);
    }
    largest = Math.max(largest, reach - low);
    gaps.push(largest / (high - low));
    overflows.push(Math.max(0, right) / mm);
    chapterStarts.push(hasRole(await page.getStructTree(), 'H1') || firstWords[n - 1] === tocTitle);
    page.cleanup();
  }
  await doc.destroy();
  const first = chapterStarts.findIndex((starts, index) => starts && index > 0);
  return gaps.map((largestGap, index) => ({
    page: index + 1,
    largestGap,
    overflowRight: overflows[index]!,
    exempt: first < 0 || index < first || index === gaps.length - 1 || chapterStarts[index + 1] === true,
  }));
}
