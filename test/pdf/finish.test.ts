import { describe, expect, it } from '@jest/globals';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { PdfFile } from '../../src/pdf/postpass/file.js';
import { finishPdf, pinnedDate } from '../../src/pdf/postpass/finish.js';
import { fixDoubledOutlineTitles, undoubled } from '../../src/pdf/postpass/outline.js';
import { fixtureMeta } from './helpers.js';

describe('undoubled', () => {
  it.each([
    ['2 Inledning2 Inledning', '2 Inledning'],
    ['2 Inledning', '2 Inledning'],
    ['aa', 'a'],
    ['a', 'a'],
    ['', ''],
    ['Bakgrund Bakgrund', 'Bakgrund Bakgrund'],
  ])('%j → %j', (input, expected) => {
    expect(undoubled(input)).toBe(expected);
  });
});

/** A PDF with a two-level outline whose titles are doubled the way Chromium doubles them. */
async function pdfWithOutline(titles: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const context = doc.context;
  const outlines = context.obj({ Type: 'Outlines' });
  const outlinesRef = context.register(outlines);
  let previous: PDFDict | undefined;
  for (const [title, ...children] of titles) {
    const item = context.obj({ Title: PDFHexString.fromText(title ?? ''), Parent: outlinesRef });
    const ref = context.register(item);
    if (previous) previous.set(PDFName.of('Next'), ref);
    else outlines.set(PDFName.of('First'), ref);
    let previousChild: PDFDict | undefined;
    for (const child of children) {
      const childItem = context.obj({ Title: PDFString.of(child), Parent: ref });
      const childRef = context.register(childItem);
      if (previousChild) previousChild.set(PDFName.of('Next'), childRef);
      else item.set(PDFName.of('First'), childRef);
      previousChild = childItem;
    }
    previous = item;
  }
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  // A classic cross-reference table, as Chromium writes.
  return doc.save({ useObjectStreams: false });
}

describe('fixDoubledOutlineTitles', () => {
  it('halves doubled titles at every level and leaves the rest', async () => {
    const file = PdfFile.read(await pdfWithOutline([['2 Inledning2 Inledning', '2.1 Uppdraget2.1 Uppdraget', '2.2 Metod'], ['3 Resultat']]));
    expect(fixDoubledOutlineTitles(file)).toBe(2);
    const doc = await PDFDocument.load(file.write(), { updateMetadata: false });
    const titles: string[] = [];
    const walk = (parent: PDFDict): void => {
      let item = parent.lookupMaybe(PDFName.of('First'), PDFDict);
      while (item) {
        titles.push(item.lookup(PDFName.Title, PDFString, PDFHexString).decodeText());
        walk(item);
        item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
      }
    };
    walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict));
    expect(titles).toEqual(['2 Inledning', '2.1 Uppdraget', '2.2 Metod', '3 Resultat']);
  });
});

describe('finishPdf', () => {
  it('gives the same bytes for the same input, whatever the clock says', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const bytes = await doc.save({ useObjectStreams: false });
    const a = await finishPdf(bytes, fixtureMeta);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const b = await finishPdf(bytes, fixtureMeta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('pins dates to midnight UTC of the report date and rejects a non-date', () => {
    expect(pinnedDate('2021-03-31').toISOString()).toBe('2021-03-31T00:00:00.000Z');
    expect(() => pinnedDate('31 mars 2021')).toThrow(/not an ISO date/);
  });
});
