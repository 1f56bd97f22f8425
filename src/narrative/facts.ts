/**
 * Facts → finished phrases. Each kind (kinds/*.ts) reads and checks its own parameters, finds its
 * observations, computes with src/compute and words the result with src/text. A missing observation
 * yields a visible gap marker, never a number; a wrong parameter yields a diagnostic at the fact.
 *
 *   FactDef ──openReader──▶ Reader (indicator, where checked) ──kind.build──▶ Fact | diagnostics
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { FactDef } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Datasets } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { changeKind } from './kinds/change.js';
import { countKind } from './kinds/count.js';
import type { FactKind } from './kinds/kind.js';
import { pairKind } from './kinds/pair.js';
import { rankKind } from './kinds/rank.js';
import { ratioKind } from './kinds/ratio.js';
import { topKind } from './kinds/top.js';
import { trendKind } from './kinds/trend.js';
import { valueKind } from './kinds/value.js';
import { factHints, factMessages } from './messages.js';
import { openReader } from './reader.js';

/** The kinds of templates/editions/README.md ("The kinds"). */
export const FACT_KINDS: Readonly<Record<string, FactKind>> = {
  value: valueKind,
  trend: trendKind,
  change: changeKind,
  ratio: ratioKind,
  pair: pairKind,
  count: countKind,
  rank: rankKind,
  top: topKind,
};

export function computeFacts(
  defs: readonly FactDef[],
  datasets: Datasets,
  registry: Registry,
): { facts: Map<string, Fact>; diagnostics: Diagnostic[] } {
  const facts = new Map<string, Fact>();
  const diagnostics: Diagnostic[] = [];
  for (const def of defs) {
    const fact = computeFact(def, datasets, registry, diagnostics);
    if (fact) facts.set(def.id, fact);
  }
  return { facts, diagnostics };
}

/** One fact, or undefined (with diagnostics) when its definition is wrong. */
export function computeFact(def: FactDef, datasets: Datasets, registry: Registry, diagnostics: Diagnostic[]): Fact | undefined {
  const kind = Object.hasOwn(FACT_KINDS, def.kind) ? FACT_KINDS[def.kind] : undefined;
  if (!kind) {
    const names = Object.keys(FACT_KINDS);
    diagnostics.push({
      severity: 'error',
      code: 'fact/unknown-kind',
      message: factMessages.unknownKind(def.id, def.kind),
      location: def.location,
      hint: didYouMean(def.kind, names) ?? factHints.knownKinds(names),
    });
    return undefined;
  }
  const reader = openReader(def, kind.params, { datasets, registry }, diagnostics);
  if (!reader) return undefined;
  return kind.build(reader);
}
