import { PDFDict, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { codeKey, parseCMap, splitCodes, type CMap } from './cmap.js';
import type { Pdf } from './pdf.js';

/** A font as the content uses it: how its strings split into codes and what those codes mean. */
export interface Font {
  ref: PDFRef | undefined;
  dict: PDFDict;
  subtype: string;
  baseFont: string;
  /** Type0: its CIDFont and the CIDFont's descriptor; otherwise the font's own descriptor. */
  descendant: PDFDict | undefined;
  descriptor: PDFDict | undefined;
  /** The Encoding entry: a name, 'stream' for an embedded CMap, or undefined. */
  encoding: string | undefined;
  /** An embedded encoding CMap (Type0 fonts). */
  encodingCMap: CMap | undefined;
  toUnicode: CMap | undefined;
  codespaces: Array<[number, number, number]>;
  /** Every code shown, with where it was first shown; codeKey(code, length). */
  used: Map<number, { page: number; stream: string }>;
  /** Codes shown in a text rendering mode that paints (not mode 3, invisible). */
  rendered: Set<number>;
}

/** Fonts by their dictionary, read once. */
export class Fonts {
  private readonly byDict = new Map<PDFDict, Font>();
  constructor(private readonly pdf: Pdf) {}

  all(): Font[] {
    return [...this.byDict.values()];
  }

  get(obj: PDFObject | undefined): Font | undefined {
    const dict = this.pdf.dict(obj);
    if (!dict) return undefined;
    let font = this.byDict.get(dict);
    if (!font) {
      font = this.read(dict, obj instanceof PDFRef ? obj : undefined);
      this.byDict.set(dict, font);
    }
    return font;
  }

  private read(dict: PDFDict, ref: PDFRef | undefined): Font {
    const { pdf } = this;
    const subtype = pdf.name(dict.get(PDFName.of('Subtype'))) ?? '';
    const descendant = subtype === 'Type0' ? pdf.dict(pdf.array(dict.get(PDFName.of('DescendantFonts')))?.[0]) : undefined;
    const descriptor = pdf.dict((descendant ?? dict).get(PDFName.of('FontDescriptor')));
    const enc = pdf.resolve(dict.get(PDFName.of('Encoding')));
    const encoding = enc instanceof PDFRawStream ? 'stream' : pdf.name(enc) ?? (enc instanceof PDFDict ? 'dictionary' : undefined);
    const encodingBytes = enc instanceof PDFRawStream ? pdf.bytes(enc) : undefined;
    const encodingCMap = encodingBytes ? parseCMap(encodingBytes) : undefined;
    const toUnicodeBytes = pdf.bytes(dict.get(PDFName.of('ToUnicode')));
    const toUnicode = toUnicodeBytes ? parseCMap(toUnicodeBytes) : undefined;
    let codespaces: Array<[number, number, number]> = [[1, 0, 0xff]];
    if (subtype === 'Type0') {
      codespaces = encodingCMap?.codespaces.length ? encodingCMap.codespaces : [[2, 0, 0xffff]];
    }
    return {
      ref,
      dict,
      subtype,
      baseFont: pdf.name(dict.get(PDFName.of('BaseFont'))) ?? '',
      descendant,
      descriptor,
      encoding,
      encodingCMap,
      toUnicode,
      codespaces,
      used: new Map(),
      rendered: new Set(),
    };
  }
}

/** Records the codes of a shown string and returns its text as far as the ToUnicode CMap gives it. */
export function showString(font: Font, bytes: Uint8Array, renderMode: number, where: { page: number; stream: string }): string {
  let text = '';
  for (const [code, length] of splitCodes(bytes, font.codespaces)) {
    const key = codeKey(code, length);
    if (!font.used.has(key)) font.used.set(key, where);
    if (renderMode !== 3) font.rendered.add(key);
    const unicode = font.toUnicode?.unicode.get(key);
    text += unicode ?? (font.codespaces[0]?.[0] === 1 && code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : '\ufffd');
  }
  return text;
}

/** Splits a code key back into code and length. */
export function fromCodeKey(key: number): { code: number; length: number } {
  return { code: Math.floor(key / 8), length: key % 8 };
}
