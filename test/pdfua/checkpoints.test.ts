import { describe, expect, it } from '@jest/globals';
import { PDFArray, PDFName, PDFNumber, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { Breaker, withCmaps, withGlyphCount } from './breaking.js';
import { checkPdf, checkpoints, type Report } from './check.js';
import { goodPdf } from './fixture.js';
import { readTrueType } from './sfnt.js';

/**
 * Every checkpoint fails on a PDF broken its way: each case edits a copy of the good PDF (fixture.ts)
 * with pdf-lib and names the checkpoints that must fail then, all of them and only them, and what
 * the finding says. The good PDF itself passes every checkpoint.
 */
interface Case {
  /** The checkpoint the case is about. */
  id: string;
  name: string;
  edit: (b: Breaker) => void | Promise<void>;
  /** Every checkpoint that fails (the case's own among them, unless it shows a PDF that passes). */
  fails: string[];
  /** What the case's own finding says. */
  says?: RegExp;
}

const failing = (report: Report): string[] => report.results.filter((r) => r.status === 'fail').map((r) => r.id);

async function run(edit: Case['edit']): Promise<Report> {
  const b = await Breaker.open();
  await edit(b);
  return checkPdf(await b.save());
}

const H1 = /\/H1 <<\/MCID 0>> BDC\n[^\n]*\nEMC/;
const atEnd = (extra: string) => (c: string) => `${c}${extra}\n`;
const ttf = (b: Breaker): Uint8Array => {
  const s = b.ctx.lookup(b.get(b.font.descriptor, 'FontFile2')) as PDFRawStream;
  return decodePDFRawStream(s).decode();
};

/** A second font for page 1, drawn as an artifact at the foot of the page. */
function addFont(b: Breaker, font: Record<string, unknown>, descriptor: Record<string, unknown>): void {
  const widths = Array.from({ length: 95 }, () => 500);
  const toUnicode = b.stream('1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <20> <7E> <0020> endbfrange\n');
  const fd = b.ctx.obj({ Type: 'FontDescriptor', FontName: PDFName.of('ABCDEF+Test'), FontBBox: [0, 0, 1000, 1000], ItalicAngle: 0, Ascent: 900, Descent: -200, CapHeight: 700, StemV: 80, ...descriptor });
  const dict = b.ctx.obj({ Type: 'Font', BaseFont: PDFName.of('ABCDEF+Test'), FirstChar: 32, LastChar: 126, Widths: widths, ToUnicode: toUnicode, FontDescriptor: fd, ...font });
  b.addResource(0, 'Font', 'F2', b.ctx.register(dict));
  b.content(0, atEnd('/Artifact BMC BT /F2 9 Tf 72 20 Td (AB) Tj ET EMC'));
}
const simpleTrueType = (b: Breaker, flags: number, font: Record<string, unknown>, cmaps: Array<[number, number]>): void =>
  addFont(b, { Subtype: 'TrueType', ...font }, { Flags: flags, FontFile2: b.ctx.register(b.ctx.stream(withCmaps(ttf(b), cmaps))) });
// A simple TrueType font: the checker cannot look its glyphs and widths up, and says so.
const simpleTT = ['31-011', '31-016', '31-018'];
const symbolicTT = ['31-011', '31-016'];

/** The report's font with an embedded CMap instead of Identity-H (the same codes, the same CIDs). */
function embeddedCMap(b: Breaker, opts: { registry?: string; ordering?: string; supplement?: number; wmode?: number; usecmap?: string } = {}): void {
  const program = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def',
    '/CMapName /Test-H def /CMapType 1 def',
    opts.usecmap ? `/${opts.usecmap} usecmap` : '',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    '1 begincidrange <0000> <FFFF> 0 endcidrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const cmap = b.stream(program, {
    Type: 'CMap',
    CMapName: PDFName.of('Test-H'),
    CIDSystemInfo: { Registry: PDFString.of(opts.registry ?? 'Adobe'), Ordering: PDFString.of(opts.ordering ?? 'Identity'), Supplement: opts.supplement ?? 0 },
    WMode: opts.wmode ?? 0,
  });
  b.font.font.set(PDFName.of('Encoding'), cmap);
}

function cidSet(b: Breaker, cids: number[]): void {
  const bytes = new Uint8Array(16);
  for (const cid of cids) bytes[cid >> 3]! |= 0x80 >> (cid & 7);
  b.font.descriptor.set(PDFName.of('CIDSet'), b.ctx.register(b.ctx.stream(bytes)));
}
const glyphCount = (b: Breaker): number => readTrueType(ttf(b))!.numGlyphs;

/** A form XObject with one tagged MCID, drawn `times` times on page 1, owned by a Figure through an MCR with /Stm. */
function taggedForm(b: Breaker, times: number): void {
  const key = b.nextParentKey();
  const form = b.stream('/Figure <</MCID 0>> BDC 0 0 10 10 re f EMC', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], StructParents: key });
  const doc = b.elems('Document')[0]!;
  const elem = b.ctx.register(
    b.ctx.obj({ Type: 'StructElem', S: 'Figure', P: doc.ref, Pg: b.pageRef(0), Alt: b.text('En liten ruta'), K: { Type: 'MCR', MCID: 0, Pg: b.pageRef(0), Stm: form } }),
  );
  b.appendKid(doc.dict, elem);
  b.parentTreeNums().push(PDFNumber.of(key));
  b.parentTreeNums().push(b.ctx.obj([elem]));
  b.addResource(0, 'XObject', 'Fx', form);
  b.content(0, atEnd(Array.from({ length: times }, (_, i) => `q 1 0 0 1 ${300 + 20 * i} 300 cm /Fx Do Q`).join('\n')));
}

const langFails = ['11-001', '11-002', '11-003', '11-004', '11-006'];

