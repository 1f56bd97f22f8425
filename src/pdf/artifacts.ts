import { deflateSync, inflateSync } from 'node:zlib';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { PDFArray, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

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
 */
export function markUntaggedAsArtifacts(doc: PDFDocument): number {
  let marked = 0;
  for (const page of doc.getPages()) marked += markPage(doc, page);
  return marked;
}

const paintingOperators = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do']);
const boundaryOperators = new Set(['BT', 'ET', 'q', 'Q', 'BMC', 'BDC', 'EMC']);
const open = new TextEncoder().encode('\n/Artifact BMC\n');
const close = new TextEncoder().encode('\nEMC\n');

function markPage(doc: PDFDocument, page: PDFPage): number {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  if (streams.length === 0 || !streams.every((s): s is PDFRawStream => s instanceof PDFRawStream)) return 0;
  const source = join(streams.map(decode));
  const inserts = findArtifactRuns(source);
  if (inserts === null || inserts.length === 0) return 0;
  // Node's zlib rather than pdf-lib's JavaScript deflate: the charts make long content streams.
  const compressed = deflateSync(applyInserts(source, inserts));
  const ref = doc.context.register(doc.context.stream(compressed, { Filter: 'FlateDecode' }));
  page.node.set(PDFName.of('Contents'), ref);
  return inserts.length / 2;
}

/** A content stream's bytes; Chromium writes them Flate-compressed, which zlib inflates natively. */
function decode(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.contents);
  return decodePDFRawStream(stream).decode();
}

interface Insert {
  at: number;
  bytes: Uint8Array;
}

/** Where to open and close Artifact runs; null when the stream holds something we do not parse (inline images). */
export function findArtifactRuns(bytes: Uint8Array): Insert[] | null {
  const inserts: Insert[] = [];
  let depth = 0;
  let running = false;
  let operandsStart = -1;
  for (const token of tokenize(bytes)) {
    if (token.kind === 'operand') {
      if (operandsStart < 0) operandsStart = token.start;
      continue;
    }
    const start = operandsStart < 0 ? token.start : operandsStart;
    operandsStart = -1;
    const op = token.text;
    if (op === 'BI' || op === 'ID' || op === 'EI') return null;
    if (boundaryOperators.has(op)) {
      if (running) {
        inserts.push({ at: start, bytes: close });
        running = false;
      }
      if (op === 'BMC' || op === 'BDC') depth++;
      else if (op === 'EMC') depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0 && !running && paintingOperators.has(op)) {
      inserts.push({ at: start, bytes: open });
      running = true;
    }
  }
  if (running) inserts.push({ at: bytes.length, bytes: close });
  return inserts;
}

interface Token {
  kind: 'operand' | 'operator';
  start: number;
  text: string;
}

const whitespace = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** PDF content-stream tokens; strings, hex strings, names, numbers, arrays and dicts are all operands. */
function* tokenize(b: Uint8Array): Generator<Token> {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (whitespace.has(c)) {
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < b.length && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === 0x28 /* ( */) {
      const start = i;
      i = skipString(b, i);
      yield { kind: 'operand', start, text: '' };
    } else if (c === 0x3c /* < */ || c === 0x3e /* > */ || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      // Hex strings, dict and array brackets: operands (or parts of one) either way.
      const start = i;
      if (c === 0x3c && b[i + 1] !== 0x3c) {
        while (i < b.length && b[i] !== 0x3e) i++;
      } else if ((c === 0x3c || c === 0x3e) && b[i + 1] === c) {
        i++;
      }
      i++;
      yield { kind: 'operand', start, text: '' };
    } else if (c === 0x2f /* / */) {
      const start = i++;
      while (i < b.length && !whitespace.has(b[i]!) && !delimiters.has(b[i]!)) i++;
      yield { kind: 'operand', start, text: '' };
    } else {
      const start = i;
      while (i < b.length && !whitespace.has(b[i]!) && !delimiters.has(b[i]!)) i++;
      // Numbers start with a digit, sign or point; operators never do. true/false/null are operands too.
      const first = b[start]!;
      if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
        yield { kind: 'operand', start, text: '' };
        continue;
      }
      const text = String.fromCharCode(...b.subarray(start, i));
      const operand = text === 'true' || text === 'false' || text === 'null';
      yield { kind: operand ? 'operand' : 'operator', start, text };
    }
  }
}

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
