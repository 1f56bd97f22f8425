import { PdfDict, PdfRef, PdfString } from './cos.js';
import type { PdfFile } from './file.js';

/**
 * Chromium 153–156 sometimes writes a bookmark title twice ("2 Inledning2 Inledning") when a heading
 * in a web font starts a page. Walks the outline tree and halves any title that is its own repeat.
 * Returns how many titles were fixed.
 */
export function fixDoubledOutlineTitles(file: PdfFile): number {
  const outlines = file.dict(file.catalog, 'Outlines');
  return outlines ? fixChildren(file, outlines, new Set()) : 0;
}

function fixChildren(file: PdfFile, parent: PdfDict, seen: Set<number>): number {
  let fixed = 0;
  let next = parent.get('First');
  while (next instanceof PdfRef && !seen.has(next.num)) {
    seen.add(next.num);
    const item = file.object(next.num);
    if (!(item instanceof PdfDict)) break;
    const title = file.resolve(item.get('Title'));
    if (title instanceof PdfString) {
      const text = title.decodeText();
      const single = undoubled(text);
      if (single !== text) {
        item.set('Title', PdfString.text(single));
        file.put(next.num, item);
        fixed++;
      }
    }
    fixed += fixChildren(file, item, seen);
    next = item.get('Next');
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
