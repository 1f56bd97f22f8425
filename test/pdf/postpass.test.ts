import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { draftLine } from '../../src/pdf/messages.js';
import { PdfDict, PdfName, PdfStream, PdfString } from '../../src/pdf/postpass/cos.js';
import { PdfFile } from '../../src/pdf/postpass/file.js';
import { finishPdf } from '../../src/pdf/postpass/finish.js';
import type { ChromiumFixture } from './chromium-fixture.js';
import { fixtureDir, readChromiumFixture } from './chromium-fixture.js';
import type { PdfText } from './helpers.js';
import { fixtureMeta, readPdfText } from './helpers.js';

/**
 * The post-pass on the checked-in Chromium PDF (test/fixtures/pdf/chromium/): each repair seen doing
 * its work on what Chromium really writes, without a browser. finished.sha256 pins the bytes that come
 * out (a golden file: written when missing, never under CI=true; UPDATE_GOLDEN=1 rewrites it when a
 * change to the post-pass is meant to change them).
 */

let fixture: ChromiumFixture;
let finished: Uint8Array;
let text: PdfText;
const draft = { date: '2025-01-02', commit: 'abc1234' };

beforeAll(async () => {
  fixture = await readChromiumFixture();
  finished = await finishPdf(fixture.pdf, fixtureMeta, fixture.links);
  text = await readPdfText(finished);
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every dictionary of the file (stream dictionaries included), by object number. */
function dictionaries(bytes: Uint8Array): Array<[number, PdfDict]> {
  const file = PdfFile.read(bytes);
  return file.numbers().flatMap((num): Array<[number, PdfDict]> => {
    const object = file.object(num);
    const dict = object instanceof PdfStream ? object.dict : object;
    return dict instanceof PdfDict ? [[num, dict]] : [];
  });
}

function structIds(bytes: Uint8Array): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (value instanceof PdfString && /^node\d+$/.test(value.decodeText())) ids.add(value.decodeText());
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value instanceof PdfDict) [...value.entries.values()].forEach(visit);
  };
  for (const [, dict] of dictionaries(bytes)) visit(dict);
  return [...ids].sort();
}

