/**
 * The observations an edition needs, each once: one per indicator, year and full set of dimension codes
 * (the fixed ones of a figure's selection included, so 1:1 nattillsyn in Figur 6, 7 and 8 is three
 * items), with what the data says of it and every figure, table and fact that reads it. Pure: `status`
 * prints it, `new-year` writes its not-entered items as placeholder lines.
 *
 *   figures, tables ──collectFigureData──┐
 *   facts (their observations and gaps) ─┴──▶ ChecklistItem[] (sorted: source, indicator, year, display order)
 */
import { collectFigureData, dimensionLabel } from '../charts/data.js';
import { numberFloats } from '../edition/floats.js';
import type { Edition } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import { observationKey, type Datasets, type Observation } from '../model/observation.js';
import type { Registry } from '../model/registry.js';

/**
 * What the data says of a needed observation:
 * - entered: it has a value
 * - not-entered: nothing in datasets/, or the bare `missing: not-available` placeholder of `new-year`
 * - not-published: `missing: not-available` with a note, quote or origin saying why (the source gives no value)
 * - not-asked, not-collected: the dataset's own reasons
 */
export type ItemState = 'entered' | 'not-entered' | 'not-published' | 'not-asked' | 'not-collected';

export const ITEM_STATES: readonly ItemState[] = ['entered', 'not-entered', 'not-published', 'not-asked', 'not-collected'];

export interface ChecklistDimension {
  name: string;
  code: string;
  label: string;
}

export interface ChecklistItem {
  /** observationKey: "1:1@2021[boendeform=ordinart,teknik=nattillsyn]". */
  key: string;
  indicator: string;
  /** The indicator's name. */
  name: string;
  /** The indicator's source as the registry names it (one line): the checklist groups by it. */
  source: string;
  year: number;
  /** In the indicator's order of dimensions. */
  dimensions: ChecklistDimension[];
  /** Dimensions left open: a fact's gap over a whole population ("no region entered"); usually none. */
  open: string[];
  state: ItemState;
  /** The entry's note, when it has one (why a value is not published). */
  note: string | null;
  /** Where the entry is ("datasets/2021/1-1.yaml:12"), or null when nothing is entered. */
  at: string | null;
  /** "Figur 6", "Tabell 2", "fakta journal-norr", in the edition's order. */
  usedBy: string[];
}

/** Every observation the edition reads, from every year up to its own. */
export function buildChecklist(edition: Edition, datasets: Datasets, registry: Registry, facts: ReadonlyMap<string, Fact>): ChecklistItem[] {
  const byKey = new Map(datasets.observations.map((o) => [observationKey(o), o]));
  const items = new Map<string, ChecklistItem>();
  const need = (indicator: string, year: number, dims: Readonly<Record<string, string>>, use: string): void => {
    const key = observationKey({ indicator, year, dims });
    const known = items.get(key);
    if (known) {
      if (!known.usedBy.includes(use)) known.usedBy.push(use);
      return;
    }
    const item = newItem(registry, key, indicator, year, dims, byKey.get(key));
    if (item) items.set(key, { ...item, usedBy: [use] });
  };
  for (const { label, def } of numberedFloats(edition)) {
    for (const d of collectFigureData(def, datasets, registry)) need(d.indicator, d.year, d.dims, label);
  }
  for (const fact of facts.values()) {
    const use = `fakta ${fact.id}`;
    for (const key of fact.observations) {
      const o = byKey.get(key);
      if (o) need(o.indicator, o.year, o.dims, use);
    }
    for (const g of fact.gaps ?? []) need(g.indicator, g.year, g.where, use);
  }
  const order = new Map([...items.keys()].map((k, i) => [k, i]));
  return [...items.values()].sort(
    (a, b) =>
      a.source.localeCompare(b.source, 'sv-SE') ||
      compareIds(a.indicator, b.indicator) ||
      a.year - b.year ||
      order.get(a.key)! - order.get(b.key)!,
  );
}

function newItem(
  registry: Registry,
  key: string,
  id: string,
  year: number,
  dims: Readonly<Record<string, string>>,
  o: Observation | undefined,
): Omit<ChecklistItem, 'usedBy'> | undefined {
  const indicator = registry.indicators.get(id);
  if (!indicator) return undefined;
  const dimensions = indicator.dimensions
    .filter((d) => dims[d.name] !== undefined)
    .map((d) => ({ name: d.name, code: dims[d.name]!, label: dimensionLabel(indicator, d.name, dims[d.name]!) }));
  return {
    key,
    indicator: id,
    name: indicator.name,
    source: indicator.source.split('\n').map((s) => s.trim()).filter(Boolean).join('; '),
    year,
    dimensions,
    open: indicator.dimensions.filter((d) => dims[d.name] === undefined).map((d) => d.name),
    state: stateOf(o),
    note: o?.note ?? null,
    at: o ? `${o.location.file}:${o.location.line}` : null,
  };
}

/** What an entry (or its absence) says; see ItemState. */
export function stateOf(o: Observation | undefined): ItemState {
  if (!o) return 'not-entered';
  if (o.value !== null) return 'entered';
  if (o.missing === 'not-asked' || o.missing === 'not-collected') return o.missing;
  return o.note || o.quote || o.origin ? 'not-published' : 'not-entered';
}

/** The numbered figures and tables in the edition's order, as figure definitions. */
function numberedFloats(edition: Edition) {
  const { numbers } = numberFloats(edition);
  return [
    ...edition.figures.filter((f) => numbers.figures.has(f.id)).map((f) => ({ label: `Figur ${numbers.figures.get(f.id)}`, order: numbers.figures.get(f.id)!, def: f })),
    ...edition.tables
      .filter((t) => numbers.tables.has(t.id))
      .map((t) => ({
        label: `Tabell ${numbers.tables.get(t.id)}`,
        order: 1000 + numbers.tables.get(t.id)!,
        def: { ...t, chart: 'grouped-bar' as const, x: t.rows, color: t.columns, axisTitle: { x: null, y: null } },
      })),
  ].sort((a, b) => a.order - b.order);
}

/** "1:2" before "1:10" before "2:1" before "INT:1" before "NY:1". */
export function compareIds(a: string, b: string): number {
  const [ga = '', na = ''] = a.split(':');
  const [gb = '', nb = ''] = b.split(':');
  const numeric = (g: string) => /^\d+$/.test(g);
  if (ga !== gb) {
    if (numeric(ga) && numeric(gb)) return Number(ga) - Number(gb);
    if (numeric(ga) !== numeric(gb)) return numeric(ga) ? -1 : 1;
    return ga < gb ? -1 : 1;
  }
  return Number(na) - Number(nb) || (a < b ? -1 : a > b ? 1 : 0);
}
