import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { expandTemplate, type ProseContext } from '../edition/template.js';
import type { Caption } from '../model/document.js';
import type { CaptionDef } from '../model/edition.js';

/** Fills the caption's templates (title, notes, source) with the figure's years. */
export function expandCaption(def: CaptionDef, file: string, context: ProseContext): { caption: CaptionDef; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fill = (text: string) => {
    const r = expandTemplate(text, file, context, { facts: new Map(), refs: new Map() });
    diagnostics.push(...r.diagnostics);
    return r.text;
  };
  return {
    caption: { ...def, title: fill(def.title), notes: def.notes.map(fill), source: fill(def.source), footnotes: def.footnotes.map(fill) },
    diagnostics,
  };
}

/**
 * Caption as the report prints it: "Figur 6. <title> <notes> <source> (ID 1.1–1.4)". The title has
 * already been expanded (years filled in); footnote numbers are assigned by the document.
 */
export function buildCaption(label: string, def: CaptionDef, title: string, footnotes: number[]): Caption {
  const ids = def.ids ? `(${def.ids})` : '';
  const text = [label, title, ...def.notes, def.source, ids].filter((s) => s.trim() !== '').join(' ');
  return { label, title, notes: def.notes, source: def.source, ids, footnotes, text };
}
