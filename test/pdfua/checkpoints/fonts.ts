import { PDFName, PDFRawStream, type PDFDict } from 'pdf-lib';
import { checkpoint, type Checkpoint } from '../checkpoint.js';
import type { CMap } from '../cmap.js';
import { fromCodeKey, type Font } from '../fonts.js';
import type { Model } from '../model.js';
import { readTrueType, type TrueType } from '../sfnt.js';

/** The CMaps of ISO 32000-1, 9.7.5.2, Table 118: the only ones a file may name without embedding. */
export const predefinedCMaps = new Set(
  ('Identity-H Identity-V GB-EUC-H GB-EUC-V GBpc-EUC-H GBpc-EUC-V GBK-EUC-H GBK-EUC-V GBKp-EUC-H GBKp-EUC-V GBK2K-H GBK2K-V ' +
    'UniGB-UCS2-H UniGB-UCS2-V UniGB-UTF16-H UniGB-UTF16-V B5pc-H B5pc-V HKscs-B5-H HKscs-B5-V ETen-B5-H ETen-B5-V ' +
    'ETenms-B5-H ETenms-B5-V CNS-EUC-H CNS-EUC-V UniCNS-UCS2-H UniCNS-UCS2-V UniCNS-UTF16-H UniCNS-UTF16-V 83pv-RKSJ-H ' +
    '90ms-RKSJ-H 90ms-RKSJ-V 90msp-RKSJ-H 90msp-RKSJ-V 90pv-RKSJ-H Add-RKSJ-H Add-RKSJ-V EUC-H EUC-V Ext-RKSJ-H Ext-RKSJ-V ' +
    'H V UniJIS-UCS2-H UniJIS-UCS2-V UniJIS-UCS2-HW-H UniJIS-UCS2-HW-V UniJIS-UTF16-H UniJIS-UTF16-V KSC-EUC-H KSC-EUC-V ' +
    'KSCms-UHC-H KSCms-UHC-V KSCms-UHC-HW-H KSCms-UHC-HW-V KSCpc-EUC-H UniKS-UCS2-H UniKS-UCS2-V UniKS-UTF16-H UniKS-UTF16-V').split(' '),
);

/** The character collection of a predefined CMap, by its name. */
function predefinedOrdering(name: string): string | undefined {
  if (/^(Identity)/.test(name)) return undefined;
  if (/GB/.test(name)) return 'GB1';
  if (/B5|CNS/.test(name)) return 'CNS1';
  if (/KS/.test(name)) return 'Korea1';
  return 'Japan1';
}

/** Glyph names a reader maps to Unicode without a ToUnicode CMap: uniXXXX, uXXXX[XX], and the ASCII set. */
const asciiNames =
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen ' +
  'period slash zero one two three four five six seven eight nine colon semicolon less equal greater question at ' +
  'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave ' +
  'a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde';
const namedGlyphs = new Map<string, string>(asciiNames.split(' ').map((n, i) => [n, String.fromCharCode(0x20 + i)]));
for (const [name, cp] of Object.entries({
  quoteleft: 0x2018, quoteright: 0x2019, quotedblleft: 0x201c, quotedblright: 0x201d, endash: 0x2013, emdash: 0x2014,
  bullet: 0x2022, ellipsis: 0x2026, degree: 0xb0, section: 0xa7, adieresis: 0xe4, aring: 0xe5, odieresis: 0xf6,
  Adieresis: 0xc4, Aring: 0xc5, Odieresis: 0xd6, eacute: 0xe9, Eacute: 0xc9, udieresis: 0xfc, Udieresis: 0xdc,
})) namedGlyphs.set(name, String.fromCodePoint(cp));

export function glyphUnicode(name: string): string | undefined {
  const uni = /^uni((?:[0-9A-F]{4})+)$/.exec(name);
  if (uni) return uni[1]!.match(/.{4}/g)!.map((h) => String.fromCharCode(parseInt(h, 16))).join('');
  const u = /^u([0-9A-F]{4,6})$/.exec(name);
  if (u) return String.fromCodePoint(Math.min(parseInt(u[1]!, 16), 0x10ffff));
  return namedGlyphs.get(name);
}

