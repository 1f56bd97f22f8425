import { PdfDict, PdfName, PdfRef } from './cos.js';
import type { PdfFile } from './file.js';

/**
 * Chromium tags `<em>` and `<strong>` as /Em and /Strong, types of PDF 2.0 that PDF 1.7 (and so
 * PDF/UA-1) does not know, and writes no role map: a reader of PDF 1.7 sees an unknown type. Each such
 * type found in the tree gets a role map entry to the PDF 1.7 type that holds the same (Matterhorn
 * 02-001). Returns how many entries were added.
 */
export function mapRoles(file: PdfFile): number {
  const root = file.dict(file.catalog, 'StructTreeRoot');
  if (root === undefined) return 0;
  const found = new Set<string>();
  for (const num of file.numbers()) {
    const element = file.object(num);
    if (!(element instanceof PdfDict) || element.get('Type') !== structElem) continue;
    const type = element.get('S');
    if (type instanceof PdfName && pdf17Role[type.name] !== undefined) found.add(type.name);
  }
  const existing = file.dict(root, 'RoleMap');
  const roleMap = existing ?? new PdfDict();
  let added = 0;
  for (const type of [...found].sort()) {
    if (roleMap.get(type) !== undefined) continue;
    roleMap.set(type, PdfName.of(pdf17Role[type]!));
    added++;
  }
  if (added === 0) return 0;
  const ref = root.get('RoleMap');
  if (ref instanceof PdfRef) {
    file.put(ref.num, roleMap);
  } else {
    root.set('RoleMap', roleMap);
    const rootRef = file.catalog.get('StructTreeRoot');
    if (rootRef instanceof PdfRef) file.put(rootRef.num, root);
  }
  return added;
}

const structElem = PdfName.of('StructElem');

/** The PDF 2.0 types Chromium may write, and the PDF 1.7 type each is (ISO 32000-2, Annex L). */
const pdf17Role: Readonly<Record<string, string>> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Aside: 'Div',
  DocumentFragment: 'Div',
  Title: 'P',
  FENote: 'Note',
};
