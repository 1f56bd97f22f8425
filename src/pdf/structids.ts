import type { PDFDocument, PDFObject } from 'pdf-lib';
import { PDFArray, PDFDict, PDFHexString, PDFString } from 'pdf-lib';

/**
 * Chromium names structure elements after its DOM node ids ("node00000884"), which keep counting
 * across documents in one browser: the same HTML printed twice in one session gets different IDs
 * (in /ID, in table cells' /Headers and in the StructTreeRoot's /IDTree). Renumber them 1, 2, 3, …
 * in their original order, which keeps the ID name tree sorted. Returns how many ids were renamed.
 */
const chromiumId = /^node\d+$/;

export function renumberStructIds(doc: PDFDocument): number {
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  const found = new Set<string>();
  for (const object of objects) visitStrings(object, (text) => found.add(text));
  if (found.size === 0) return 0;
  // Same width, zero-padded: lexicographic order (name trees) equals numeric order.
  const sorted = [...found].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(sorted.map((old, index) => [old, `node${String(index + 1).padStart(8, '0')}`]));
  for (const object of objects) replaceStrings(object, renamed);
  return renamed.size;
}

function textOf(object: PDFObject | undefined): string | null {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    const text = object.decodeText();
    return chromiumId.test(text) ? text : null;
  }
  return null;
}

function children(object: PDFObject): Array<[PDFObject, (value: PDFObject) => void]> {
  if (object instanceof PDFDict) return object.entries().map(([key, value]) => [value, (v) => object.set(key, v)]);
  if (object instanceof PDFArray) return object.asArray().map((value, index) => [value, (v) => object.set(index, v)]);
  return [];
}

function visitStrings(object: PDFObject, found: (text: string) => void): void {
  for (const [child] of children(object)) {
    const text = textOf(child);
    if (text !== null) found(text);
    else visitStrings(child, found);
  }
}

function replaceStrings(object: PDFObject, renamed: ReadonlyMap<string, string>): void {
  for (const [child, set] of children(object)) {
    const text = textOf(child);
    const name = text === null ? undefined : renamed.get(text);
    if (name !== undefined) set(PDFString.of(name));
    else if (text === null) replaceStrings(child, renamed);
  }
}
