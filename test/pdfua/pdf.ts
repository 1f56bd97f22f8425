import {
  PDFArray,
  PDFBool,
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

/** Where a finding is: the page (1-based) and the object, as far as they are known. */
export interface Where {
  page?: number | undefined;
  object?: PDFRef | string | undefined;
}

export interface Finding {
  page?: number;
  object?: string;
  message: string;
}

export function finding(where: Where, message: string): Finding {
  const out: Finding = { message };
  if (where.page !== undefined) out.page = where.page;
  if (where.object !== undefined) out.object = String(where.object);
  return out;
}

/** "page 6, object 123 0 R: /Link without /Contents". */
export function formatFinding(f: Finding): string {
  const at = [f.page !== undefined ? `page ${f.page}` : '', f.object !== undefined ? `object ${f.object}` : ''].filter(Boolean).join(', ');
  return at ? `${at}: ${f.message}` : f.message;
}

export interface Page {
  /** 1-based. */
  number: number;
  ref: PDFRef;
  dict: PDFDict;
  resources: PDFDict | undefined;
}

/**
 * The file as pdf-lib reads it, with lookups that never throw: each returns undefined when the
 * object is missing or of another type (a malformed file is something to report, not to crash on).
 */
export class Pdf {
  readonly pages: Page[];
  readonly catalog: PDFDict;
  readonly trailer: PDFDict;
  private readonly pageByRef = new Map<string, Page>();
  private readonly decoded = new Map<PDFRawStream, Uint8Array | undefined>();

  private constructor(readonly doc: PDFDocument) {
    this.catalog = doc.catalog;
    const info = doc.context.trailerInfo;
    this.trailer = PDFDict.withContext(doc.context);
    if (info.Encrypt) this.trailer.set(PDFName.of('Encrypt'), info.Encrypt);
    if (info.ID) this.trailer.set(PDFName.of('ID'), info.ID);
    this.pages = doc.getPages().map((p, i) => ({
      number: i + 1,
      ref: p.ref,
      dict: p.node,
      resources: this.dict(this.inherited(p.node, 'Resources')),
    }));
    for (const page of this.pages) this.pageByRef.set(page.ref.toString(), page);
  }

  static async load(bytes: Uint8Array): Promise<Pdf> {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
    return new Pdf(doc);
  }

  get encrypted(): boolean {
    return this.doc.isEncrypted;
  }

  pageOf(ref: PDFObject | undefined): Page | undefined {
    return ref instanceof PDFRef ? this.pageByRef.get(ref.toString()) : undefined;
  }

  resolve(obj: PDFObject | undefined): PDFObject | undefined {
    return obj instanceof PDFRef ? this.doc.context.lookup(obj) : obj;
  }

  /** The value of a key, resolved. */
  get(dict: PDFDict | undefined, key: string): PDFObject | undefined {
    return dict ? this.resolve(dict.get(PDFName.of(key))) : undefined;
  }

  dict(obj: PDFObject | undefined): PDFDict | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFDict ? o : undefined;
  }

  /** A dictionary, or the dictionary of a stream. */
  dictOrStream(obj: PDFObject | undefined): PDFDict | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFRawStream ? o.dict : o instanceof PDFDict ? o : undefined;
  }

  stream(obj: PDFObject | undefined): PDFRawStream | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFRawStream ? o : undefined;
  }

  array(obj: PDFObject | undefined): PDFObject[] | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFArray ? o.asArray() : undefined;
  }

  /** An array, or a single object as an array of one; [] when absent. */
  list(obj: PDFObject | undefined): PDFObject[] {
    const o = this.resolve(obj);
    if (o === undefined) return [];
    return o instanceof PDFArray ? o.asArray() : [obj!];
  }

  name(obj: PDFObject | undefined): string | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFName ? o.decodeText() : undefined;
  }

  number(obj: PDFObject | undefined): number | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFNumber ? o.asNumber() : undefined;
  }

  bool(obj: PDFObject | undefined): boolean | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFBool ? o.asBoolean() : undefined;
  }

  /** A text string, decoded (PDFDocEncoding or UTF-16BE). */
  text(obj: PDFObject | undefined): string | undefined {
    const o = this.resolve(obj);
    return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
  }

  /** A stream's data with its filters undone; undefined when it cannot be decoded. */
  bytes(obj: PDFObject | undefined): Uint8Array | undefined {
    const s = this.stream(obj);
    if (!s) return undefined;
    if (!this.decoded.has(s)) {
      let data: Uint8Array | undefined;
      try {
        data = s.dict.get(PDFName.of('Filter')) ? decodePDFRawStream(s).decode() : s.contents;
      } catch {
        data = undefined;
      }
      this.decoded.set(s, data);
    }
    return this.decoded.get(s);
  }

  /** A page attribute that may be inherited from the page tree (Resources, MediaBox, CropBox), resolved. */
  inherited(node: PDFDict, key: string): PDFObject | undefined {
    const seen = new Set<PDFDict>();
    for (let n: PDFDict | undefined = node; n && !seen.has(n); n = this.dict(n.get(PDFName.of('Parent')))) {
      seen.add(n);
      const value = this.resolve(n.get(PDFName.of(key)));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Every entry of a number tree (ISO 32000-1, 7.9.7), by key. */
  numberTree(root: PDFObject | undefined): Map<number, PDFObject> {
    const out = new Map<number, PDFObject>();
    const seen = new Set<PDFDict>();
    const visit = (node: PDFDict | undefined): void => {
      if (!node || seen.has(node)) return;
      seen.add(node);
      const nums = this.array(node.get(PDFName.of('Nums'))) ?? [];
      for (let k = 0; k + 1 < nums.length; k += 2) {
        const key = this.number(nums[k]);
        if (key !== undefined) out.set(key, nums[k + 1]!);
      }
      for (const kid of this.array(node.get(PDFName.of('Kids'))) ?? []) visit(this.dict(kid));
    };
    visit(this.dict(root));
    return out;
  }

  /** Every indirect object, for the checkpoints that look for a kind of object wherever it is. */
  objects(): Array<[PDFRef, PDFObject]> {
    return this.doc.context.enumerateIndirectObjects();
  }
}

/** The reference of an object when it is one, for locating findings. */
export function refOf(obj: PDFObject | undefined): PDFRef | undefined {
  return obj instanceof PDFRef ? obj : undefined;
}
