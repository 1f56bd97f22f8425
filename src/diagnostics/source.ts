import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import type { Diagnostic, SourceLocation } from './diagnostic.js';
import { lazyRequire } from './lazy.js';

const yaml = lazyRequire<typeof import('yaml')>('yaml');

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
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<number>();
  for (const err of doc.errors) {
    const explained = explainYamlError(err, doc, text);
    const pos = lines.linePos(explained.offset);
    // One error per line: yaml's further errors on a line follow from the first (a tab gives three).
    if (reported.has(pos.line)) continue;
    reported.add(pos.line);
    diagnostics.push({
      severity: 'error',
      code: err.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
      message: explained.message,
      location: { file: file.path, line: pos.line, column: pos.col },
      hint: explained.hint,
    });
  }
  if (!diagnostics.length) diagnostics.push(...aliasProblems(doc, file, lines));
  return { source: { file, doc, lines }, diagnostics };
}

/**
 * Aliases parse without error but break toJS (an alias to no anchor throws) or make a value contain
 * itself (`&a [*a]`), which later stages would walk forever. ehalsa's files need neither.
 */
function aliasProblems(doc: Document.Parsed, file: SourceFile, lines: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file: file.path, line: pos.line, column: pos.col };
  };
  yaml().visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      const problem = !target
        ? `the alias *${node.source} refers to no anchor &${node.source} above it`
        : path.includes(target as never)
          ? `the alias *${node.source} is inside the value it repeats`
          : null;
      if (problem) {
        out.push({
          severity: 'error',
          code: 'yaml/alias',
          message: problem,
          location: at(node.range?.[0] ?? 0),
          hint: 'write the value out; quote text that starts with * or &',
        });
      }
    },
  });
  if (!out.length) {
    try {
      doc.toJS();
    } catch (err) {
      out.push({ severity: 'error', code: 'yaml/alias', message: firstLine(err instanceof Error ? err.message : String(err)), location: at(0), hint: 'write the values out instead of repeating them with aliases' });
    }
  }
  return out;
}

const GENERIC_HINT = 'check indentation, and quote values that contain ": " or start with a special character';

/**
 * yaml reports an unclosed quote or bracket where the file ends, far from the cause; point at the
 * opening character instead, and say in plain words what the commonest errors mean.
 */
function explainYamlError(err: YAMLError, doc: Document.Parsed, text: string): { offset: number; message: string; hint: string } {
  const offset = err.pos[0];
  const message = firstLine(err.message);
  if (err.code === 'DUPLICATE_KEY') return { offset, message, hint: 'each key may appear once in a mapping; remove or rename one of them' };
  if (err.code === 'TAB_AS_INDENT') return { offset, message, hint: 'indent with spaces; YAML does not allow tabs for indentation' };
  if (err.code === 'MISSING_CHAR' && /closing (["'])quote/.test(message)) {
    const q = /closing (["'])quote/.exec(message)![1]!;
    const opening = openingNode(doc, offset, (n) => yaml().isScalar(n) && n.type === (q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'));
    return {
      offset: opening ?? offset,
      message: `the text quoted with ${q} here is never closed`,
      hint: q === '"' ? 'add the closing " (write a " inside the text as \\")' : "add the closing ' (write a ' inside the text as '')",
    };
  }
  if (err.code === 'MISSING_CHAR' && /^Sequence item without - indicator/.test(message)) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const indent = /^[ ]*/.exec(text.slice(lineStart))![0].length;
    return {
      offset: lineStart + indent,
      message: 'this line is indented differently from the keys above it',
      hint: 'give every key of a list item the same indentation (spaces)',
    };
  }
  const flow = /^Flow (map|sequence) in block collection must be sufficiently indented and end with a ([\]}])/.exec(message);
  if (flow) {
    const opening = openingNode(doc, offset, (n) => yaml().isCollection(n) && n.flow === true);
    const [open, close] = flow[2] === '}' ? ['{', '}'] : ['[', ']'];
    return {
      offset: opening ?? offset,
      message: `the ${open} that opens here is never closed with ${close}`,
      hint: `add the closing ${close}; a ${open} … ${close} that continues on the next line must be indented further than its key`,
    };
  }
  return { offset, message, hint: GENERIC_HINT };
}

/** The node of the wanted sort whose text runs up to `offset` (where yaml noticed the missing end). */
function openingNode(doc: Document.Parsed, offset: number, wanted: (n: Node) => boolean): number | null {
  let best: number | null = null;
  yaml().visit(doc, {
    Node(_, n) {
      const range = n.range;
      if (!range || !wanted(n)) return;
      if (range[0] < offset && range[1] >= offset - 1 && range[1] <= offset + 1 && (best === null || range[0] > best)) best = range[0];
    },
  });
  return best;
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
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => scalarKey(p.key) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (yaml().isSeq(node)) {
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

/** The value at a JSON path in parsed data (undefined where the path leads nowhere). */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** One key per distinct ajv error: ajv repeats an error once per failed branch of an if/then/else. */
export function schemaErrorKey(error: { instancePath: string; keyword: string; params: unknown }): string {
  return `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
}

/** Splits an ajv instancePath ("/observations/3/value") into segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
