import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { InventoryInput, InventoryText } from '../../src/edition/inventory.js';

/**
 * An edition's texts as the inventory reads them: sections/*.md, the caption texts of figures/*.yaml
 * (title, notes, source, footnotes of every figure and table) with the line and column where each
 * starts, and the words the claims and facts of facts/*.yaml vouch for (`words: [...]`). Paths are relative to
 * the edition folder ("sections/33-inriktningsmal-1.md"), so that one list entry names the same text
 * in every edition that copied it.
 */
export function inventoryInput(editionDir: string): InventoryInput {
  const list = (sub: string, ext: string) => {
    try {
      return readdirSync(join(editionDir, sub))
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => ({ path: `${sub}/${f}`, text: readFileSync(join(editionDir, sub, f), 'utf8') }));
    } catch {
      return [];
    }
  };
  const captions = list('figures', '.yaml').flatMap((f) => captionTexts(f.path, f.text));
  const claims = new Map<string, string[]>();
  for (const f of list('facts', '.yaml')) {
    const doc = parseDocument(f.text);
    for (const key of ['claims', 'facts']) {
      const node = doc.get(key);
      if (!isMap(node)) continue;
      for (const pair of node.items) {
        const words = isMap(pair.value) ? pair.value.get('words') : null;
        const list = isSeq(words) ? words.items.map((w) => String(isScalar(w) ? w.value : w)) : [];
        if (key === 'claims' || list.length) claims.set(String(isScalar(pair.key) ? pair.key.value : pair.key), list);
      }
    }
  }
  return { sections: list('sections', '.md'), captions, claims };
}

/** The caption texts of one figures/*.yaml file, each with where its text starts. */
export function captionTexts(path: string, text: string): InventoryText[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const out: InventoryText[] = [];
  const at = (node: Node, value: string) => {
    const offset = node.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    // a block scalar's text starts on the line after its indicator (">-")
    const block = isScalar(node) && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL');
    const first = block ? lineCounter.linePos(text.indexOf('\n', offset) + 1) : { line, col };
    const indent = block ? (/^ */.exec(text.slice(text.indexOf('\n', offset) + 1))?.[0].length ?? 0) + 1 : first.col + (quoted ? 1 : 0);
    out.push({ file: path, line: first.line, column: indent, text: value });
  };
  for (const key of ['figures', 'tables']) {
    const seq = doc.get(key);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      const caption = isMap(item) ? item.get('caption') : null;
      if (!isMap(caption)) continue;
      for (const field of ['title', 'source']) {
        const node = caption.get(field, true);
        if (isScalar(node) && typeof node.value === 'string' && node.value) at(node, node.value);
      }
      for (const field of ['notes', 'footnotes']) {
        const seqNode = caption.get(field);
        if (!isSeq(seqNode)) continue;
        for (const n of seqNode.items) if (isScalar(n) && typeof n.value === 'string') at(n, n.value);
      }
    }
  }
  return out;
}
