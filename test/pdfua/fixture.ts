import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/**
 * A small PDF that passes every checkpoint: two pages, tagged as PDF/UA asks, with one of each thing
 * the report has (headings, a paragraph with a footnote call that is a described link, a figure with
 * its alternative, a table with header cells, a list, a span in another language, a role-mapped type,
 * the footnote as a Note, running head and folio as artifacts), Source Sans 3 embedded as a subset
 * with its ToUnicode CMap, XMP with dc:title and pdfuaid:part, a bookmark.
 *
 * The checkpoint tests break copies of it, one way each.
 */
let cached: Promise<Uint8Array> | undefined;
export function goodPdf(): Promise<Uint8Array> {
  cached ??= build();
  return cached;
}

const require = createRequire(import.meta.url);

export function fontFile(): Promise<Buffer> {
  const dir = dirname(require.resolve('@fontsource/source-sans-3/package.json'));
  return readFile(join(dir, 'files', 'source-sans-3-latin-400-normal.woff'));
}

interface Run {
  tag: string;
  mcid: number;
  text?: string;
  size?: number;
  x: number;
  y: number;
}

async function build(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await fontFile(), { subset: true });
  const ctx = doc.context;
  const pages = [doc.addPage([595, 842]), doc.addPage([595, 842])];
  const [p1, p2] = pages.map((p) => p.ref) as [PDFRef, PDFRef];

  const show = (text: string, size: number, x: number, y: number): string => `BT /F1 ${size} Tf ${x} ${y} Td ${font.encodeText(text).toString()} Tj ET`;
  const tagged = (r: Run): string => `/${r.tag} <</MCID ${r.mcid}>> BDC\n${r.text === undefined ? '' : show(r.text, r.size ?? 11, r.x, r.y)}\nEMC`;
  const artifact = (kind: string, text: string, x: number, y: number): string =>
    `/Artifact <</Type /Pagination /Subtype /${kind}>> BDC\n${show(text, 9, x, y)}\nEMC`;
  const page1 = [
    artifact('Header', 'Exempelrapport', 72, 800),
    tagged({ tag: 'H1', mcid: 0, text: 'Rubrik', size: 20, x: 72, y: 740 }),
    tagged({ tag: 'P', mcid: 1, text: 'Text med en fotnot', x: 72, y: 710 }),
    tagged({ tag: 'Link', mcid: 2, text: '1', size: 7, x: 170, y: 714 }),
    tagged({ tag: 'P', mcid: 3, text: '.', x: 175, y: 710 }),
    '/Figure <</MCID 4>> BDC\n0.2 0.4 0.8 rg 72 600 100 80 re f\nEMC',
    tagged({ tag: 'H2', mcid: 5, text: 'Tabell', size: 14, x: 72, y: 570 }),
    tagged({ tag: 'TH', mcid: 6, text: 'År', x: 72, y: 550 }),
    tagged({ tag: 'TH', mcid: 7, text: 'Andel', x: 150, y: 550 }),
    tagged({ tag: 'TD', mcid: 8, text: '2020', x: 72, y: 535 }),
    tagged({ tag: 'TD', mcid: 9, text: '66', x: 150, y: 535 }),
    artifact('Footer', '1 (2)', 290, 40),
  ];
  const page2 = [
    artifact('Header', 'Exempelrapport', 72, 800),
    tagged({ tag: 'H2', mcid: 0, text: 'Lista', size: 14, x: 72, y: 740 }),
    tagged({ tag: 'Lbl', mcid: 1, text: '1.', x: 72, y: 720 }),
    tagged({ tag: 'LBody', mcid: 2, text: 'Punkt', x: 90, y: 720 }),
    tagged({ tag: 'Span', mcid: 3, text: 'English words', x: 72, y: 700 }),
    tagged({ tag: 'Stycke', mcid: 4, text: 'Ett rollmappat stycke', x: 72, y: 680 }),
    tagged({ tag: 'Note', mcid: 5, text: '1 En fotnot.', size: 8, x: 72, y: 100 }),
    artifact('Footer', '2 (2)', 290, 40),
  ];
  const fontRef = font.ref;
  [page1, page2].forEach((ops, i) => {
    const page = pages[i]!;
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(ops.join('\n') + '\n')));
    page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: fontRef } }));
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
  });

  // The footnote call: a link to the note's named destination, described.
  const annot = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [168, 710, 176, 722],
      Border: [0, 0, 0],
      F: 4,
      Dest: PDFName.of('note-1'),
      Contents: PDFHexString.fromText('Fotnot 1'),
      StructParent: 2,
    }),
  );
  pages[0]!.node.set(PDFName.of('Annots'), ctx.obj([annot]));
  pages[0]!.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  doc.catalog.set(PDFName.of('Dests'), ctx.obj({ 'note-1': [p2, PDFName.of('XYZ'), 72, 110, 0] }));

  // The tree.
  const root = ctx.nextRef();
  const elem = (type: string, parent: PDFRef, extra: Record<string, PDFObject> = {}): { ref: PDFRef; dict: PDFDict } => {
    const ref = ctx.nextRef();
    const dict = ctx.obj({ Type: 'StructElem', S: type, P: parent }) as PDFDict;
    for (const [k, v] of Object.entries(extra)) dict.set(PDFName.of(k), v);
    ctx.assign(ref, dict);
    return { ref, dict };
  };
  const setKids = (e: { dict: PDFDict }, kids: PDFObject[]): void => e.dict.set(PDFName.of('K'), kids.length === 1 ? kids[0]! : ctx.obj(kids));
  const n = (v: number): PDFNumber => PDFNumber.of(v);
  const document = elem('Document', root);
  const h1 = elem('H1', document.ref, { Pg: p1, K: n(0) });
  const para = elem('P', document.ref, { Pg: p1 });
  const link = elem('Link', para.ref, { Pg: p1 });
  setKids(link, [ctx.obj({ Type: 'MCR', MCID: 2, Pg: p1 }), ctx.obj({ Type: 'OBJR', Obj: annot, Pg: p1 })]);
  setKids(para, [n(1), link.ref, n(3)]);
  const figure = elem('Figure', document.ref, { Pg: p1, K: n(4), Alt: PDFHexString.fromText('En blå ruta') });
  const h2a = elem('H2', document.ref, { Pg: p1, K: n(5) });
  const table = elem('Table', document.ref, { Pg: p1 });
  const tr1 = elem('TR', table.ref, { Pg: p1 });
  const tr2 = elem('TR', table.ref, { Pg: p1 });
  const scope = ctx.obj({ O: 'Table', Scope: 'Column' });
  const th1 = elem('TH', tr1.ref, { Pg: p1, K: n(6), A: scope });
  const th2 = elem('TH', tr1.ref, { Pg: p1, K: n(7), A: scope });
  const td1 = elem('TD', tr2.ref, { Pg: p1, K: n(8) });
  const td2 = elem('TD', tr2.ref, { Pg: p1, K: n(9) });
  setKids(tr1, [th1.ref, th2.ref]);
  setKids(tr2, [td1.ref, td2.ref]);
  setKids(table, [tr1.ref, tr2.ref]);
  const h2b = elem('H2', document.ref, { Pg: p2, K: n(0) });
  const list = elem('L', document.ref, { Pg: p2, A: ctx.obj({ O: 'List', ListNumbering: 'Decimal' }) });
  const item = elem('LI', list.ref, { Pg: p2 });
  const lbl = elem('Lbl', item.ref, { Pg: p2, K: n(1) });
  const body = elem('LBody', item.ref, { Pg: p2, K: n(2) });
  setKids(item, [lbl.ref, body.ref]);
  setKids(list, [item.ref]);
  const p2para = elem('P', document.ref, { Pg: p2 });
  const span = elem('Span', p2para.ref, { Pg: p2, K: n(3), Lang: PDFString.of('en-GB') });
  setKids(p2para, [span.ref]);
  const stycke = elem('Stycke', document.ref, { Pg: p2, K: n(4) });
  const note = elem('Note', document.ref, { Pg: p2, K: n(5), ID: PDFString.of('note-1') });
  setKids(document, [h1.ref, para.ref, figure.ref, h2a.ref, table.ref, h2b.ref, list.ref, p2para.ref, stycke.ref, note.ref]);
  const parentTree = ctx.obj({
    Nums: [
      0, [h1.ref, para.ref, link.ref, para.ref, figure.ref, h2a.ref, th1.ref, th2.ref, td1.ref, td2.ref],
      1, [h2b.ref, lbl.ref, body.ref, span.ref, stycke.ref, note.ref],
      2, link.ref,
    ],
  });
  ctx.assign(
    root,
    ctx.obj({
      Type: 'StructTreeRoot',
      K: document.ref,
      ParentTree: ctx.register(parentTree),
      ParentTreeNextKey: 3,
      RoleMap: { Stycke: 'P' },
    }),
  );

  // The catalog.
  const title = 'Exempelrapport';
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage('sv-SE');
  doc.catalog.set(PDFName.of('StructTreeRoot'), root);
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  const xmp = [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`,
    '   <pdfuaid:part>1</pdfuaid:part>',
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
  const metadata = ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));
  const outlines = ctx.nextRef();
  const bookmark = ctx.register(ctx.obj({ Title: PDFHexString.fromText('Rubrik'), Parent: outlines, Dest: [p1, PDFName.of('XYZ'), 72, 760, 0] }));
  ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: bookmark, Last: bookmark, Count: 1 }));
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  return doc.save({ useObjectStreams: false });
}