const used = (model: Model): Font[] => model.fonts.all().filter((f) => f.used.size > 0);
const isSimple = (f: Font): boolean => ['Type1', 'MMType1', 'TrueType', 'Type3'].includes(f.subtype);
const fontName = (f: Font): string => `/${f.subtype} font ${f.baseFont ? `/${f.baseFont}` : '(no /BaseFont)'}`;
function fontWhere(f: Font): { page: number | undefined; object: string | undefined } {
  const first = [...f.used.values()].sort((a, b) => a.page - b.page)[0];
  return { page: first?.page, object: f.ref?.toString() };
}
const codeList = (keys: number[]): string => {
  const shown = keys.slice(0, 8).map((k) => {
    const { code, length } = fromCodeKey(k);
    return `<${code.toString(16).toUpperCase().padStart(2 * length, '0')}>`;
  });
  return shown.join(' ') + (keys.length > 8 ? ` … (${keys.length} codes)` : '');
};

/** The Differences of a simple font's encoding: code → glyph name. */
function differences(model: Model, f: Font): Map<number, string> | undefined {
  const enc = model.pdf.dict(f.dict.get(PDFName.of('Encoding')));
  const list = model.pdf.array(enc?.get(PDFName.of('Differences')));
  if (!list) return undefined;
  const out = new Map<number, string>();
  let code = 0;
  for (const item of list) {
    const n = model.pdf.number(item);
    if (n !== undefined) code = n;
    else {
      const name = model.pdf.name(item);
      if (name !== undefined) out.set(code++, name);
    }
  }
  return out;
}

/** The base encoding of a simple font: the Encoding name, or the Encoding dictionary's BaseEncoding. */
function baseEncoding(model: Model, f: Font): string | undefined {
  const enc = model.pdf.resolve(f.dict.get(PDFName.of('Encoding')));
  return model.pdf.name(enc) ?? model.pdf.name(model.pdf.dict(enc)?.get(PDFName.of('BaseEncoding')));
}

const flags = (model: Model, f: Font): number => model.pdf.number(f.descriptor?.get(PDFName.of('Flags'))) ?? 0;
const symbolic = (model: Model, f: Font): boolean => (flags(model, f) & 4) !== 0;

/** The embedded font program: which kind and its bytes. */
function program(model: Model, f: Font): { kind: 'Type1' | 'TrueType' | 'CFF' | 'OpenType'; bytes: Uint8Array | undefined } | undefined {
  const d = f.descriptor;
  if (!d) return undefined;
  if (d.get(PDFName.of('FontFile2'))) return { kind: 'TrueType', bytes: model.pdf.bytes(d.get(PDFName.of('FontFile2'))) };
  if (d.get(PDFName.of('FontFile'))) return { kind: 'Type1', bytes: model.pdf.bytes(d.get(PDFName.of('FontFile'))) };
  const ff3 = model.pdf.stream(d.get(PDFName.of('FontFile3')));
  if (ff3) return { kind: model.pdf.name(ff3.dict.get(PDFName.of('Subtype'))) === 'OpenType' ? 'OpenType' : 'CFF', bytes: model.pdf.bytes(ff3) };
  return undefined;
}

const programs = new WeakMap<Font, TrueType | undefined>();
function trueType(model: Model, f: Font): TrueType | undefined {
  if (!programs.has(f)) {
    const p = program(model, f);
    programs.set(f, p?.kind === 'TrueType' && p.bytes ? readTrueType(p.bytes) : undefined);
  }
  return programs.get(f);
}

/** The CID of a Type0 font's code (Identity-H/V, or an embedded CMap's cidrange); undefined when unknown. */
function cidOf(f: Font, key: number): number | undefined {
  const { code, length } = fromCodeKey(key);
  if (f.encoding === 'Identity-H' || f.encoding === 'Identity-V') return code;
  for (const [n, low, high, first] of f.encodingCMap?.cids ?? []) if (n === length && code >= low && code <= high) return first + code - low;
  return undefined;
}

/** The glyph of a CIDFontType2's CID, through its CIDToGIDMap. */
function gidOf(model: Model, f: Font, cid: number): number | undefined {
  const map = model.pdf.resolve(f.descendant?.get(PDFName.of('CIDToGIDMap')));
  // Absent, it is Identity (ISO 32000-1, Table 117); PDF/UA asks for it all the same (31-005).
  if (map === undefined || model.pdf.name(map) === 'Identity') return cid;
  const bytes = map instanceof PDFRawStream ? model.pdf.bytes(map) : undefined;
  if (!bytes || 2 * cid + 1 >= bytes.length) return undefined;
  return (bytes[2 * cid]! << 8) | bytes[2 * cid + 1]!;
}

