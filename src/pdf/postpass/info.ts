import { PdfDict, PdfRef, PdfString } from './cos.js';
import type { PdfFile } from './file.js';
import type { PdfMeta } from '../meta.js';
import { setXmpMetadata } from './xmp.js';

/**
 * The document information (Title, Author, …, with dates pinned), the catalog's language and
 * "show the title, not the file name", and the same again as XMP metadata.
 */
export function setDocumentInfo(file: PdfFile, meta: PdfMeta, date: Date): void {
  const info = new PdfDict([
    ['Title', PdfString.text(meta.title)],
    ['Author', PdfString.text(meta.author)],
    ['Subject', PdfString.text(meta.subject)],
    ['Keywords', PdfString.text(meta.keywords.join(' '))],
    ['Creator', PdfString.text(meta.creator ?? 'ehalsa')],
    ['Producer', PdfString.text('ehalsa')],
    ['CreationDate', PdfString.text(pdfDate(date))],
    ['ModDate', PdfString.text(pdfDate(date))],
  ]);
  const existing = file.trailer.get('Info');
  if (existing instanceof PdfRef) file.put(existing.num, info);
  else file.trailer.set('Info', file.add(info));

  const root = file.trailer.get('Root');
  const catalog = file.catalog;
  catalog.set('Lang', PdfString.text(meta.lang));
  const preferences = file.dict(catalog, 'ViewerPreferences') ?? new PdfDict();
  preferences.set('DisplayDocTitle', true);
  const preferencesRef = catalog.get('ViewerPreferences');
  if (preferencesRef instanceof PdfRef) file.put(preferencesRef.num, preferences);
  else catalog.set('ViewerPreferences', preferences);
  setXmpMetadata(file, catalog, meta, date);
  if (root instanceof PdfRef) file.put(root.num, catalog);
}

/** A PDF date (7.9.4) in UTC: D:YYYYMMDDHHmmSSZ. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}
