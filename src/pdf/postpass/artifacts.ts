import { promisify } from 'node:util';
import { deflate as deflateCallback } from 'node:zlib';
import { DELIMITER, PdfDict, PdfName, PdfRef, PdfStream, REGULAR, WHITESPACE, byteClass } from './cos.js';
import type { PdfFile, PdfPage } from './file.js';

const deflate = promisify(deflateCallback);

/**
 * Chromium leaves some painted content outside both the tag tree and any Artifact marking: the
 * running header, the page numbers, the TOC's page numbers (all CSS-generated text) and page
 * backgrounds. PDF/UA requires every painted thing to be one or the other, and a screen reader
 * would otherwise read "Dokumentnamn: …" on every page. This wraps each such run in
 * `/Artifact BMC … EMC`, editing the content stream only by inserting those operators.
 *
 * Runs are closed before BT, ET, q, Q and any marked-content operator, so an Artifact sequence never
 * straddles a text object, a graphics-state level or a tagged sequence. Returns how many runs were
 * marked.
 *
 * The pages' streams are compressed again concurrently (zlib works off the JavaScript thread): the
 * charts make megabytes of content stream.
 */
export async function markUntaggedAsArtifacts(file: PdfFile): Promise<number> {
  const done = new Set<number>();
  const marking = file.pages().map((page) => markPage(file, page, done));
  return (await Promise.all(marking)).reduce((sum, runs) => sum + runs, 0);
}

async function markPage(file: PdfFile, page: PdfPage, done: Set<number>): Promise<number> {
  const refs = file.contents(page);
  // A stream shared with a page already marked is marked already.
  if (refs.length === 0 || refs.some((ref) => done.has(ref.num))) return 0;
  const streams = refs.map((ref) => file.object(ref.num));
  if (!streams.every((s): s is PdfStream => s instanceof PdfStream)) return 0;
  const decoded = streams.map((stream) => stream.decoded());
  if (decoded.includes(null)) return 0;
  const source = join(decoded as Uint8Array[]);
  const inserts = findArtifactRuns(source);
  if (inserts === null || inserts.length === 0) return 0;
  for (const ref of refs) done.add(ref.num);
  const compressed = await deflate(applyInserts(source, inserts));
  // The page's first content stream takes the marked content; any others are left out.
  const [first, ...rest] = refs as [PdfRef, ...PdfRef[]];
  file.put(first.num, new PdfStream(new PdfDict([['Filter', PdfName.of('FlateDecode')]]), compressed));
  if (rest.length) {
    page.dict.set('Contents', first);
    file.put(page.num, page.dict);
    for (const ref of rest) file.remove(ref.num);
  }
  return inserts.length / 2;
}

const open = new TextEncoder().encode('\n/Artifact BMC\n');
const close = new TextEncoder().encode('\nEMC\n');

interface Insert {
  at: number;
  bytes: Uint8Array;
}

/**
 * Where to open and close Artifact runs; null when the stream holds something we do not parse (inline images).
 *
 * One pass over the bytes with no allocation per token (the charts' pages hold megabytes of content
 * stream): strings, hex strings, names, numbers, arrays and dicts are operands; any other word is an
 * operator, recognised by a number packed from its (at most four) bytes.
 */
export function findArtifactRuns(b: Uint8Array): Insert[] | null {
  const inserts: Insert[] = [];
  const n = b.length;
  let depth = 0;
  let running = false;
  let operandsStart = -1;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    const kind = byteClass[c]!;
    if (kind === WHITESPACE) {
      i++;
      continue;
    }
    const start = i;
    if (c === 0x25 /* % */) {
      while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
      continue;
    }
    if (kind === DELIMITER) {
      if (c === 0x28 /* ( */) {
        i = skipString(b, i);
      } else if (c === 0x2f /* / */) {
        i++;
        while (i < n && byteClass[b[i]!] === REGULAR) i++;
      } else {
        // Hex strings, dict and array brackets: operands (or parts of one) either way.
        if (c === 0x3c && b[i + 1] !== 0x3c) {
          while (i < n && b[i] !== 0x3e) i++;
        } else if ((c === 0x3c || c === 0x3e) && b[i + 1] === c) {
          i++;
        }
        i++;
      }
      if (operandsStart < 0) operandsStart = start;
      continue;
    }
    while (i < n && byteClass[b[i]!] === REGULAR) i++;
    // Numbers start with a digit, sign or point; operators never do. true/false/null are operands too.
    const op = i - start <= 4 ? packBytes(b, start, i) : c === 0x66 && i - start === 5 && packBytes(b, start + 1, i) === FALSE_TAIL ? TRUE : 0;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || op === TRUE || op === NULL) {
      if (operandsStart < 0) operandsStart = start;
      continue;
    }
    const at = operandsStart < 0 ? start : operandsStart;
    operandsStart = -1;
    if (op === BI || op === ID || op === EI) return null;
    if (boundaryOperators.has(op)) {
      if (running) {
        inserts.push({ at, bytes: close });
        running = false;
      }
      if (op === BMC || op === BDC) depth++;
      else if (op === EMC) depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0 && !running && paintingOperators.has(op)) {
      inserts.push({ at, bytes: open });
      running = true;
    }
  }
  if (running) inserts.push({ at: n, bytes: close });
  return inserts;
}

/** Up to four bytes as one number: "Tj" and "BDC" become distinct small integers. */
function packBytes(b: Uint8Array, from: number, to: number): number {
  let key = 0;
  for (let j = from; j < to; j++) key = key * 256 + b[j]!;
  return key;
}

const pack = (word: string): number => packBytes(new TextEncoder().encode(word), 0, word.length);
const [BI, ID, EI] = [pack('BI'), pack('ID'), pack('EI')];
const [BMC, BDC, EMC] = [pack('BMC'), pack('BDC'), pack('EMC')];
const [TRUE, NULL, FALSE_TAIL] = [pack('true'), pack('null'), pack('alse')];
const paintingOperators = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do'].map(pack));
const boundaryOperators = new Set(['BT', 'ET', 'q', 'Q', 'BMC', 'BDC', 'EMC'].map(pack));

/** Index just past a literal string, honouring nested parentheses and backslash escapes. */
function skipString(b: Uint8Array, i: number): number {
  let nesting = 0;
  for (; i < b.length; i++) {
    const c = b[i];
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x28) nesting++;
    else if (c === 0x29 && --nesting === 0) return i + 1;
  }
  return i;
}

function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const newline = new Uint8Array([0x0a]);
  return concat(parts.flatMap((part) => [part, newline]));
}

function applyInserts(source: Uint8Array, inserts: readonly Insert[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const insert of inserts) {
    pieces.push(source.subarray(from, insert.at), insert.bytes);
    from = insert.at;
  }
  pieces.push(source.subarray(from));
  return concat(pieces);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
