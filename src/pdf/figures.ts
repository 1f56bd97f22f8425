import type { PDFDocument } from 'pdf-lib';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/**
 * Chromium tags `<figure><svg role="img" aria-labelledby…><figcaption>` as a Figure (without /Alt)
 * holding a Figure (with the SVG's /Alt) and a Caption. A Figure without /Alt fails PDF/UA checks and,
 * if given one, would hide its caption from screen readers. The outer one is only a grouping, so
 * it becomes a Div. Returns how many were retagged.
 */
export function ungroupFigures(doc: PDFDocument): number {
  let retagged = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !isFigure(object) || hasAlt(object)) continue;
    if (kids(doc, object).some((kid) => isFigure(kid) && hasAlt(kid))) {
      object.set(PDFName.of('S'), PDFName.of('Div'));
      retagged++;
    }
  }
  return retagged;
}

function isFigure(element: PDFDict): boolean {
  return element.get(PDFName.of('S')) === PDFName.of('Figure');
}

function hasAlt(element: PDFDict): boolean {
  const alt = element.lookup(PDFName.of('Alt'));
  return (alt instanceof PDFString || alt instanceof PDFHexString) && alt.decodeText().trim() !== '';
}

function kids(doc: PDFDocument, element: PDFDict): PDFDict[] {
  const k = element.get(PDFName.of('K'));
  const list = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  return list.flatMap((kid) => {
    const resolved = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    return resolved instanceof PDFDict ? [resolved] : [];
  });
}
