import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfRef } from './cos.js';
import type { PdfFile } from './file.js';

/**
 * A paragraph split by a page break is two elements in the HTML Paged.js lays out; printing/paged.ts
 * makes the first own the second (aria-owns), so Chromium tags the continuation as a P inside the
 * first P, read before the page's footnotes. This makes them one P: the inner P's kids take its place.
 * An inner P holding content of its own (an MCID, an annotation), which Chromium does not write for a
 * paragraph, is left nested: moving that would mean editing the parent tree. Returns how many were joined.
 */
export function joinSplitParagraphs(file: PdfFile): number {
  let joined = 0;
  const inners = new Set<number>();
  for (const num of file.numbers()) {
    const outer = file.object(num);
    if (inners.has(num) || !(outer instanceof PdfDict) || outer.get('S') !== p) continue;
    // A paragraph split over three pages: the continuation's own continuation comes up in it.
    for (let again = true; again; ) {
      again = false;
      const kids = kidsOf(outer);
      const at = kids.findIndex((kid) => isInnerParagraph(file, kid));
      if (at < 0) break;
      const innerRef = kids[at] as PdfRef;
      const inner = file.object(innerRef.num) as PdfDict;
      inners.add(innerRef.num);
      const moved = kidsOf(inner);
      for (const kid of moved as PdfRef[]) {
        const element = file.object(kid.num) as PdfDict;
        element.set('P', new PdfRef(num, 0));
        file.put(kid.num, element);
      }
      kids.splice(at, 1, ...moved);
      outer.set('K', kids);
      file.put(num, outer);
      // Nothing refers to it any more, unless the ID tree names it.
      if (inner.get('ID') === undefined) file.remove(innerRef.num);
      joined++;
      again = true;
    }
  }
  return joined;
}

const p = PdfName.of('P');

function kidsOf(element: PdfDict): PdfValue[] {
  const k = element.get('K');
  return Array.isArray(k) ? [...k] : k === undefined ? [] : [k];
}

/** A kid that is a P holding structure elements only. */
function isInnerParagraph(file: PdfFile, kid: PdfValue): boolean {
  if (!(kid instanceof PdfRef)) return false;
  const element = file.object(kid.num);
  if (!(element instanceof PdfDict) || element.get('S') !== p) return false;
  return kidsOf(element).every((k) => {
    if (!(k instanceof PdfRef)) return false;
    const o = file.object(k.num);
    return o instanceof PdfDict && o.get('Type') !== PdfName.of('MCR') && o.get('Type') !== PdfName.of('OBJR') && o.get('S') instanceof PdfName;
  });
}