const cases: Case[] = [
  // The tree.
  { id: 'tree-marked', name: '/MarkInfo /Marked false', edit: (b) => b.set(b.dict(b.get(b.catalog, 'MarkInfo')), 'Marked', false), fails: ['tree-marked'], says: /Marked is not true/ },
  { id: 'tree-marked', name: 'no /MarkInfo', edit: (b) => b.delete(b.catalog, 'MarkInfo'), fails: ['tree-marked'], says: /no \/MarkInfo/ },
  {
    id: 'tree-root',
    name: 'no /StructTreeRoot: nothing is tagged',
    edit: (b) => b.delete(b.catalog, 'StructTreeRoot'),
    fails: ['tree-root', '01-005', '19-001', '28-011'],
    says: /no \/StructTreeRoot/,
  },
  { id: 'tree-parent', name: 'an element without /P', edit: (b) => b.delete(b.elem('H1'), 'P'), fails: ['tree-parent'], says: /without \/P/ },
  { id: 'tree-parent', name: 'an element whose /P is another element', edit: (b) => b.elem('H1').set(PDFName.of('P'), b.elemRef('Table')), fails: ['tree-parent'], says: /whose \/P is \d+ 0 R, not the element that holds it/ },
  {
    id: 'tree-parent',
    name: 'an element in two parents',
    edit: (b) => b.appendKid(b.elem('Table'), b.elemRef('H1')),
    fails: ['tree-parent'],
    says: /reached twice/,
  },
  {
    id: 'tree-parenttree',
    name: 'the parent tree gives the wrong element for an MCID',
    edit: (b) => b.setParent(0, 0, b.elemRef('Figure')),
    fails: ['tree-parenttree'],
    says: /page 1, object \d+ 0 R: the parent tree's entry 0 gives \d+ 0 R for MCID 0, not this \/H1/,
  },
  { id: 'tree-parenttree', name: 'a page without /StructParents', edit: (b) => b.delete(b.page(1), 'StructParents'), fails: ['tree-parenttree'], says: /its page has no \/StructParents/ },
  {
    id: 'tree-parenttree',
    name: 'an annotation without /StructParent',
    edit: (b) => b.delete(b.dict((b.ctx.lookup(b.get(b.page(0), 'Annots')) as PDFArray).get(0)), 'StructParent'),
    fails: ['tree-parenttree'],
    says: /which this \/Link owns \(OBJR\), has no \/StructParent/,
  },
  {
    id: 'tree-mcr',
    name: 'an element owning an MCID that marks nothing',
    edit: (b) => b.set(b.elem('H1'), 'K', 42),
    fails: ['tree-parenttree', 'tree-mcr', '01-005'],
    says: /\/H1 owns MCID 42, which marks nothing on its page/,
  },
  {
    id: 'tree-mcr',
    name: 'one MCID on two sequences',
    edit: (b) => b.content(0, (c) => c.replace('/Figure <</MCID 4>>', '/Figure <</MCID 0>>')),
    fails: ['tree-mcr'],
    says: /MCID 0 marks 2 sequences on the page/,
  },
  {
    id: 'scope',
    name: 'a sequence not ended',
    edit: (b) => b.content(1, (c) => c.replace(/EMC\n$/, '')),
    fails: ['scope'],
    says: /page 2, object \d+ 0 R: \/Artifact sequence not ended by EMC/,
  },
  {
    id: 'scope',
    name: 'an EMC too many',
    edit: (b) => b.content(1, atEnd('EMC')),
    fails: ['scope'],
    says: /EMC without a marked-content sequence to end/,
  },
  {
    id: 'scope',
    name: 'a content stream that cannot be decoded',
    edit: (b) => b.replaceStream(b.get(b.page(1), 'Contents'), (d) => d, { Filter: PDFName.of('FlateDecode') }),
    fails: ['scope', 'tree-mcr'],
    says: /a content stream that cannot be decoded/,
  },

  // 01 Real content tagged.
  {
    id: '01-002',
    name: 'the folio moved into the text area',
    edit: (b) => b.content(0, (c) => c.replace('290 40 Td', '290 500 Td')),
    fails: ['01-002'],
    says: /page 1, object \d+ 0 R: Artifact text "1 \(2\)" inside the text area \(baseline at y 500; the tagged text runs from 100 to 740\)/,
  },
  {
    id: '01-002',
    name: "a table's header row repeated as an artifact, as on the pages a long table continues on, passes",
    edit: (b) =>
      b.content(0, (c) => {
        const header = /\/TH <<\/MCID 7>> BDC\n(BT [^\n]*? Tj ET)/.exec(c)?.[1];
        if (!header) throw new Error('the fixture has no TH "Andel"');
        return `${c}\n/Artifact <</Type /Pagination>> BDC\n${header.replace('150 550 Td', '150 300 Td')}\nEMC\n`;
      }),
    fails: [],
  },
  {
    id: '01-003',
    name: 'an Artifact inside a paragraph',
    edit: (b) => b.content(0, (c) => c.replace('/P <</MCID 1>> BDC\n', '/P <</MCID 1>> BDC\n/Artifact BMC 72 690 5 5 re f EMC\n')),
    fails: ['01-003'],
    says: /an Artifact inside \/P MCID 1/,
  },
  {
    id: '01-004',
    name: 'a heading inside an Artifact',
    edit: (b) => b.content(0, (c) => c.replace(H1, (m) => `/Artifact BMC\n${m}\nEMC`)),
    fails: ['01-004'],
    says: /\/H1 MCID 0 inside an Artifact/,
  },
  {
    id: '01-005',
    name: 'text outside any marked content',
    edit: (b) => b.content(0, atEnd('BT /F1 11 Tf 72 300 Td <000B000C> Tj ET')),
    fails: ['01-005'],
    says: /page 1, object \d+ 0 R: text "Ru" outside any marked content/,
  },
  {
    id: '01-005',
    name: 'a painted rectangle outside any marked content',
    edit: (b) => b.content(1, atEnd('0 0 1 rg 300 300 20 20 re f')),
    fails: ['01-005'],
    says: /path outside any marked content/,
  },
  {
    id: '01-005',
    name: 'text in a sequence without MCID',
    edit: (b) => b.content(0, atEnd('/Span BMC BT /F1 11 Tf 72 300 Td <000B000C> Tj ET EMC')),
    fails: ['01-005'],
    says: /content "Ru" in a \/Span sequence without an MCID/,
  },
  {
    id: '01-005',
    name: 'text with an MCID no element owns',
    edit: (b) => b.content(1, atEnd('/P <</MCID 7>> BDC BT /F1 11 Tf 72 300 Td <000B000C> Tj ET EMC')),
    fails: ['01-005'],
    says: /in a \/P sequence with MCID 7, which no structure element owns/,
  },
  { id: '01-007', name: '/Suspects true', edit: (b) => b.set(b.dict(b.get(b.catalog, 'MarkInfo')), 'Suspects', true), fails: ['01-007'], says: /Suspects is true/ },

  // 02 Role mapping.
  { id: '02-001', name: 'a non-standard type with no role map', edit: (b) => b.delete(b.structTreeRoot, 'RoleMap'), fails: ['02-001'], says: /page 2, object \d+ 0 R: \/Stycke is no standard structure type and the role map does not map it/ },
  {
    id: '02-001',
    name: 'a role map that ends at a non-standard type',
    edit: (b) => b.set(b.structTreeRoot, 'RoleMap', { Stycke: PDFName.of('Avsnitt') }),
    fails: ['02-001'],
    says: /\/Stycke → \/Avsnitt ends at no standard type/,
  },
  {
    id: '02-002',
    name: 'a circular role map',
    edit: (b) => b.set(b.structTreeRoot, 'RoleMap', { Stycke: PDFName.of('Avsnitt'), Avsnitt: PDFName.of('Stycke') }),
    fails: ['02-002'],
    says: /the role map maps in a circle: \/Stycke → \/Avsnitt → \/Stycke/,
  },
  {
    id: '02-003',
    name: 'a standard type remapped',
    edit: (b) => b.set(b.structTreeRoot, 'RoleMap', { Stycke: PDFName.of('P'), Span: PDFName.of('Em') }),
    fails: ['02-003'],
    says: /maps the standard type \/Span to \/Em/,
  },

  // 06, 07 Metadata and the document title.
  { id: '06-001', name: 'no metadata stream', edit: (b) => b.delete(b.catalog, 'Metadata'), fails: ['06-001'], says: /the catalog has no \/Metadata/ },
  { id: '06-001', name: 'XMP that is not well-formed', edit: (b) => b.xmp((x) => x.replace(' </rdf:RDF>\n', '')), fails: ['06-001'], says: /not well-formed XML: <\/x:xmpmeta> at \d+ does not close <rdf:RDF>/ },
  { id: '06-001', name: 'a metadata stream without /Subtype /XML', edit: (b) => b.delete(b.dict(b.get(b.catalog, 'Metadata')), 'Subtype'), fails: ['06-001'], says: /not \/Type \/Metadata \/Subtype \/XML/ },
  { id: '06-002', name: 'no pdfuaid:part', edit: (b) => b.xmp((x) => x.replace('   <pdfuaid:part>1</pdfuaid:part>\n', '')), fails: ['06-002'], says: /the XMP has no pdfuaid:part/ },
  { id: '06-002', name: 'pdfuaid:part 2', edit: (b) => b.xmp((x) => x.replace('<pdfuaid:part>1<', '<pdfuaid:part>2<')), fails: ['06-002'], says: /pdfuaid:part is "2", not 1/ },
  {
    id: '06-002',
    name: 'the identifier under another prefix',
    edit: (b) => b.xmp((x) => x.replace('xmlns:pdfuaid=', 'xmlns:ua=').replace('<pdfuaid:part>1</pdfuaid:part>', '<ua:part>1</ua:part>')),
    fails: ['06-002'],
    says: /written with the prefix "ua", not "pdfuaid"/,
  },
  {
    id: '06-002',
    name: 'the identifier as an attribute (the short form) passes',
    edit: (b) => b.xmp((x) => x.replace('   <pdfuaid:part>1</pdfuaid:part>\n', '').replace('<rdf:Description rdf:about=""', '<rdf:Description pdfuaid:part="1" rdf:about=""')),
    fails: [],
  },
  { id: '06-003', name: 'no dc:title', edit: (b) => b.xmp((x) => x.replace(/ *<dc:title>.*<\/dc:title>\n/, '')), fails: ['06-003'], says: /the XMP has no dc:title/ },
  { id: '07-001', name: 'no DisplayDocTitle', edit: (b) => b.delete(b.dict(b.get(b.catalog, 'ViewerPreferences')), 'DisplayDocTitle'), fails: ['07-001'], says: /has no \/DisplayDocTitle/ },
  { id: '07-002', name: 'DisplayDocTitle false', edit: (b) => b.set(b.dict(b.get(b.catalog, 'ViewerPreferences')), 'DisplayDocTitle', false), fails: ['07-002'], says: /\/DisplayDocTitle is false, not true/ },

  // 09 Appropriate tags.
  {
    id: '09-004',
    name: "a header row one cell short (Tabell 2's fault)",
    edit: (b) => {
      const [th1] = b.elems('TH');
      b.set(b.elem('TR', 0), 'K', [th1!.ref]);
      b.set(th1!.dict, 'K', [6, 7]);
      b.setParent(0, 7, th1!.ref);
    },
    fails: ['09-004'],
    says: /page 1, object \d+ 0 R: table row 2 "202066" spans 2 columns, row 1 spans 1/,
  },
  {
    id: '09-004',
    name: 'a header cell spanning two columns passes',
    edit: (b) => {
      const [th1] = b.elems('TH');
      b.set(b.elem('TR', 0), 'K', [th1!.ref]);
      b.set(th1!.dict, 'K', [6, 7]);
      b.set(th1!.dict, 'A', { O: PDFName.of('Table'), Scope: PDFName.of('Column'), ColSpan: 2 });
      b.setParent(0, 7, th1!.ref);
    },
    fails: [],
  },
  {
    id: '09-004',
    name: 'a row span past the last row',
    edit: (b) => b.set(b.elem('TD', 0), 'A', { O: PDFName.of('Table'), RowSpan: 2 }),
    fails: ['09-004'],
    says: /a cell's \/RowSpan runs 1 row past the table's last row/,
  },
  { id: '09-004', name: 'a table row that is a P', edit: (b) => b.retype('TR', 'P', 1), fails: ['09-004'], says: /\/Table "ÅrAndel202066" holds \/P; it may hold only/ },
  { id: '09-005', name: 'a list item body tagged P', edit: (b) => b.retype('LBody', 'P'), fails: ['09-005'], says: /\/LI "1.Punkt" holds \/P; it may hold only \/Lbl, \/LBody/ },
  {
    id: '09-005',
    name: 'a list item holding its content itself',
    edit: (b) => {
      const li = b.elem('LI');
      b.set(li, 'K', [b.elemRef('Lbl'), 2]);
      b.setParent(1, 2, b.elemRef('LI'));
    },
    fails: ['09-005'],
    says: /\/LI "1.Punkt" holds content of its own, outside \/Lbl and \/LBody/,
  },
  { id: '09-005', name: 'a list item outside a list', edit: (b) => b.retype('L', 'Div'), fails: ['09-005'], says: /\/LI "1.Punkt" in \/Div, not in \/L/ },
  { id: '09-006', name: 'a TOC item outside a TOC', edit: (b) => b.retype('Stycke', 'TOCI'), fails: ['09-006'], says: /\/TOCI "Ett rollmappat stycke" in \/Document, not in \/TOC/ },
  { id: '09-007', name: 'a Ruby without RB and RT', edit: (b) => b.retype('Span', 'Ruby'), fails: ['09-007'], says: /\/Ruby lacks its \/RB or its \/RT/ },
  { id: '09-008', name: 'a Warichu without WT', edit: (b) => b.retype('Span', 'Warichu'), fails: ['09-008'], says: /\/Warichu lacks its \/WT/ },

  // 10, 11 Unicode and language.
  {
    id: '10-001',
    name: 'a ToUnicode CMap that lacks codes the text uses',
    edit: (b) => b.replaceStream(b.get(b.font.font, 'ToUnicode'), (d) => Buffer.from(Buffer.from(d).toString('latin1').replace(/<00(0[3-9A-F]|[12][0-9A-F])> <[0-9A-F]{4}>\n/g, ''), 'latin1')),
    fails: ['10-001'],
    says: /\/Type0 font \/SourceSans3-Regular-\d+ shows 35 character codes with no Unicode mapping: <0003> <0004>/,
  },
  { id: '11-001', name: 'no /Lang', edit: (b) => b.delete(b.catalog, 'Lang'), fails: langFails, says: /page 1: 9 runs of text whose language cannot be determined: the catalog has no \/Lang/ },
  { id: '11-001', name: 'a /Lang that is no language tag', edit: (b) => b.set(b.catalog, 'Lang', PDFString.of('sv_SE')), fails: langFails, says: /the catalog's \/Lang "sv_SE" is not a BCP 47 language tag/ },
  { id: '11-001', name: "an element's /Lang that is no language tag", edit: (b) => b.set(b.elem('Span'), 'Lang', PDFString.of('en GB')), fails: ['11-001'], says: /\/Span has \/Lang "en GB", which is not a BCP 47 language tag/ },
  {
    id: '11-001',
    name: 'a marked-content /Lang that is no language tag',
    edit: (b) => b.content(1, (c) => c.replace('/Span <</MCID 3>>', '/Span <</MCID 3 /Lang (en-)>>')),
    fails: ['11-001'],
    says: /a \/Span sequence has \/Lang "en-", which is not a BCP 47 language tag/,
  },
  {
    id: '11-003',
    name: 'the language on the Document element instead of the catalog: the bookmarks and metadata lack it',
    edit: (b) => {
      b.delete(b.catalog, 'Lang');
      b.set(b.elem('Document'), 'Lang', PDFString.of('sv-SE'));
    },
    fails: ['11-003', '11-006'],
    says: /the language of the 1 bookmarks cannot be determined/,
  },
  {
    id: '11-002',
    name: 'no /Lang: the figure alternative',
    edit: (b) => b.delete(b.catalog, 'Lang'),
    fails: langFails,
    says: /the language of \/Figure's \/Alt cannot be determined/,
  },
  {
    id: '11-002',
    name: 'no /Lang: a span with an alternative in marked content',
    edit: (b) => {
      b.delete(b.catalog, 'Lang');
      b.set(b.elem('Document'), 'Lang', PDFString.of('sv-SE'));
      b.content(1, atEnd('/Artifact BMC /Span <</ActualText (x)>> BDC EMC EMC'));
    },
    fails: ['11-002', '11-003', '11-006'],
    says: /the language of a \/Span sequence's alternate text cannot be determined/,
  },
  { id: '11-004', name: 'no /Lang: the link description', edit: (b) => b.delete(b.catalog, 'Lang'), fails: langFails, says: /page 1, object \d+ 0 R: the language of the \/Link annotation's \/Contents cannot be determined/ },
  {
    id: '11-005',
    name: 'no /Lang: a form field tool tip',
    edit: (b) => {
      b.delete(b.catalog, 'Lang');
      const widget = b.addAnnotation(0, { Subtype: 'Widget', FT: 'Tx', T: PDFString.of('namn'), TU: b.text('Namn') });
      b.tag(widget, 'Form', 0);
      b.set(b.catalog, 'AcroForm', { Fields: [widget] });
    },
    fails: [...langFails.slice(0, 4), '11-005', '11-006'],
    says: /the language of the form field's \/TU cannot be determined/,
  },
  { id: '11-006', name: 'no /Lang: the metadata', edit: (b) => b.delete(b.catalog, 'Lang'), fails: langFails, says: /the language of dc:title \(xml:lang="x-default"\) cannot be determined/ },

  // 13, 14, 15, 17, 19 Figures, headings, tables, formulas, notes.
  { id: '13-004', name: 'a figure without /Alt', edit: (b) => b.delete(b.elem('Figure'), 'Alt'), fails: ['13-004'], says: /page 1, object \d+ 0 R: \/Figure has no \/Alt and no \/ActualText/ },
  { id: '13-004', name: 'a figure with an empty /Alt', edit: (b) => b.set(b.elem('Figure'), 'Alt', PDFString.of('')), fails: ['13-004'], says: /\/Figure has an empty \/Alt/ },
  { id: '13-004', name: 'a figure with /ActualText instead passes', edit: (b) => (b.delete(b.elem('Figure'), 'Alt'), b.set(b.elem('Figure'), 'ActualText', b.text('Ruta'))), fails: [] },
  { id: '14-002', name: 'the first heading an H2', edit: (b) => b.retype('H1', 'H2'), fails: ['14-002'], says: /the first heading is \/H2 "Rubrik", not \/H1/ },
  { id: '14-003', name: 'H2 → H4', edit: (b) => b.retype('H2', 'H4', 1), fails: ['14-003'], says: /page 2, object \d+ 0 R: \/H4 "Lista" follows \/H2 "Tabell": \/H3 is skipped/ },
  { id: '14-003', name: 'H2 → H1 (going up) passes', edit: (b) => b.retype('H2', 'H1', 1), fails: [] },
  { id: '14-006', name: 'three H in one node', edit: (b) => (b.retype('H1', 'H'), b.retype('H2', 'H', 0), b.retype('H2', 'H', 0)), fails: ['14-006'], says: /the element holds 3 \/H headings/ },
  { id: '14-007', name: 'H and H2 together', edit: (b) => b.retype('H1', 'H'), fails: ['14-002', '14-007'], says: /the document has 1 \/H and 2 \/H1–\/H6 headings/ },
  { id: '15-003', name: 'a header cell without /Scope', edit: (b) => b.delete(b.elem('TH'), 'A'), fails: ['15-003'], says: /\/TH "År" has no \/Scope/ },
  {
    id: '15-003',
    name: 'a table whose cells name their headers passes without /Scope',
    edit: (b) => {
      const [th1, th2] = b.elems('TH');
      b.delete(th1!.dict, 'A');
      b.delete(th2!.dict, 'A');
      b.set(th1!.dict, 'ID', PDFString.of('h1'));
      b.set(th2!.dict, 'ID', PDFString.of('h2'));
      b.set(b.elem('TD', 0), 'A', { O: PDFName.of('Table'), Headers: [PDFString.of('h1')] });
      b.set(b.elem('TD', 1), 'A', { O: PDFName.of('Table'), Headers: [PDFString.of('h2')] });
    },
    fails: [],
  },
  {
    id: '15-003',
    name: 'a cell naming a header that does not exist',
    edit: (b) => b.set(b.elem('TD', 0), 'A', { O: PDFName.of('Table'), Headers: [PDFString.of('h9')] }),
    fails: ['15-003'],
    says: /\/TD's \/Headers names "h9", which no cell of the table has as \/ID/,
  },
  { id: '17-002', name: 'a formula without /Alt', edit: (b) => (b.retype('Figure', 'Formula'), b.delete(b.elem('Formula'), 'Alt')), fails: ['17-002'], says: /\/Formula has no \/Alt/ },
  { id: '19-001', name: 'the footnote tagged P', edit: (b) => b.retype('Note', 'P'), fails: ['19-001'], says: /1 footnotes are called \(links to their notes\) but the tree has no \/Note elements/ },
  { id: '19-003', name: 'a note without /ID', edit: (b) => b.delete(b.elem('Note'), 'ID'), fails: ['19-003'], says: /page 2, object \d+ 0 R: \/Note "1 En fotnot." has no \/ID/ },
  { id: '19-004', name: 'a note /ID used twice', edit: (b) => b.set(b.elem('H1'), 'ID', PDFString.of('note-1')), fails: ['19-004'], says: /\/Note's \/ID "note-1" is also the \/ID of \d+ 0 R \(\/H1\)/ },

  // 20, 21, 25, 26 Optional content, embedded files, XFA, security.
  {
    id: '20-001',
    name: 'an optional content configuration without /Name',
    edit: (b) => {
      const ocg = b.ctx.register(b.ctx.obj({ Type: 'OCG', Name: PDFString.of('Lager') }));
      b.set(b.catalog, 'OCProperties', { OCGs: [ocg], D: { Name: PDFString.of('Standard') }, Configs: [{ Order: [ocg] }] });
    },
    fails: ['20-001'],
    says: /an optional content configuration \(in \/Configs\) with no \/Name/,
  },
  {
    id: '20-002',
    name: 'the default configuration with an empty /Name',
    edit: (b) => b.set(b.catalog, 'OCProperties', { OCGs: [], D: { Name: PDFString.of('') } }),
    fails: ['20-002'],
    says: /the default, \/D\) with an empty \/Name/,
  },
  {
    id: '20-003',
    name: 'a configuration with /AS',
    edit: (b) => b.set(b.catalog, 'OCProperties', { OCGs: [], D: { Name: PDFString.of('Standard'), AS: [] } }),
    fails: ['20-003'],
    says: /an optional content configuration with \/AS/,
  },
  {
    id: '21-001',
    name: 'an embedded file without /UF',
    edit: (b) => {
      const spec = b.ctx.register(b.ctx.obj({ Type: 'Filespec', F: PDFString.of('data.csv'), EF: { F: b.stream('a;b\n', { Type: 'EmbeddedFile' }) } }));
      b.set(b.catalog, 'Names', { EmbeddedFiles: { Names: [PDFString.of('data.csv'), spec] } });
    },
    fails: ['21-001'],
    says: /a file specification that embeds a file but has no \/UF/,
  },
  {
    id: '25-001',
    name: 'a dynamic XFA form',
    edit: (b) => {
      const xfa = b.stream('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><config><acrobat><acrobat7><dynamicRender>required</dynamicRender></acrobat7></acrobat></config></xdp:xdp>');
      b.set(b.catalog, 'AcroForm', { Fields: [], XFA: xfa });
    },
    fails: ['25-001'],
    says: /dynamic XFA/,
  },
  {
    id: '26-001',
    name: 'encrypted without /P',
    edit: (b) => (b.ctx.trailerInfo.Encrypt = b.ctx.register(b.ctx.obj({ Filter: 'Standard', V: 1, R: 2 }))),
    fails: ['scope', '26-001'],
    says: /the encryption dictionary has no \/P/,
  },
  {
    id: '26-002',
    name: 'encrypted, text extraction for accessibility not allowed',
    edit: (b) => (b.ctx.trailerInfo.Encrypt = b.ctx.register(b.ctx.obj({ Filter: 'Standard', V: 1, R: 2, P: -3904 }))),
    fails: ['scope', '26-002'],
    says: /the encryption's \/P -3904 does not allow extracting text for accessibility/,
  },

  // 28 Annotations.
  {
    id: '28-002',
    name: 'a text annotation not in an Annot element',
    edit: (b) => void b.addAnnotation(0, { Subtype: 'Text', Contents: b.text('En kommentar') }),
    fails: ['28-002'],
    says: /page 1, object \d+ 0 R: \/Text annotation "En kommentar" is in no structure element, not in \/Annot/,
  },
  {
    id: '28-002',
    name: 'a text annotation in an Annot element passes',
    edit: (b) => void b.tag(b.addAnnotation(0, { Subtype: 'Text', Contents: b.text('En kommentar') }), 'Annot', 0),
    fails: [],
  },
  {
    id: '28-004',
    name: 'a link without /Contents',
    edit: (b) => b.delete(b.dict((b.ctx.lookup(b.get(b.page(0), 'Annots')) as PDFArray).get(0)), 'Contents'),
    fails: ['28-004', '28-012'],
    says: /\/Link annotation with no \/Contents, in a \/Link with no \/Alt/,
  },
  {
    id: '28-004',
    name: 'a square annotation without /Contents, in an Annot without /Alt',
    edit: (b) => void b.tag(b.addAnnotation(0, { Subtype: 'Square' }), 'Annot', 0),
    fails: ['28-004'],
    says: /\/Square annotation with no \/Contents, in a \/Annot with no \/Alt/,
  },
  {
    id: '28-004',
    name: 'an annotation described by its element\'s /Alt passes',
    edit: (b) => void b.tag(b.addAnnotation(0, { Subtype: 'Square' }), 'Annot', 0, { Alt: b.text('En ruta') }),
    fails: [],
  },
  {
    id: '28-005',
    name: 'a form field without /TU',
    edit: (b) => {
      const widget = b.addAnnotation(0, { Subtype: 'Widget', FT: 'Tx', T: PDFString.of('namn') });
      b.tag(widget, 'Form', 0);
      b.set(b.catalog, 'AcroForm', { Fields: [widget] });
    },
    fails: ['28-005'],
    says: /form field with no \/TU \(tool tip\) and no \/Alt on its structure element/,
  },
  {
    id: '28-006',
    name: 'an annotation of a subtype ISO 32000 does not define',
    edit: (b) => void b.addAnnotation(0, { Subtype: 'Klisterlapp' }),
    fails: ['28-002', '28-004', '28-006'],
    says: /annotation of the non-standard subtype \/Klisterlapp is not in an \/Annot element/,
  },
  { id: '28-007', name: 'a TrapNet annotation', edit: (b) => void b.tag(b.addAnnotation(0, { Subtype: 'TrapNet', Contents: b.text('x') }), 'Annot', 0), fails: ['28-007'], says: /a \/TrapNet annotation/ },
  { id: '28-008', name: 'a page with annotations and no /Tabs', edit: (b) => b.delete(b.page(0), 'Tabs'), fails: ['28-008'], says: /page 1, object \d+ 0 R: page with annotations but no \/Tabs/ },
  { id: '28-009', name: 'a page with /Tabs /R', edit: (b) => b.set(b.page(0), 'Tabs', PDFName.of('R')), fails: ['28-009'], says: /has \/Tabs \/R, not \/S/ },
  {
    id: '28-010',
    name: 'a widget in a P',
    edit: (b) => {
      const widget = b.addAnnotation(0, { Subtype: 'Widget', FT: 'Tx', T: PDFString.of('namn'), TU: b.text('Namn') });
      b.tag(widget, 'P', 0);
    },
    fails: ['28-010'],
    says: /widget annotation in \/P, not in \/Form/,
  },
  {
    id: '28-010',
    name: 'a Form element holding more than its widget',
    edit: (b) => {
      const widget = b.addAnnotation(0, { Subtype: 'Widget', FT: 'Tx', T: PDFString.of('namn'), TU: b.text('Namn') });
      const form = b.tag(widget, 'Form', 0);
      b.appendKid(b.dict(form), b.ctx.register(b.ctx.obj({ Type: 'StructElem', S: 'Span', P: form })));
    },
    fails: ['28-010'],
    says: /\/Form without a \/Role attribute holds more than the one widget annotation/,
  },
  {
    id: '28-011',
    name: 'a link whose element does not own it',
    edit: (b) => b.set(b.elem('Link'), 'K', 2),
    fails: ['28-011'],
    says: /page 1, object \d+ 0 R: \/Link annotation "Fotnot 1" is in no structure element \(no OBJR refers to it\), not in \/Link/,
  },
  { id: '28-011', name: 'a link owned by a Span', edit: (b) => b.retype('Link', 'Span'), fails: ['28-011'], says: /is in \/Span, not in \/Link/ },
  {
    id: '28-012',
    name: 'a link without /Contents, described by /Alt only',
    edit: (b) => {
      b.delete(b.dict((b.ctx.lookup(b.get(b.page(0), 'Annots')) as PDFArray).get(0)), 'Contents');
      b.set(b.elem('Link'), 'Alt', b.text('Fotnot 1'));
    },
    fails: ['28-012'],
    says: /\/Link annotation without \/Contents/,
  },
  ...(['CT', 'Alt', ''] as const).map(
    (missing): Case => ({
      id: missing === 'Alt' ? '28-015' : '28-014',
      name: missing ? `a media clip without /${missing}` : 'a media clip with /CT and /Alt passes',
      edit: (b) => {
        const clip: Record<string, unknown> = { Type: 'MediaClip', S: 'MCD', CT: PDFString.of('video/mp4'), Alt: [PDFString.of('sv'), b.text('En film')] };
        if (missing) delete clip[missing];
        const screen = b.addAnnotation(0, { Subtype: 'Screen', Contents: b.text('Film'), A: { S: 'Rendition', R: { S: 'MR', C: clip } } });
        b.tag(screen, 'Annot', 0);
      },
      fails: missing === 'CT' ? ['28-014'] : missing === 'Alt' ? ['28-015'] : [],
      says: missing === 'CT' ? /media clip data without \/CT/ : /media clip data without \/Alt/,
    }),
  ),
  {
    id: '28-016',
    name: 'a file attachment whose file has no /UF',
    edit: (b) => {
      const spec = b.ctx.obj({ Type: 'Filespec', F: PDFString.of('data.csv'), EF: { F: b.stream('a;b\n', { Type: 'EmbeddedFile' }) } });
      b.tag(b.addAnnotation(0, { Subtype: 'FileAttachment', Contents: b.text('Data'), FS: spec }), 'Annot', 0);
    },
    fails: ['21-001', '28-016'],
    says: /the \/FileAttachment annotation embeds a file whose specification has no \/UF/,
  },
  { id: '28-017', name: 'a printer mark in the tree', edit: (b) => void b.tag(b.addAnnotation(0, { Subtype: 'PrinterMark', Contents: b.text('Passmärke') }), 'Annot', 0), fails: ['28-017'], says: /\/PrinterMark annotation in the structure tree \(in \/Annot\)/ },
  {
    id: '28-018',
    name: "a printer mark's appearance not marked Artifact",
    edit: (b) => void b.addAnnotation(0, { Subtype: 'PrinterMark', Contents: b.text('Passmärke'), AP: { N: b.stream('0 0 5 5 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 5, 5] }) } }),
    fails: ['28-018'],
    says: /the \/PrinterMark's appearance \d+ 0 R paints 1 time outside an Artifact/,
  },
  {
    id: '28-018',
    name: "a printer mark's appearance marked Artifact passes",
    edit: (b) => void b.addAnnotation(0, { Subtype: 'PrinterMark', Contents: b.text('Passmärke'), AP: { N: b.stream('/Artifact BMC 0 0 5 5 re f EMC', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 5, 5] }) } }),
    fails: [],
  },

  // 30 XObjects.
  {
    id: '30-001',
    name: 'a reference XObject',
    edit: (b) => b.addResource(0, 'XObject', 'Ref1', b.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Ref: { F: PDFString.of('annan.pdf'), Page: 0 } })),
    fails: ['30-001'],
    says: /a reference XObject \(a form XObject with \/Ref\)/,
  },
  { id: '30-002', name: 'a tagged form XObject drawn once passes', edit: (b) => taggedForm(b, 1), fails: [] },
  { id: '30-002', name: 'a form XObject with MCIDs drawn twice', edit: (b) => taggedForm(b, 2), fails: ['30-002'], says: /a form XObject with MCIDs drawn 2 times/ },

  // 31 Fonts.
  { id: '31-001', name: 'an embedded CMap with the same character collection passes', edit: (b) => embeddedCMap(b), fails: [] },
  { id: '31-001', name: 'a CMap of another registry', edit: (b) => embeddedCMap(b, { registry: 'Ehalsa' }), fails: ['31-001'], says: /the CIDFont's registry is Adobe, its CMap's Ehalsa/ },
  { id: '31-002', name: 'a CMap of another ordering', edit: (b) => embeddedCMap(b, { ordering: 'Japan1' }), fails: ['31-002'], says: /the CIDFont's ordering is Identity, its CMap's Japan1/ },
  { id: '31-003', name: 'a CMap of a later supplement', edit: (b) => embeddedCMap(b, { supplement: 2 }), fails: ['31-003'], says: /the CIDFont's supplement is 0, its CMap's 2/ },
  { id: '31-004', name: 'a CIDToGIDMap that is a name other than Identity', edit: (b) => b.set(b.font.cidFont, 'CIDToGIDMap', PDFName.of('Ehalsa')), fails: ['31-004'], says: /\/CIDToGIDMap is \/Ehalsa, neither a stream nor \/Identity/ },
  { id: '31-005', name: 'no CIDToGIDMap', edit: (b) => b.delete(b.font.cidFont, 'CIDToGIDMap'), fails: ['31-005'], says: /its CIDFontType2 has no \/CIDToGIDMap/ },
  { id: '31-006', name: 'a CMap named but not embedded', edit: (b) => b.set(b.font.font, 'Encoding', PDFName.of('Ehalsa-H')), fails: ['31-006'], says: /its \/Encoding \/Ehalsa-H is neither a CMap of Table 118 nor embedded/ },
  { id: '31-007', name: 'a CMap whose WMode differs from its dictionary\'s', edit: (b) => embeddedCMap(b, { wmode: 1 }), fails: ['31-007'], says: /its CMap's dictionary says \/WMode 1, its program 0/ },
  { id: '31-008', name: 'a CMap using a CMap not of Table 118', edit: (b) => embeddedCMap(b, { usecmap: 'Ehalsa-H' }), fails: ['31-008'], says: /its CMap uses the CMap \/Ehalsa-H, which Table 118 does not list/ },
  { id: '31-009', name: 'a font not embedded', edit: (b) => b.delete(b.font.descriptor, 'FontFile2'), fails: ['31-009'], says: /page 1, object \d+ 0 R: \/Type0 font \/SourceSans3-Regular-\d+ is used for rendering but not embedded/ },
  {
    id: '31-011',
    name: 'a font program without the glyphs the text shows',
    edit: (b) => b.replaceStream(b.get(b.font.descriptor, 'FontFile2'), (d) => withGlyphCount(d, 5)),
    fails: ['31-011'],
    says: /its program \(5 glyphs\) lacks the glyphs of <0005> <0006>/,
  },
  {
    id: '31-012',
    name: 'a Type 1 font with a CharSet (the checker cannot read Type 1 programs, and says so)',
    edit: (b) => addFont(b, { Subtype: 'Type1', Encoding: PDFName.of('WinAnsiEncoding') }, { Flags: 32, FontFile: b.stream('%!PS-AdobeFont-1.0'), CharSet: PDFString.of('/A/B') }),
    fails: ['31-011', '31-012', '31-013', '31-016'],
    says: /a Type 1 program with a \/CharSet — not checked/,
  },
  { id: '31-013', name: 'a Type 1 font with a CharSet (31-013 as 31-012)', edit: (b) => addFont(b, { Subtype: 'Type1', Encoding: PDFName.of('WinAnsiEncoding') }, { Flags: 32, FontFile: b.stream('%!PS-AdobeFont-1.0'), CharSet: PDFString.of('/A/B') }), fails: ['31-011', '31-012', '31-013', '31-016'], says: /not checked/ },
  {
    id: '31-014',
    name: 'a CIDSet listing every glyph passes',
    edit: (b) => cidSet(b, Array.from({ length: glyphCount(b) }, (_, i) => i)),
    fails: [],
  },
  {
    id: '31-014',
    name: 'a CIDSet that misses a glyph of the program',
    edit: (b) => cidSet(b, Array.from({ length: glyphCount(b) - 1 }, (_, i) => i)),
    fails: ['31-014'],
    says: /CIDs \d+ are in the program but not in its \/CIDSet/,
  },
  {
    id: '31-015',
    name: 'a CIDSet listing a glyph the program lacks',
    edit: (b) => cidSet(b, [...Array.from({ length: glyphCount(b) }, (_, i) => i), 100]),
    fails: ['31-015'],
    says: /CIDs 100 are in its \/CIDSet but not in the program/,
  },
  {
    id: '31-016',
    name: 'widths that differ from the program',
    edit: (b) => {
      b.set(b.font.cidFont, 'W', [1, [600, 600, 600]]);
    },
    fails: ['31-016'],
    says: /CID 1: 600 in \/W, 527 in the program/,
  },
  { id: '31-018', name: 'a non-symbolic TrueType font (the checker cannot look its glyphs up, and says so)', edit: (b) => simpleTrueType(b, 32, { Encoding: PDFName.of('WinAnsiEncoding') }, [[3, 1]]), fails: simpleTT, says: /not checked \(the checker does not read cmap subtables\)/ },
  { id: '31-017', name: 'a non-symbolic TrueType program with no cmap', edit: (b) => simpleTrueType(b, 32, { Encoding: PDFName.of('WinAnsiEncoding') }, []), fails: [...simpleTT, '31-017'].sort(), says: /its program has 0 cmap subtables \(none\), none non-symbolic/ },
  { id: '31-019', name: 'a non-symbolic TrueType font without /Encoding', edit: (b) => simpleTrueType(b, 32, {}, [[3, 1]]), fails: [...simpleTT, '31-019'].sort(), says: /a non-symbolic TrueType font without \/Encoding/ },
  {
    id: '31-020',
    name: 'an encoding dictionary without /BaseEncoding',
    edit: (b) => simpleTrueType(b, 32, { Encoding: { Differences: [90, PDFName.of('Z')] } }, [[3, 1]]),
    fails: [...simpleTT, '31-020'].sort(),
    says: /its \/Encoding dictionary has no \/BaseEncoding/,
  },
  { id: '31-021', name: 'a non-symbolic TrueType font in StandardEncoding', edit: (b) => simpleTrueType(b, 32, { Encoding: PDFName.of('StandardEncoding') }, [[3, 1]]), fails: [...simpleTT, '31-021'].sort(), says: /its encoding is \/StandardEncoding, neither/ },
  {
    id: '31-022',
    name: 'Differences naming a glyph outside the Adobe Glyph List',
    edit: (b) => simpleTrueType(b, 32, { Encoding: { BaseEncoding: PDFName.of('WinAnsiEncoding'), Differences: [90, PDFName.of('g123')] } }, [[3, 1]]),
    fails: [...simpleTT, '31-022'].sort(),
    says: /\/g123/,
  },
  {
    id: '31-023',
    name: 'Differences without a (3,1) cmap',
    edit: (b) => simpleTrueType(b, 32, { Encoding: { BaseEncoding: PDFName.of('WinAnsiEncoding'), Differences: [90, PDFName.of('Z')] } }, [[1, 0]]),
    fails: [...simpleTT, '31-023'].sort(),
    says: /it has \/Differences but its program has 1 cmap subtable \(1,0\), no \(3,1\)/,
  },
  { id: '31-024', name: 'a symbolic TrueType font with /Encoding', edit: (b) => simpleTrueType(b, 4, { Encoding: PDFName.of('WinAnsiEncoding') }, [[3, 0]]), fails: [...symbolicTT, '31-024'].sort(), says: /a symbolic TrueType font with \/Encoding/ },
  { id: '31-025', name: 'a symbolic TrueType program with no cmap', edit: (b) => simpleTrueType(b, 4, {}, []), fails: [...symbolicTT, '31-025'].sort(), says: /a symbolic TrueType font whose program has 0 cmap subtables/ },
  { id: '31-026', name: 'a symbolic TrueType program with two cmaps, no (3,0)', edit: (b) => simpleTrueType(b, 4, {}, [[3, 1], [1, 0]]), fails: [...symbolicTT, '31-026'].sort(), says: /whose program has 2 cmap subtables \(3,1; 1,0\), no \(3,0\)/ },
  { id: '31-027', name: 'a Type0 font without ToUnicode', edit: (b) => b.delete(b.font.font, 'ToUnicode'), fails: ['10-001', '31-027'], says: /has no \/ToUnicode and no encoding that gives its text's Unicode values/ },
  {
    id: '31-028',
    name: 'a ToUnicode value U+0000',
    edit: (b) => b.replaceStream(b.get(b.font.font, 'ToUnicode'), (d) => Buffer.from(Buffer.from(d).toString('latin1').replace('<000B> <0052>', '<000B> <0000>'), 'latin1')),
    fails: ['31-028'],
    says: /its \/ToUnicode maps <000B> to U\+0000/,
  },
  {
    id: '31-029',
    name: 'a ToUnicode value U+FEFF',
    edit: (b) => b.replaceStream(b.get(b.font.font, 'ToUnicode'), (d) => Buffer.from(Buffer.from(d).toString('latin1').replace('<000B> <0052>', '<000B> <FEFF>'), 'latin1')),
    fails: ['31-029'],
    says: /maps <000B> to U\+FEFF or U\+FFFE/,
  },
  {
    id: '31-030',
    name: 'text showing the .notdef glyph',
    edit: (b) => b.content(0, (c) => c.replace('<000B000C000D0007000E000F> Tj', '<0000000B000C000D0007000E000F> Tj')),
    fails: ['10-001', '31-016', '31-030'],
    says: /shows the \.notdef glyph for <0000>/,
  },
];

describe('the checker on the good PDF', () => {
  it('passes every checkpoint', async () => {
    const report = await checkPdf(await goodPdf());
    expect(failing(report)).toEqual([]);
    // Most checkpoints see something there; the rest are about things the report has not (forms, media, …).
    expect(report.results.filter((r) => r.status === 'pass').length).toBeGreaterThan(45);
  });

  it('has a case breaking each checkpoint', () => {
    const broken = new Set(cases.filter((c) => c.fails.includes(c.id)).map((c) => c.id));
    expect(checkpoints.map((c) => c.id).filter((id) => !broken.has(id))).toEqual([]);
  });
});

const byId = new Map(checkpoints.map((c, i) => [c.id, i]));
describe.each(cases.map((c) => [`${c.id}: ${c.name}`, c] as const))('%s', (_, c) => {
  it(c.fails.length ? `fails ${c.fails.join(', ')}` : 'passes', async () => {
    const report = await run(c.edit);
    expect(failing(report)).toEqual([...c.fails].sort((a, b) => byId.get(a)! - byId.get(b)!));
    if (c.says && c.fails.includes(c.id)) expect(report.byCheckpoint[c.id]!.join('\n')).toMatch(c.says);
  });
});