/** The widths of a CIDFont by CID, from /W, with /DW for the rest. */
const widthTables = new WeakMap<Font, (cid: number) => number>();
function cidWidth(model: Model, f: Font): (cid: number) => number {
  let table = widthTables.get(f);
  if (table) return table;
  const { pdf } = model;
  const widths = new Map<number, number>();
  const w = pdf.array(f.descendant?.get(PDFName.of('W'))) ?? [];
  for (let k = 0; k < w.length; ) {
    const first = pdf.number(w[k]);
    const next = pdf.resolve(w[k + 1]);
    if (first === undefined) break;
    const list = pdf.array(next);
    if (list) {
      list.forEach((v, i) => widths.set(first + i, pdf.number(v) ?? 0));
      k += 2;
    } else {
      const last = pdf.number(next) ?? first;
      const width = pdf.number(w[k + 2]) ?? 0;
      for (let c = first; c <= last && c - first < 0x10000; c++) widths.set(c, width);
      k += 3;
    }
  }
  const dw = pdf.number(f.descendant?.get(PDFName.of('DW'))) ?? 1000;
  table = (cid) => widths.get(cid) ?? dw;
  widthTables.set(f, table);
  return table;
}

/** A Type0 font whose glyphs the checker can look up: a CIDFontType2 with a TrueType program. */
function glyphLookup(model: Model, f: Font): { tt: TrueType; gid: (key: number) => number | undefined } | undefined {
  if (f.subtype !== 'Type0' || model.pdf.name(f.descendant?.get(PDFName.of('Subtype'))) !== 'CIDFontType2') return undefined;
  const tt = trueType(model, f);
  if (!tt) return undefined;
  return {
    tt,
    gid: (key) => {
      const cid = cidOf(f, key);
      return cid === undefined ? undefined : gidOf(model, f, cid);
    },
  };
}

const cannot = (f: Font, what: string): string => `${fontName(f)}: ${what} — not checked (the checker reads only TrueType programs of Type0 fonts); check it with another validator`;

export const unicodeMapping = checkpoint(
  '10-001',
  'Character code cannot be mapped to Unicode',
  'machine',
  (model, t) => {
    for (const f of used(model)) {
      t.saw(f.used.size);
      const ros = f.subtype === 'Type0' ? collection(model, f.descendant) : undefined;
      const predefined = ros?.registry === 'Adobe' && ['GB1', 'CNS1', 'Japan1', 'Korea1'].includes(ros.ordering ?? '');
      const diffs = isSimple(f) ? differences(model, f) : undefined;
      const base = isSimple(f) ? baseEncoding(model, f) : undefined;
      const unmapped = [...f.used.keys()].filter((key) => {
        const text = f.toUnicode?.unicode.get(key);
        if (text !== undefined) return text === '';
        if (f.subtype === 'Type0') return !predefined;
        const name = diffs?.get(fromCodeKey(key).code);
        if (name !== undefined) return glyphUnicode(name) === undefined;
        if (base && ['WinAnsiEncoding', 'MacRomanEncoding', 'MacExpertEncoding'].includes(base)) return false;
        return !(f.subtype === 'TrueType' && !symbolic(model, f));
      });
      if (unmapped.length) t.fail(fontWhere(f), `${fontName(f)} shows ${unmapped.length} character code${unmapped.length === 1 ? '' : 's'} with no Unicode mapping: ${codeList(unmapped)}`);
    }
  },
);

function collection(model: Model, dict: PDFDict | undefined): { registry?: string; ordering?: string; supplement?: number } | undefined {
  const info = model.pdf.dict(dict?.get(PDFName.of('CIDSystemInfo')));
  if (!info) return undefined;
  const out: { registry?: string; ordering?: string; supplement?: number } = {};
  const registry = model.pdf.text(info.get(PDFName.of('Registry')));
  const ordering = model.pdf.text(info.get(PDFName.of('Ordering')));
  const supplement = model.pdf.number(info.get(PDFName.of('Supplement')));
  if (registry !== undefined) out.registry = registry;
  if (ordering !== undefined) out.ordering = ordering;
  if (supplement !== undefined) out.supplement = supplement;
  return out;
}

