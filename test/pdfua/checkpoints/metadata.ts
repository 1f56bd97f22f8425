import { PDFName, PDFRef, type PDFDict } from 'pdf-lib';
import { checkpoint, quote } from '../checkpoint.js';
import type { Model } from '../model.js';
import type { Elem } from '../tree.js';
import { elemWhere } from '../tree.js';
import { descendants, NS, xmpProperty } from '../xmp.js';
import { classify } from './structure.js';

export const metadataStream = checkpoint(
  '06-001',
  'Document does not contain an XMP metadata stream',
  'machine',
  ({ pdf, xmp }, t) => {
    t.saw();
    const obj = pdf.catalog.get(PDFName.of('Metadata'));
    const stream = pdf.stream(obj);
    const where = { object: obj instanceof PDFRef ? obj : undefined };
    if (!stream) return void t.fail({}, pdf.resolve(obj) ? 'the catalog\'s /Metadata is not a stream' : 'the catalog has no /Metadata');
    if (pdf.name(stream.dict.get(PDFName.of('Type'))) !== 'Metadata' || pdf.name(stream.dict.get(PDFName.of('Subtype'))) !== 'XML') {
      t.fail(where, 'the metadata stream is not /Type /Metadata /Subtype /XML');
    }
    if (typeof xmp === 'string') t.fail(where, `the metadata stream is not well-formed XML: ${xmp}`);
    else if (!xmp || !descendants(xmp).some((e) => e.ns === NS.rdf && e.local === 'RDF')) t.fail(where, 'the metadata stream holds no rdf:RDF (no XMP packet)');
  },
);

export const pdfuaIdentifier = checkpoint(
  '06-002',
  'The XMP metadata stream in the Catalog dictionary does not include the PDF/UA identifier',
  'machine',
  ({ pdf, xmp }, t) => {
    if (!xmp || typeof xmp === 'string') return;
    t.saw();
    const where = { object: pdf.catalog.get(PDFName.of('Metadata')) instanceof PDFRef ? (pdf.catalog.get(PDFName.of('Metadata')) as PDFRef) : undefined };
    const parts = xmpProperty(xmp, NS.pdfuaid, 'part');
    if (parts.length === 0) t.fail(where, 'the XMP has no pdfuaid:part (PDF/UA identification schema)');
    for (const part of parts) {
      if (part.prefix !== 'pdfuaid') t.fail(where, `pdfuaid:part is written with the prefix "${part.prefix}", not "pdfuaid"`);
      if (part.values.join() !== '1') t.fail(where, `pdfuaid:part is ${quote(part.values.join(' '))}, not 1`);
    }
    for (const other of ['amd', 'corr']) {
      for (const p of xmpProperty(xmp, NS.pdfuaid, other)) {
        if (p.prefix !== 'pdfuaid') t.fail(where, `pdfuaid:${other} is written with the prefix "${p.prefix}", not "pdfuaid"`);
      }
    }
  },
);

export const dcTitle = checkpoint(
  '06-003',
  'XMP metadata stream does not contain dc:title',
  'machine',
  ({ xmp }, t) => {
    if (!xmp || typeof xmp === 'string') return;
    t.saw();
    const titles = xmpProperty(xmp, NS.dc, 'title');
    if (!titles.some((p) => p.values.some((v) => v !== ''))) t.fail({}, titles.length ? 'dc:title is empty' : 'the XMP has no dc:title');
  },
);

export const displayDocTitleMissing = checkpoint(
  '07-001',
  'ViewerPreferences dictionary of the Catalog dictionary does not contain a DisplayDocTitle entry',
  'machine',
  ({ pdf }, t) => {
    t.saw();
    const prefs = pdf.dict(pdf.catalog.get(PDFName.of('ViewerPreferences')));
    if (!prefs) t.fail({}, 'the catalog has no /ViewerPreferences');
    else if (prefs.get(PDFName.of('DisplayDocTitle')) === undefined) t.fail({}, '/ViewerPreferences has no /DisplayDocTitle');
  },
);

export const displayDocTitleFalse = checkpoint(
  '07-002',
  'ViewerPreferences dictionary of the Catalog dictionary contains a DisplayDocTitle entry with a value of false',
  'machine',
  ({ pdf }, t) => {
    const value = pdf.get(pdf.dict(pdf.catalog.get(PDFName.of('ViewerPreferences'))), 'DisplayDocTitle');
    if (value === undefined) return;
    t.saw();
    if (pdf.bool(value) !== true) t.fail({}, `/DisplayDocTitle is ${String(value)}, not true`);
  },
);

