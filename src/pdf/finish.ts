import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import type { PdfMeta } from './meta.js';
import { markUntaggedAsArtifacts } from './artifacts.js';
import { ungroupFigures } from './figures.js';
import { fixDoubledOutlineTitles } from './outline.js';
import { renumberStructIds } from './structids.js';
import { drawDraftMark } from './watermark.js';
import { setXmpMetadata } from './xmp.js';

/**
 * The post-pass on Chromium's PDF: document information, dates pinned to the report's date (the only
 * bytes that differed between two fresh browsers), structure ids renumbered (they differ between two
 * prints in one browser), figure groups untangled, untagged content (running header, page numbers)
 * marked as Artifact, bookmark titles repaired, and the draft mark.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib stamps its own Producer and the current time.
  // parseSpeed Fastest: pdf-lib otherwise yields to the event loop every 100 objects (a third of the time).
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const date = pinnedDate(meta.date);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([...meta.keywords]);
  doc.setProducer('ehalsa');
  doc.setCreator(meta.creator ?? 'ehalsa');
  doc.setLanguage(meta.lang);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  setXmpMetadata(doc, meta, date);
  fixDoubledOutlineTitles(doc);
  renumberStructIds(doc);
  ungroupFigures(doc);
  markUntaggedAsArtifacts(doc);
  if (meta.draft) await drawDraftMark(doc, meta.draft);
  return doc.save();
}

/** Midnight UTC of an ISO date, so the result does not depend on the machine's time zone. */
export function pinnedDate(isoDate: string): Date {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`PdfMeta.date is not an ISO date: "${isoDate}"`);
  return date;
}
