import type { PDFDocument, PDFFont } from 'pdf-lib';
import { beginMarkedContent, degrees, endMarkedContent, grayscale } from 'pdf-lib';
import { loadFontFile } from './fonts.js';
import { draftLine, draftMark } from './messages.js';

/**
 * Marks every page of a draft: "UTKAST" across the page and "Utkast – byggt <date> från <commit>" at
 * the foot. Drawn after printing (an HTML watermark is fragile under Paged.js). The text is set in
 * Source Sans 3, embedded as a subset, because a standard PDF font would be an unembedded font in an
 * otherwise fully embedded document. Both are Artifacts, outside the tag tree, so screen readers skip them.
 */
export async function drawDraftMark(doc: PDFDocument, draft: { date: string; commit: string }): Promise<void> {
  // Loaded here, not at import: only drafts need it, and it takes a quarter of a second to load.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await loadFontFile(600), { subset: true });
  const line = draftLine(draft.date, draft.commit);
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    page.pushOperators(beginMarkedContent('Artifact'));
    drawDiagonal(page, font, width, height);
    page.drawText(line, { x: 42, y: 18, size: 8, font, color: grayscale(0.45) });
    page.pushOperators(endMarkedContent());
  }
}

type Page = ReturnType<PDFDocument['getPages']>[number];

/** The word centred on the page along its diagonal, light enough to read the text through. */
function drawDiagonal(page: Page, font: PDFFont, width: number, height: number): void {
  const angle = Math.atan2(height, width);
  const size = Math.min(width, height) / 4;
  const textWidth = font.widthOfTextAtSize(draftMark, size);
  const capHeight = font.heightAtSize(size, { descender: false }) * 0.7;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Start point such that the text's centre lands on the page's centre after rotation.
  const x = width / 2 - (textWidth / 2) * cos + (capHeight / 2) * sin;
  const y = height / 2 - (textWidth / 2) * sin - (capHeight / 2) * cos;
  page.drawText(draftMark, {
    x,
    y,
    size,
    font,
    color: grayscale(0.55),
    opacity: 0.25,
    rotate: degrees((angle * 180) / Math.PI),
  });
}