/** The Type0 fonts whose Encoding is a CMap other than Identity-H/V, with both character collections. */
function type0Collections(model: Model): Array<{ f: Font; font?: ReturnType<typeof collection>; cmap?: ReturnType<typeof collection> }> {
  const out = [];
  for (const f of model.fonts.all()) {
    if (f.subtype !== 'Type0' || f.encoding === 'Identity-H' || f.encoding === 'Identity-V') continue;
    const enc = model.pdf.stream(f.dict.get(PDFName.of('Encoding')));
    // A CMap of Table 118 is of Adobe's collection its name tells; another name is 31-006's finding.
    const ordering = f.encoding && predefinedCMaps.has(f.encoding) ? predefinedOrdering(f.encoding) : undefined;
    const cmap = enc ? collection(model, enc.dict) : ordering ? { registry: 'Adobe', ordering } : undefined;
    out.push({ f, font: collection(model, f.descendant), cmap });
  }
  return out;
}

function collectionCheck(id: string, title: string, key: 'registry' | 'ordering' | 'supplement'): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const { f, font, cmap } of type0Collections(model)) {
      if (!cmap || (key === 'supplement' && cmap.supplement === undefined)) continue;
      t.saw();
      const a = font?.[key];
      const b = cmap[key];
      const bad = key === 'supplement' ? a === undefined || (a as number) < (b as number) : a !== b;
      if (bad) t.fail(fontWhere(f), `${fontName(f)}: the CIDFont's ${key} is ${String(a)}, its CMap's ${String(b)}`);
    }
  });
}

export const sameRegistry = collectionCheck('31-001', 'A Type 0 font dictionary with encoding other than Identity-H and Identity-V has values for Registry in both CIDSystemInfo dictionaries that are not identical', 'registry');
export const sameOrdering = collectionCheck('31-002', 'A Type 0 font dictionary with encoding other than Identity-H and Identity-V has values for Ordering in both CIDSystemInfo dictionaries that are not identical', 'ordering');
export const supplement = collectionCheck('31-003', 'A Type 0 font dictionary with encoding other than Identity-H and Identity-V has a value for Supplement in the CIDSystemInfo dictionary of the CID font that is less than the value for Supplement in the CIDSystemInfo dictionary of the CMap', 'supplement');

function cidToGid(id: string, title: string, missing: boolean): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const f of model.fonts.all()) {
      if (model.pdf.name(f.descendant?.get(PDFName.of('Subtype'))) !== 'CIDFontType2' || !program(model, f)) continue;
      t.saw();
      const raw = f.descendant!.get(PDFName.of('CIDToGIDMap'));
      const map = model.pdf.resolve(raw);
      if (missing && raw === undefined) t.fail(fontWhere(f), `${fontName(f)}: its CIDFontType2 has no /CIDToGIDMap`);
      if (!missing && raw !== undefined && !(map instanceof PDFRawStream) && model.pdf.name(map) !== 'Identity') t.fail(fontWhere(f), `${fontName(f)}: /CIDToGIDMap is ${String(map)}, neither a stream nor /Identity`);
    }
  });
}

export const cidToGidValue = cidToGid('31-004', 'A Type 2 CID font contains neither a stream nor the name Identity as the value of the CIDToGIDMap entry', false);
export const cidToGidPresent = cidToGid('31-005', 'A Type 2 CID font does not contain a CIDToGIDMap entry', true);

export const cmapEmbedded = checkpoint(
  '31-006',
  'A CMap is neither listed as described in ISO 32000-1:2008, 9.7.5.2, Table 118 nor is it embedded',
  'machine',
  (model, t) => {
    for (const f of model.fonts.all().filter((x) => x.subtype === 'Type0')) {
      t.saw();
      if (f.encoding !== 'stream' && !(f.encoding && predefinedCMaps.has(f.encoding))) t.fail(fontWhere(f), `${fontName(f)}: its /Encoding ${f.encoding ? `/${f.encoding}` : '(none)'} is neither a CMap of Table 118 nor embedded`);
    }
  },
);

/** The Type0 fonts whose encoding is an embedded CMap, with its stream and its program read. */
function embeddedCMaps(model: Model): Array<{ f: Font; stream: PDFRawStream; cmap: CMap }> {
  return model.fonts.all().flatMap((f) => {
    const stream = f.encodingCMap ? model.pdf.stream(f.dict.get(PDFName.of('Encoding'))) : undefined;
    return stream && f.encodingCMap ? [{ f, stream, cmap: f.encodingCMap }] : [];
  });
}

