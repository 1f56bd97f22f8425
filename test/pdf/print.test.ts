import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import type { Printer, PrintResult } from '../../src/pdf/index.js';
import { openPrinter } from '../../src/pdf/index.js';
import { draftLine } from '../../src/pdf/messages.js';
import type { PdfText } from './helpers.js';
import { browserTests } from '../support/browser.js';
import { fixtureMeta, loadFixtureHtml, readPdfText, readPrintCss } from './helpers.js';

/**
 * The fixture report printed through the real browser (whatever discovery finds; here the Chromium
 * inside @sparticuz/chromium) and read back with pdfjs-dist and pdf-lib. Skipped where no browser can
 * start (test/support/browser.ts).
 */

const browser = await browserTests(import.meta.url);

const footnoteCount = 35;
const compactPageNumber = /\d+\(\d+\)/;

let printer: Printer;
let html: string;
let first: PrintResult;
let second: PrintResult;
let text: PdfText;
const timings: Record<string, number> = {};

beforeAll(async () => {
  html = await loadFixtureHtml();
  let started = performance.now();
  printer = await openPrinter();
  timings['launch'] = performance.now() - started;
  started = performance.now();
  first = await printer.print(html, fixtureMeta);
  timings['cold print'] = performance.now() - started;
  started = performance.now();
  second = await printer.print(html, fixtureMeta);
  timings['warm print'] = performance.now() - started;
  text = await readPdfText(first.pdf);
}, 120_000);

afterAll(async () => {
  await printer?.close();
  console.log(
    `PDF timings (${printer?.source}): ` +
      Object.entries(timings)
        .map(([what, ms]) => `${what} ${Math.round(ms)} ms`)
        .join(', '),
  );
});

function pageOf(needle: string, from = 0): number {
  const index = text.pages.findIndex((page, i) => i >= from && page.includes(needle));
  return index < 0 ? -1 : index + 1;
}

