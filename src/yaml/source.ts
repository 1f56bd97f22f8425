import type { CST, Document, LineCounter, Node, YAMLError } from 'yaml';
import { limitPerFile, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { lazyRequire } from '../assets/lazy.js';

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
 *
 * Linear in the size of the text, whatever it holds: the syntax tree is checked for nesting before
 * it is composed (yaml's composer recurses, and a stack overflow became its error message), and
 * duplicate keys are found with one set per mapping here (yaml's own check compares every key with
 * every earlier one). Only YAML 1.2 is read: under `%YAML 1.1` "066" is 54 and "no" is false.
 */
export function parseYamlSource(file: SourceFile): { source: YamlSource; diagnostics: Diagnostic[] } {
  // yaml makes an Error for every problem it finds, and a damaged file can hold a hundred thousand:
  // without stack traces (never shown) they cost a tenth as much.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseYaml(file);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function parseYaml(file: SourceFile): { source: YamlSource; diagnostics: Diagnostic[] } {
  const { Composer, Document, LineCounter, Parser } = yaml();
  const lines = new LineCounter();
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file: file.path, line: pos.line, column: pos.col };
  };
  // yaml's parser slows down with the depth of brackets: a file nested too deeply is refused first.
  const deepFlow = flowTooDeep(text);
  if (deepFlow !== null) {
    const counted = new LineCounter();
    counted.addNewLine(0);
    for (let nl = text.indexOf('\n'); nl !== -1 && nl < deepFlow; nl = text.indexOf('\n', nl + 1)) counted.addNewLine(nl + 1);
    const pos = counted.linePos(deepFlow);
    return { source: { file, doc: new Document() as Document.Parsed, lines: counted }, diagnostics: [tooDeep({ file: file.path, line: pos.line, column: pos.col })] };
  }
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const structural = [...versionProblems(tokens, at), ...nestingProblems(tokens, at)];
  if (structural.length) return { source: { file, doc: new Document() as Document.Parsed, lines }, diagnostics: structural };
  const options = { prettyErrors: false, uniqueKeys: false, strict: true } as const;
  let doc: Document.Parsed | null = null;
  for (const d of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new (yaml().YAMLParseError)([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  const parsed = doc ?? (new Document() as Document.Parsed);
  const errors = [...parsed.errors, ...duplicateKeys(parsed)].sort((a, b) => a.pos[0] - b.pos[0]);
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<number>();
  const openings = openingIndex(parsed);
  for (const err of errors) {
    const explained = explainYamlError(err, openings, text);
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
  return { source: { file, doc: parsed, lines }, diagnostics: limitPerFile(diagnostics.length ? diagnostics : aliasProblems(parsed, file, lines)) };
}

/** How deep mappings and lists may nest: ehalsa's files need four or five levels. */
export const MAX_YAML_DEPTH = 64;

/** `%YAML 1.1` (or any version but 1.2) changes what values mean; refuse it where it is written. */
function versionProblems(tokens: readonly CST.Token[], at: (offset: number) => SourceLocation): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of tokens) {
    if (t.type !== 'directive') continue;
    const m = /^%YAML\s+(\S+)/.exec(t.source);
    if (!m || m[1] === '1.2') continue;
    out.push({
      severity: 'error',
      code: 'yaml/version',
      message: `YAML ${m[1]} is not read: ehalsa's files are YAML 1.2 (under YAML 1.1 "066" is 54 and "no" is false)`,
      location: at(t.offset),
      hint: `remove the line "${t.source.trim()}"`,
    });
  }
  return out;
}

/** The first collection nested deeper than MAX_YAML_DEPTH, found without recursion. */
function nestingProblems(tokens: readonly CST.Token[], at: (offset: number) => SourceLocation): Diagnostic[] {
  const stack: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_YAML_DEPTH) return [tooDeep(at(token.offset))];
    for (const item of token.items) {
      stack.push({ token: 'key' in item ? item.key : null, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
    }
  }
  return [];
}

function tooDeep(location: SourceLocation): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml/too-deep',
    message: `mappings and lists nest more than ${MAX_YAML_DEPTH} levels deep here`,
    location,
    hint: "close the brackets that are open, and check the indentation; ehalsa's files nest a few levels (a list of mappings)",
  };
}

/**
 * The offset of the first [ or { nested deeper than MAX_YAML_DEPTH, read with yaml's lexer (which knows
 * a bracket inside quotes or a comment from one that opens a collection) and stopped there; null when
 * the text has too few brackets to nest that deep, or none does.
 */
function flowTooDeep(text: string): number | null {
  let brackets = 0;
  for (let i = text.indexOf('[') ; i !== -1 && brackets <= MAX_YAML_DEPTH; i = text.indexOf('[', i + 1)) brackets++;
  for (let i = text.indexOf('{'); i !== -1 && brackets <= MAX_YAML_DEPTH; i = text.indexOf('{', i + 1)) brackets++;
  if (brackets <= MAX_YAML_DEPTH) return null;
  let depth = 0;
  let offset = 0;
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_YAML_DEPTH) return offset;
    } else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    // The lexer's markers of document, flow end and scalar are not in the text.
    if (token !== '\x02' && token !== '\x18' && token !== '\x1f') offset += token.length;
  }
  return null;
}

