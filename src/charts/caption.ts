import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';
import { MARKER_PATTERN, stripMarkers } from '../edition/markers.js';
import { expandTemplate, type ProseContext } from '../edition/template.js';
import type { Caption } from '../model/document.js';
import type { CaptionDef } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import { claimFlag, type ClaimResult } from '../narrative/claims.js';

/** A caption's templates filled: the texts, and the facts they cite (in order, once each). */
export interface ExpandedCaption {
  caption: CaptionDef;
  facts: string[];
  /** The cited facts that printed a gap marker (their data is missing). */
  gaps: string[];
  /** The claims the caption states ({{claim "id"}}), in order, once each. */
  claims: string[];
  diagnostics: Diagnostic[];
}

/**
 * Fills the caption's templates (title, notes, source, footnotes) with the figure's years and the
 * edition's facts, cited as in the sections: {{fact "id"}} or {{fact "id" "part"}} ("År 2020 svarade
 * {{fact "cap-…" "respondents"}} regioner på frågan"). A caption is plain text, so the facts' markers
 * are stripped (a missing fact prints its gap marker as text) and the cited ids are kept apart for
 * report.json. A caption states a claim as a sentence does ({{claim "id"}}, the edition's evaluated
 * claims): holding, it prints nothing; not holding, its flag stands where it stands, as text. An error
 * points at the figure's definition (the caption's own line is not tracked).
 */
export function expandCaption(
  def: CaptionDef,
  location: SourceLocation,
  context: ProseContext,
  facts: ReadonlyMap<string, Fact> = new Map(),
  claims: ReadonlyMap<string, ClaimResult> = new Map(),
): ExpandedCaption {
  const diagnostics: Diagnostic[] = [];
  const cited = new Set<string>();
  const gaps = new Set<string>();
  const stated = new Set<string>();
  const fill = (text: string) => {
    const r = expandTemplate(text, location.file, context, { facts, refs: new Map(), claims: new Set(claims.keys()) });
    diagnostics.push(...r.diagnostics.map((d) => ({ ...d, location })));
    for (const m of r.text.matchAll(MARKER_PATTERN)) {
      if (m[1] === 'C') stated.add(m[2]!);
      else if (m[1] !== 'R') cited.add(m[2]!);
      if (m[1] === 'M') gaps.add(m[2]!);
    }
    const flagged = r.text.replace(MARKER_PATTERN, (m, code: string, id: string) => {
      const result = claims.get(id);
      return code !== 'C' ? m : result?.holds === true ? '' : claimFlag(result ?? { holds: null, says: id });
    });
    return stripMarkers(flagged);
  };
  return {
    caption: { ...def, title: fill(def.title), notes: def.notes.map(fill), source: fill(def.source), footnotes: def.footnotes.map(fill) },
    facts: [...cited],
    gaps: [...gaps],
    claims: [...stated],
    diagnostics,
  };
}

/**
 * Caption as the report prints it: "Figur 6. <title> <notes> <source> (ID 1.1–1.4)". The caption has
 * already been expanded (years and facts filled in); footnote numbers are assigned by the document.
 */
export function buildCaption(label: string, expanded: Pick<ExpandedCaption, 'caption' | 'facts' | 'gaps' | 'claims'>, footnotes: number[]): Caption {
  const def = expanded.caption;
  const ids = def.ids ? `(${def.ids})` : '';
  const text = [label, def.title, ...def.notes, def.source, ids].filter((s) => s.trim() !== '').join(' ');
  return { label, title: def.title, notes: def.notes, source: def.source, ids, footnotes, footnoteTexts: def.footnotes, facts: expanded.facts, gaps: expanded.gaps, claims: expanded.claims, text };
}