browser.describe('printing the fixture report', () => {
  it('has several pages and reports its page and footnote counts', () => {
    expect(text.pages.length).toBeGreaterThan(1);
    expect(first.pageCount).toBe(text.pages.length);
    expect(first.footnoteCount).toBe(footnoteCount);
    expect(first.diagnostics).toEqual([]);
  });

  it('prints no running header and no page number on the cover', () => {
    expect(text.pages[0]).toContain('Uppföljning Vision e-hälsa 2025');
    expect(text.pages[0]).not.toContain('Dokumentnamn:');
    expect(text.items[0]).not.toContain('Diarienummer 2021/00171');
    expect(text.compact[0]).not.toMatch(compactPageNumber);
  });

  it('prints the running header and "N (M)" on every later page', () => {
    const total = text.pages.length;
    text.pages.slice(1).forEach((page, i) => {
      expect(page).toContain('Dokumentnamn: Uppföljning Vision e-hälsa 2025 - Rapport avseende år 2020');
      expect(page).toContain('Diarienummer 2021/00171');
      expect(text.compact[i + 1]).toContain(`${i + 2}(${total})`);
    });
  });

  it('puts every footnote on the page of its call, numbered continuously', () => {
    for (let k = 1; k <= footnoteCount; k++) {
      const id = String(k).padStart(2, '0');
      const call = pageOf(`Mätpunkt${id}`);
      expect({ k, page: pageOf(`Fotnot${id}:`) }).toEqual({ k, page: call });
      // The call's number follows the word and the note starts with the same number.
      const items = text.items[call - 1] ?? [];
      expect(items[items.findIndex((s) => s.includes(`Mätpunkt${id}`)) + 1]).toBe(String(k));
      expect(items[items.findIndex((s) => s.startsWith(`Fotnot${id}:`)) - 1]).toBe(String(k));
    }
  });

  it('prints the right page number after each TOC entry', () => {
    const tocPage = pageOf('Innehåll');
    const toc = text.items[tocPage - 1] ?? [];
    const entries = ['Inledning', 'Uppdraget', 'Bakgrundsfaktorer', 'Tillgång till internet', 'E-legitimation', 'Välfärdsteknik'];
    for (const title of entries) {
      const at = toc.findIndex((s) => s.trim() === title);
      expect(at).toBeGreaterThan(-1);
      const printed = Number(toc[at + 1]);
      // The heading itself: the first page after the TOC that contains the title.
      expect({ title, page: printed }).toEqual({ title, page: pageOf(title, tocPage) });
    }
  });

  it('keeps a short table on one page and repeats a long table\'s header on each page', () => {
    expect(pageOf('Region 8')).toBe(pageOf('Region 1'));
    const start = pageOf('Kommun 01');
    const end = pageOf('Kommun 60');
    expect(end).toBeGreaterThan(start);
    for (let page = start; page <= end; page++) {
      expect(text.items[page - 1]).toContain('Läkemedelsautomat');
    }
  });

  it('sets the document information and the language', async () => {
    const doc = await PDFDocument.load(first.pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(fixtureMeta.title);
    expect(doc.getAuthor()).toBe(fixtureMeta.author);
    expect(doc.getSubject()).toBe(fixtureMeta.subject);
    expect(doc.getKeywords()).toBe(fixtureMeta.keywords.join(' '));
    expect(doc.getProducer()).toBe('ehalsa');
    expect(doc.getCreationDate()?.toISOString()).toBe('2021-03-31T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2021-03-31T00:00:00.000Z');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('sv-SE');
    const metadata = doc.catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode((metadata as PDFRawStream).getContents());
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Uppföljning Vision e-hälsa 2025</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2021-03-31T00:00:00Z</xmp:CreateDate>');
  });

  it('is tagged, with /Alt on the figures taken from the SVG', async () => {
    const doc = await PDFDocument.load(first.pdf, { updateMetadata: false });
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    const alts = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) =>
        object instanceof PDFDict && String(object.get(PDFName.of('S'))) === '/Figure' ? [object.lookup(PDFName.of('Alt'))] : [],
      )
      .map((alt) => (alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : ''));
    // Exactly the two SVGs: the <figure> around each is a Div, not an Alt-less Figure.
    expect(alts).toEqual([
      expect.stringContaining('andel av befolkningen med fiber'),
      expect.stringContaining('inloggningar i 1177'),
    ]);
  });

  it('describes every link (PDF/UA): a TOC entry by its text, a footnote call as "Fotnot N"', async () => {
    const doc = await PDFDocument.load(first.pdf, { updateMetadata: false });
    const links = doc.getPages().flatMap((page) =>
      page.node
        .Annots()
        ?.asArray()
        .map((ref) => doc.context.lookup(ref, PDFDict))
        .filter((annot) => String(annot.get(PDFName.of('Subtype'))) === '/Link') ?? [],
    );
    const pairs = links.map((link): [string, string] => {
      const contents = link.lookup(PDFName.of('Contents'));
      return [String(link.get(PDFName.of('Dest'))), contents instanceof PDFString || contents instanceof PDFHexString ? contents.decodeText() : ''];
    });
    const described = new Map(pairs);
    expect(links.length).toBeGreaterThan(footnoteCount);
    expect(pairs.filter(([, text]) => text === '')).toEqual([]);
    expect(described.get('/sec-1')).toBe('1 Inledning');
    expect(described.get('/sec-2-1')).toBe('2.1 Tillgång till internet');
    for (let k = 1; k <= footnoteCount; k++) expect(described.get(`/note-${k}`)).toBe(`Fotnot ${k}`);
  });

  it('leaves no text outside the tag tree except as Artifact (running header, page numbers)', () => {
    expect(text.unmarked.flat()).toEqual([]);
  });

  it('has bookmarks for the headings, none doubled', () => {
    expect(text.outline).toEqual(expect.arrayContaining(['1 Inledning', '2.1 Tillgång till internet', '3 Resultat']));
    for (const title of text.outline) expect(title).not.toMatch(/^(.+)\1$/);
  });

  it('embeds every font it uses', async () => {
    const doc = await PDFDocument.load(first.pdf, { updateMetadata: false });
    const fonts = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) => (object instanceof PDFDict && String(object.get(PDFName.Type)) === '/FontDescriptor' ? [object] : []));
    expect(fonts.length).toBeGreaterThan(0);
    for (const descriptor of fonts) {
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
      expect({ font: String(descriptor.get(PDFName.of('FontName'))), embedded }).toEqual(expect.objectContaining({ embedded: true }));
    }
    const base = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, o]) => (o instanceof PDFDict && String(o.get(PDFName.Type)) === '/Font' ? [String(o.get(PDFName.of('BaseFont')))] : []));
    for (const name of base) expect(name).toMatch(/SourceSans3/);
  });

  it('is byte-identical when printed twice', () => {
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(sha(second.pdf)).toBe(sha(first.pdf));
  });
});

browser.describe('draft mode', () => {
  it('marks every page UTKAST with the build date and commit, still embedding all fonts', async () => {
    const draft = { date: '2025-01-02', commit: 'abc1234' };
    const result = await printer.print(html, { ...fixtureMeta, draft });
    const draftText = await readPdfText(result.pdf);
    expect(draftText.pages.length).toBe(text.pages.length);
    for (const page of draftText.pages) {
      expect(page).toContain('UTKAST');
      expect(page).toContain(draftLine(draft.date, draft.commit));
    }
    const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
    const unembedded = doc.context
      .enumerateIndirectObjects()
      .filter(([, o]) => o instanceof PDFDict && String(o.get(PDFName.Type)) === '/Font' && String(o.get(PDFName.of('Subtype'))) === '/Type1');
    expect(unembedded).toEqual([]);
  });
});