/** Keys repeated in a mapping, as yaml itself words them (yaml's own check is quadratic). */
function duplicateKeys(doc: Document.Parsed): YAMLError[] {
  const out: YAMLError[] = [];
  const { YAMLParseError, isScalar } = yaml();
  yaml().visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) out.push(new YAMLParseError([key.range?.[0] ?? 0, key.range?.[1] ?? 0], 'DUPLICATE_KEY', 'Map keys must be unique'));
        else seen.add(id);
      }
    },
  });
  return out;
}

/**
 * Aliases parse without error but break toJS (an alias to no anchor throws) or make a value contain
 * itself (`&a [*a]`), which later stages would walk forever; and yaml resolves each alias by walking
 * the document from its start, so many of them take time growing with the square of their number.
 * ehalsa's files need none: each is reported (anchors alone are harmless).
 */
function aliasProblems(doc: Document.Parsed, file: SourceFile, lines: LineCounter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file: file.path, line: pos.line, column: pos.col };
  };
  // Anchors in document order: an alias refers to the last one of its name before it.
  const anchors = new Map<string, unknown>();
  const { isAlias, isCollection, isScalar } = yaml();
  yaml().visit(doc, {
    Node(_, node, path) {
      if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
      if (!isAlias(node)) return;
      const target = anchors.get(node.source);
      const problem = !target
        ? `the alias *${node.source} refers to no anchor &${node.source} above it`
        : path.includes(target as never)
          ? `the alias *${node.source} is inside the value it repeats`
          : `the alias *${node.source} repeats a value; ehalsa's files write each value out`;
      out.push({
        severity: 'error',
        code: 'yaml/alias',
        message: problem,
        location: at(node.range?.[0] ?? 0),
        hint: 'write the value out; quote text that starts with * or &',
      });
    },
  });
  return out;
}

const GENERIC_HINT = 'check indentation, and quote values that contain ": " or start with a special character';

/**
 * yaml reports an unclosed quote or bracket where the file ends, far from the cause; point at the
 * opening character instead, and say in plain words what the commonest errors mean.
 */
function explainYamlError(err: YAMLError, openings: OpeningIndex, text: string): { offset: number; message: string; hint: string } {
  const offset = err.pos[0];
  const message = firstLine(err.message);
  if (err.code === 'DUPLICATE_KEY') return { offset, message, hint: 'each key may appear once in a mapping; remove or rename one of them' };
  if (err.code === 'TAB_AS_INDENT') return { offset, message, hint: 'indent with spaces; YAML does not allow tabs for indentation' };
  if (err.code === 'MISSING_CHAR' && /closing (["'])quote/.test(message)) {
    const q = /closing (["'])quote/.exec(message)![1]!;
    const opening = openings.find(q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', offset);
    return {
      offset: opening ?? offset,
      message: `the text quoted with ${q} here is never closed`,
      hint: q === '"' ? 'add the closing " (write a " inside the text as \\")' : "add the closing ' (write a ' inside the text as '')",
    };
  }
  if (err.code === 'MISSING_CHAR' && /^Sequence item without - indicator/.test(message)) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 0x20) indent++;
    return {
      offset: lineStart + indent,
      message: 'this line is indented differently from the keys above it',
      hint: 'give every key of a list item the same indentation (spaces)',
    };
  }
  const flow = /^Flow (map|sequence) in block collection must be sufficiently indented and end with a ([\]}])/.exec(message);
  if (flow) {
    const opening = openings.find('flow', offset);
    const [open, close] = flow[2] === '}' ? ['{', '}'] : ['[', ']'];
    return {
      offset: opening ?? offset,
      message: `the ${open} that opens here is never closed with ${close}`,
      hint: `add the closing ${close}; a ${open} … ${close} that continues on the next line must be indented further than its key`,
    };
  }
  return { offset, message, hint: GENERIC_HINT };
}

type OpeningKind = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'flow';

/** Where quoted texts and flow collections start, by where they end: built once per file. */
interface OpeningIndex {
  /** The start of the node of the kind whose text runs up to `offset` (where yaml noticed the missing end). */
  find(kind: OpeningKind, offset: number): number | null;
}

function openingIndex(doc: Document.Parsed): OpeningIndex {
  let byEnd: Map<string, number[]> | null = null;
  const build = () => {
    const map = new Map<string, number[]>();
    yaml().visit(doc, {
      Node(_, n) {
        const kind: OpeningKind | null = yaml().isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') ? n.type : yaml().isCollection(n) && n.flow === true ? 'flow' : null;
        if (!kind || !n.range) return;
        const key = `${kind}@${n.range[1]}`;
        const list = map.get(key);
        if (list) list.push(n.range[0]);
        else map.set(key, [n.range[0]]);
      },
    });
    for (const list of map.values()) list.sort((a, b) => a - b);
    return map;
  };
  return {
    find(kind, offset) {
      byEnd ??= build();
      let best: number | null = null;
      for (const end of [offset - 1, offset, offset + 1]) {
        const starts = byEnd.get(`${kind}@${end}`);
        if (!starts) continue;
        // The latest start before `offset` (binary search: unclosed brackets all end at the end).
        let lo = 0;
        let hi = starts.length - 1;
        let found: number | null = null;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (starts[mid]! < offset) {
            found = starts[mid]!;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        if (found !== null && (best === null || found > best)) best = found;
      }
      return best;
    },
  };
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
