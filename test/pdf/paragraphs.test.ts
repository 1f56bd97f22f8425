import { describe, expect, it } from '@jest/globals';
import { PDFDocument, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import { PdfDict, PdfName, PdfRef } from '../../src/pdf/postpass/cos.js';
import { PdfFile } from '../../src/pdf/postpass/file.js';
import { joinSplitParagraphs } from '../../src/pdf/postpass/paragraphs.js';

/**
 * A paragraph over three pages as Chromium tags it once printing/paged.ts has made each part own the
 * next (aria-owns): P [NonStruct, P [NonStruct, P [NonStruct]]], then the page's footnotes. And a P
 * holding an MCID of its own inside another, which is left alone.
 */
async function nested(): Promise<{ bytes: Uint8Array; refs: Record<string, PDFRef> }> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const refs: Record<string, PDFRef> = {};
  for (const name of ['root', 'document', 'outer', 'a', 'middle', 'b', 'last', 'c', 'note', 'other', 'own']) refs[name] = ctx.nextRef();
  const elem = (name: string, type: string, parent: string, kids: unknown) =>
    ctx.assign(refs[name]!, ctx.obj({ Type: 'StructElem', S: type, P: refs[parent]!, K: kids as never }));
  elem('document', 'Document', 'root', [refs['outer']!, refs['note']!, refs['other']!]);
  elem('outer', 'P', 'document', [refs['a']!, refs['middle']!]);
  elem('a', 'NonStruct', 'outer', PDFNumber.of(0));
  elem('middle', 'P', 'outer', [refs['b']!, refs['last']!]);
  elem('b', 'NonStruct', 'middle', PDFNumber.of(1));
  elem('last', 'P', 'middle', [refs['c']!]);
  elem('c', 'NonStruct', 'last', PDFNumber.of(2));
  elem('note', 'Note', 'document', PDFNumber.of(3));
  elem('other', 'P', 'document', [refs['own']!]);
  elem('own', 'P', 'other', PDFNumber.of(4));
  ctx.assign(refs['root']!, ctx.obj({ Type: 'StructTreeRoot', K: refs['document']! }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), refs['root']!);
  return { bytes: await doc.save({ useObjectStreams: false }), refs };
}

const kids = (file: PdfFile, num: number) => [(file.object(num) as PdfDict).get('K')].flat().map((kid) => (kid instanceof PdfRef ? kid.num : kid));

describe('joinSplitParagraphs', () => {
  it('makes a paragraph split over pages one P again, its parts\' kids in order', async () => {
    const { bytes, refs } = await nested();
    const file = PdfFile.read(bytes);
    expect(joinSplitParagraphs(file)).toBe(2);
    const reread = PdfFile.read(file.write());
    const [outer, a, b, c] = ['outer', 'a', 'b', 'c'].map((name) => refs[name]!.objectNumber) as [number, number, number, number];
    expect(kids(reread, outer)).toEqual([a, b, c]);
    for (const kid of [a, b, c]) expect(((reread.object(kid) as PdfDict).get('P') as PdfRef).num).toBe(outer);
    expect(reread.numbers()).not.toContain(refs['middle']!.objectNumber);
    expect(reread.numbers()).not.toContain(refs['last']!.objectNumber);
  });

  it('leaves a P that holds content of its own nested', async () => {
    const { bytes, refs } = await nested();
    const file = PdfFile.read(bytes);
    joinSplitParagraphs(file);
    expect(kids(file, refs['other']!.objectNumber)).toEqual([refs['own']!.objectNumber]);
    expect((file.object(refs['own']!.objectNumber) as PdfDict).get('S')).toBe(PdfName.of('P'));
  });
});