export const cmapWMode = checkpoint(
  '31-007',
  'The WMode entry in a CMap dictionary is not identical to the WMode value in the CMap stream',
  'machine',
  (model, t) => {
    for (const { f, stream, cmap } of embeddedCMaps(model)) {
      t.saw();
      const dict = model.pdf.number(stream.dict.get(PDFName.of('WMode'))) ?? 0;
      const inStream = cmap.wmode ?? 0;
      if (dict !== inStream) t.fail(fontWhere(f), `${fontName(f)}: its CMap's dictionary says /WMode ${dict}, its program ${inStream}`);
    }
  },
);

export const cmapReferences = checkpoint(
  '31-008',
  'A CMap references another CMap which is not listed in ISO 32000-1:2008, 9.7.5.2, Table 118',
  'machine',
  (model, t) => {
    for (const { f, stream, cmap } of embeddedCMaps(model)) {
      t.saw();
      const use = stream.dict.get(PDFName.of('UseCMap'));
      const names = [cmap.usecmap, model.pdf.name(use)].filter((n): n is string => n !== undefined);
      for (const name of names) if (!predefinedCMaps.has(name)) t.fail(fontWhere(f), `${fontName(f)}: its CMap uses the CMap /${name}, which Table 118 does not list`);
      if (model.pdf.stream(use)) t.fail(fontWhere(f), `${fontName(f)}: its CMap uses an embedded CMap (${String(use)}), not one of Table 118`);
    }
  },
);

export const embedded = checkpoint(
  '31-009',
  'For a font used by text intended to be rendered the font program is not embedded',
  'machine',
  (model, t) => {
    for (const f of used(model)) {
      if (f.subtype === 'Type3' || f.rendered.size === 0) continue;
      t.saw();
      if (!program(model, f)) t.fail(fontWhere(f), `${fontName(f)} is used for rendering but not embedded`);
    }
  },
);

/** A checkpoint on the glyphs an embedded font renders, for fonts whose glyphs the checker can look up. */
function perRenderedGlyphs(
  id: string,
  title: string,
  what: string,
  test: (model: Model, f: Font, lookup: NonNullable<ReturnType<typeof glyphLookup>>) => string | undefined,
): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const f of used(model)) {
      if (f.subtype === 'Type3' || !program(model, f) || f.rendered.size === 0) continue;
      t.saw();
      const lookup = glyphLookup(model, f);
      const problem = lookup ? test(model, f, lookup) : cannot(f, what);
      if (problem) t.fail(fontWhere(f), problem);
    }
  });
}

export const glyphsPresent = perRenderedGlyphs(
  '31-011',
  'For a font used by text the font program is embedded but it does not contain glyphs for all of the glyphs referenced by the text used for rendering',
  'whether its program has every glyph shown',
  (_model, f, lookup) => {
    // A code whose glyph cannot be known (an unknown CMap or CIDToGIDMap) is 31-004's or 31-006's finding.
    const missing = [...f.rendered].filter((key) => {
      const gid = lookup.gid(key);
      return gid !== undefined && gid >= lookup.tt.numGlyphs;
    });
    return missing.length ? `${fontName(f)}: its program (${lookup.tt.numGlyphs} glyphs) lacks the glyphs of ${codeList(missing)}` : undefined;
  },
);

function charSet(id: string, title: string): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const f of model.fonts.all()) {
      if (program(model, f)?.kind !== 'Type1' || f.descriptor?.get(PDFName.of('CharSet')) === undefined) continue;
      t.saw();
      t.fail(fontWhere(f), `${fontName(f)}: a Type 1 program with a /CharSet — not checked (the checker does not read Type 1 programs); check it with another validator`);
    }
  });
}

export const charSetComplete = charSet('31-012', 'The FontDescriptor dictionary of an embedded Type 1 font contains a CharSet string, but at least one of the glyphs present in the font program is not listed in the CharSet string');
export const charSetPresent = charSet('31-013', 'The FontDescriptor dictionary of an embedded Type 1 font contains a CharSet string, but at least one of the glyphs listed in the CharSet string is not present in the font program');

