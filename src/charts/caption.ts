import type { Caption } from '../model/document.js';
import type { CaptionDef } from '../model/edition.js';

/**
 * Caption as the report prints it: "Figur 6. <title> <notes> <source> (ID 1.1–1.4)". The title has
 * already been expanded (years filled in); footnote numbers are assigned by the document.
 */
export function buildCaption(label: string, def: CaptionDef, title: string, footnotes: number[]): Caption {
  const ids = def.ids ? `(${def.ids})` : '';
  const text = [label, title, ...def.notes, def.source, ids].filter((s) => s.trim() !== '').join(' ');
  return { label, title, notes: def.notes, source: def.source, ids, footnotes, text };
}
