import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactDef, Selection } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import { observationKey, type Datasets, type Observation } from '../model/observation.js';
import type { Registry, Unit } from '../model/registry.js';
import { findObservation, selectObservations, yearsWithValues } from '../compute/select.js';
import { describeSelection } from './describe.js';

/**
 * Facts → finished phrases. Each kind reads its parameters, finds its observations, computes with
 * src/compute and words the result; a missing observation yields a visible gap marker, never a number.
 */
export function computeFacts(
  defs: readonly FactDef[],
  datasets: Datasets,
  registry: Registry,
): { facts: Map<string, Fact>; diagnostics: Diagnostic[] } {
  const facts = new Map<string, Fact>();
  const diagnostics: Diagnostic[] = [];
  for (const def of defs) {
    const kind = KINDS[def.kind];
    if (!kind) {
      diagnostics.push({
        severity: 'error',
        code: 'fact/unknown-kind',
        message: `unknown fact kind "${def.kind}"`,
        location: def.location,
        hint: `known kinds: ${Object.keys(KINDS).join(', ')}`,
      });
      continue;
    }
    const selection = readSelection(def, registry, diagnostics);
    if (!selection) continue;
    facts.set(def.id, kind({ def, selection, datasets, registry }));
  }
  return { facts, diagnostics };
}

interface KindInput {
  def: FactDef;
  selection: Selection;
  datasets: Datasets;
  registry: Registry;
}
type Kind = (input: KindInput) => Fact;

const KINDS: Record<string, Kind> = {
  value: ({ def, selection, datasets, registry }) => {
    const year = typeof def.params['year'] === 'number' ? def.params['year'] : datasets.year;
    const o = findObservation(datasets, selection, year);
    const unit = registry.indicators.get(selection.indicator)!.unit;
    if (!o || o.value === null) return gap(def, registry, selection, year, o);
    const shown = formatWithUnit(o.value, unit);
    return {
      id: def.id,
      kind: def.kind,
      text: shown,
      parts: { number: formatNumber(o.value), year: String(year) },
      values: { value: o.value },
      observations: [observationKey(o)],
      missing: [],
    };
  },
  trend: ({ def, selection, datasets, registry }) => {
    const all = selectObservations(datasets, selection).filter(
      (o) => Object.keys(o.dims).length === Object.keys(selection.where).length,
    );
    const toYear = datasets.year;
    const fromYear = typeof def.params['from'] === 'number' ? def.params['from'] : (yearsWithValues(all)[0] ?? toYear);
    const from = all.find((o) => o.year === fromYear);
    const to = all.find((o) => o.year === toYear);
    if (!to || to.value === null) return gap(def, registry, selection, toYear, to);
    if (!from || from.value === null) return gap(def, registry, selection, fromYear, from);
    const unit = registry.indicators.get(selection.indicator)!.unit;
    const diff = to.value - from.value;
    const verb = diff > 0 ? 'har ökat' : diff < 0 ? 'har minskat' : 'har legat kvar på';
    const text =
      diff === 0
        ? `${verb} ${formatWithUnit(to.value, unit)} sedan år ${fromYear}`
        : `${verb} från ${formatWithUnit(from.value, unit)} år ${fromYear} till ${formatWithUnit(to.value, unit)} år ${toYear}`;
    return {
      id: def.id,
      kind: def.kind,
      text,
      parts: { verb, from: formatWithUnit(from.value, unit), to: formatWithUnit(to.value, unit), fromYear: String(fromYear), toYear: String(toYear) },
      values: { from: from.value, to: to.value, difference: diff },
      observations: [observationKey(from), observationKey(to)],
      missing: [],
    };
  },
};

function gap(def: FactDef, registry: Registry, selection: Selection, year: number, o: Observation | undefined): Fact {
  const what = describeSelection(registry, selection, year);
  return {
    id: def.id,
    kind: def.kind,
    text: `[uppgift saknas: ${what}]`,
    parts: {},
    values: {},
    observations: o ? [observationKey(o)] : [],
    missing: [what],
  };
}

function readSelection(def: FactDef, registry: Registry, diagnostics: Diagnostic[]): Selection | null {
  const indicator = def.params['indicator'];
  if (typeof indicator !== 'string' || !registry.indicators.has(indicator)) {
    diagnostics.push({
      severity: 'error',
      code: 'fact/unknown-indicator',
      message: `fact "${def.id}" names unknown indicator ${JSON.stringify(indicator)}`,
      location: def.location,
    });
    return null;
  }
  const where = (def.params['where'] ?? {}) as Record<string, string>;
  return { indicator, where };
}

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
function formatNumber(n: number): string {
  return NUMBER.format(n).replace(/[\u2009\u202f ]/g, '\u00a0').replace('\u2212', '−');
}
function formatWithUnit(n: number, unit: Unit): string {
  return unit === 'procent' ? `${formatNumber(n)} procent` : formatNumber(n);
}
