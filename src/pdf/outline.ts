import type { PDFDocument } from 'pdf-lib';
import { PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/**
 * Chromium 153–156 sometimes writes a bookmark title twice ("2 Inledning2 Inledning") when a heading
 * in a web font starts a page. Walks the outline tree and halves any title that is its own repeat.
 * Returns how many titles were fixed.
 */
export function fixDoubledOutlineTitles(doc: PDFDocument): number {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return outlines ? fixChildren(outlines, new Set()) : 0;
}

function fixChildren(parent: PDFDict, seen: Set<PDFDict>): number {
  let fixed = 0;
  let item = parent.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item && !seen.has(item)) {
    seen.add(item);
    const title = item.lookup(PDFName.Title);
    if (title instanceof PDFString || title instanceof PDFHexString) {
      const text = title.decodeText();
      const single = undoubled(text);
      if (single !== text) {
        item.set(PDFName.Title, PDFHexString.fromText(single));
        fixed++;
      }
    }
    fixed += fixChildren(item, seen);
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return fixed;
}

/** "2 Inledning2 Inledning" → "2 Inledning"; anything else unchanged. */
export function undoubled(title: string): string {
  const half = title.length / 2;
  if (title.length < 2 || !Number.isInteger(half)) return title;
  const first = title.slice(0, half);
  return first === title.slice(half) ? first : title;
}
