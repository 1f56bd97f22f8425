import { promisify } from 'node:util';
import { deflate as deflateCallback } from 'node:zlib';
import { DELIMITER, PdfDict, PdfName, PdfRef, PdfStream, REGULAR, WHITESPACE, byteClass } from './cos.js';
import type { PdfFile, PdfPage } from './file.js';
import type { RealText } from './realtext.js';

const deflate = promisify(deflateCallback);

/**
 * Chromium leaves some painted content outside both the tag tree and any Artifact marking: the
 * running header, the page numbers (CSS-generated text) and page backgrounds, but also real text (the
 * footnote numbers, the TOC's page numbers, a chapter number: see realtext.ts). PDF/UA requires every
 * painted thing to be one or the other, and a screen reader would otherwise read "Dokumentnamn: …" on
 * every page. This wraps each run that `realText` does not claim in `/Artifact BMC … EMC`, and each it
 * claims in `/Span <</MCID n>> BDC … EMC`, editing the content stream only by inserting those operators.
 *
 * Runs are closed before BT, ET, q, Q and any marked-content operator, so an Artifact sequence never
 * straddles a text object, a graphics-state level or a tagged sequence. Returns how many runs were
 * marked.
 *
 * The pages' streams are compressed again concurrently (zlib works off the JavaScript thread): the
 * charts make megabytes of content stream.
 */
export async function markUntaggedAsArtifacts(file: PdfFile, realText: RealText | null = null): Promise<number> {
  const done = new Set<number>();
  // Each page is scanned and claimed in page order before its first await: the MCIDs and the elements'
  // kids come out the same every time.
  const marking = file.pages().map((page) => markPage(file, page, done, realText));
  return (await Promise.all(marking)).reduce((sum, runs) => sum + runs, 0);
}

