import type { DocumentMeta } from '../model/document.js';

/**
 * What the PDF's document information needs. `DocumentMeta` satisfies it, so the CLI can pass the view
 * model's meta as it is.
 */
export interface PdfMeta extends Pick<DocumentMeta, 'title' | 'author' | 'subject' | 'keywords' | 'lang'> {
  /** The report's date (ISO YYYY-MM-DD): CreationDate and ModDate are pinned to it for byte-identical builds. */
  date: string;
  /** When set, every page is marked UTKAST with the build date and commit. */
  draft: { date: string; commit: string } | null;
  /** Creator entry; defaults to "ehalsa". */
  creator?: string;
}
