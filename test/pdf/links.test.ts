import { describe, expect, it } from '@jest/globals';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { PdfDict, PdfName, PdfString } from '../../src/pdf/postpass/cos.js';
import { PdfFile } from '../../src/pdf/postpass/file.js';
import { describeLinks } from '../../src/pdf/postpass/links.js';

/** One page with four link annotations, as Chromium writes them (an object each, a named /Dest). */
async function sample(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([200, 300]);
  const link = (dest: string, extra: Record<string, unknown> = {}) =>
    doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], Dest: PDFName.of(dest), ...extra }));
  const square = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Square', Rect: [0, 0, 10, 10] }));
  page.node.set(
    PDFName.of('Annots'),
    doc.context.obj([link('note-7'), link('sec-1'), link('okänd'), link('sec-2', { Contents: PDFString.of('Egen') }), square]),
  );
  return doc.save({ useObjectStreams: false });
}

/** Each annotation's destination (or subtype) and /Contents, read back. */
function contents(bytes: Uint8Array): Array<[string, string | undefined]> {
  const file = PdfFile.read(bytes);
  const [page] = file.pages();
  const annots = file.resolve(page!.dict.get('Annots')) as unknown[];
  return annots.map((ref) => {
    const annot = file.resolve(ref as never) as PdfDict;
    const dest = annot.get('Dest');
    const text = annot.get('Contents');
    return [dest instanceof PdfName ? dest.name : String((annot.get('Subtype') as PdfName).name), text instanceof PdfString ? text.decodeText() : undefined];
  });
}

describe('describeLinks', () => {
  it('gives each link its destination\'s description, leaving links it has none for and ones described already', async () => {
    const file = PdfFile.read(await sample());
    const described = describeLinks(file, [
      ['note-7', 'Fotnot 7'],
      ['sec-1', '1 Inledning och bakgrund – översikt'],
      ['sec-2', 'Annan'],
    ]);
    expect(described).toBe(2);
    expect(contents(file.write())).toEqual([
      ['note-7', 'Fotnot 7'],
      ['sec-1', '1 Inledning och bakgrund – översikt'],
      ['okänd', undefined],
      ['sec-2', 'Egen'],
      ['Square', undefined],
    ]);
  });

  it('describes nothing without descriptions', async () => {
    const file = PdfFile.read(await sample());
    expect(describeLinks(file, [])).toBe(0);
    expect(contents(file.write()).filter(([, text]) => text !== undefined)).toEqual([['sec-2', 'Egen']]);
  });
});