/**
 * A language tag as BCP 47 (RFC 5646) spells one: language[-extlang][-script][-region][-variant]…
 * [-extension]…[-x-private], or a private-use or irregular tag. Well-formed, not looked up in the
 * IANA registry.
 */
const bcp47 = new RegExp(
  '^(?:' +
    '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})' +
    '(?:-[a-z]{4})?' +
    '(?:-(?:[a-z]{2}|[0-9]{3}))?' +
    '(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*' +
    '(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*' +
    '(?:-x(?:-[a-z0-9]{1,8})+)?' +
    '|x(?:-[a-z0-9]{1,8})+' +
    '|i-[a-z]{2,8}' +
    ')$',
  'i',
);

export function isLanguageTag(value: string | undefined): boolean {
  return value !== undefined && bcp47.test(value);
}

/** The document's language: the catalog's /Lang when it is a language tag. */
function catalogLanguage({ pdf }: Model): { ok: boolean; why: string } {
  const obj = pdf.catalog.get(PDFName.of('Lang'));
  const lang = pdf.text(obj);
  if (lang === undefined) return { ok: false, why: obj === undefined ? 'the catalog has no /Lang' : 'the catalog\'s /Lang is not a text string' };
  if (!isLanguageTag(lang)) return { ok: false, why: `the catalog's /Lang ${quote(lang)} is not a BCP 47 language tag` };
  return { ok: true, why: '' };
}

/** An element's language: its /Lang or its nearest ancestor's (invalid tags count as none). */
function elemLanguage(model: Model, elem: Elem | undefined): string | undefined {
  for (let e = elem; e; e = e.parent) {
    const lang = model.pdf.text(e.dict.get(PDFName.of('Lang')));
    if (lang !== undefined) return isLanguageTag(lang) ? lang : undefined;
  }
  return undefined;
}

export const pageContentLanguage = checkpoint(
  '11-001',
  'Natural language for text in page content cannot be determined',
  'machine',
  (model, t) => {
    const doc = catalogLanguage(model);
    // Every /Lang given must be a language tag (ISO 14289-1, 7.2: ISO 32000-1, 14.9.2).
    for (const elem of model.tree.elems) {
      const lang = model.pdf.text(elem.dict.get(PDFName.of('Lang')));
      if (lang !== undefined && !isLanguageTag(lang)) t.fail(elemWhere(model.pdf, elem), `/${elem.type} has /Lang ${quote(lang)}, which is not a BCP 47 language tag`);
    }
    const undetermined = new Map<number, number>();
    for (const page of model.content) {
      for (const seq of page.sequences) {
        if (seq.lang !== undefined && !isLanguageTag(seq.lang)) {
          t.fail({ page: seq.page, object: seq.stream }, `a /${seq.tag} sequence has /Lang ${quote(seq.lang)}, which is not a BCP 47 language tag`);
        }
        if (!seq.text.trim() || classify(model, seq) === 'artifact') continue;
        t.saw();
        if (doc.ok) continue;
        let known = false;
        for (let s: typeof seq | undefined = seq; s && !known; s = s.parent) known = isLanguageTag(s.lang) || elemLanguage(model, model.ownerOf(s)) !== undefined;
        if (!known) undetermined.set(seq.page, (undetermined.get(seq.page) ?? 0) + 1);
      }
    }
    for (const [page, n] of undetermined) t.fail({ page }, `${n} run${n === 1 ? '' : 's'} of text whose language cannot be determined: ${doc.why} and neither the text nor its structure elements have one`);
  },
);

export const alternateTextLanguage = checkpoint(
  '11-002',
  'Natural language for text in Alt, ActualText and E attributes cannot be determined',
  'machine',
  (model, t) => {
    const doc = catalogLanguage(model);
    for (const elem of model.tree.elems) {
      const keys = ['Alt', 'ActualText', 'E'].filter((k) => elem.dict.get(PDFName.of(k)) !== undefined);
      if (!keys.length) continue;
      t.saw();
      if (!doc.ok && elemLanguage(model, elem) === undefined) {
        t.fail(elemWhere(model.pdf, elem), `the language of /${elem.type}'s /${keys.join(', /')} cannot be determined: ${doc.why} and the element and its ancestors have none`);
      }
    }
    for (const seq of model.content.flatMap((c) => c.sequences)) {
      if (seq.alt === undefined && seq.actualText === undefined && seq.expansion === undefined) continue;
      t.saw();
      let known = doc.ok;
      for (let s: typeof seq | undefined = seq; s && !known; s = s.parent) known = isLanguageTag(s.lang) || elemLanguage(model, model.ownerOf(s)) !== undefined;
      if (!known) t.fail({ page: seq.page, object: seq.stream }, `the language of a /${seq.tag} sequence's alternate text cannot be determined: ${doc.why}`);
    }
  },
);

