import { describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { PdfDict, PdfName, PdfNumber, PdfRef, PdfString, PdfSyntaxError } from '../../src/pdf/postpass/cos.js';
import { PdfFile } from '../../src/pdf/postpass/file.js';

/** A three-page PDF with a classic cross-reference table, as Chromium writes them. */
async function sample(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < 3; i++) doc.addPage([200, 300]).drawText(`Sida ${i + 1}`, { x: 20, y: 20 });
  doc.setTitle('Prov');
  return doc.save({ useObjectStreams: false });
}

/** Every entry of the written cross-reference table points at its "N G obj". */
function expectConsistentTable(bytes: Uint8Array): void {
  const text = Buffer.from(bytes).toString('latin1');
  const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  const table = text.slice(xref).split('trailer')[0]!.split('\n').slice(2);
  table.forEach((row, num) => {
    const [offset, gen, kind] = row.split(' ');
    if (kind === 'n') expect(text.startsWith(`${num} ${Number(gen)} obj`, Number(offset))).toBe(true);
  });
}

describe('PdfFile', () => {
  it('writes an unedited file with every object copied byte for byte', async () => {
    const bytes = await sample();
    const written = PdfFile.read(bytes).write();
    const source = Buffer.from(bytes).toString('latin1');
    // Everything up to the table is the same; only the table and trailer are written anew.
    expect(Buffer.from(written).toString('latin1').slice(0, source.indexOf('\nxref\n'))).toBe(source.slice(0, source.indexOf('\nxref\n')));
    expectConsistentTable(written);
    expect((await PDFDocument.load(written)).getPageCount()).toBe(3);
  });

  it('writes edited, added and removed objects, with a consistent table', async () => {
    const file = PdfFile.read(await sample());
    const [first, second] = file.pages();
    first!.dict.set('Rotate', PdfNumber.of(90));
    file.put(first!.num, first!.dict);
    const added = file.add(new PdfDict([['Note', PdfString.text('tillagd')]]));
    file.catalog.set('EhalsaNote', added);
    file.put((file.trailer.get('Root') as PdfRef).num, file.catalog);
    const contents = second!.dict.get('Contents') as PdfRef;
    second!.dict.delete('Contents');
    file.put(second!.num, second!.dict);
    file.remove(contents.num);
    const written = file.write();
    expectConsistentTable(written);
    const doc = await PDFDocument.load(written);
    expect(doc.getPage(0).getRotation().angle).toBe(90);
    const again = PdfFile.read(written);
    expect(again.object(contents.num)).toBeNull();
    const note = again.dict(again.catalog, 'EhalsaNote');
    expect((note?.get('Note') as PdfString).decodeText()).toBe('tillagd');
  });

  it('reads an incremental update: the newer version of an object wins', async () => {
    const bytes = await sample();
    const file = PdfFile.read(bytes);
    const info = file.trailer.get('Info') as PdfRef;
    const source = Buffer.from(bytes).toString('latin1');
    const previous = Number(/startxref\n(\d+)/.exec(source)?.[1]);
    const object = `${info.num} 0 obj\n<</Title (Ny titel)>>\nendobj\n`;
    const xref = bytes.length + object.length;
    const size = (file.trailer.get('Size') as PdfNumber).value;
    const update =
      object +
      `xref\n${info.num} 1\n${String(bytes.length).padStart(10, '0')} 00000 n \n` +
      `trailer\n<</Size ${size} /Root ${(file.trailer.get('Root') as PdfRef).num} 0 R /Info ${info.num} 0 R /Prev ${previous}>>\nstartxref\n${xref}\n%%EOF\n`;
    const updated = PdfFile.read(Buffer.concat([bytes, Buffer.from(update, 'latin1')]));
    const title = (updated.object(info.num) as PdfDict).get('Title') as PdfString;
    expect(title.decodeText()).toBe('Ny titel');
    expect(updated.pages()).toHaveLength(3);
    const written = updated.write();
    expectConsistentTable(written);
    expect((await PDFDocument.load(written, { updateMetadata: false })).getTitle()).toBe('Ny titel');
  });

  it('names what it cannot read', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    // pdf-lib's default: object streams and a cross-reference stream.
    const compressed = await doc.save();
    expect(() => PdfFile.read(compressed)).toThrow(PdfSyntaxError);
    expect(() => PdfFile.read(compressed)).toThrow(/a cross-reference stream is not supported/);
    expect(() => PdfFile.read(Buffer.from('%PDF-1.4\nnot a pdf'))).toThrow(/no "startxref" at the end/);
    const bytes = await sample();
    expect(() => PdfFile.read(bytes.subarray(0, bytes.length - 100))).toThrow(PdfSyntaxError);
  });

  it('lists the pages in page order, through the page tree', async () => {
    const file = PdfFile.read(await sample());
    const pages = file.pages();
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.dict.get('Type')).toBe(PdfName.of('Page'));
  });
});
