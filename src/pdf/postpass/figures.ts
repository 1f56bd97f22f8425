import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfString } from './cos.js';
import type { PdfFile } from './file.js';

/**
 * Chromium tags `<figure><svg role="img" aria-labelledby…><figcaption>` as a Figure (without /Alt)
 * holding a Figure (with the SVG's /Alt) and a Caption. A Figure without /Alt fails PDF/UA checks and,
 * if given one, would hide its caption from screen readers. The outer one is only a grouping, so
 * it becomes a Div. Returns how many were retagged.
 */
export function ungroupFigures(file: PdfFile): number {
  let retagged = 0;
  for (const num of file.numbers()) {
    const element = file.object(num);
    if (!(element instanceof PdfDict) || !isFigure(element) || hasAlt(file, element)) continue;
    if (kids(file, element).some((kid) => isFigure(kid) && hasAlt(file, kid))) {
      element.set('S', PdfName.of('Div'));
      file.put(num, element);
      retagged++;
    }
  }
  return retagged;
}

const figure = PdfName.of('Figure');

function isFigure(element: PdfDict): boolean {
  return element.get('S') === figure;
}

function hasAlt(file: PdfFile, element: PdfDict): boolean {
  const alt = file.resolve(element.get('Alt'));
  return alt instanceof PdfString && alt.decodeText().trim() !== '';
}

function kids(file: PdfFile, element: PdfDict): PdfDict[] {
  const k = element.get('K');
  const list: PdfValue[] = Array.isArray(k) ? k : k === undefined ? [] : [k];
  return list.flatMap((kid) => {
    const resolved = file.resolve(kid);
    return resolved instanceof PdfDict ? [resolved] : [];
  });
}
