import { inflateSync } from 'node:zlib';
import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfNumber, PdfReader, PdfStream, PdfSyntaxError } from './cos.js';

/**
 * Where each object of a file is (7.5.4–7.5.8): read from the classic cross-reference tables Chromium
 * writes, and from the cross-reference streams of PDF 1.5 (an object holding the table, compressed,
 * with objects packed into object streams), as pdf-lib, qpdf and most other writers do; also a table
 * with a hidden stream beside it (/XRefStm). Incremental updates are followed through /Prev; the
 * newest definition of an object wins, a free entry included.
 */
export interface CrossReferences {
  /** The newest trailer (for a cross-reference stream, the stream's dictionary). */
  trailer: PdfDict;
  /** Objects stored as themselves: where each starts. */
  offsets: Map<number, number>;
  /** Objects packed into an object stream: the stream's object number and their index in it. */
  packed: Map<number, { stream: number; index: number }>;
  generations: Map<number, number>;
  /** The cross-reference streams and object streams: bookkeeping a file with a table of its own no longer needs. */
  bookkeeping: Set<number>;
  /** Every place an object or a cross-reference section starts, superseded ones included: where copied objects end. */
  starts: number[];
}

export function readCrossReferences(bytes: Uint8Array): CrossReferences {
  const found: CrossReferences = {
    trailer: new PdfDict(),
    offsets: new Map(),
    packed: new Map(),
    generations: new Map(),
    bookkeeping: new Set(),
    starts: [],
  };
  const defined = new Set<number>();
  const define = (num: number, entry: Entry): void => {
    if (defined.has(num)) return;
    defined.add(num);
    found.generations.set(num, entry.kind === 'offset' ? entry.gen : 0);
    if (entry.kind === 'offset') found.offsets.set(num, entry.offset);
    else if (entry.kind === 'packed') found.packed.set(num, { stream: entry.stream, index: entry.index });
  };
  const reader = new PdfReader(bytes);
  let trailer: PdfDict | undefined;
  let at: number | null = startXref(bytes);
  const visited = new Set<number>();
  while (at !== null && !visited.has(at)) {
    visited.add(at);
    found.starts.push(at);
    reader.at = at;
    const section = reader.peekWord() === 'xref' ? readTable(reader) : readStream(reader, found.bookkeeping);
    // A table's hidden stream (/XRefStm, 7.5.8.4) has the objects the table leaves out or lists as free.
    const hidden = section.trailer.get('XRefStm');
    if (hidden instanceof PdfNumber && !visited.has(hidden.value)) {
      visited.add(hidden.value);
      found.starts.push(hidden.value);
      reader.at = hidden.value;
      const stream = readStream(reader, found.bookkeeping).entries;
      const inUse = section.entries.filter(([, entry]) => entry.kind !== 'free');
      const listed = new Set(inUse.map(([num]) => num));
      section.entries = [...inUse, ...stream.filter(([num]) => !listed.has(num)), ...section.entries.filter(([, entry]) => entry.kind === 'free')];
    }
    for (const [num, entry] of section.entries) {
      if (entry.kind === 'offset') found.starts.push(entry.offset);
      if (entry.kind === 'packed') found.bookkeeping.add(entry.stream);
      define(num, entry);
    }
    trailer ??= section.trailer;
    const prev = section.trailer.get('Prev');
    at = prev instanceof PdfNumber ? prev.value : null;
  }
  if (!trailer) throw new PdfSyntaxError('no trailer', bytes.length);
  if (trailer.get('Encrypt') !== undefined) throw new PdfSyntaxError('the PDF is encrypted, which the post-pass does not read', bytes.length);
  found.trailer = trailer;
  found.starts.sort((a, b) => a - b);
  return found;
}

/** The trailer's entries that describe a cross-reference stream or the chain of sections, not the document. */
export const sectionKeys = ['Prev', 'XRefStm', 'Type', 'W', 'Index', 'Filter', 'DecodeParms', 'Length', 'F', 'FFilter', 'FDecodeParms', 'DL'];

type Entry = { kind: 'offset'; offset: number; gen: number } | { kind: 'packed'; stream: number; index: number } | { kind: 'free' };

interface Section {
  trailer: PdfDict;
  entries: Array<[number, Entry]>;
}

/** The offset after "startxref" at the end of the file. */
export function startXref(bytes: Uint8Array): number {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new PdfSyntaxError('no "startxref" at the end', bytes.length);
  return Number(match[1]);
}

/** A classic table (7.5.4) and its trailer. */
function readTable(reader: PdfReader): Section {
  reader.expectWord('xref');
  const entries: Array<[number, Entry]> = [];
  for (;;) {
    const first = reader.readWord();
    if (first === 'trailer') {
      const trailer = reader.readValue();
      if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('the trailer is not a dictionary', reader.at);
      return { trailer, entries };
    }
    const count = reader.readWord();
    if (!/^\d+$/.test(first) || !/^\d+$/.test(count)) throw new PdfSyntaxError('a bad cross-reference subsection', reader.at);
    for (let i = 0; i < Number(count); i++) {
      const [offset, gen, kind] = [reader.readWord(), reader.readWord(), reader.readWord()];
      if (kind !== 'n' && kind !== 'f') throw new PdfSyntaxError('a bad cross-reference entry', reader.at);
      entries.push([Number(first) + i, kind === 'n' ? { kind: 'offset', offset: Number(offset), gen: Number(gen) } : { kind: 'free' }]);
    }
  }
}