browser.describe('a footnote longer than a page', () => {
  it('continues at the foot of the following pages without its number, the next note numbered on', async () => {
    const css = await readPrintCss();
    const filler = Array.from({ length: 9 }, () => '<p>Rapporten beskriver hur digitaliseringen har utvecklats under året, i regioner och kommuner.</p>').join('');
    const long = Array.from({ length: 450 }, (_, i) => `Lång${String(i + 1).padStart(3, '0')} text i en lång fotnot.`).join(' ');
    const doc =
      `<html lang="sv-SE"><head><style>${css}</style></head><body><section class="cover"><p>Omslag</p></section><h1>Fotnoter</h1>` +
      `<p>Anrop<span class="footnote">Kort1: en kort fotnot.</span> visar det.</p>${filler}` +
      `<p>Anrop<span class="footnote">${long} Slut.</span> visar det.</p>` +
      `<p>Anrop<span class="footnote">Kort3: en kort fotnot.</span> visar det.</p>${filler}</body></html>`;
    const { items, pages } = await readPdfText((await printer.print(doc, fixtureMeta)).pdf);
    const pageOfText = (needle: string) => pages.findIndex((page) => page.includes(needle)) + 1;
    const before = (page: number, start: string) => {
      const on = items[page - 1] ?? [];
      return on[on.findIndex((s) => s.startsWith(start)) - 1];
    };
    const start = pageOfText('Lång001');
    const end = pageOfText('Slut.');
    expect(end).toBeGreaterThan(start);
    expect(before(pageOfText('Kort1:'), 'Kort1:')).toBe('1');
    expect(before(start, 'Lång001')).toBe('2');
    for (let page = start + 1; page <= end; page++) {
      const on = items[page - 1] ?? [];
      const continued = on.findIndex((s) => s.includes('Lång'));
      expect({ page, before: on[continued - 1] }).not.toEqual({ page, before: '2' });
    }
    expect(before(pageOfText('Kort3:'), 'Kort3:')).toBe('3');
  });
});

browser.describe('headings', () => {
  /** 40 headings after 1–11 short lines each, so some fall near a page bottom. */
  async function strandedHeadings(css: string): Promise<number> {
    const sections = Array.from({ length: 40 }, (_, i) => {
      const lines = Array.from({ length: ((i * 5) % 11) + 1 }, (_, j) => `<p>Rad ${i}.${j}</p>`).join('');
      return `${lines}<h2>Rubrik ${i}</h2>`;
    }).join('');
    const doc = `<html lang="sv-SE"><head><style>${css}</style></head><body><section class="cover"><p>Omslag</p></section><h1>Kapitel</h1>${sections}<p>Slut</p></body></html>`;
    const body = (await readPdfText((await printer.print(doc, fixtureMeta)).pdf)).content;
    return body.filter((items) => /^Rubrik/.test(items.at(-1) ?? '')).length;
  }

  it('start chapters on a new page, with no blank page after the cover', async () => {
    const css = await readPrintCss();
    const doc = `<html lang="sv-SE"><head><style>${css}</style></head><body><p class="running-docname">D</p><p class="running-diarienummer">X</p><section class="cover"><p>Omslag</p></section><main><h1>Förord</h1><p>Ett</p><div class="page-break" aria-hidden="true"></div><h1>Sammanfattning</h1><p>Två</p><div class="page-break" aria-hidden="true"></div><p>Tre</p></main></body></html>`;
    const body = (await readPdfText((await printer.print(doc, fixtureMeta)).pdf)).content;
    expect(body).toEqual([['Omslag'], ['Förord', 'Ett'], ['Sammanfattning', 'Två'], ['Tre']]);
  });

  it('are never left alone at the bottom of a page', async () => {
    const css = await readPrintCss();
    expect(await strandedHeadings(css)).toBe(0);
    // The same document without break-after: avoid does strand some: the check above can fail.
    expect(await strandedHeadings(css.replace('break-after: avoid;', 'break-after: auto;'))).toBeGreaterThan(0);
  }, 60_000);
});

browser.describe('network', () => {
  it('blocks requests that leave the page and reports them as warnings', async () => {
    const withImage = html.replace('<p>Rapporten beskriver', () => '<p><img src="http://example.com/x.png" alt="">Rapporten beskriver');
    const result = await printer.print(withImage, fixtureMeta);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'pdf/network-blocked', message: expect.stringContaining('http://example.com/x.png') }),
    ]);
    expect(result.pageCount).toBe(first.pageCount);
    // The page is kept for the next document, its log is not.
    expect((await printer.print(html, fixtureMeta)).diagnostics).toEqual([]);
  });
});

browser.describe('two lanes', () => {
  it('prints two documents side by side in a multi-process browser, byte-identical to one at a time', async () => {
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const lanes = await openPrinter({ lanes: 2 });
    try {
      const results = await Promise.all([lanes.print(html, fixtureMeta), lanes.print(html, fixtureMeta), lanes.print(html, fixtureMeta)]);
      for (const result of results) expect(sha(result.pdf)).toBe(sha(first.pdf));
    } finally {
      await lanes.close();
    }
  }, 180_000);
});

browser.describe('closing', () => {
  it('leaves no browser process and no profile folder behind', async () => {
    const other = await openPrinter();
    const { pid, profileDir } = other;
    expect(pid).not.toBeNull();
    expect(existsSync(profileDir)).toBe(true);
    await other.close();
    expect(isRunning(pid ?? -1)).toBe(false);
    expect(existsSync(profileDir)).toBe(false);
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