export const outlineLanguage = checkpoint(
  '11-003',
  'Natural language in the Outline entries cannot be determined',
  'machine',
  (model, t) => {
    const { pdf } = model;
    const first = pdf.dict(pdf.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First'));
    let count = 0;
    const seen = new Set<unknown>();
    const walk = (obj: ReturnType<typeof pdf.resolve>): void => {
      for (let item = pdf.dict(obj); item && !seen.has(item); item = pdf.dict(item.get(PDFName.of('Next')))) {
        seen.add(item);
        count++;
        walk(item.get(PDFName.of('First')));
      }
    };
    walk(first);
    t.saw(count);
    const doc = catalogLanguage(model);
    if (count && !doc.ok) t.fail({}, `the language of the ${count} bookmarks cannot be determined: ${doc.why}`);
  },
);

export const annotationLanguage = checkpoint(
  '11-004',
  'Natural language in the Contents entry for annotations cannot be determined',
  'machine',
  (model, t) => {
    const doc = catalogLanguage(model);
    for (const annot of model.annotations) {
      if (annot.dict.get(PDFName.of('Contents')) === undefined) continue;
      t.saw();
      if (doc.ok) continue;
      const owner = annot.ref ? model.tree.byObj.get(annot.ref.toString())?.[0] : undefined;
      if (elemLanguage(model, owner) === undefined) {
        t.fail({ page: annot.page.number, object: annot.ref }, `the language of the /${annot.subtype} annotation's /Contents cannot be determined: ${doc.why}`);
      }
    }
  },
);

export const fieldLanguage = checkpoint(
  '11-005',
  'Natural language in the TU entry for form fields cannot be determined',
  'machine',
  (model, t) => {
    const doc = catalogLanguage(model);
    for (const field of formFields(model)) {
      if (field.dict.get(PDFName.of('TU')) === undefined) continue;
      t.saw();
      if (!doc.ok) t.fail({ object: field.ref }, `the language of the form field's /TU cannot be determined: ${doc.why}`);
    }
  },
);

export const metadataLanguage = checkpoint(
  '11-006',
  'Natural language for document metadata cannot be determined',
  'machine',
  (model, t) => {
    const { xmp } = model;
    if (!xmp || typeof xmp === 'string') return;
    const doc = catalogLanguage(model);
    // Language alternatives (dc:title, dc:description, …) whose x-default item says no language.
    for (const el of descendants(xmp)) {
      if (el.ns !== NS.rdf || el.local !== 'Alt') continue;
      const defaults = el.children.filter((li) => li.attrs.some((a) => a.ns === NS.xml && a.local === 'lang' && a.value === 'x-default'));
      if (!defaults.length) continue;
      t.saw();
      const property = el.parent ? `${el.parent.prefix}:${el.parent.local}` : 'a property';
      if (!doc.ok) t.fail({}, `the language of ${property} (xml:lang="x-default") cannot be determined: ${doc.why}`);
    }
  },
);

/** The AcroForm's fields, with their kids. */
export function formFields({ pdf }: Model): Array<{ ref: PDFRef | undefined; dict: PDFDict }> {
  const out: Array<{ ref: PDFRef | undefined; dict: PDFDict }> = [];
  const seen = new Set<unknown>();
  const walk = (list: ReturnType<typeof pdf.array>): void => {
    for (const obj of list ?? []) {
      const dict = pdf.dict(obj);
      if (!dict || seen.has(dict)) continue;
      seen.add(dict);
      out.push({ ref: obj instanceof PDFRef ? obj : undefined, dict });
      walk(pdf.array(dict.get(PDFName.of('Kids'))));
    }
  };
  walk(pdf.array(pdf.dict(pdf.catalog.get(PDFName.of('AcroForm')))?.get(PDFName.of('Fields'))));
  return out;
}

export const metadataCheckpoints = [
  metadataStream,
  pdfuaIdentifier,
  dcTitle,
  displayDocTitleMissing,
  displayDocTitleFalse,
  pageContentLanguage,
  alternateTextLanguage,
  outlineLanguage,
  annotationLanguage,
  fieldLanguage,
  metadataLanguage,
];

