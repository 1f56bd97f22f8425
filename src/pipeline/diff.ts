import type { SectionDiff, SentenceChange, WordOp } from '../model/diff.js';

import type { Block, Inline, ReportDocument } from '../model/document.js';

/** The diff's types live in src/model (render/diff.ts serializes them); re-exported for callers here. */
export type { SectionDiff, SentenceChange, WordOp };

interface Section {
  title: string;
  sentences: string[];
}

export function diffDocuments(a: ReportDocument, b: ReportDocument): SectionDiff[] {
  const left = sectionsOf(a);
  const right = sectionsOf(b);
  const titles = mergeOrder(left.map((s) => s.title), right.map((s) => s.title));
  const out: SectionDiff[] = [];
  for (const title of titles) {
    const before = left.find((s) => s.title === title)?.sentences ?? [];
    const after = right.find((s) => s.title === title)?.sentences ?? [];
    const changes = diffSentences(before, after);
    if (changes.length) out.push({ title, changes });
  }
  return out;
}

/** The document as sections of sentences; figure and table captions count as sentences of their section. */
export function sectionsOf(doc: ReportDocument): Section[] {
  const sections: Section[] = [{ title: doc.meta.title, sentences: [] }];
  const figures = new Map(doc.figures.map((f) => [f.id, f]));
  const tables = new Map(doc.tables.map((t) => [t.id, t]));
  const add = (text: string) => sections[sections.length - 1]!.sentences.push(...splitSentences(text));
  const visit = (block: Block): void => {
    switch (block.kind) {
      case 'heading':
        sections.push({ title: block.title, sentences: [] });
        return;
      case 'paragraph':
        add(plain(block.inlines));
        return;
      case 'list':
        block.items.forEach((item) => add(plain(item)));
        return;
      case 'quote':
        block.blocks.forEach(visit);
        return;
      case 'figure': {
        const f = figures.get(block.id);
        if (f) sections[sections.length - 1]!.sentences.push(f.caption.text);
        return;
      }
      case 'table': {
        const t = tables.get(block.id);
        if (t) sections[sections.length - 1]!.sentences.push(t.caption.text);
        return;
      }
      default:
        return;
    }
  };
  doc.blocks.forEach(visit);
  // A title can repeat ("Kommentar"); qualify repeats by the preceding section's title.
  const seen = new Map<string, number>();
  return sections.map((s, i) => {
    const n = (seen.get(s.title) ?? 0) + 1;
    seen.set(s.title, n);
    return n === 1 ? s : { ...s, title: `${s.title} (${sections[i - 1]?.title ?? ''})` };
  });
}

/** The sentence as read, without footnote calls (and the commas that separate several calls). */
function plain(inlines: readonly Inline[]): string {
  return inlines
    .map((i, k) => {
      if (i.kind === 'footnote') return '';
      const between = inlines[k - 1]?.kind === 'footnote' && inlines[k + 1]?.kind === 'footnote';
      return between && i.text.trim() === ',' ? '' : i.text;
    })
    .join('');
}

/** Sentence ends: ". ", "! ", "? " before an upper-case letter or a digit; decimals and "t.ex." survive. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"”([])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function mergeOrder(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const t of b) if (!out.includes(t)) out.push(t);
  return out;
}

/** LCS alignment of sentences; unmatched pairs that share most words become "changed". */
export function diffSentences(before: readonly string[], after: readonly string[]): SentenceChange[] {
  const ops = lcs(before, after, (x, y) => x === y);
  const changes: SentenceChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    const leftover: SentenceChange[] = [];
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const r = removed[i];
      const a = added[i];
      if (i < pairs && r !== undefined && a !== undefined && similarity(r, a) >= PAIRED) {
        const words = diffWords(r, a);
        changes.push(changedShare(words) > REPLACED ? { kind: 'replaced', before: r, after: a } : { kind: 'changed', before: r, after: a, words });
      } else {
        if (r !== undefined) leftover.push({ kind: 'removed', before: r });
        if (a !== undefined) leftover.push({ kind: 'added', after: a });
      }
    }
    changes.push(...leftover);
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.op === '=') flush();
    else if (op.op === '-') removed.push(op.text);
    else added.push(op.text);
  }
  flush();
  return changes;
}

/** Sentences that share at least this much of their words (Dice) are one sentence, changed. */
const PAIRED = 0.3;
/** A changed sentence whose words changed by more than this share is shown replaced, whole. */
const REPLACED = 0.5;

/** The share of the two sentences' words that the word diff removes or adds: 0 alike, 1 nothing kept. */
export function changedShare(ops: readonly WordOp[]): number {
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let kept = 0;
  let changed = 0;
  for (const o of ops) {
    if (o.op === '=') kept += 2 * count(o.text);
    else changed += count(o.text);
  }
  return kept + changed === 0 ? 0 : changed / (kept + changed);
}

/** Words and white space; a gap marker "[uppgift saknas: …]" counts as one word. */
function tokens(s: string): string[] {
  return s.split(/(\[[^\]]*\]|\s+)/).filter((t) => t !== '');
}

export function diffWords(before: string, after: string): WordOp[] {
  const ops = lcs(tokens(before), tokens(after), (x, y) => x === y);
  const merged: WordOp[] = [];
  for (const op of ops) {
    const last = merged[merged.length - 1];
    if (last && last.op === op.op) last.text += op.text;
    else merged.push({ ...op });
  }
  return merged;
}

function similarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/\s+/));
  const wb = new Set(b.toLowerCase().split(/\s+/));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size || 1);
}

function lcs<T extends string>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): WordOp[] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = eq(a[i]!, b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: WordOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (eq(a[i]!, b[j]!)) {
      out.push({ op: '=', text: a[i]! });
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  while (i < n) out.push({ op: '-', text: a[i++]! });
  while (j < m) out.push({ op: '+', text: b[j++]! });
  return out;
}
