import { locate } from '../yaml/source.js';
import type { Dimension, Indicator, IndicatorId, Registry } from '../model/registry.js';
import { normalizeDimension, type IndicatorEntry, type Located, type NormalizedGoals } from './normalize.js';
import type { DimensionRefSpec } from './spec.js';

/**
 * Resolves the normalized entries into the Registry. Runs after the rules and trusts nothing they
 * reported: the first of duplicate IDs and numbers wins, and references that do not resolve are
 * left out, so a registry with errors is still well-formed for the stages that report on top of it.
 */
export function buildRegistry(
  goals: NormalizedGoals,
  vocabularies: ReadonlyMap<string, Dimension>,
  entries: readonly IndicatorEntry[],
): Registry {
  const inriktningsmal = uniqueByNumber(goals.inriktningsmal);
  const malomraden = uniqueByNumber(goals.malomraden);
  const goalOfMalomrade = new Map(malomraden.map((m) => [m.number, m.inriktningsmal]));
  const byId = new Map<IndicatorId, Indicator>();
  for (const entry of entries) {
    if (!byId.has(entry.value.id)) byId.set(entry.value.id, buildIndicator(entry, goalOfMalomrade, vocabularies));
  }
  const ordered = [...byId.values()].sort((a, b) => compareIndicatorIds(a.id, b.id));
  return { indicators: new Map(ordered.map((i) => [i.id, i])), inriktningsmal, malomraden };
}

function buildIndicator(
  entry: IndicatorEntry,
  goalOfMalomrade: ReadonlyMap<number, number>,
  vocabularies: ReadonlyMap<string, Dimension>,
): Indicator {
  const spec = entry.value;
  const derived = spec.malomrade === null ? undefined : goalOfMalomrade.get(spec.malomrade);
  return {
    id: spec.id,
    name: spec.name,
    source: spec.source,
    uppfoljningsomraden: [...spec.uppfoljningsomraden],
    malomrade: spec.malomrade,
    inriktningsmal: derived !== undefined ? [derived] : [...(spec.inriktningsmal ?? [])],
    inriktningsmalText: spec.inriktningsmal_text ?? null,
    definition: spec.definition,
    unit: spec.unit,
    polarity: spec.polarity ?? 'neutral',
    dimensions: Object.entries(spec.dimensions ?? {}).flatMap(([name, ref]) => {
      const dimension = resolveDimension(name, ref, entry, vocabularies);
      return dimension ? [dimension] : [];
    }),
    catalogue: spec.catalogue ?? 'bilaga-1',
    file: entry.source.file.path,
    line: locate(entry.source, entry.path).line,
  };
}

function resolveDimension(
  name: string,
  ref: DimensionRefSpec,
  entry: IndicatorEntry,
  vocabularies: ReadonlyMap<string, Dimension>,
): Dimension | undefined {
  if (typeof ref !== 'string') {
    return normalizeDimension(name, ref, entry.source, [...entry.path, 'dimensions', name]).dimension;
  }
  const shared = vocabularies.get(ref);
  if (!shared) return undefined;
  // A copy under the name it is used by (`partnerland: land`), so no two indicators share objects.
  return {
    name,
    label: shared.label,
    values: shared.values.map((v) => ({ ...v })),
    ...(shared.pattern === undefined ? {} : { pattern: shared.pattern }),
  };
}

function uniqueByNumber<T extends { number: number }>(items: readonly Located<T>[]): T[] {
  const seen = new Map<number, T>();
  for (const item of items) if (!seen.has(item.value.number)) seen.set(item.value.number, item.value);
  return [...seen.values()].sort((a, b) => a.number - b.number);
}

/** Catalogue order: målområde 1–13 by number, then INT:n, then NY:n ("2:10" after "2:9"). */
export function compareIndicatorIds(a: IndicatorId, b: IndicatorId): number {
  const [pa = '', na = ''] = a.split(':');
  const [pb = '', nb = ''] = b.split(':');
  const rank = (p: string) => (/^\d+$/.test(p) ? Number(p) : p === 'INT' ? 1000 : p === 'NY' ? 2000 : 3000);
  return rank(pa) - rank(pb) || (pa < pb ? -1 : pa > pb ? 1 : 0) || Number(na) - Number(nb) || (a < b ? -1 : a > b ? 1 : 0);
}
