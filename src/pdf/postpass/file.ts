import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfNumber, PdfReader, PdfRef, PdfStream, PdfSyntaxError, serialize } from './cos.js';

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
 * It reads files with a classic cross-reference table (optionally updated incrementally), as Chromium
 * writes them, and writes one with a fresh table.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  /** Where each object starts, by number (generation numbers are kept as they are). */
  private readonly offsets = new Map<number, number>();
  private readonly generations = new Map<number, number>();
  private readonly parsed = new Map<number, PdfValue | PdfStream>();
  private readonly replaced = new Set<number>();
  private readonly added: number[] = [];
  private readonly removed = new Set<number>();
  private nextNumber: number;

  private constructor(private readonly bytes: Uint8Array) {
    const reader = new PdfReader(bytes);
    let xref = startXref(bytes);
    let trailer: PdfDict | undefined;
    const visited = new Set<number>();
    while (xref !== null && !visited.has(xref)) {
      visited.add(xref);
      reader.at = xref;
      const section = readXrefTable(reader, this.offsets, this.generations);
      trailer ??= section;
      const prev = section.get('Prev');
      xref = prev instanceof PdfNumber ? prev.value : null;
    }
    if (!trailer) throw new PdfSyntaxError('no trailer', bytes.length);
    this.trailer = trailer;
    const size = trailer.get('Size');
    this.nextNumber = Math.max(size instanceof PdfNumber ? size.value : 1, ...[...this.offsets.keys()].map((num) => num + 1));
  }

  static read(bytes: Uint8Array): PdfFile {
    return new PdfFile(bytes);
  }

  /** Every object number in the file (and added to it), in ascending order. */
  numbers(): number[] {
    return [...this.offsets.keys(), ...this.added].filter((num) => !this.removed.has(num)).sort((a, b) => a - b);
  }

  /** An indirect object by number (parsed on first use). */
  object(num: number): PdfValue | PdfStream {
    const cached = this.parsed.get(num);
    if (cached !== undefined) return cached;
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

  /** The file: unchanged objects copied byte for byte, edited and added ones written out, a new table. */
  write(): Uint8Array {
    const order = [...this.offsets].sort((a, b) => a[1] - b[1]);
    const parts: Uint8Array[] = [];
    const offsets = new Map<number, number>();
    let length = 0;
    const push = (part: Uint8Array) => {
      parts.push(part);
      length += part.length;
    };
    push(this.bytes.subarray(0, order[0]?.[1] ?? 0));
    const xrefStart = startXref(this.bytes) ?? this.bytes.length;
    order.forEach(([num, offset], index) => {
      if (this.removed.has(num)) return;
      offsets.set(num, length);
      if (this.replaced.has(num)) push(this.encodeObject(num, this.generations.get(num) ?? 0));
      else push(this.bytes.subarray(offset, objectEnd(this.bytes, offset, order[index + 1]?.[1] ?? xrefStart)));
    });
    for (const num of this.added) {
      offsets.set(num, length);
      push(this.encodeObject(num, 0));
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
    trailer.delete('Prev');
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

/** The offset after "startxref" at the end of the file. */
function startXref(bytes: Uint8Array): number | null {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new PdfSyntaxError('no "startxref" at the end', bytes.length);
  return Number(match[1]);
}

/** Reads one cross-reference table (7.5.4) into `offsets` (earlier sections win) and returns its trailer. */
function readXrefTable(reader: PdfReader, offsets: Map<number, number>, generations: Map<number, number>): PdfDict {
  if (reader.peekWord() !== 'xref') {
    throw new PdfSyntaxError('not a cross-reference table (a cross-reference stream is not supported)', reader.at);
  }
  reader.expectWord('xref');
  for (;;) {
    const first = reader.readWord();
    if (first === 'trailer') {
      const trailer = reader.readValue();
      if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('the trailer is not a dictionary', reader.at);
      return trailer;
    }
    const count = reader.readWord();
    if (!/^\d+$/.test(first) || !/^\d+$/.test(count)) throw new PdfSyntaxError('a bad cross-reference subsection', reader.at);
    for (let i = 0; i < Number(count); i++) {
      const [offset, gen, kind] = [reader.readWord(), reader.readWord(), reader.readWord()];
      const num = Number(first) + i;
      if (kind !== 'n' && kind !== 'f') throw new PdfSyntaxError('a bad cross-reference entry', reader.at);
      // A newer section (read first) wins, a free entry included.
      if (generations.has(num)) continue;
      generations.set(num, Number(gen));
      if (kind === 'n') offsets.set(num, Number(offset));
    }
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
