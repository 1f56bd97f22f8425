import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { goodPdf } from './fixture.js';

/**
 * A copy of the good PDF opened with pdf-lib, with the edits the checkpoint tests make to break it:
 * find a structure element, rewrite a page's content stream, add an annotation and tag it, …
 */
export class Breaker {
  private constructor(readonly doc: PDFDocument) {}

  static async open(): Promise<Breaker> {
    return new Breaker(await PDFDocument.load(await goodPdf(), { updateMetadata: false }));
  }

  get ctx() {
    return this.doc.context;
  }

  get catalog(): PDFDict {
    return this.doc.catalog;
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  }

  dict(obj: PDFObject | undefined): PDFDict {
    const d = obj instanceof PDFRef ? this.ctx.lookup(obj) : obj;
    if (d instanceof PDFRawStream) return d.dict;
    if (!(d instanceof PDFDict)) throw new Error(`not a dictionary: ${String(obj)}`);
    return d;
  }

  get(dict: PDFDict, key: string): PDFObject | undefined {
    return dict.get(PDFName.of(key));
  }

  set(dict: PDFDict, key: string, value: unknown): void {
    dict.set(PDFName.of(key), this.ctx.obj(value as never));
  }

  delete(dict: PDFDict, key: string): void {
    dict.delete(PDFName.of(key));
  }

  text(value: string): PDFHexString {
    return PDFHexString.fromText(value);
  }

  bytesString(value: string): PDFString {
    return PDFString.of(value);
  }

  get structTreeRoot(): PDFDict {
    return this.dict(this.get(this.catalog, 'StructTreeRoot'));
  }

  /** The structure elements of a type, in object order, with their references. */
  elems(type: string): Array<{ ref: PDFRef; dict: PDFDict }> {
    const out: Array<{ ref: PDFRef; dict: PDFDict }> = [];
    for (const [ref, obj] of this.ctx.enumerateIndirectObjects()) {
      if (obj instanceof PDFDict && obj.get(PDFName.of('S')) === PDFName.of(type)) out.push({ ref, dict: obj });
    }
    return out.sort((a, b) => a.ref.objectNumber - b.ref.objectNumber);
  }

  elem(type: string, n = 0): PDFDict {
    const e = this.elems(type)[n];
    if (!e) throw new Error(`no /${type} number ${n}`);
    return e.dict;
  }

  elemRef(type: string, n = 0): PDFRef {
    return this.elems(type)[n]!.ref;
  }

  /** Changes an element's structure type. */
  retype(type: string, to: string, n = 0): void {
    this.set(this.elem(type, n), 'S', PDFName.of(to));
  }

  page(index: number): PDFDict {
    return this.doc.getPages()[index]!.node;
  }

  pageRef(index: number): PDFRef {
    return this.doc.getPages()[index]!.ref;
  }

  /** Rewrites a page's content stream (read as Latin-1, written back uncompressed). */
  content(index: number, edit: (content: string) => string): void {
    const page = this.page(index);
    const stream = this.ctx.lookup(page.get(PDFName.of('Contents')));
    if (!(stream instanceof PDFRawStream)) throw new Error('the page has no single content stream');
    const before = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const after = edit(before);
    if (after === before) throw new Error('the edit changed nothing');
    page.set(PDFName.of('Contents'), this.ctx.register(this.ctx.stream(Buffer.from(after, 'latin1'))));
  }

  /** Replaces a stream's data (uncompressed), keeping its dictionary's other entries. */
  replaceStream(ref: PDFObject | undefined, edit: (data: Uint8Array) => Uint8Array, extra: Record<string, PDFObject> = {}): void {
    if (!(ref instanceof PDFRef)) throw new Error('not a stream reference');
    const old = this.ctx.lookup(ref);
    if (!(old instanceof PDFRawStream)) throw new Error('not a stream');
    const data = old.dict.get(PDFName.of('Filter')) ? decodePDFRawStream(old).decode() : old.contents;
    const dict = this.ctx.obj({}) as PDFDict;
    for (const [k, v] of old.dict.entries()) if (!['Filter', 'Length', 'DecodeParms'].includes(k.decodeText())) dict.set(k, v);
    for (const [k, v] of Object.entries(extra)) dict.set(PDFName.of(k), v);
    const bytes = edit(data);
    this.ctx.assign(ref, PDFRawStream.of(dict, bytes));
  }

  streamText(ref: PDFObject | undefined): string {
    const s = this.ctx.lookup(ref);
    if (!(s instanceof PDFRawStream)) throw new Error('not a stream');
    return Buffer.from(s.dict.get(PDFName.of('Filter')) ? decodePDFRawStream(s).decode() : s.contents).toString('latin1');
  }

  /** The page's font /F1 (Type0) and its CIDFont and descriptor. */
  get font(): { font: PDFDict; cidFont: PDFDict; descriptor: PDFDict } {
    const resources = this.dict(this.get(this.page(0), 'Resources'));
    const font = this.dict(this.get(this.dict(this.get(resources, 'Font')), 'F1'));
    const cidFont = this.dict((this.ctx.lookup(this.get(font, 'DescendantFonts')) as PDFArray).get(0));
    return { font, cidFont, descriptor: this.dict(this.get(cidFont, 'FontDescriptor')) };
  }

  /** Adds a resource (Font, XObject, Properties) to a page. */
  addResource(index: number, category: string, name: string, value: PDFObject): void {
    const resources = this.dict(this.get(this.page(index), 'Resources'));
    let dict = resources.get(PDFName.of(category));
    if (!dict) {
      dict = this.ctx.obj({});
      resources.set(PDFName.of(category), dict);
    }
    this.dict(dict).set(PDFName.of(name), value);
  }

