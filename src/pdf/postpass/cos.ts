import { inflateSync } from 'node:zlib';

/**
 * PDF's object layer ("COS"): names, strings, numbers, references, arrays, dictionaries and streams,
 * read from a file's bytes and written back. Just what the post-pass needs to edit Chromium's PDF; see
 * file.ts for the file around the objects.
 *
 * Numbers keep the text they were written with, and strings their bytes and form (literal or hex), so an
 * edited object is written back as close to the original as its edit allows.
 */

export class PdfName {
  private static readonly interned = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  /** Names are interned: two names are equal exactly when they are the same object. */
  static of(name: string): PdfName {
    let found = PdfName.interned.get(name);
    if (!found) PdfName.interned.set(name, (found = new PdfName(name)));
    return found;
  }
}

export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex = false,
  ) {}

  /** Text as a PDF text string: ASCII as it is, anything else UTF-16BE with its byte order mark, in hex. */
  static text(text: string): PdfString {
    if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(new TextEncoder().encode(text));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xfe;
    bytes[1] = 0xff;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) >> 8;
      bytes[3 + i * 2] = text.charCodeAt(i) & 0xff;
    }
    return new PdfString(bytes, true);
  }

  /** The text of a text string: UTF-16BE after a byte order mark, else (for our purposes) Latin-1. */
  decodeText(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      let text = '';
      for (let i = 2; i + 1 < b.length; i += 2) text += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
      return text;
    }
    return latin1(b, 0, b.length);
  }
}

export class PdfNumber {
  constructor(readonly text: string) {}
  get value(): number {
    return Number(this.text);
  }
  /** A real number as PDF writes it: no exponent, at most five decimals. */
  static real(value: number): PdfNumber {
    const text = value.toFixed(5).replace(/\.?0+$/, '');
    return new PdfNumber(text === '-0' || text === '' ? '0' : text);
  }
  static of(value: number): PdfNumber {
    if (!Number.isInteger(value)) throw new Error(`PdfNumber.of wants an integer, got ${value}`);
    return new PdfNumber(String(value));
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfDict {
  readonly entries = new Map<PdfName, PdfValue>();
  constructor(entries: Iterable<readonly [string, PdfValue]> = []) {
    for (const [key, value] of entries) this.set(key, value);
  }
  get(key: string): PdfValue | undefined {
    return this.entries.get(PdfName.of(key));
  }
  set(key: string, value: PdfValue): void {
    this.entries.set(PdfName.of(key), value);
  }
  delete(key: string): void {
    this.entries.delete(PdfName.of(key));
  }
}

/** A stream: its dictionary and its data as stored (still encoded, e.g. Flate-compressed). */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
  ) {}

  /**
   * The data decoded, for the encodings Chromium and pdf-lib write (none, or Flate without
   * parameters); null for any other.
   */
  decoded(): Uint8Array | null {
    const filter = this.dict.get('Filter');
    const single = Array.isArray(filter) && filter.length === 1 ? filter[0] : filter;
    if (single === undefined) return this.data;
    if (single === PdfName.of('FlateDecode') && this.dict.get('DecodeParms') === undefined) return inflateSync(this.data);
    return null;
  }
}

export type PdfValue = PdfName | PdfString | PdfNumber | PdfRef | PdfDict | PdfValue[] | boolean | null;

export class PdfSyntaxError extends Error {
  override readonly name = 'PdfSyntaxError';
  constructor(message: string, offset: number) {
    super(`${message} at byte ${offset} of the PDF`);
  }
}

// Byte classes from the PDF specification (7.2.2, 7.2.3).
export const REGULAR = 0;
export const WHITESPACE = 1;
export const DELIMITER = 2;
export const byteClass = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) byteClass[c] = WHITESPACE;
for (const c of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) byteClass[c] = DELIMITER;

const hexDigit = new Uint8Array(256).fill(0xff);
for (let i = 0; i < 16; i++) hexDigit['0123456789abcdef'.charCodeAt(i)] = hexDigit['0123456789ABCDEF'.charCodeAt(i)] = i;

function isNumberStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

function isDigits(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i]! < 0x30 || b[i]! > 0x39) return false;
  return true;
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(b[i]!);
  return text;
}

/** Reads PDF values from bytes, starting anywhere; `at` is where the next read begins. */
export class PdfReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const b = this.bytes;
    while (this.at < b.length) {
      const c = b[this.at]!;
      if (byteClass[c] === WHITESPACE) this.at++;
      else if (c === 0x25 /* % */) while (this.at < b.length && b[this.at] !== 0x0a && b[this.at] !== 0x0d) this.at++;
      else break;
    }
  }

  /** The next regular-character word (a keyword or number), without consuming it. */
  peekWord(): string {
    this.skipSpace();
    let end = this.at;
    while (end < this.bytes.length && byteClass[this.bytes[end]!] === REGULAR) end++;
    return latin1(this.bytes, this.at, end);
  }

  /** The next word, consumed. */
  readWord(): string {
    const word = this.peekWord();
    this.at += word.length;
    return word;
  }

  expectWord(word: string): void {
    const found = this.peekWord();
    if (found !== word) throw new PdfSyntaxError(`expected "${word}", found "${found.slice(0, 20)}"`, this.at);
    this.at += word.length;
  }

  readValue(): PdfValue {
    this.skipSpace();
    const b = this.bytes;
    const c = b[this.at];
    if (c === undefined) throw new PdfSyntaxError('unexpected end of data', this.at);
    if (c === 0x2f /* / */) return this.readName();
    if (c === 0x28 /* ( */) return this.readLiteralString();
    if (c === 0x3c /* < */) {
      if (b[this.at + 1] === 0x3c) return this.readDict();
      return this.readHexString();
    }
    if (c === 0x5b /* [ */) {
      this.at++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.at] === 0x5d /* ] */) {
          this.at++;
          return items;
        }
        items.push(this.readValue());
      }
    }
    const start = this.at;
    let end = start;
    while (end < b.length && byteClass[b[end]!] === REGULAR) end++;
    if (end === start) throw new PdfSyntaxError(`unexpected "${String.fromCharCode(c)}"`, start);
    this.at = end;
    if (!isNumberStart(c)) {
      const word = latin1(b, start, end);
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      throw new PdfSyntaxError(`unexpected "${word.slice(0, 20)}"`, start);
    }
    const text = latin1(b, start, end);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) throw new PdfSyntaxError(`"${text.slice(0, 20)}" is not a number`, start);
    return (isDigits(b, start, end) && this.readRefTail(text)) || new PdfNumber(text);
  }

  /** After an integer: " 0 R" makes it a reference (the reader moves past it); anything else, null. */
  private readRefTail(num: string): PdfRef | null {
    const b = this.bytes;
    let i = this.at;
    while (byteClass[b[i]!] === WHITESPACE && i < b.length) i++;
    const genStart = i;
    while (b[i]! >= 0x30 && b[i]! <= 0x39) i++;
    if (i === genStart || byteClass[b[i]!] !== WHITESPACE) return null;
    const genEnd = i;
    while (byteClass[b[i]!] === WHITESPACE && i < b.length) i++;
    if (b[i] !== 0x52 /* R */ || (i + 1 < b.length && byteClass[b[i + 1]!] === REGULAR)) return null;
    this.at = i + 1;
    return new PdfRef(Number(num), Number(latin1(b, genStart, genEnd)));
  }

  private readName(): PdfName {
    const b = this.bytes;
    let name = '';
    this.at++;
    while (this.at < b.length && byteClass[b[this.at]!] === REGULAR) {
      const c = b[this.at]!;
      if (c === 0x23 /* # */ && this.at + 2 < b.length) {
        name += String.fromCharCode(parseInt(latin1(b, this.at + 1, this.at + 3), 16));
        this.at += 3;
      } else {
        name += String.fromCharCode(c);
        this.at++;
      }
    }
    return PdfName.of(name);
  }

  private readDict(): PdfDict {
    const b = this.bytes;
    this.at += 2;
    const dict = new PdfDict();
    for (;;) {
      this.skipSpace();
      if (b[this.at] === 0x3e && b[this.at + 1] === 0x3e) {
        this.at += 2;
        return dict;
      }
      const key = this.readValue();
      if (!(key instanceof PdfName)) throw new PdfSyntaxError('a dictionary key is not a name', this.at);
      dict.entries.set(key, this.readValue());
    }
  }

  private readHexString(): PdfString {
    const b = this.bytes;
    const end = b.indexOf(0x3e /* > */, this.at);
    if (end < 0) throw new PdfSyntaxError('a hex string does not end', this.at);
    const bytes = new Uint8Array((end - this.at) >> 1);
    let count = 0;
    for (let i = this.at + 1; i < end; i++) {
      const digit = hexDigit[b[i]!]!;
      if (digit === 0xff) {
        if (byteClass[b[i]!] === WHITESPACE) continue;
        throw new PdfSyntaxError('not a hex digit in a hex string', i);
      }
      bytes[count >> 1]! |= count % 2 ? digit : digit << 4;
      count++;
    }
    this.at = end + 1;
    return new PdfString(bytes.subarray(0, (count + 1) >> 1), true);
  }

  private readLiteralString(): PdfString {
    const b = this.bytes;
    const out: number[] = [];
    let nesting = 1;
    for (this.at++; this.at < b.length; this.at++) {
      let c = b[this.at]!;
      if (c === 0x5c /* \ */) {
        c = b[++this.at]!;
        const simple = escapes.get(c);
        if (simple !== undefined) out.push(simple);
        else if (c >= 0x30 && c <= 0x37) {
          let code = 0;
          for (let k = 0; k < 3 && b[this.at]! >= 0x30 && b[this.at]! <= 0x37; k++) code = code * 8 + b[this.at++]! - 0x30;
          this.at--;
          out.push(code & 0xff);
        } else if (c === 0x0d) {
          if (b[this.at + 1] === 0x0a) this.at++;
        } else if (c !== 0x0a) out.push(c);
        continue;
      }
      if (c === 0x28) nesting++;
      else if (c === 0x29 && --nesting === 0) {
        this.at++;
        return new PdfString(Uint8Array.from(out));
      }
      // An end of line in a string is a line feed, whatever was written (7.3.4.2).
      if (c === 0x0d) {
        if (b[this.at + 1] === 0x0a) this.at++;
        c = 0x0a;
      }
      out.push(c);
    }
    throw new PdfSyntaxError('a string does not end', this.at);
  }
}

