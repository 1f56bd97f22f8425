import { isSeq, parseDocument } from 'yaml';

/**
 * `ehalsa revised`: take section files off an edition's `unrevised` list, the list `new-year` writes
 * into edition.yaml (every copied text stays a draft until it is revised). Pure: edition.yaml's text
 * in, its new text out, comments and order kept. A section may be named as its file ("34-inriktningsmal-2.md"),
 * without ".md", or by the start of its name when only one section begins so ("34").
 */
export interface Revision {
  /** edition.yaml's new text; the same text when nothing changed. */
  text: string;
  /** The section files taken off the list, in the list's order. */
  marked: string[];
  /** Named sections that were already revised (not on the list). */
  already: string[];
  /** Still unrevised after this. */
  remaining: string[];
}

export type RevisionProblem =
  | { kind: 'unknown'; name: string; sections: string[] }
  | { kind: 'ambiguous'; name: string; matches: string[] }
  | { kind: 'nothing-named' };

export function markRevised(editionText: string, names: readonly string[], all: boolean): Revision | RevisionProblem {
  const doc = parseDocument(editionText);
  const sections = stringList(doc.get('sections')).filter((s) => s !== 'toc');
  const unrevised = stringList(doc.get('unrevised'));
  if (!all && !names.length) return { kind: 'nothing-named' };
  const chosen = new Set<string>();
  for (const name of all ? unrevised : names) {
    const found = resolveSection(name, sections);
    if (found.kind !== 'found') return found;
    chosen.add(found.file);
  }
  const marked = unrevised.filter((s) => chosen.has(s));
  const already = [...chosen].filter((s) => !unrevised.includes(s));
  const remaining = unrevised.filter((s) => !chosen.has(s));
  if (!marked.length) return { text: editionText, marked, already, remaining };
  const node = doc.get('unrevised');
  if (remaining.length === 0) doc.delete('unrevised');
  else if (isSeq(node)) node.items = node.items.filter((item) => !chosen.has(String((item as { value?: unknown }).value ?? item)));
  return { text: doc.toString({ lineWidth: 0 }), marked, already, remaining };
}

function resolveSection(name: string, sections: readonly string[]): { kind: 'found'; file: string } | RevisionProblem {
  const wanted = name.trim().replace(/^.*\//, '');
  const exact = sections.find((s) => s === wanted || s === `${wanted}.md`);
  if (exact) return { kind: 'found', file: exact };
  const prefixed = sections.filter((s) => s.startsWith(`${wanted}-`) || s.startsWith(wanted));
  if (prefixed.length === 1) return { kind: 'found', file: prefixed[0]! };
  if (prefixed.length > 1) {
    // "33" names 33-inriktningsmal-1.md, not 33b-…: a whole number before the dash wins.
    const whole = prefixed.filter((s) => s.startsWith(`${wanted}-`));
    if (whole.length === 1) return { kind: 'found', file: whole[0]! };
    return { kind: 'ambiguous', name, matches: prefixed };
  }
  return { kind: 'unknown', name, sections: [...sections] };
}

function stringList(node: unknown): string[] {
  const value = node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