  /** Adds an annotation to a page; returns its reference. */
  addAnnotation(index: number, entries: Record<string, unknown>): PDFRef {
    const ref = this.ctx.register(this.ctx.obj({ Type: 'Annot', Rect: [300, 300, 340, 320], F: 4, ...entries } as never));
    const page = this.page(index);
    const annots = this.ctx.lookup(page.get(PDFName.of('Annots')));
    if (annots instanceof PDFArray) annots.push(ref);
    else page.set(PDFName.of('Annots'), this.ctx.obj([ref]));
    return ref;
  }

  /**
   * Puts an object (annotation, form XObject) into the tree: a new element of the type, last in the
   * Document, owning it through an OBJR, found back through its /StructParent and the parent tree.
   */
  tag(obj: PDFRef, type: string, pageIndex: number, extra: Record<string, PDFObject> = {}): PDFRef {
    const doc = this.elems('Document')[0]!;
    const ref = this.ctx.nextRef();
    const elem = this.ctx.obj({ Type: 'StructElem', S: type, P: doc.ref, Pg: this.pageRef(pageIndex) }) as PDFDict;
    elem.set(PDFName.of('K'), this.ctx.obj({ Type: 'OBJR', Obj: obj, Pg: this.pageRef(pageIndex) }));
    for (const [k, v] of Object.entries(extra)) elem.set(PDFName.of(k), v);
    this.ctx.assign(ref, elem);
    this.appendKid(doc.dict, ref);
    const key = this.nextParentKey();
    this.dict(obj).set(PDFName.of('StructParent'), PDFNumber.of(key));
    this.parentTreeNums().push(PDFNumber.of(key));
    this.parentTreeNums().push(ref);
    return ref;
  }

  appendKid(parent: PDFDict, kid: PDFObject): void {
    const k = parent.get(PDFName.of('K'));
    if (k instanceof PDFArray) k.push(kid);
    else parent.set(PDFName.of('K'), this.ctx.obj(k ? [k, kid] : [kid]));
  }

  parentTreeNums(): PDFArray {
    return this.ctx.lookup(this.dict(this.get(this.structTreeRoot, 'ParentTree')).get(PDFName.of('Nums'))) as PDFArray;
  }

  nextParentKey(): number {
    const root = this.structTreeRoot;
    const key = (root.get(PDFName.of('ParentTreeNextKey')) as PDFNumber).asNumber();
    root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(key + 1));
    return key;
  }

  /** Sets what the parent tree gives for a page's MCID (the page's /StructParents is its index here). */
  setParent(pageIndex: number, mcid: number, elem: PDFRef): void {
    const nums = this.parentTreeNums();
    for (let k = 0; k < nums.size(); k += 2) {
      if ((nums.get(k) as PDFNumber).asNumber() === pageIndex) (this.ctx.lookup(nums.get(k + 1)) as PDFArray).set(mcid, elem);
    }
  }

  /** Rewrites the XMP packet. */
  xmp(edit: (xml: string) => string): void {
    const ref = this.get(this.catalog, 'Metadata');
    this.replaceStream(ref, (data) => new TextEncoder().encode(edit(new TextDecoder().decode(data))));
  }

  /** A stream object, registered. */
  stream(data: string, dict: Record<string, unknown> = {}): PDFRef {
    return this.ctx.register(this.ctx.stream(Buffer.from(data, 'latin1'), dict as never));
  }
}

/** A TrueType program with a 'cmap' table of the given subtables (platform, encoding) added or replacing its own. */
export function withCmaps(ttf: Uint8Array, records: Array<[number, number]>): Uint8Array {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const count = view.getUint16(4);
  const tables: Array<{ tag: string; data: Uint8Array }> = [];
  for (let k = 0; k < count; k++) {
    const at = 12 + 16 * k;
    const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
    if (tag !== 'cmap') tables.push({ tag, data: ttf.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)) });
  }
  // Each record points at the same format 0 subtable: byte codes to glyphs 0–255 (enough for a test).
  const header = 4 + 8 * records.length;
  const cmap = new Uint8Array(header + 262);
  const cv = new DataView(cmap.buffer);
  cv.setUint16(2, records.length);
  records.forEach(([platform, encoding], i) => {
    cv.setUint16(4 + 8 * i, platform);
    cv.setUint16(6 + 8 * i, encoding);
    cv.setUint32(8 + 8 * i, header);
  });
  cv.setUint16(header + 2, 262);
  for (let c = 0; c < 256; c++) cmap[header + 6 + c] = c;
  tables.push({ tag: 'cmap', data: cmap });
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const dirSize = 12 + 16 * tables.length;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), dirSize);
  const out = new Uint8Array(size);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, 0x00010000);
  ov.setUint16(4, tables.length);
  let offset = dirSize;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[at + c] = t.tag.charCodeAt(c);
    ov.setUint32(at + 8, offset);
    ov.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

/** A TrueType program with maxp's glyph count changed. */
export function withGlyphCount(ttf: Uint8Array, numGlyphs: number): Uint8Array {
  const out = Uint8Array.from(ttf);
  const view = new DataView(out.buffer);
  for (let k = 0; k < view.getUint16(4); k++) {
    const at = 12 + 16 * k;
    if (String.fromCharCode(...out.subarray(at, at + 4)) === 'maxp') view.setUint16(view.getUint32(at + 8) + 4, numGlyphs);
  }
  return out;
}

