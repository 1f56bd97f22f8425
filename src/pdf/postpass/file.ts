import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfNumber, PdfReader, PdfRef, PdfStream, PdfSyntaxError, serialize } from './cos.js';
import { decodeStream, readCrossReferences, sectionKeys } from './xref.js';

/** A page object: its number and its dictionary. */
export interface PdfPage {
  num: number;
  dict: PdfDict;
}

/**
 * A PDF file as its objects, for editing a few of them: objects are parsed when first asked for, and
 * written back byte for byte unless they were replaced. This is what makes the post-pass cheap: a
 * 46-page report has ~2 800 objects and the post-pass edits a few hundred; a general PDF library
 * parses and re-serialises all of them.
 *
 * It reads files with classic cross-reference tables, as Chromium writes them, and with cross-reference
 * streams and object streams (PDF 1.5), as pdf-lib and most other writers do, incremental updates
 * included (xref.ts). It writes one file with one fresh classic table: an object that was packed into an
 * object stream is written out as an object of its own, and the object streams and cross-reference
 * streams, bookkeeping the new table replaces, are left out.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  /** Where each object stored as itself starts, by number (generation numbers are kept as they are). */
  private readonly offsets: ReadonlyMap<number, number>;
  /** Objects packed into object streams: which stream, which place in it. */
  private readonly packed: ReadonlyMap<number, { stream: number; index: number }>;
  private readonly generations: ReadonlyMap<number, number>;
  /** Object streams and cross-reference streams: never written. */
  private readonly bookkeeping: ReadonlySet<number>;
  /** Every object and section start in the file, ascending: a copied object ends before the next one. */
  private readonly starts: readonly number[];
  private readonly parsed = new Map<number, PdfValue | PdfStream>();
  private readonly unpacked = new Map<number, { data: Uint8Array; offsets: number[] }>();
  private readonly replaced = new Set<number>();
  private readonly added: number[] = [];
  private readonly removed = new Set<number>();
  private nextNumber: number;

  private constructor(private readonly bytes: Uint8Array) {
    const found = readCrossReferences(bytes);
    this.trailer = found.trailer;
    this.offsets = found.offsets;
    this.packed = found.packed;
    this.generations = found.generations;
    this.bookkeeping = found.bookkeeping;
    this.starts = found.starts;
    const size = this.trailer.get('Size');
    const numbers = [...this.offsets.keys(), ...this.packed.keys()];
    this.nextNumber = Math.max(size instanceof PdfNumber ? size.value : 1, ...numbers.map((num) => num + 1));
  }

  static read(bytes: Uint8Array): PdfFile {
    return new PdfFile(bytes);
  }

  /** Every object number in the file (and added to it), in ascending order; bookkeeping streams left out. */
  numbers(): number[] {
    return [...this.offsets.keys(), ...this.packed.keys(), ...this.added]
      .filter((num) => !this.removed.has(num) && !this.bookkeeping.has(num))
      .sort((a, b) => a - b);
  }

  /** An indirect object by number (parsed on first use). */
  object(num: number): PdfValue | PdfStream {
    const cached = this.parsed.get(num);
    if (cached !== undefined) return cached;
    const place = this.packed.get(num);
    if (place) return this.unpack(num, place.stream, place.index);
    const offset = this.offsets.get(num);
    if (offset === undefined) return null;
    const reader = new PdfReader(this.bytes, offset);
    reader.readValue();
    reader.readValue();
    reader.expectWord('obj');
    let value: PdfValue | PdfStream = reader.readValue();
    if (value instanceof PdfDict && reader.peekWord() === 'stream') {
      reader.expectWord('stream');
      // The data starts after the end of line that follows the keyword (CR LF or LF).
      if (this.bytes[reader.at] === 0x0d) reader.at++;
      if (this.bytes[reader.at] === 0x0a) reader.at++;
      const length = this.resolve(value.get('Length'));
      if (!(length instanceof PdfNumber)) throw new PdfSyntaxError(`stream ${num} has no /Length`, reader.at);
      value = new PdfStream(value, this.bytes.subarray(reader.at, reader.at + length.value));
    }
    this.parsed.set(num, value);
    return value;
  }

  /** Object `num`, the `index`th in object stream `stream` (7.5.7). */
  private unpack(num: number, stream: number, index: number): PdfValue {
    let contents = this.unpacked.get(stream);
    if (!contents) {
      const holder = this.object(stream);
      const at = this.offsets.get(stream) ?? 0;
      if (!(holder instanceof PdfStream) || holder.dict.get('Type') !== PdfName.of('ObjStm')) throw new PdfSyntaxError(`object ${num} is said to be in object ${stream}, which is not an object stream`, at);
      const data = decodeStream(holder, at);
      const [count, first] = [holder.dict.get('N'), holder.dict.get('First')];
      if (!(count instanceof PdfNumber) || !(first instanceof PdfNumber)) throw new PdfSyntaxError(`object stream ${stream} has no /N or /First`, at);
      const header = new PdfReader(data);
      const offsets: number[] = [];
      for (let i = 0; i < count.value; i++) {
        header.readWord();
        const offset = header.readWord();
        if (!/^\d+$/.test(offset)) throw new PdfSyntaxError(`object stream ${stream} has a bad header`, at);
        offsets.push(first.value + Number(offset));
      }
      contents = { data, offsets };
      this.unpacked.set(stream, contents);
    }
    const offset = contents.offsets[index];
    if (offset === undefined) throw new PdfSyntaxError(`object stream ${stream} holds no object ${index}`, this.offsets.get(stream) ?? 0);
    const value = new PdfReader(contents.data, offset).readValue();
    this.parsed.set(num, value);
    return value;
  }

  /** A value with a reference followed to its object; anything else as it is. */
  resolve(value: PdfValue | undefined): PdfValue | PdfStream | undefined {
    return value instanceof PdfRef ? this.object(value.num) : value;
  }

  /** The value under `key` in `dict`, following a reference, if it is a dictionary. */
  dict(dict: PdfDict, key: string): PdfDict | undefined {
    const value = this.resolve(dict.get(key));
    return value instanceof PdfDict ? value : undefined;
  }

  get catalog(): PdfDict {
    const root = this.resolve(this.trailer.get('Root'));
    if (!(root instanceof PdfDict)) throw new PdfSyntaxError('the trailer has no /Root catalog', this.bytes.length);
    return root;
  }

  /** The page objects in page order, from the catalog's page tree. */
  pages(): PdfPage[] {
    const found: PdfPage[] = [];
    const seen = new Set<number>();
    const walk = (value: PdfValue | undefined): void => {
      if (!(value instanceof PdfRef) || seen.has(value.num)) return;
      seen.add(value.num);
      const node = this.object(value.num);
      if (!(node instanceof PdfDict)) return;
      const kids = node.get('Kids');
      if (node.get('Type') === PdfName.of('Pages') && Array.isArray(kids)) kids.forEach(walk);
      else found.push({ num: value.num, dict: node });
    };
    walk(this.catalog.get('Pages'));
    return found;
  }

  /** A page's content streams, in order (/Contents is one reference or an array of them). */
  contents(page: PdfPage): PdfRef[] {
    const contents = page.dict.get('Contents');
    return (Array.isArray(contents) ? contents : [contents]).filter((ref): ref is PdfRef => ref instanceof PdfRef);
  }

  /** Replaces object `num` (or marks an object got from object() as edited in place). */
  put(num: number, value: PdfValue | PdfStream): void {
    this.parsed.set(num, value);
    this.replaced.add(num);
  }

  /** Leaves object `num` out of the written file (nothing may refer to it any more). */
  remove(num: number): void {
    this.removed.add(num);
  }

  /** Adds an object and returns its reference. */
  add(value: PdfValue | PdfStream): PdfRef {
    const num = this.nextNumber++;
    this.parsed.set(num, value);
    this.added.push(num);
    return new PdfRef(num, 0);
  }

  /**
   * The file: unchanged objects copied byte for byte, edited, added and unpacked ones written out, a new
   * table.
   */
  write(): Uint8Array {
    const order = [...this.offsets].filter(([num]) => !this.removed.has(num) && !this.bookkeeping.has(num)).sort((a, b) => a[1] - b[1]);
    const parts: Uint8Array[] = [];
    const offsets = new Map<number, number>();
    let length = 0;
    const push = (part: Uint8Array) => {
      parts.push(part);
      length += part.length;
    };
    push(this.bytes.subarray(0, this.starts[0] ?? 0));
    let next = 0;
    for (const [num, offset] of order) {
      offsets.set(num, length);
      if (this.replaced.has(num)) push(this.encodeObject(num, this.generations.get(num) ?? 0));
      else {
        while (next < this.starts.length && this.starts[next]! <= offset) next++;
        push(this.bytes.subarray(offset, objectEnd(this.bytes, offset, this.starts[next] ?? this.bytes.length)));
      }
    }
    const unpacked = [...this.packed.keys()].filter((num) => !this.removed.has(num)).sort((a, b) => a - b);
    for (const num of [...unpacked, ...this.added]) {
      if (!this.parsed.has(num)) this.object(num);
      offsets.set(num, length);
      push(this.encodeObject(num, this.generations.get(num) ?? 0));
    }
    const size = Math.max(0, ...offsets.keys()) + 1;
    const rows = ['xref', `0 ${size}`];
    for (let num = 0; num < size; num++) {
      const offset = offsets.get(num);
      const gen = String(this.generations.get(num) ?? 0).padStart(5, '0');
      rows.push(offset === undefined ? `0000000000 ${num === 0 ? '65535' : '00000'} f ` : `${String(offset).padStart(10, '0')} ${gen} n `);
    }
    const trailer = new PdfDict([...this.trailer.entries].map(([key, value]) => [key.name, value] as const));
    trailer.set('Size', PdfNumber.of(size));
    for (const key of sectionKeys) trailer.delete(key);
    const tail = `${rows.join('\n')}\ntrailer\n${serialize(trailer)}\nstartxref\n${length}\n%%EOF\n`;
    push(Buffer.from(tail, 'latin1'));
    return Buffer.concat(parts, length);
  }

  private encodeObject(num: number, gen: number): Uint8Array {
    const value = this.parsed.get(num);
    if (value instanceof PdfStream) {
      value.dict.set('Length', PdfNumber.of(value.data.length));
      return Buffer.concat([
        Buffer.from(`${num} ${gen} obj\n${serialize(value.dict)} stream\n`, 'latin1'),
        value.data,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    }
    return Buffer.from(`${num} ${gen} obj\n${serialize(value ?? null)}\nendobj\n`, 'latin1');
  }
}

/** Just past the "endobj" (and its end of line) of the object at `offset`, the last "endobj" before `limit`. */
function objectEnd(bytes: Uint8Array, offset: number, limit: number): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + offset, limit - offset);
  const end = text.lastIndexOf('endobj');
  if (end < 0) throw new PdfSyntaxError('an object has no "endobj"', offset);
  let at = offset + end + 'endobj'.length;
  while (bytes[at] === 0x0d || bytes[at] === 0x0a) at++;
  return at;
}