async function markPage(file: PdfFile, page: PdfPage, done: Set<number>, realText: RealText | null): Promise<number> {
  const refs = file.contents(page);
  // A stream shared with a page already marked is marked already.
  if (refs.length === 0 || refs.some((ref) => done.has(ref.num))) return 0;
  const streams = refs.map((ref) => file.object(ref.num));
  if (!streams.every((s): s is PdfStream => s instanceof PdfStream)) return 0;
  const decoded = streams.map((stream) => stream.decoded());
  if (decoded.includes(null)) return 0;
  const source = join(decoded as Uint8Array[]);
  const scan = scanContent(source);
  if (scan === null || scan.runs.length === 0) return 0;
  const claims = realText?.claim(page, scan) ?? [];
  const inserts = scan.runs.flatMap((run, index) => {
    const mcid = claims[index];
    const opening = mcid === undefined || mcid === null ? open : new TextEncoder().encode(`\n/Span <</MCID ${mcid}>> BDC\n`);
    return [{ at: run.start, bytes: opening }, { at: run.end, bytes: close }];
  });
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

/** Where to open and close Artifact runs; null when the stream holds something we do not parse (inline images). */
export function findArtifactRuns(b: Uint8Array): Insert[] | null {
  const scan = scanContent(b);
  return scan && scan.runs.flatMap((run) => [{ at: run.start, bytes: open }, { at: run.end, bytes: close }]);
}

/** A run of painting operators outside any marked content, and what a repair needs to know of it. */
export interface UntaggedRun {
  start: number;
  end: number;
  /** Where its first text is shown, in default user space (null: it shows no text). */
  text: { x: number; y: number } | null;
  /** The MCID of the tagged sequence before it and after it in the stream (null: none). */
  previous: number | null;
  next: number | null;
}

export interface ContentScan {
  runs: UntaggedRun[];
  /** The lowest and highest baseline of tagged text in the stream (Infinity, -Infinity: none). */
  taggedLow: number;
  taggedHigh: number;
}

/**
 * The untagged runs of a content stream; null when it holds something we do not parse (inline images).
 *
 * One pass over the bytes with no allocation per token (the charts' pages hold megabytes of content
 * stream): strings, hex strings, names, numbers, arrays and dicts are operands; any other word is an
 * operator, recognised by a number packed from its (at most four) bytes. The graphics state is followed
 * only as far as where text goes (q, Q, cm and the text matrix operators), reading their numbers from
 * the bytes that precede them.
 */
export function scanContent(b: Uint8Array): ContentScan | null {
  const runs: UntaggedRun[] = [];
  const n = b.length;
  let depth = 0;
  let run: UntaggedRun | null = null;
  let operandsStart = -1;
  let previous: number | null = null;
  const waiting: UntaggedRun[] = [];
  const numbers: number[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let taggedLow = Infinity;
  let taggedHigh = -Infinity;
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
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      if (operandsStart < 0) operandsStart = start;
      if (numbers.length === 6) numbers.shift();
      numbers.push(readNumber(b, start, i));
      continue;
    }
    if (op === TRUE || op === NULL) {
      if (operandsStart < 0) operandsStart = start;
      continue;
    }
    const at = operandsStart < 0 ? start : operandsStart;
    const operandsAt = operandsStart;
    operandsStart = -1;
    if (op === BI || op === ID || op === EI) return null;
    // Where text goes: enough of the graphics state to place each run's first text.
    if (op === Q_SAVE) saved.push(ctm);
    else if (op === Q_RESTORE) ctm = saved.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (op === CM && numbers.length === 6) ctm = multiply(numbers as Matrix, ctm);
    else if (op === BT) tlm = [1, 0, 0, 1, 0, 0];
    else if (op === TM && numbers.length === 6) tlm = [...numbers] as Matrix;
    else if ((op === TD || op === TD_LEADING) && numbers.length >= 2) {
      const [tx, ty] = numbers.slice(-2) as [number, number];
      if (op === TD_LEADING) leading = -ty;
      tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
    } else if (op === TL && numbers.length >= 1) leading = numbers[numbers.length - 1]!;
    else if (op === T_STAR || op === QUOTE || op === DOUBLE_QUOTE) tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
    numbers.length = 0;
    if (boundaryOperators.has(op)) {
      if (run) {
        run.end = at;
        runs.push(run);
        run = null;
      }
      if (op === BMC || op === BDC) {
        if (depth === 0 && op === BDC) {
          const mcid = operandsAt < 0 ? null : readMcid(b, operandsAt, start);
          if (mcid !== null) {
            for (const w of waiting.splice(0)) w.next = mcid;
            previous = mcid;
          }
        }
        depth++;
      } else if (op === EMC) depth = Math.max(0, depth - 1);
      continue;
    }
    if (!paintingOperators.has(op)) continue;
    const shows = textOperators.has(op);
    const where = shows ? apply(multiply(tlm, ctm), 0, 0) : null;
    if (depth > 0) {
      if (where) {
        taggedLow = Math.min(taggedLow, where.y);
        taggedHigh = Math.max(taggedHigh, where.y);
      }
      continue;
    }
    if (!run) {
      run = { start: at, end: n, text: null, previous, next: null };
      waiting.push(run);
    }
    if (where && !run.text) run.text = where;
  }
  if (run) runs.push(run);
  return { runs, taggedLow, taggedHigh };
}

type Matrix = [number, number, number, number, number, number];

/** m × n, matrices as PDF writes them ([a b c d e f], row vectors). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): { x: number; y: number } {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}

/** A number operand's value, read from its bytes (a malformed one reads as 0). */
function readNumber(b: Uint8Array, from: number, to: number): number {
  let text = '';
  for (let j = from; j < to; j++) text += String.fromCharCode(b[j]!);
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}

/** The MCID in a BDC's property list written inline (`/P <</MCID 3>> BDC`); null if there is none. */
function readMcid(b: Uint8Array, from: number, to: number): number | null {
  let text = '';
  for (let j = from; j < to; j++) text += String.fromCharCode(b[j]!);
  const m = /\/MCID\s+(\d+)/.exec(text);
  return m ? Number(m[1]) : null;
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
const textOperators = new Set(['Tj', 'TJ', "'", '"'].map(pack));
const [Q_SAVE, Q_RESTORE, CM, BT, TM, TD, TD_LEADING, TL, T_STAR, QUOTE, DOUBLE_QUOTE] = ['q', 'Q', 'cm', 'BT', 'Tm', 'Td', 'TD', 'TL', 'T*', "'", '"'].map(pack) as [number, number, number, number, number, number, number, number, number, number, number];
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