function cidSet(id: string, title: string, direction: 'unlisted' | 'absent'): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const f of model.fonts.all()) {
      const set = f.descriptor ? model.pdf.bytes(f.descriptor.get(PDFName.of('CIDSet'))) : undefined;
      if (f.subtype !== 'Type0' || !set) continue;
      t.saw();
      const lookup = glyphLookup(model, f);
      if (!lookup || model.pdf.name(f.descendant?.get(PDFName.of('CIDToGIDMap'))) !== 'Identity') {
        t.fail(fontWhere(f), cannot(f, 'its /CIDSet (only Identity-mapped TrueType programs are read)'));
        continue;
      }
      const listed = (cid: number): boolean => ((set[cid >> 3] ?? 0) & (0x80 >> (cid & 7))) !== 0;
      const bad: number[] = [];
      if (direction === 'unlisted') for (let cid = 0; cid < lookup.tt.numGlyphs; cid++) if (!listed(cid)) bad.push(cid);
      if (direction === 'absent') for (let cid = lookup.tt.numGlyphs; cid < set.length * 8; cid++) if (listed(cid)) bad.push(cid);
      if (bad.length) {
        const what = direction === 'unlisted' ? 'are in the program but not in its /CIDSet' : 'are in its /CIDSet but not in the program';
        t.fail(fontWhere(f), `${fontName(f)}: CIDs ${bad.slice(0, 8).join(', ')}${bad.length > 8 ? ` … (${bad.length})` : ''} ${what}`);
      }
    }
  });
}

export const cidSetComplete = cidSet('31-014', 'The FontDescriptor dictionary of an embedded CID font contains a CIDSet string, but at least one of the glyphs present in the font program is not listed in the CIDSet string', 'unlisted');
export const cidSetPresent = cidSet('31-015', 'The FontDescriptor dictionary of an embedded CID font contains a CIDSet string, but at least one of the glyphs listed in the CIDSet string is not present in the font program', 'absent');

export const widths = perRenderedGlyphs(
  '31-016',
  'For one or more glyphs, the glyph width information in the font dictionary and in the embedded font program differ by more than 1/1000 unit',
  'whether its widths match its program',
  (model, f, lookup) => {
    const width = cidWidth(model, f);
    const wrong: string[] = [];
    for (const key of f.rendered) {
      const cid = cidOf(f, key);
      const gid = lookup.gid(key);
      const advance = gid === undefined ? undefined : lookup.tt.advance(gid);
      if (cid === undefined || advance === undefined) continue;
      if (Math.abs(width(cid) - advance) > 1) wrong.push(`CID ${cid}: ${width(cid)} in /W, ${Math.round(advance)} in the program`);
    }
    return wrong.length ? `${fontName(f)}: ${wrong.slice(0, 4).join('; ')}${wrong.length > 4 ? ` … (${wrong.length} glyphs)` : ''}` : undefined;
  },
);

/** A checkpoint on simple TrueType fonts (ISO 14289-1, 7.21.6). */
function simpleTrueType(
  id: string,
  title: string,
  applies: (model: Model, f: Font) => boolean,
  test: (model: Model, f: Font, tt: TrueType | undefined) => string | undefined,
): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const f of used(model)) {
      if (f.subtype !== 'TrueType' || !applies(model, f)) continue;
      t.saw();
      const problem = test(model, f, trueType(model, f));
      if (problem) t.fail(fontWhere(f), `${fontName(f)}: ${problem}`);
    }
  });
}

const nonSymbolic = (model: Model, f: Font): boolean => !symbolic(model, f);
const cmapCount = (tt: TrueType | undefined): string => (tt ? `${tt.cmaps.length} cmap subtable${tt.cmaps.length === 1 ? '' : 's'} (${tt.cmaps.join('; ') || 'none'})` : 'no TrueType program the checker can read');

