/**
 * A content-stream lexer (ISO 32000-1, 7.2 and 8): it turns the bytes of a page's content stream into
 * operators with their operands. Written for the checker, independent of the producer's own scanner
 * (src/pdf), so that the two cannot share a mistake.
 *
 * Operands are kept as plain values: numbers, booleans, null, names, strings (their bytes), arrays and
 * dictionaries (Map). Inline images (BI … ID … EI) come out as one `BI` operator whose operand is the
 * image dictionary; their data is skipped.
 */

export class Name {
  constructor(readonly name: string) {}
}

export type Operand = number | boolean | null | Name | Uint8Array | Operand[] | Map<string, Operand>;

/** Called for each operator with its operands and the offset where its first operand began. */
export type OperatorHandler = (op: string, operands: Operand[], at: number) => void;

const SPACE = 1;
const DELIM = 2;
const cls = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) cls[c] = SPACE;
for (const c of '()<>[]{}/%') cls[c.charCodeAt(0)] = DELIM;

const isRegular = (c: number | undefined): boolean => c !== undefined && cls[c] === 0;

export function lex(bytes: Uint8Array, onOperator: OperatorHandler): void {
  new Lexer(bytes).run(onOperator);
}

class Lexer {
  private i = 0;
  constructor(private readonly b: Uint8Array) {}

  run(onOperator: OperatorHandler): void {
    const { b } = this;
    let operands: Operand[] = [];
    let start = -1;
    for (;;) {
      this.skipSpace();
      if (this.i >= b.length) return;
      const at = this.i;
      const token = this.value();
      if (token instanceof Operator) {
        if (token.op === 'BI') {
          onOperator('BI', [this.inlineImage()], at);
        } else {
          onOperator(token.op, operands, start < 0 ? at : start);
        }
        operands = [];
        start = -1;
      } else if (token !== CLOSE) {
        if (start < 0) start = at;
        operands.push(token);
      }
    }
  }

  private skipSpace(): void {
    const { b } = this;
    while (this.i < b.length) {
      const c = b[this.i]!;
      if (cls[c] === SPACE) this.i++;
      else if (c === 0x25 /* % */) {
        while (this.i < b.length && b[this.i] !== 0x0a && b[this.i] !== 0x0d) this.i++;
      } else return;
    }
  }

