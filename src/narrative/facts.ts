/**
 * Facts → finished phrases. Each kind (kinds/*.ts) reads and checks its own parameters, finds its
 * observations, computes with src/compute and words the result with src/text. A missing observation
 * yields a visible gap marker, never a number; a wrong parameter yields a diagnostic at the fact.
 *
 *   FactDef ──openReader──▶ Reader (indicator, where checked) ──kind.build──▶ Fact | diagnostics
 *   Facts with `after` ──resolveAfter──▶ the short form, or their own verb where the direction differs
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { FactDef } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Datasets } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { VERB_FORMS } from '../text/index.js';
import { changeKind } from './kinds/change.js';
import { countKind } from './kinds/count.js';
import type { FactKind } from './kinds/kind.js';
import { largestChangeKind } from './kinds/largest-change.js';
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
  'largest-change': largestChangeKind,
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
  for (const def of defs) {
    const fact = facts.get(def.id);
    if (fact && def.params['after'] !== undefined) {
      const resolved = resolveAfter(def, fact, facts, diagnostics);
      if (resolved) facts.set(def.id, resolved);
      else facts.delete(def.id);
    }
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

/**
 * `after: <id>`: a short phrase that follows another fact's in the same sentence ("har X ökat från 11
 * till 44 procent …, och från 8 till 33 procent under samma tid"). Going the same way as that fact it
 * prints only its numbers; going another way it carries its own verb in that fact's form, so a fall is
 * never printed under a rising verb ("…, och minskat från 8 procent år 2017 till 5 procent år 2020 under
 * samma tid"); flat after flat carries its own verb too ("…, och legat kvar på 8 procent sedan år 2017").
 */
function resolveAfter(def: FactDef, fact: Fact, facts: ReadonlyMap<string, Fact>, diagnostics: Diagnostic[]): Fact | undefined {
  const after = def.params['after'];
  const fail = (message: string, hint?: string): undefined => {
    diagnostics.push({ severity: 'error', code: 'fact/bad-after', message, location: def.location, ...(hint ? { hint } : {}) });
    return undefined;
  };
  if (typeof after !== 'string') return fail(factMessages.badParam(def.id, 'after', 'the id of another fact', after));
  if (after === def.id) return fail(factMessages.afterItself(def.id));
  const lead = facts.get(after);
  if (!lead) return fail(factMessages.unknownAfter(def.id, after), didYouMean(after, facts.keys()) ?? undefined);
  if (fact.missing.length) return fact;
  if (!fact.change) return fail(factMessages.afterNoChange(def.id, def.kind));
  if (fact.change.form !== 'short') return fail(factMessages.afterNotShort(def.id), 'add "form: short"');
  if (lead.missing.length) return fact;
  if (!lead.change || !VERB_FORMS.includes(lead.change.form)) return fail(factMessages.afterNoVerb(def.id, after));
  // A flat series has no verb to lend a short phrase ("har X legat kvar på 11 procent …, och från 8 till
  // 8 procent" says nothing): flat after flat carries its own "legat kvar" too.
  if (lead.change.direction === fact.change.direction && fact.change.direction !== 'unchanged') return fact;
  const own = fact.parts[lead.change.form]!;
  return { ...fact, text: own, parts: { ...fact.parts, Text: fact.parts[capitalizeForm(lead.change.form)]! } };
}

function capitalizeForm(form: string): string {
  return form.charAt(0).toUpperCase() + form.slice(1);
}