export const nonSymbolicCmap = simpleTrueType('31-017', 'A non-symbolic TrueType font is used for rendering, but none of the cmap entries in the embedded font program is a non-symbolic cmap', nonSymbolic, (_m, _f, tt) => {
  if (!tt) return cmapCount(tt);
  const ok = tt.cmaps.includes('3,0') ? tt.cmaps.length > 1 : tt.cmaps.length > 0;
  return ok ? undefined : `its program has ${cmapCount(tt)}, none non-symbolic`;
});
export const nonSymbolicLookup = simpleTrueType('31-018', 'A non-symbolic TrueType font is used for rendering, but for at least one glyph to be rendered the glyph cannot be looked up by any of the non-symbolic cmap entries in the embedded font program', nonSymbolic, () =>
  'whether each glyph can be looked up through its cmap — not checked (the checker does not read cmap subtables); check it with another validator',
);
export const nonSymbolicEncoding = simpleTrueType('31-019', 'The font dictionary for a non-symbolic TrueType font does not contain an Encoding entry', nonSymbolic, (_m, f) =>
  f.dict.get(PDFName.of('Encoding')) === undefined ? 'a non-symbolic TrueType font without /Encoding' : undefined,
);
export const baseEncodingPresent = simpleTrueType('31-020', 'The font dictionary for a non-symbolic TrueType font contains an Encoding dictionary which does not contain a BaseEncoding entry', nonSymbolic, (m, f) => {
  const enc = m.pdf.dict(f.dict.get(PDFName.of('Encoding')));
  return enc && enc.get(PDFName.of('BaseEncoding')) === undefined ? 'its /Encoding dictionary has no /BaseEncoding' : undefined;
});
export const romanOrAnsi = simpleTrueType('31-021', 'The value for either the Encoding entry or the BaseEncoding entry in the Encoding dictionary in a non-symbolic TrueType font dictionary is neither MacRomanEncoding nor WinAnsiEncoding', nonSymbolic, (m, f) => {
  const base = baseEncoding(m, f);
  return base === undefined || ['MacRomanEncoding', 'WinAnsiEncoding'].includes(base) ? undefined : `its encoding is /${base}, neither /MacRomanEncoding nor /WinAnsiEncoding`;
});
export const glyphListNames = simpleTrueType('31-022', 'The Differences array in the Encoding entry in a non-symbolic TrueType font dictionary contains one or more glyph names which are not listed in the Adobe Glyph List', nonSymbolic, (m, f) => {
  const unknown = [...(differences(m, f)?.values() ?? [])].filter((n) => glyphUnicode(n) === undefined);
  return unknown.length ? `its /Differences name glyphs the checker does not find in the Adobe Glyph List (it knows uniXXXX, uXXXX and the ASCII names): ${unknown.slice(0, 8).map((n) => `/${n}`).join(' ')}` : undefined;
});
export const differencesNeedUnicodeCmap = simpleTrueType('31-023', 'The Differences array is present in the Encoding entry in a non-symbolic TrueType font dictionary but the embedded font program does not contain a (3,1) Microsoft Unicode cmap', nonSymbolic, (m, f, tt) =>
  differences(m, f) && !tt?.cmaps.includes('3,1') ? `it has /Differences but its program has ${cmapCount(tt)}, no (3,1)` : undefined,
);
export const symbolicEncoding = simpleTrueType('31-024', 'The Encoding entry is present in the font dictionary for a symbolic TrueType font', symbolic, (_m, f) =>
  f.dict.get(PDFName.of('Encoding')) !== undefined ? 'a symbolic TrueType font with /Encoding' : undefined,
);
export const symbolicHasCmap = simpleTrueType('31-025', 'The embedded font program for a symbolic TrueType font contains no cmap', symbolic, (_m, _f, tt) =>
  !tt || tt.cmaps.length === 0 ? `a symbolic TrueType font whose program has ${cmapCount(tt)}` : undefined,
);
export const symbolicCmap = simpleTrueType('31-026', 'The embedded font program for a symbolic TrueType font contains more than one cmap, but none of the cmap entries is a (3,0) Microsoft Symbol cmap', symbolic, (_m, _f, tt) =>
  tt && tt.cmaps.length > 1 && !tt.cmaps.includes('3,0') ? `a symbolic TrueType font whose program has ${cmapCount(tt)}, no (3,0)` : undefined,
);

export const toUnicodePresent = checkpoint(
  '31-027',
  'A font dictionary does not contain the ToUnicode entry and none of the exceptions holds (a standard encoding, glyph names of the Adobe Glyph List, an Adobe CJK collection, a non-symbolic TrueType font)',
  'machine',
  (model, t) => {
    for (const f of used(model)) {
      t.saw();
      if (f.toUnicode) continue;
      const base = isSimple(f) ? baseEncoding(model, f) : undefined;
      const ros = f.subtype === 'Type0' ? collection(model, f.descendant) : undefined;
      const diffs = differences(model, f);
      const names = diffs ? [...f.used.keys()].map((k) => diffs.get(fromCodeKey(k).code)) : [];
      const excepted =
        (isSimple(f) && base !== undefined && ['WinAnsiEncoding', 'MacRomanEncoding', 'MacExpertEncoding'].includes(base)) ||
        ((f.subtype === 'Type1' || f.subtype === 'Type3') && diffs !== undefined && names.every((n) => n !== undefined && glyphUnicode(n) !== undefined)) ||
        (ros?.registry === 'Adobe' && ['GB1', 'CNS1', 'Japan1', 'Korea1'].includes(ros.ordering ?? '')) ||
        (f.subtype === 'TrueType' && !symbolic(model, f));
      if (!excepted) t.fail(fontWhere(f), `${fontName(f)} has no /ToUnicode and no encoding that gives its text's Unicode values`);
    }
  },
);