  /** One operand or operator; CLOSE for a stray ']' or '>>' (skipped, as readers do). */
  private value(): Operand | Operator | typeof CLOSE {
    const { b } = this;
    const c = b[this.i]!;
    switch (c) {
      case 0x28 /* ( */:
        return this.literal();
      case 0x2f /* / */:
        return this.name();
      case 0x5b /* [ */: {
        this.i++;
        const items: Operand[] = [];
        for (;;) {
          this.skipSpace();
          if (this.i >= b.length) return items;
          if (b[this.i] === 0x5d) {
            this.i++;
            return items;
          }
          const item = this.value();
          if (item instanceof Operator || item === CLOSE) continue;
          items.push(item);
        }
      }
      case 0x3c /* < */:
        if (b[this.i + 1] === 0x3c) return this.dict();
        return this.hex();
      case 0x5d /* ] */:
        this.i++;
        return CLOSE;
      case 0x3e /* > */:
        this.i += b[this.i + 1] === 0x3e ? 2 : 1;
        return CLOSE;
      case 0x29 /* ) */:
      case 0x7b /* { */:
      case 0x7d /* } */:
        this.i++;
        return CLOSE;
    }
    const from = this.i;
    while (isRegular(b[this.i])) this.i++;
    if (this.i === from) {
      this.i++;
      return CLOSE;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number(from, this.i);
    const word = ascii(b, from, this.i);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new Operator(word);
  }

  private number(from: number, to: number): number {
    const { b } = this;
    let sign = 1;
    let k = from;
    if (b[k] === 0x2d) {
      sign = -1;
      k++;
    } else if (b[k] === 0x2b) k++;
    let value = 0;
    let scale = 0;
    for (; k < to; k++) {
      const d = b[k]!;
      if (d === 0x2e) {
        if (scale) break;
        scale = 1;
      } else if (d >= 0x30 && d <= 0x39) {
        value = value * 10 + (d - 0x30);
        if (scale) scale *= 10;
      } else break;
    }
    return (sign * value) / (scale || 1);
  }

  private name(): Name {
    const { b } = this;
    this.i++;
    let name = '';
    while (isRegular(b[this.i])) {
      const c = b[this.i]!;
      if (c === 0x23 /* # */ && /^[0-9a-fA-F]{2}$/.test(ascii(b, this.i + 1, this.i + 3))) {
        name += String.fromCharCode(parseInt(ascii(b, this.i + 1, this.i + 3), 16));
        this.i += 3;
      } else {
        name += String.fromCharCode(c);
        this.i++;
      }
    }
    return new Name(name);
  }

  private literal(): Uint8Array {
    const { b } = this;
    const out: number[] = [];
    let depth = 1;
    this.i++;
    while (this.i < b.length) {
      const c = b[this.i++]!;
      if (c === 0x5c /* \ */) {
        const e = b[this.i++];
        if (e === undefined) break;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (simple[e] !== undefined) out.push(simple[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let code = e - 0x30;
          for (let n = 0; n < 2 && b[this.i]! >= 0x30 && b[this.i]! <= 0x37; n++) code = code * 8 + (b[this.i++]! - 0x30);
          out.push(code & 0xff);
        } else if (e === 0x0d) {
          if (b[this.i] === 0x0a) this.i++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return Uint8Array.from(out);
  }

  private hex(): Uint8Array {
    const { b } = this;
    this.i++;
    let digits = '';
    while (this.i < b.length && b[this.i] !== 0x3e) {
      const c = b[this.i++]!;
      if (cls[c] !== SPACE) digits += String.fromCharCode(c);
    }
    this.i++;
    if (digits.length % 2) digits += '0';
    const out = new Uint8Array(digits.length / 2);
    for (let k = 0; k < out.length; k++) out[k] = parseInt(digits.slice(2 * k, 2 * k + 2), 16) || 0;
    return out;
  }

  private dict(): Map<string, Operand> {
    const { b } = this;
    this.i += 2;
    const entries = new Map<string, Operand>();
    for (;;) {
      this.skipSpace();
      if (this.i >= b.length) return entries;
      if (b[this.i] === 0x3e && b[this.i + 1] === 0x3e) {
        this.i += 2;
        return entries;
      }
      const key = this.value();
      if (!(key instanceof Name)) continue;
      this.skipSpace();
      if (b[this.i] === 0x3e && b[this.i + 1] === 0x3e) continue;
      const value = this.value();
      if (!(value instanceof Operator) && value !== CLOSE) entries.set(key.name, value);
    }
  }

  /** BI's dictionary up to ID; then the image data, skipped up to an EI standing on its own. */
  private inlineImage(): Map<string, Operand> {
    const { b } = this;
    const entries = new Map<string, Operand>();
    for (;;) {
      this.skipSpace();
      if (this.i >= b.length) return entries;
      const token = this.value();
      if (token instanceof Operator && token.op === 'ID') break;
      if (!(token instanceof Name)) continue;
      this.skipSpace();
      const value = this.value();
      if (!(value instanceof Operator) && value !== CLOSE) entries.set(token.name, value);
    }
    this.i++; // the single white-space byte after ID
    for (; this.i < b.length; this.i++) {
      if (b[this.i] === 0x45 && b[this.i + 1] === 0x49 && cls[b[this.i - 1]!] === SPACE && !isRegular(b[this.i + 2])) {
        this.i += 2;
        break;
      }
    }
    return entries;
  }
}

class Operator {
  constructor(readonly op: string) {}
}

const CLOSE = Symbol('close');

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to && k < b.length; k++) s += String.fromCharCode(b[k]!);
  return s;
}

/** A PDF text string (ISO 32000-1, 7.9.2.2): UTF-16BE with its byte order mark, UTF-8 with its mark, else PDFDocEncoding (read as Latin-1). */
export function textString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let k = 2; k + 1 < bytes.length; k += 2) s += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
    return s;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  return ascii(bytes, 0, bytes.length);
}
