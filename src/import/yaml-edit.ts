import type { Pair, YAMLMap, YAMLSeq } from 'yaml';
import { lazyRequire } from '../assets/lazy.js';
import type { Origin } from '../model/observation.js';

/**
 * Edits to a dataset file that leave every line they do not change as it was: comments, blank lines,
 * quoting, folded text. The yaml Document gives each node's place in the text; a changed field is
 * replaced there, a new one is inserted after the field it follows in a dataset file's order, and a
 * new observation is appended to the list. (Printing the whole Document again would refold the
 * hand-folded notes of untouched observations.) An observation written as a flow mapping
 * (`- { land: x, value: 3 }`) that changes is written anew as a block.
 */
const yaml = lazyRequire<typeof import('yaml')>('yaml');

export type FieldValue = string | number | Origin;

/** The order of an observation's fields after its dimensions. */
const FIELD_ORDER = ['year', 'value', 'missing', 'qualifier', 'source', 'note', 'quote', 'respondents', 'tiebreak', 'origin'];
/** Fields whose text is prose, written in double quotes like the hand-entered ones. */
const PROSE = new Set(['note', 'quote', 'source', 'url']);

export interface ItemChange {
  set: ReadonlyMap<string, FieldValue>;
  remove: ReadonlySet<string>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Orders insertions at the same place. */
  rank: number;
}

/**
 * The text with the changed observations (by their index in `seq`) and the new ones (each a list of
 * fields in order) written in.
 */
export function editObservations(text: string, seq: YAMLSeq, changes: ReadonlyMap<number, ItemChange>, added: readonly (readonly [string, FieldValue][])[]): string {
  const edits: Edit[] = [];
  const items = seq.items as unknown[];
  const dash = items.length ? dashColumn(text, items[0] as YAMLMap) : 2;
  for (const [index, change] of changes) {
    const item = items[index] as YAMLMap;
    edits.push(...(item.flow || firstRemoved(item, change) ? rewriteItem(text, item, change) : editItem(text, item, change)));
  }
  if (added.length) {
    const block = added.map((fields) => renderItem(fields, dash)).join('');
    if (items.length) {
      const last = items[items.length - 1] as YAMLMap;
      const at = lineEnd(text, last.range![1] - 1);
      edits.push({ start: at, end: at, text: block, rank: Infinity });
    } else {
      // `observations: []`: the list becomes a block list.
      const [start, end] = seq.range!;
      edits.push({ start, end, text: `\n${block.replace(/\n$/, '')}`, rank: 0 });
    }
  }
  return apply(text, edits);
}

/** A whole dataset file for an indicator and year that has none yet. */
export function renderDatasetFile(header: readonly string[], fields: readonly [string, FieldValue][], observations: readonly (readonly [string, FieldValue][])[]): string {
  const head = fields.map(([k, v]) => `${k}: ${k === 'indicator' ? JSON.stringify(v) : scalar(k, v as string | number)}\n`).join('');
  return `${header.map((h) => `# ${h}\n`).join('')}${head}observations:\n${observations.map((o) => renderItem(o, 2)).join('')}`;
}

function editItem(text: string, item: YAMLMap, change: ItemChange): Edit[] {
  const pairs = item.items as Pair<{ value: unknown; range: [number, number, number] }, { range: [number, number, number] }>[];
  const keyOf = (p: (typeof pairs)[number]) => String(p.key.value);
  const indent = pairs[0]!.key.range[0] - lineStart(text, pairs[0]!.key.range[0]);
  const edits: Edit[] = [];
  const present = new Map(pairs.map((p, i) => [keyOf(p), i]));
  for (const key of change.remove) {
    const i = present.get(key);
    if (i === undefined) continue;
    const p = pairs[i]!;
    edits.push({ start: lineStart(text, p.key.range[0]), end: pairEnd(text, p), text: '', rank: 0 });
  }
  for (const [key, value] of change.set) {
    const i = present.get(key);
    const rendered = renderPair(key, value, indent);
    if (i !== undefined) {
      const p = pairs[i]!;
      const first = i === 0;
      edits.push({ start: first ? p.key.range[0] : lineStart(text, p.key.range[0]), end: pairEnd(text, p), text: `${first ? '' : ' '.repeat(indent)}${rendered}\n`, rank: 0 });
      continue;
    }
    // After the last field that comes before it in a dataset file's order (and is kept).
    let after = 0;
    pairs.forEach((p, j) => {
      if (rank(keyOf(p)) < rank(key) && !change.remove.has(keyOf(p))) after = Math.max(after, j);
    });
    const at = pairEnd(text, pairs[after]!);
    edits.push({ start: at, end: at, text: `${' '.repeat(indent)}${rendered}\n`, rank: rank(key) });
  }
  return edits;
}

