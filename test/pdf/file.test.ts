import { deflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import type { PdfValue } from '../../src/pdf/postpass/cos.js';
import { PdfDict, PdfName, PdfNumber, PdfRef, PdfStream, PdfString, PdfSyntaxError, serialize } from '../../src/pdf/postpass/cos.js';
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
    expect(() => PdfFile.read(Buffer.from('%PDF-1.4\nnot a pdf'))).toThrow(/no "startxref" at the end/);
    const bytes = await sample();
    expect(() => PdfFile.read(bytes.subarray(0, bytes.length - 100))).toThrow(PdfSyntaxError);
    const source = Buffer.from(bytes).toString('latin1');
    const pointingAtNothing = source.replace(/startxref\n\d+/, 'startxref\n9');
    expect(() => PdfFile.read(Buffer.from(pointingAtNothing, 'latin1'))).toThrow(/^not a cross-reference table or stream at byte \d+ of the PDF$/);
    const encrypted = source.replace('trailer\n<<', 'trailer\n<</Encrypt 1 0 R');
    expect(() => PdfFile.read(Buffer.from(encrypted, 'latin1'))).toThrow(/the PDF is encrypted/);
  });

  it('lists the pages in page order, through the page tree', async () => {
    const file = PdfFile.read(await sample());
    const pages = file.pages();
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.dict.get('Type')).toBe(PdfName.of('Page'));
  });
});

describe('PdfFile on cross-reference streams and object streams (PDF 1.5)', () => {
  /** The same document saved both ways by pdf-lib: a classic table, and an xref stream with object streams. */
  async function bothWays(): Promise<{ classic: Uint8Array; compressed: Uint8Array }> {
    const doc = await PDFDocument.load(await sample(), { updateMetadata: false });
    return { classic: await doc.save({ useObjectStreams: false }), compressed: await doc.save({ useObjectStreams: true }) };
  }

  /** An object as text: a stream's dictionary and its data. */
  const text = (value: unknown): string =>
    value instanceof PdfStream ? `${serialize(value.dict)} ${Buffer.from(value.data).toString('hex')}` : serialize(value as PdfValue);

  it('reads every object packed or not, the same as from the classic file', async () => {
    const { classic, compressed } = await bothWays();
    expect(Buffer.from(compressed).toString('latin1')).toContain('/Type /XRef');
    expect(Buffer.from(compressed).toString('latin1')).toContain('/Type /ObjStm');
    const a = PdfFile.read(classic);
    const b = PdfFile.read(compressed);
    expect(b.numbers()).toEqual(a.numbers());
    for (const num of a.numbers()) expect({ num, object: text(b.object(num)) }).toEqual({ num, object: text(a.object(num)) });
    expect(b.pages()).toHaveLength(3);
    expect((b.dict(b.trailer, 'Info')?.get('Title') as PdfString).decodeText()).toBe('Prov');
  });

  it('writes it with a classic table, every object its own, without the bookkeeping streams', async () => {
    const { classic, compressed } = await bothWays();
    const file = PdfFile.read(compressed);
    const [first] = file.pages();
    first!.dict.set('Rotate', PdfNumber.of(180));
    file.put(first!.num, first!.dict);
    const written = file.write();
    const source = Buffer.from(written).toString('latin1');
    expectConsistentTable(written);
    expect(source).not.toMatch(/\/Type \/(XRef|ObjStm)/);
    // The xref stream's own entries (/Type /XRef, /W, /Index, /Filter, /Length) are gone from the trailer.
    expect(source.slice(source.lastIndexOf('trailer'))).toMatch(/^trailer\n<<\/Size \d+\n\/Root \d+ 0 R\n\/Info \d+ 0 R>>\nstartxref\n/);
    const doc = await PDFDocument.load(written, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getPage(0).getRotation().angle).toBe(180);
    expect(doc.getTitle()).toBe('Prov');
    // Read back, it is the classic file's objects, the edited page aside.
    const again = PdfFile.read(written);
    const reference = PdfFile.read(classic);
    expect(again.numbers()).toEqual(reference.numbers());
    for (const num of reference.numbers().filter((n) => n !== first!.num)) {
      expect({ num, object: text(again.object(num)) }).toEqual({ num, object: text(reference.object(num)) });
    }
  });

  it('reads a table with a hidden cross-reference stream (/XRefStm) whose rows are PNG-predicted', () => {
    const file = PdfFile.read(hybrid());
    expect(file.numbers()).toEqual([1, 2, 3]);
    expect(file.catalog.get('Type')).toBe(PdfName.of('Catalog'));
    expect(file.pages().map((page) => page.num)).toEqual([3]);
    const written = file.write();
    expectConsistentTable(written);
    expect(PdfFile.read(written).pages().map((page) => page.num)).toEqual([3]);
  });
});

/**
 * A hybrid file, written by hand: objects 1 (catalog) and 2 (page tree) packed into object stream 4;
 * 3 (the page) stored as itself; a classic table that lists 3 and 4 and marks 1 and 2 free, and a
 * trailer whose /XRefStm points at stream 5, which has 1 and 2 (rows PNG "Up"-predicted, as Acrobat
 * and qpdf write them).
 */
function hybrid(): Uint8Array {
  const [catalog, pages] = ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>'];
  const header = `1 0 2 ${catalog.length + 1} `;
  const objects = `${catalog} ${pages}`;
  const parts: string[] = ['%PDF-1.5\n'];
  const at: number[] = [];
  const object = (num: number, body: string) => {
    at[num] = parts.join('').length;
    parts.push(`${num} 0 obj\n${body}\nendobj\n`);
  };
  const stream = (dict: string, data: Buffer) => `<<${dict} /Filter /FlateDecode /Length ${data.length}>>\nstream\n${data.toString('latin1')}\nendstream`;
  object(3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 300]>>');
  object(4, stream(`/Type /ObjStm /N 2 /First ${header.length}`, deflateSync(Buffer.from(header + objects, 'latin1'))));
  // /W [1 1 1] rows [type, stream, index] for objects 1 and 2, each predicted from the row above (filter 2, Up).
  const rows = [
    [2, 4, 0],
    [2, 4, 1],
  ];
  const predicted = rows.flatMap((row, r) => [2, ...row.map((byte, i) => (byte - (rows[r - 1]?.[i] ?? 0) + 256) % 256)]);
  object(5, stream('/Type /XRef /Size 6 /Index [1 2] /W [1 1 1] /DecodeParms <</Predictor 12 /Columns 3>>', deflateSync(Buffer.from(predicted))));
  const table = parts.join('').length;
  const used = (num: number) => `${String(at[num]).padStart(10, '0')} 00000 n \n`;
  parts.push(`xref\n0 6\n0000000000 65535 f \n0000000000 00000 f \n0000000000 00000 f \n${used(3)}${used(4)}${used(5)}`);
  parts.push(`trailer\n<</Size 6 /Root 1 0 R /XRefStm ${at[5]}>>\nstartxref\n${table}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}