function toUnicodeValues(id: string, title: string, bad: RegExp, what: string): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const f of used(model)) {
      if (!f.toUnicode) continue;
      t.saw();
      const wrong = [...f.used.keys()].filter((k) => bad.test(f.toUnicode!.unicode.get(k) ?? ''));
      if (wrong.length) t.fail(fontWhere(f), `${fontName(f)}: its /ToUnicode maps ${codeList(wrong)} to ${what}`);
    }
  });
}

export const toUnicodeZero = toUnicodeValues('31-028', 'One or more Unicode values specified in the ToUnicode CMap are zero (0)', /\u0000/, 'U+0000');
export const toUnicodeBom = toUnicodeValues('31-029', 'One or more Unicode values specified in the ToUnicode CMap are equal to either U+FEFF or U+FFFE', /[\ufeff\ufffe]/, 'U+FEFF or U+FFFE');

export const notdef = checkpoint(
  '31-030',
  'One or more characters used in text showing operators reference the .notdef glyph',
  'machine',
  (model, t) => {
    for (const f of used(model)) {
      if (f.subtype === 'Type3') continue;
      t.saw();
      let hits: number[] = [];
      if (f.subtype === 'Type0') {
        const kind = model.pdf.name(f.descendant?.get(PDFName.of('Subtype')));
        const lookup = kind === 'CIDFontType2' ? glyphLookup(model, f) : undefined;
        if (kind === 'CIDFontType2' && !lookup && program(model, f)) {
          t.fail(fontWhere(f), cannot(f, 'whether it shows the .notdef glyph'));
          continue;
        }
        hits = [...f.used.keys()].filter((k) => (kind === 'CIDFontType2' ? (lookup ? lookup.gid(k) : cidOf(f, k)) : cidOf(f, k)) === 0);
      } else {
        const diffs = differences(model, f);
        hits = [...f.used.keys()].filter((k) => diffs?.get(fromCodeKey(k).code) === '.notdef');
      }
      if (hits.length) t.fail(fontWhere(f), `${fontName(f)} shows the .notdef glyph for ${codeList(hits)}`);
    }
  },
);

export const referenceXObjects = checkpoint(
  '30-001',
  'A reference XObject is present',
  'machine',
  (model, t) => {
    for (const [ref, obj] of model.pdf.objects()) {
      if (!(obj instanceof PDFRawStream) || model.pdf.name(obj.dict.get(PDFName.of('Subtype'))) !== 'Form') continue;
      t.saw();
      if (obj.dict.get(PDFName.of('Ref')) !== undefined) t.fail({ object: ref }, 'a reference XObject (a form XObject with /Ref)');
    }
  },
);

export const sharedTaggedForms = checkpoint(
  '30-002',
  'Form XObject contains MCIDs and is referenced more than once',
  'machine',
  (model, t) => {
    for (const use of model.formUses.values()) {
      t.saw();
      if (use.hasMcid && use.uses > 1) t.fail({ object: use.ref }, `a form XObject with MCIDs drawn ${use.uses} times`);
    }
  },
);

export const fontCheckpoints = [
  unicodeMapping,
  referenceXObjects,
  sharedTaggedForms,
  sameRegistry,
  sameOrdering,
  supplement,
  cidToGidValue,
  cidToGidPresent,
  cmapEmbedded,
  cmapWMode,
  cmapReferences,
  embedded,
  glyphsPresent,
  charSetComplete,
  charSetPresent,
  cidSetComplete,
  cidSetPresent,
  widths,
  nonSymbolicCmap,
  nonSymbolicLookup,
  nonSymbolicEncoding,
  baseEncodingPresent,
  romanOrAnsi,
  glyphListNames,
  differencesNeedUnicodeCmap,
  symbolicEncoding,
  symbolicHasCmap,
  symbolicCmap,
  toUnicodePresent,
  toUnicodeZero,
  toUnicodeBom,
  notdef,
];

