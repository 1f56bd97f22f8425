/**
 * What a sentence prints where data is missing: a visible marker naming the observation and why,
 * "[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2021]",
 * "[frågan ställdes inte: 1:1 SIP med stöd av video vid andra tillfällen, Ordinärt boende 2017]".
 * The marker is the fact's text, so no number stands next to a hole. What is known stays known: a gap
 * fact keeps the parts that do not depend on the missing values (the years asked for, a known start),
 * and every other part prints the marker (once per sentence: the document stage shortens repeats).
 */
import type { FactDef, Selection } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Registry } from '../model/registry.js';
import type { GapReason } from '../compute/span.js';
import { describeMissing } from '../text/index.js';
import { describeSelection } from './describe.js';

export interface MissingValue {
  selection: Selection;
  year: number;
  reason: GapReason;
}

/** "frågan ställdes inte: 1:1 Nattillsyn …, Ordinärt boende 2021" (absent and not-available: "uppgift saknas: …"). */
export function describeMissingValue(registry: Registry, m: MissingValue): string {
  const why = m.reason === 'absent' ? describeMissing('not-available') : describeMissing(m.reason);
  return `${why}: ${describeSelection(registry, m.selection, m.year)}`;
}

/**
 * The fact that stands in for one whose data is missing; `known` are the parts that stay true, and
 * `knownValues` their numbers (how many answered), which a claim may read by name ("fact.respondents").
 */
export function gapFact(
  def: FactDef,
  registry: Registry,
  missing: readonly MissingValue[],
  observations: readonly string[],
  known: Readonly<Record<string, string>> = {},
  knownValues: Readonly<Record<string, number>> = {},
): Fact {
  const unique = [...new Map(missing.map((m) => [describeMissingValue(registry, m), m])).keys()];
  const text = unique.map((d) => `[${d}]`).join(' ');
  const gaps = missing.map((m) => ({ indicator: m.selection.indicator, where: m.selection.where, year: m.year, reason: m.reason }));
  return { id: def.id, kind: def.kind, text, parts: { ...known }, values: { ...knownValues }, observations: [...new Set(observations)], missing: unique, gaps };
}
