import { lex, Name, type Operand } from './lexer.js';

/**
 * A CMap read from its PostScript-like text (ISO 32000-1, 9.7.5 and 9.10.3): the code space (how many
 * bytes a character code has), the Unicode values of a ToUnicode CMap (bfchar, bfrange), and the CMap's
 * own entries (WMode, usecmap).
 */
export interface CMap {
  /** Code space ranges as [bytes, low, high]. */
  codespaces: Array<[number, number, number]>;
  /** Unicode text per character code, keyed by codeKey(code, length). */
  unicode: Map<number, string>;
  /** CID ranges of an encoding CMap as [bytes, low, high, first CID]. */
  cids: Array<[number, number, number, number]>;
  wmode: number | undefined;
  usecmap: string | undefined;
}

/** A character code with its length, as one number (codes have at most four bytes). */
export function codeKey(code: number, length: number): number {
  return code * 8 + length;
}

export function parseCMap(bytes: Uint8Array): CMap {
  const cmap: CMap = { codespaces: [], unicode: new Map(), cids: [], wmode: undefined, usecmap: undefined };
  lex(bytes, (op, operands) => {
    switch (op) {
      case 'endcodespacerange':
        for (let k = 0; k + 1 < operands.length; k += 2) {
          const [low, high] = [operands[k], operands[k + 1]];
          if (low instanceof Uint8Array && high instanceof Uint8Array && low.length === high.length) {
            cmap.codespaces.push([low.length, int(low), int(high)]);
          }
        }
        break;
      case 'endbfchar':
        for (let k = 0; k + 1 < operands.length; k += 2) {
          const [src, dst] = [operands[k], operands[k + 1]];
          if (src instanceof Uint8Array && dst instanceof Uint8Array) cmap.unicode.set(codeKey(int(src), src.length), utf16(dst));
        }
        break;
      case 'endbfrange':
        for (let k = 0; k + 2 < operands.length; k += 3) bfrange(cmap, operands[k], operands[k + 1], operands[k + 2]);
        break;
      case 'endcidrange':
        for (let k = 0; k + 2 < operands.length; k += 3) {
          const [low, high, cid] = [operands[k], operands[k + 1], operands[k + 2]];
          if (low instanceof Uint8Array && high instanceof Uint8Array && typeof cid === 'number') cmap.cids.push([low.length, int(low), int(high), cid]);
        }
        break;
      case 'endcidchar':
        for (let k = 0; k + 1 < operands.length; k += 2) {
          const [src, cid] = [operands[k], operands[k + 1]];
          if (src instanceof Uint8Array && typeof cid === 'number') cmap.cids.push([src.length, int(src), int(src), cid]);
        }
        break;
      case 'def': {
        const [key, value] = operands;
        if (key instanceof Name && key.name === 'WMode' && typeof value === 'number') cmap.wmode = value;
        break;
      }
      case 'usecmap': {
        const [name] = operands;
        if (name instanceof Name) cmap.usecmap = name.name;
        break;
      }
    }
  });
  return cmap;
}

function bfrange(cmap: CMap, low: Operand | undefined, high: Operand | undefined, dst: Operand | undefined): void {
  if (!(low instanceof Uint8Array) || !(high instanceof Uint8Array) || low.length !== high.length) return;
  const [from, to] = [int(low), int(high)];
  // A range no font needs (more than a plane) is a damaged CMap; take its first plane only.
  const last = Math.min(to, from + 0xffff);
  for (let code = from; code <= last; code++) {
    let text: string | undefined;
    if (dst instanceof Uint8Array && dst.length > 0) {
      const bumped = Uint8Array.from(dst);
      bumped[bumped.length - 1] = (bumped[bumped.length - 1]! + (code - from)) & 0xff;
      text = utf16(bumped);
    } else if (Array.isArray(dst)) {
      const item = dst[code - from];
      if (item instanceof Uint8Array) text = utf16(item);
    }
    if (text !== undefined) cmap.unicode.set(codeKey(code, low.length), text);
  }
}

function int(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) n = n * 256 + b;
  return n;
}

function utf16(bytes: Uint8Array): string {
  let s = '';
  for (let k = 0; k + 1 < bytes.length; k += 2) s += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
  if (bytes.length % 2) s += String.fromCharCode(bytes[bytes.length - 1]!);
  return s;
}

/** The character codes of a shown string, split by the code space (one byte each when it has none). */
export function splitCodes(bytes: Uint8Array, codespaces: ReadonlyArray<[number, number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  while (k < bytes.length) {
    let matched = 0;
    let code = 0;
    for (let len = 1; len <= 4 && k + len <= bytes.length && !matched; len++) {
      code = code * 256 + bytes[k + len - 1]!;
      if (codespaces.some(([n, lo, hi]) => n === len && code >= lo && code <= hi)) matched = len;
    }
    if (!matched) {
      // Outside every range: as many bytes as the shortest range has (ISO 32000-1, 9.7.6.3).
      const len = codespaces.length ? Math.min(...codespaces.map(([n]) => n)) : 1;
      matched = Math.min(len, bytes.length - k);
      code = 0;
      for (let j = 0; j < matched; j++) code = code * 256 + bytes[k + j]!;
    }
    out.push([code, matched]);
    k += matched;
  }
  return out;
}
