import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, SourceLocation } from './diagnostic.js';

/** A text file as read from disk: project-relative path and its decoded text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A parsed YAML document that can map a JSON path back to a line and column of its source. */
export interface YamlSource {
  file: SourceFile;
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * Parses YAML keeping positions. Syntax errors become diagnostics (file:line:column) rather than
 * exceptions; a BOM is tolerated and CRLF line ends read like LF.
 */
export function parseYamlSource(file: SourceFile): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const pos = lines.linePos(err.pos[0]);
    diagnostics.push({
      severity: 'error',
      code: err.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
      message: firstLine(err.message),
      location: { file: file.path, line: pos.line, column: pos.col },
      hint:
        err.code === 'DUPLICATE_KEY'
          ? 'each key may appear once in a mapping; remove or rename one of them'
          : 'check indentation, and quote values that contain ": " or start with a special character',
    });
  }
  return { source: { file, doc, lines }, diagnostics };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  // yaml appends " at line N, column M" — the location is printed separately.
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The location of the node at a JSON path (ajv's instancePath segments, or keys/indices). When `key`
 * is true the location of the mapping key is returned instead of the value (for "unknown key").
 * Falls back to the nearest existing ancestor.
 */
export function locate(source: YamlSource, path: readonly (string | number)[], key = false): SourceLocation {
  let node: unknown = source.doc.contents;
  let found: Node | null = (node as Node | null) ?? null;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => scalarKey(p.key) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = null;
      node = item;
    } else {
      break;
    }
    found = (node as Node | null) ?? keyNode;
  }
  const target = key && keyNode ? keyNode : found;
  return rangeToLocation(source, target?.range ?? null);
}

function scalarKey(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key) return String((key as { value: unknown }).value);
  return key === undefined || key === null ? undefined : String(key);
}

function rangeToLocation(source: YamlSource, range: readonly [number, number, number] | null | undefined): SourceLocation {
  if (!range) return { file: source.file.path, line: 1, column: 1 };
  const start = source.lines.linePos(range[0]);
  const end = source.lines.linePos(range[1]);
  return { file: source.file.path, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** Splits an ajv instancePath ("/observations/3/value") into segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
