import { PdfDict, PdfName, PdfRef, PdfString } from './cos.js';
import type { PdfFile } from './file.js';

/** What each in-document link goes to, by its destination's name ("note-7", "sec-3-1"): its words. */
export type LinkDescriptions = ReadonlyArray<readonly [destination: string, description: string]>;

/**
 * PDF/UA asks every link annotation for an alternate description in its /Contents; Chromium writes
 * none. A link whose destination has a description (src/pdf/printing/paged.ts gathers them from the laid-out
 * document: a link's own text, "Fotnot 7" for a footnote call, whose number is drawn by CSS) gets it.
 * Returns how many links were described.
 */
export function describeLinks(file: PdfFile, descriptions: LinkDescriptions): number {
  if (descriptions.length === 0) return 0;
  const byDestination = new Map(descriptions);
  let described = 0;
  for (const page of file.pages()) {
    const annots = file.resolve(page.dict.get('Annots'));
    if (!Array.isArray(annots)) continue;
    // Chromium writes each annotation as an object of its own.
    for (const ref of annots) {
      if (!(ref instanceof PdfRef)) continue;
      const annot = file.object(ref.num);
      if (!(annot instanceof PdfDict) || annot.get('Subtype') !== PdfName.of('Link') || annot.get('Contents') !== undefined) continue;
      const destination = annot.get('Dest');
      const description = destination instanceof PdfName ? byDestination.get(destination.name) : undefined;
      if (description === undefined) continue;
      annot.set('Contents', PdfString.text(description));
      file.put(ref.num, annot);
      described++;
    }
  }
  return described;
}
