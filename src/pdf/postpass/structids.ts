import type { PdfValue } from './cos.js';
import { PdfDict, PdfStream, PdfString } from './cos.js';
import type { PdfFile } from './file.js';

/**
 * Chromium names structure elements after its DOM node ids ("node00000884"), which keep counting
 * across documents in one browser: the same HTML printed twice in one session gets different IDs
 * (in /ID, in table cells' /Headers and in the StructTreeRoot's /IDTree). Renumber them 1, 2, 3, …
 * in their original order, which keeps the ID name tree sorted. Returns how many ids were renamed.
 */
const chromiumId = /^node\d+$/;

export function renumberStructIds(file: PdfFile): number {
  const found = new Set<string>();
  const holders: number[] = [];
  for (const num of file.numbers()) {
    const object = file.object(num);
    let holds = false;
    visitStrings(object instanceof PdfStream ? object.dict : object, (text) => {
      found.add(text);
      holds = true;
    });
    if (holds) holders.push(num);
  }
  if (found.size === 0) return 0;
  // Same width, zero-padded: lexicographic order (name trees) equals numeric order.
  const sorted = [...found].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(sorted.map((old, index) => [old, `node${String(index + 1).padStart(8, '0')}`]));
  for (const num of holders) {
    const object = file.object(num);
    const replaced = replaceStrings(object instanceof PdfStream ? object.dict : object, renamed);
    file.put(num, object instanceof PdfStream ? object : replaced);
  }
  return renamed.size;
}

function idOf(value: PdfValue): string | null {
  if (!(value instanceof PdfString)) return null;
  const text = value.decodeText();
  return chromiumId.test(text) ? text : null;
}

function visitStrings(value: PdfValue, found: (text: string) => void): void {
  if (value instanceof PdfString) {
    const id = idOf(value);
    if (id !== null) found(id);
  } else if (Array.isArray(value)) {
    for (const item of value) visitStrings(item, found);
  } else if (value instanceof PdfDict) {
    for (const item of value.entries.values()) visitStrings(item, found);
  }
}

/** The value with every id renamed; arrays and dictionaries are edited in place. */
function replaceStrings(value: PdfValue, renamed: ReadonlyMap<string, string>): PdfValue {
  if (value instanceof PdfString) {
    const id = idOf(value);
    const name = id === null ? undefined : renamed.get(id);
    return name === undefined ? value : PdfString.text(name);
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => (value[index] = replaceStrings(item, renamed)));
  } else if (value instanceof PdfDict) {
    for (const [key, item] of value.entries) value.entries.set(key, replaceStrings(item, renamed));
  }
  return value;
}