/** The observation written anew, as a block, with its fields in their present order and the new ones in theirs. */
function rewriteItem(text: string, item: YAMLMap, change: ItemChange): Edit[] {
  const current = (item.toJSON() ?? {}) as Record<string, FieldValue>;
  const fields: [string, FieldValue][] = Object.entries(current).filter(([k]) => !change.remove.has(k));
  for (const [key, value] of change.set) {
    const i = fields.findIndex(([k]) => k === key);
    if (i >= 0) fields[i] = [key, value];
    else {
      const after = fields.reduce((best, [k], j) => (rank(k) < rank(key) ? j : best), -1);
      fields.splice(after + 1, 0, [key, value]);
    }
  }
  const dash = dashColumn(text, item);
  const start = lineStart(text, item.range![0]);
  return [{ start, end: lineEnd(text, item.range![1] - 1), text: renderItem(fields, dash), rank: 0 }];
}

function firstRemoved(item: YAMLMap, change: ItemChange): boolean {
  const first = (item.items[0] as Pair<{ value: unknown }> | undefined)?.key?.value;
  return first !== undefined && change.remove.has(String(first));
}

function renderItem(fields: readonly (readonly [string, FieldValue])[], dash: number): string {
  const indent = dash + 2;
  return fields.map(([k, v], i) => `${' '.repeat(i === 0 ? dash : indent)}${i === 0 ? '- ' : ''}${renderPair(k, v, indent)}\n`).join('');
}

/** "key: value"; the origin as a block of its own fields, indented under it. */
function renderPair(key: string, value: FieldValue, indent: number): string {
  if (typeof value === 'object') {
    const pad = ' '.repeat(indent + 2);
    const fields = (['file', 'sha256', 'cell', 'quote', 'url'] as const).filter((k) => value[k] !== undefined);
    return `${key}:${fields.map((k) => `\n${pad}${k}: ${scalar(k, value[k]!)}`).join('')}`;
  }
  return `${key}: ${scalar(key, value)}`;
}

function scalar(key: string, value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (PROSE.has(key)) return JSON.stringify(value);
  return yaml().stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function rank(key: string): number {
  const i = FIELD_ORDER.indexOf(key);
  return i < 0 ? -1 : i;
}

function apply(text: string, edits: Edit[]): string {
  // From the end, so offsets stay valid; at one offset a replacement first, then the insertions, the
  // last in order first (each goes in before the one after it).
  const replaces = (e: Edit) => (e.end > e.start ? 1 : 0);
  const sorted = [...edits].sort((a, b) => b.start - a.start || replaces(b) - replaces(a) || b.rank - a.rank);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The column of the "-" that starts the item. */
function dashColumn(text: string, item: YAMLMap): number {
  const at = text.lastIndexOf('-', item.range![0]);
  return at - lineStart(text, at);
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The offset just after the line break that ends the line holding `pos` (or the text's end). */
function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', Math.max(0, pos));
  return nl < 0 ? text.length : nl + 1;
}

/** Just after the line that ends the pair (its value, a trailing comment, a block scalar's last line). */
function pairEnd(text: string, pair: { key: { range: [number, number, number] }; value: { range: [number, number, number] } | null }): number {
  const end = pair.value?.range?.[1] ?? pair.key.range[1];
  return lineEnd(text, end - 1);
}