function decoded(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

describe('the post-pass on Chromium\'s PDF', () => {
  it('gives the bytes it gave before, the same every time', async () => {
    const draftBytes = await finishPdf(fixture.pdf, { ...fixtureMeta, draft }, fixture.links);
    const actual = `final ${sha(finished)}\ndraft ${sha(draftBytes)}\n`;
    expect(sha(await finishPdf(fixture.pdf, fixtureMeta, fixture.links))).toBe(sha(finished));
    const golden = join(fixtureDir, 'finished.sha256');
    if (!existsSync(golden) || (process.env['UPDATE_GOLDEN'] === '1' && process.env['CI'] !== 'true')) {
      if (process.env['CI'] === 'true') throw new Error(`${golden} is missing (not written under CI=true)`);
      writeFileSync(golden, actual);
    }
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it('writes the document information and XMP, the dates pinned to the report date (info.ts, xmp.ts)', async () => {
    expect(Buffer.from(fixture.pdf).toString('latin1')).toMatch(/\/Producer \(Skia\/PDF m\d+\)/);
    const doc = await PDFDocument.load(finished, { updateMetadata: false });
    expect([doc.getTitle(), doc.getAuthor(), doc.getSubject(), doc.getKeywords(), doc.getProducer(), doc.getCreator()]).toEqual([
      fixtureMeta.title,
      fixtureMeta.author,
      fixtureMeta.subject,
      fixtureMeta.keywords.join(' '),
      'ehalsa',
      'ehalsa',
    ]);
    expect(doc.getCreationDate()?.toISOString()).toBe('2021-03-31T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2021-03-31T00:00:00.000Z');
    expect(decoded(doc.catalog.lookup(PDFName.of('Lang')))).toBe('sv-SE');
    const preferences = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(String(preferences.get(PDFName.of('DisplayDocTitle')))).toBe('true');
    const xmp = new TextDecoder().decode((doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).getContents());
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${fixtureMeta.title}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2021-03-31T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('renumbers the structure ids 1, 2, 3, … (structids.ts)', () => {
    const before = structIds(fixture.pdf);
    expect(before.length).toBeGreaterThan(1);
    expect(before).not.toEqual(before.map((_, i) => `node${String(i + 1).padStart(8, '0')}`));
    expect(structIds(finished)).toEqual(before.map((_, i) => `node${String(i + 1).padStart(8, '0')}`));
  });

  it('makes the Alt-less Figure around a chart a Div, leaving the chart\'s Figure with its Alt (figures.ts)', () => {
    const figures = (bytes: Uint8Array) => {
      const file = PdfFile.read(bytes);
      return dictionaries(bytes)
        .filter(([, d]) => d.get('S') === PdfName.of('Figure'))
        .map(([, d]) => {
          const alt = file.resolve(d.get('Alt'));
          return alt instanceof PdfString ? alt.decodeText() : null;
        });
    };
    expect(figures(fixture.pdf)).toEqual([null, expect.stringContaining('andelen har ökat från 40 till 80 procent')]);
    expect(figures(finished)).toEqual([expect.stringContaining('andelen har ökat från 40 till 80 procent')]);
    expect(dictionaries(finished).filter(([, d]) => d.get('S') === PdfName.of('Div'))).toHaveLength(
      dictionaries(fixture.pdf).filter(([, d]) => d.get('S') === PdfName.of('Div')).length + 1,
    );
  });

  it('describes every link: a table of contents entry by its text, a footnote call as "Fotnot N" (links.ts)', () => {
    const links = (bytes: Uint8Array) =>
      dictionaries(bytes)
        .filter(([, d]) => d.get('Subtype') === PdfName.of('Link'))
        .map(([, d]) => [(d.get('Dest') as PdfName).name, (d.get('Contents') as PdfString | undefined)?.decodeText()]);
    expect(links(fixture.pdf).every(([, contents]) => contents === undefined)).toBe(true);
    expect(links(finished)).toEqual(fixture.links.map(([destination, description]) => [destination, description]));
  });

  it('maps the PDF 2.0 /Em to /Span in a role map (rolemap.ts) and gives each list item an LBody (lists.ts)', () => {
    const types = (bytes: Uint8Array) => dictionaries(bytes).filter(([, d]) => d.get('Type') === PdfName.of('StructElem')).map(([, d]) => (d.get('S') as PdfName).name);
    expect(types(fixture.pdf)).toContain('Em');
    const file = PdfFile.read(finished);
    const roleMap = file.dict(file.dict(file.catalog, 'StructTreeRoot')!, 'RoleMap');
    expect(roleMap?.get('Em')).toBe(PdfName.of('Span'));
    const items = dictionaries(finished).filter(([, d]) => d.get('S') === PdfName.of('LI'));
    expect(items.length).toBeGreaterThan(0);
    for (const [, item] of items) {
      const kids = [item.get('K')].flat().map((kid) => (file.resolve(kid as never) as PdfDict).get('S'));
      expect(kids.filter((kid) => kid !== PdfName.of('Lbl'))).toEqual([PdfName.of('LBody')]);
    }
  });

  it('tags the TOC\'s page numbers and the footnotes\' numbers as the content of their Link and Note, each footnote a Note (realtext.ts)', () => {
    const file = PdfFile.read(finished);
    const notes = dictionaries(finished).filter(([, d]) => d.get('S') === PdfName.of('Note'));
    expect(notes.map(([, d]) => (d.get('ID') as PdfString).decodeText()).sort()).toEqual(['note-1', 'note-2', 'note-3']);
    const idTree = file.dict(file.dict(file.catalog, 'StructTreeRoot')!, 'IDTree')!;
    const leaf = file.resolve(([idTree.get('Kids')].flat().pop() as never) ?? null) as PdfDict | undefined;
    const names = ((leaf ?? idTree).get('Names') as PdfString[]).filter((v) => v instanceof PdfString).map((v) => v.decodeText());
    expect(names.slice(-3)).toEqual(['note-1', 'note-2', 'note-3']);
    // No longer artifacts: the table of contents' page numbers (page 1), the calls' and the notes' numbers (page 2).
    const content = text.content.map((items) => items.map((item) => item.trim()).filter(Boolean));
    expect(content[0]).toEqual(['Liten rapport', 'Fixtur för efterbehandlingen av Chromiums PDF', 'Innehåll', '1 Inledning', '2', '1.1 Uppdraget', '2', '2 Resultat', '3']);
    expect(content[1]!.filter((item) => /^\d$/.test(item))).toEqual(['1', '2', '1', '2']);
  });

  it('marks the running header and the folios as Artifact, leaving nothing unmarked (artifacts.ts)', async () => {
    const before = await readPdfText(fixture.pdf);
    expect(before.unmarked.flat()).toEqual(expect.arrayContaining([expect.stringContaining('Dokumentnamn: Liten rapport'), '2 (3)']));
    expect(text.unmarked.flat()).toEqual([]);
    expect(text.pages).toEqual(before.pages);
    expect(text.content.flat()).not.toContain('2 (3)');
    expect(text.outline).toEqual(before.outline);
    expect(text.outline).toEqual(expect.arrayContaining(['1 Inledning', '1.1 Uppdraget', '2 Resultat']));
  });

  it('marks every page of a draft UTKAST with the build date and commit, as an Artifact (watermark.ts)', async () => {
    const marked = await readPdfText(await finishPdf(fixture.pdf, { ...fixtureMeta, draft }, fixture.links));
    expect(marked.pages).toHaveLength(fixture.pages);
    for (const [i, page] of marked.items.entries()) {
      expect(page).toEqual(expect.arrayContaining(['UTKAST', draftLine(draft.date, draft.commit)]));
      expect(marked.content[i]).toEqual(text.content[i]);
    }
    expect(marked.unmarked.flat()).toEqual([]);
  });
});

describe('the post-pass on the same PDF with a cross-reference stream and object streams', () => {
  it('does the same repairs', async () => {
    const doc = await PDFDocument.load(fixture.pdf, { updateMetadata: false });
    const compressed = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(compressed).toString('latin1')).toContain('/Type /XRef');
    const result = await finishPdf(compressed, fixtureMeta, fixture.links);
    const again = await readPdfText(result);
    expect({ pages: again.pages, unmarked: again.unmarked, outline: again.outline }).toEqual({ pages: text.pages, unmarked: text.unmarked, outline: text.outline });
    expect(structIds(result)).toEqual(structIds(finished));
    const reread = await PDFDocument.load(result, { updateMetadata: false });
    expect(reread.getTitle()).toBe(fixtureMeta.title);
    const described = reread.getPages().flatMap((page) => page.node.Annots()?.asArray().map((ref) => decoded(reread.context.lookup(ref, PDFDict).lookup(PDFName.of('Contents')))) ?? []);
    expect(described.sort()).toEqual(fixture.links.map(([, description]) => description).sort());
  });
});
