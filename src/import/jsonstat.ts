import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { importMessages } from './messages.js';

/**
 * A JSON-stat 2 dataset (what Eurostat's statistics API and SCB's PxWeb API v2 answer with): its
 * dimensions in order, each with its categories, and a value (and status) per combination. The values
 * are stored row-major: the last dimension varies fastest.
 */
export interface Cube {
  file: string;
  ids: readonly string[];
  dimensions: ReadonlyMap<string, CubeDimension>;
  /** The value at these category positions (one per dimension, in `ids` order); null when absent. */
  value(positions: readonly number[]): number | string | null;
  /** The status symbol at these positions (Eurostat ":", "b", "e"; SCB ".."); null when none. */
  status(positions: readonly number[]): string | null;
}

export interface CubeDimension {
  id: string;
  label: string;
  /** Category codes in their order. */
  codes: readonly string[];
  labels: ReadonlyMap<string, string>;
}

export function readJsonStat(bytes: Uint8Array, file: string): { cube: Cube | null; diagnostics: Diagnostic[] } {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse does not always say where (and an API's answer is one long line): find the place.
    const offset = jsonErrorOffset(text);
    const { line, column } = position(text, offset);
    const found = offset < text.length ? `"${text[offset]}"` : 'the end of the file';
    const near = text.slice(Math.max(0, offset - 24), offset + 8).replace(/\s+/g, ' ');
    return { cube: null, diagnostics: [problem(importMessages.notJson(`unexpected ${found} in …${near}…`), file, line, column)] };
  }
  const why = (reason: string) => ({ cube: null, diagnostics: [problem(importMessages.notJsonStat(reason), file, 1, 1)] });
  if (!isObject(data)) return why('it is not a JSON object');
  if (data['class'] !== undefined && data['class'] !== 'dataset') return why(`its class is "${String(data['class'])}"; only a dataset can be imported`);
  const ids = data['id'];
  const sizes = data['size'];
  const dims = data['dimension'];
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) return why('"id" is not a list of dimension ids');
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every((x) => Number.isInteger(x) && x >= 0)) return why('"size" does not give a size for each dimension');
  if (!isObject(dims)) return why('"dimension" is missing');
  const dimensions = new Map<string, CubeDimension>();
  for (let d = 0; d < ids.length; d++) {
    const id = ids[d] as string;
    const dim = dims[id];
    const category = isObject(dim) ? dim['category'] : undefined;
    if (!isObject(dim) || !isObject(category)) return why(`dimension "${id}" has no categories`);
    const labels = isObject(category['label']) ? (category['label'] as Record<string, unknown>) : {};
    const codes = categoryCodes(category['index'], labels);
    if (!codes || codes.length !== sizes[d]) return why(`dimension "${id}" does not have the ${String(sizes[d])} categories "size" gives it`);
    dimensions.set(id, {
      id,
      label: typeof dim['label'] === 'string' ? dim['label'] : id,
      codes,
      labels: new Map(codes.map((c) => [c, typeof labels[c] === 'string' ? (labels[c] as string) : c])),
    });
  }
  const values = data['value'];
  if (!Array.isArray(values) && !isObject(values)) return why('"value" is missing');
  const total = (sizes as number[]).reduce((a, b) => a * b, 1);
  if (Array.isArray(values) && values.length !== total) return why(`"value" has ${values.length} entries; the sizes give ${total}`);
  const status = data['status'];
  const flat = (positions: readonly number[]) => positions.reduce((acc, p, i) => acc * (sizes[i] as number) + p, 0);
  const at = (container: unknown, i: number): unknown => (Array.isArray(container) ? container[i] : isObject(container) ? container[String(i)] : undefined);
  return {
    cube: {
      file,
      ids: ids as string[],
      dimensions,
      value: (positions) => {
        const v = at(values, flat(positions));
        return typeof v === 'number' || typeof v === 'string' ? v : null;
      },
      status: (positions) => {
        const s = typeof status === 'string' ? status : at(status, flat(positions));
        return typeof s === 'string' && s !== '' ? s : null;
      },
    },
    diagnostics: [],
  };
}

/** category.index is a list of codes or an object code → position; absent for a single category. */
function categoryCodes(index: unknown, labels: Record<string, unknown>): string[] | null {
  if (Array.isArray(index)) return index.every((c) => typeof c === 'string') ? (index as string[]) : null;
  if (isObject(index)) {
    const entries = Object.entries(index);
    if (!entries.every(([, p]) => Number.isInteger(p))) return null;
    return entries.sort((a, b) => (a[1] as number) - (b[1] as number)).map(([c]) => c);
  }
  if (index === undefined) return Object.keys(labels).length === 1 ? Object.keys(labels) : null;
  return null;
}

/** The offset of the first character that breaks JSON's grammar. */
export function jsonErrorOffset(t: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < t.length && ' \t\n\r'.includes(t[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < t.length && t[i] !== '"') {
      if (t.charCodeAt(i) < 0x20) fail();
      i += t[i] === '\\' ? 2 : 1;
    }
    if (i >= t.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = t[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (t[i] === close) {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (c === '{') {
          if (t[i] !== '"') fail();
          string();
          ws();
          if (t[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (t[i] === ',') i++;
        else if (t[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < t.length ? i : t.length;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function problem(message: string, file: string, line: number, column: number): Diagnostic {
  return { severity: 'error', code: 'import/json-stat', message, location: { file, line, column } };
}
