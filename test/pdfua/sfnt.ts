/**
 * What the font checkpoints need from an embedded TrueType program (FontFile2): the number of glyphs
 * (maxp), the advance widths in font units (head, hhea, hmtx) and which cmap subtables it has.
 * Undefined when the bytes are not a TrueType font.
 */
export interface TrueType {
  numGlyphs: number;
  unitsPerEm: number;
  /** Advance width of a glyph, in thousandths of the em (the unit of /W and /Widths). */
  advance(gid: number): number | undefined;
  /** The cmap subtables as "platform,encoding" ("3,1", "3,0", "1,0"). */
  cmaps: string[];
}

export function readTrueType(bytes: Uint8Array): TrueType | undefined {
  if (bytes.length < 12) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* true */) return undefined;
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let k = 0; k < count; k++) {
    const at = 12 + 16 * k;
    if (at + 16 > bytes.length) return undefined;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string, minLength: number): number | undefined => {
    const t = tables.get(tag);
    return t && t.length >= minLength && t.offset + t.length <= bytes.length ? t.offset : undefined;
  };
  const [maxp, head, hhea] = [table('maxp', 6), table('head', 20), table('hhea', 36)];
  if (maxp === undefined || head === undefined) return undefined;
  const numGlyphs = view.getUint16(maxp + 4);
  const unitsPerEm = view.getUint16(head + 18) || 1000;
  const hmtx = table('hmtx', 0);
  const metrics = hhea !== undefined ? view.getUint16(hhea + 34) : 0;
  const cmaps: string[] = [];
  const cmap = table('cmap', 4);
  if (cmap !== undefined) {
    const n = view.getUint16(cmap + 2);
    for (let k = 0; k < n && cmap + 4 + 8 * k + 8 <= bytes.length; k++) {
      cmaps.push(`${view.getUint16(cmap + 4 + 8 * k)},${view.getUint16(cmap + 6 + 8 * k)}`);
    }
  }
  return {
    numGlyphs,
    unitsPerEm,
    cmaps,
    advance(gid) {
      if (hmtx === undefined || metrics === 0 || gid >= numGlyphs) return undefined;
      const at = hmtx + 4 * Math.min(gid, metrics - 1);
      if (at + 2 > bytes.length) return undefined;
      return (view.getUint16(at) * 1000) / unitsPerEm;
    },
  };
}