/** A cross-reference stream (7.5.8): "N G obj <</Type /XRef /W [..] …>> stream … endstream". */
function readStream(reader: PdfReader, bookkeeping: Set<number>): Section {
  const start = reader.at;
  const { num, stream } = readIndirectStream(reader);
  if (stream.dict.get('Type') !== PdfName.of('XRef')) throw new PdfSyntaxError('not a cross-reference table or stream', start);
  bookkeeping.add(num);
  const widths = integers(stream.dict.get('W'), start, 'W');
  if (widths.length !== 3 || widths.some((w) => w > 8)) throw new PdfSyntaxError('a cross-reference stream with a bad /W', start);
  const size = stream.dict.get('Size');
  if (!(size instanceof PdfNumber)) throw new PdfSyntaxError('a cross-reference stream without /Size', start);
  const index = stream.dict.get('Index') === undefined ? [0, size.value] : integers(stream.dict.get('Index'), start, 'Index');
  const data = decodeStream(stream, start);
  const [w0, w1, w2] = widths as [number, number, number];
  const row = w0 + w1 + w2;
  const field = (at: number, width: number, missing: number): number => {
    if (width === 0) return missing;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 256 + data[at + i]!;
    return value;
  };
  const entries: Array<[number, Entry]> = [];
  let at = 0;
  for (let k = 0; k + 1 < index.length; k += 2) {
    for (let i = 0; i < index[k + 1]!; i++, at += row) {
      if (at + row > data.length) throw new PdfSyntaxError('a cross-reference stream shorter than its /Index says', start);
      const type = field(at, w0, 1);
      const second = field(at + w0, w1, 0);
      const third = field(at + w0 + w1, w2, 0);
      const entry: Entry = type === 1 ? { kind: 'offset', offset: second, gen: third } : type === 2 ? { kind: 'packed', stream: second, index: third } : { kind: 'free' };
      entries.push([index[k]! + i, entry]);
    }
  }
  return { trailer: stream.dict, entries };
}

/** "N G obj <<…>> stream" at the reader, with a direct /Length (as a cross-reference stream has). */
function readIndirectStream(reader: PdfReader): { num: number; stream: PdfStream } {
  const start = reader.at;
  const notOne = () => new PdfSyntaxError('not a cross-reference table or stream', start);
  const [num, gen, obj] = [reader.readWord(), reader.readWord(), reader.readWord()];
  if (!/^\d+$/.test(num) || !/^\d+$/.test(gen) || obj !== 'obj') throw notOne();
  const dict = reader.readValue();
  if (!(dict instanceof PdfDict) || reader.peekWord() !== 'stream') throw notOne();
  reader.expectWord('stream');
  if (reader.bytes[reader.at] === 0x0d) reader.at++;
  if (reader.bytes[reader.at] === 0x0a) reader.at++;
  const length = dict.get('Length');
  if (!(length instanceof PdfNumber)) throw new PdfSyntaxError('a cross-reference stream without a direct /Length', start);
  return { num: Number(num), stream: new PdfStream(dict, reader.bytes.subarray(reader.at, reader.at + length.value)) };
}

function integers(value: PdfValue | undefined, at: number, key: string): number[] {
  if (!Array.isArray(value) || !value.every((n) => n instanceof PdfNumber && Number.isInteger(n.value) && n.value >= 0)) {
    throw new PdfSyntaxError(`a cross-reference stream with a bad /${key}`, at);
  }
  return value.map((n) => (n as PdfNumber).value);
}

/**
 * The data of a cross-reference or object stream: stored as it is or Flate-compressed, with or
 * without a PNG predictor (7.4.4.4), which is what writers use for these; anything else is refused.
 */
export function decodeStream(stream: PdfStream, at: number): Uint8Array {
  const filter = stream.dict.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  if (filters.length === 0) return stream.data;
  if (filters.length > 1 || filters[0] !== PdfName.of('FlateDecode')) throw new PdfSyntaxError('a cross-reference or object stream in an encoding the post-pass does not read', at);
  const inflated = inflateSync(stream.data);
  const parms = stream.dict.get('DecodeParms');
  const params = Array.isArray(parms) ? parms[0] : parms;
  if (!(params instanceof PdfDict)) return inflated;
  const predictor = params.get('Predictor');
  if (!(predictor instanceof PdfNumber) || predictor.value === 1) return inflated;
  if (predictor.value < 10) throw new PdfSyntaxError('a cross-reference or object stream with a TIFF predictor, which the post-pass does not read', at);
  const number = (key: string, fallback: number) => {
    const value = params.get(key);
    return value instanceof PdfNumber ? value.value : fallback;
  };
  const [columns, colors, bits] = [number('Columns', 1), number('Colors', 1), number('BitsPerComponent', 8)];
  return unpredictPng(inflated, Math.ceil((columns * colors * bits) / 8), Math.max(1, Math.ceil((colors * bits) / 8)));
}

/** Undoes PNG prediction: each row is a filter byte and `width` bytes; `bpp` bytes per pixel. */
function unpredictPng(data: Uint8Array, width: number, bpp: number): Uint8Array {
  const rows = Math.floor(data.length / (width + 1));
  const out = new Uint8Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (width + 1)]!;
    const src = r * (width + 1) + 1;
    const row = r * width;
    for (let i = 0; i < width; i++) {
      const left = i >= bpp ? out[row + i - bpp]! : 0;
      const up = r > 0 ? out[row - width + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[row - width + i - bpp]! : 0;
      const byte = data[src + i]!;
      let value: number;
      if (type === 0) value = byte;
      else if (type === 1) value = byte + left;
      else if (type === 2) value = byte + up;
      else if (type === 3) value = byte + ((left + up) >> 1);
      else if (type === 4) value = byte + paeth(left, up, upLeft);
      else throw new PdfSyntaxError(`a PNG predictor row of unknown type ${type}`, src - 1);
      out[row + i] = value & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
