import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfRef } from './cos.js';
import type { PdfFile } from './file.js';

/**
 * Chromium tags `<li>` as an LI holding whatever the item holds (the table of contents' items hold
 * their Link, others a NonStruct), where PDF/UA asks for a label and a body (Lbl, LBody: ISO 32000-1,
 * Table 336; Matterhorn 09-005). Each such item's kids move into an LBody of their own; its marker,
 * drawn by CSS, is no content (a bullet is painted as a path, a number the item does not hold).
 * An item that holds content directly (an MCID or an annotation of its own, which Chromium never
 * writes) is left as it is: moving it would mean editing the parent tree too. Returns how many
 * items got an LBody.
 */
export function addListBodies(file: PdfFile): number {
  let added = 0;
  for (const num of file.numbers()) {
    const item = file.object(num);
    if (!(item instanceof PdfDict) || item.get('S') !== li) continue;
    const kids = kidsOf(item).map((kid) => ({ kid, type: kid instanceof PdfRef ? typeOf(file, kid) : undefined }));
    if (kids.some(({ type }) => type === undefined)) continue;
    const labels = kids.filter(({ type }) => type === 'Lbl').map(({ kid }) => kid);
    const rest = kids.filter(({ type }) => type !== 'Lbl');
    if (rest.every(({ type }) => type === 'LBody')) continue;
    const itemRef = new PdfRef(num, 0);
    const body = file.add(new PdfDict([
      ['Type', PdfName.of('StructElem')],
      ['S', PdfName.of('LBody')],
      ['P', itemRef],
      ['K', rest.map(({ kid }) => kid)],
    ]));
    for (const { kid } of rest) {
      if (!(kid instanceof PdfRef)) continue;
      const element = file.object(kid.num) as PdfDict;
      element.set('P', body);
      file.put(kid.num, element);
    }
    item.set('K', [...labels, body]);
    file.put(num, item);
    added++;
  }
  return added;
}

const li = PdfName.of('LI');

function kidsOf(element: PdfDict): PdfValue[] {
  const k = element.get('K');
  return Array.isArray(k) ? k : k === undefined ? [] : [k];
}

/** A kid's structure type, if it is a structure element. */
function typeOf(file: PdfFile, kid: PdfRef): string | undefined {
  const element = file.object(kid.num);
  if (!(element instanceof PdfDict) || element.get('Type') === PdfName.of('OBJR') || element.get('Type') === PdfName.of('MCR')) return undefined;
  const type = element.get('S');
  return type instanceof PdfName ? type.name : undefined;
}
