import type { PdfMeta } from '../meta.js';
import { markUntaggedAsArtifacts } from './artifacts.js';
import { addListBodies } from './lists.js';
import { PdfFile } from './file.js';
import { joinSplitParagraphs } from './paragraphs.js';
import { ungroupFigures } from './figures.js';
import { describeLinks, type LinkDescriptions } from './links.js';
import { setDocumentInfo } from './info.js';
import { fixDoubledOutlineTitles } from './outline.js';
import { RealText } from './realtext.js';
import { mapRoles } from './rolemap.js';
import { renumberStructIds } from './structids.js';
import { drawDraftMark } from './watermark.js';

/**
 * The post-pass on Chromium's PDF: document information, dates pinned to the report's date (the only
 * bytes that differed between two fresh browsers), structure ids renumbered (they differ between two
 * prints in one browser), figure groups untangled, list items given their LBody, a paragraph split by a
 * page break made one again, PDF 2.0 types role-mapped, untagged real text (footnote and TOC numbers, chapter numbers) tagged and each footnote
 * made a Note, the rest of the untagged content (running header, folios) marked as Artifact, bookmark
 * titles repaired, links described (`links`: see links.ts), and the draft mark.
 *
 * It edits the file's objects where they are (file.ts): the objects it does not touch, fonts and
 * images among them, are copied byte for byte.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMeta, links: LinkDescriptions = []): Promise<Uint8Array> {
  const file = PdfFile.read(bytes);
  setDocumentInfo(file, meta, pinnedDate(meta.date));
  fixDoubledOutlineTitles(file);
  renumberStructIds(file);
  ungroupFigures(file);
  addListBodies(file);
  joinSplitParagraphs(file);
  mapRoles(file);
  describeLinks(file, links);
  const realText = RealText.read(file);
  await markUntaggedAsArtifacts(file, realText);
  realText?.tagFootnotes();
  if (meta.draft) await drawDraftMark(file, meta.draft);
  return file.write();
}

/** Midnight UTC of an ISO date, so the result does not depend on the machine's time zone. */
export function pinnedDate(isoDate: string): Date {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`PdfMeta.date is not an ISO date: "${isoDate}"`);
  return date;
}