const escapes = new Map([
  [0x6e, 0x0a],
  [0x72, 0x0d],
  [0x74, 0x09],
  [0x62, 0x08],
  [0x66, 0x0c],
  [0x28, 0x28],
  [0x29, 0x29],
  [0x5c, 0x5c],
]);

/** A value as PDF syntax, one character per byte (Latin-1); the file writer encodes it. */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof PdfNumber) return value.text;
  if (value instanceof PdfName) return serializeName(value);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString) return serializeString(value);
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  const entries = [...value.entries].map(([key, entry]) => `${serializeName(key)} ${serialize(entry)}`);
  return `<<${entries.join('\n')}>>`;
}

function serializeName(name: PdfName): string {
  let text = '/';
  for (const ch of name.name) {
    const c = ch.charCodeAt(0);
    text += c > 0x20 && c < 0x7f && c !== 0x23 && byteClass[c] === REGULAR ? ch : `#${c.toString(16).padStart(2, '0')}`;
  }
  return text;
}

function serializeString(string: PdfString): string {
  const b = string.bytes;
  if (string.hex) {
    let text = '<';
    for (const byte of b) text += byte.toString(16).toUpperCase().padStart(2, '0');
    return `${text}>`;
  }
  let text = '(';
  for (const byte of b) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) text += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) text += `\\${byte.toString(8).padStart(3, '0')}`;
    else text += String.fromCharCode(byte);
  }
  return `${text})`;
}
