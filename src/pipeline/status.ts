import { collectFigureData } from '../charts/data.js';
import { numberFloats } from '../edition/floats.js';
import type { Edition } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Datasets, MissingReason } from '../model/observation.js';
import type { Registry } from '../model/registry.js';

export interface StatusItem {
  what: string;
  year: number;
  missing: MissingReason;
}

export interface FigureStatus {
  label: string;
  id: string;
  present: number;
  missing: StatusItem[];
}

export interface StatusReport {
  year: number;
  figures: FigureStatus[];
  facts: { id: string; present: boolean; missing: string[] }[];
  indicators: { id: string; name: string; years: number[]; values: number; missing: number }[];
}

/**
 * The investigator's checklist for an edition: for each figure, table and cited fact, what is present
 * and what is missing (and why); for each indicator, the years that have values. Pure.
 */
export function buildStatus(edition: Edition, datasets: Datasets, registry: Registry, facts: ReadonlyMap<string, Fact>): StatusReport {
  const { numbers } = numberFloats(edition);
  const figures: FigureStatus[] = [];
  const defs = [
    ...edition.figures.filter((f) => numbers.figures.has(f.id)).map((f) => ({ label: `Figur ${numbers.figures.get(f.id)}`, order: numbers.figures.get(f.id)!, def: f })),
    ...edition.tables
      .filter((t) => numbers.tables.has(t.id))
      .map((t) => ({
        label: `Tabell ${numbers.tables.get(t.id)}`,
        order: 1000 + numbers.tables.get(t.id)!,
        def: { ...t, chart: 'grouped-bar' as const, x: t.rows, color: t.columns, axisTitle: { x: null, y: null } },
      })),
  ].sort((a, b) => a.order - b.order);
  for (const { label, def } of defs) {
    const data = collectFigureData(def, datasets, registry);
    figures.push({
      label,
      id: def.id,
      present: data.filter((d) => d.value !== null).length,
      missing: data
        .filter((d) => d.value === null)
        .map((d) => ({ what: `${d.indicator} ${[d.xLabel, d.seriesLabel].filter((s) => s && s !== String(d.year)).join(', ')}`, year: d.year, missing: d.missing ?? 'not-available' })),
    });
  }
  const indicators = [...registry.indicators.values()]
    .map((i) => {
      const obs = datasets.observations.filter((o) => o.indicator === i.id);
      return {
        id: i.id,
        name: i.name,
        years: [...new Set(obs.filter((o) => o.value !== null).map((o) => o.year))].sort((a, b) => a - b),
        values: obs.filter((o) => o.value !== null).length,
        missing: obs.filter((o) => o.value === null).length,
      };
    })
    .filter((i) => i.values || i.missing);
  return {
    year: datasets.year,
    figures,
    facts: [...facts.values()].map((f) => ({ id: f.id, present: f.missing.length === 0, missing: f.missing })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    indicators,
  };
}

const REASON = { 'not-asked': 'frågan ställdes inte', 'not-collected': 'samlades inte in', 'not-available': 'saknas' } as const;

/** The checklist as aligned text. */
export function formatStatus(s: StatusReport): string {
  const out: string[] = [`Status för utgåvan ${s.year}`, '', 'Figurer och tabeller', ''];
  const width = Math.max(...s.figures.map((f) => f.label.length + f.id.length + 3), 10);
  for (const f of s.figures) {
    const head = `${f.label} (${f.id})`.padEnd(width);
    out.push(`  ${head}  ${String(f.present).padStart(3)} värden  ${String(f.missing.length).padStart(3)} saknas`);
    for (const m of f.missing) out.push(`      ${m.what} ${m.year}: ${REASON[m.missing]}`);
  }
  const missingFacts = s.facts.filter((f) => !f.present);
  out.push('', `Fakta i texten: ${s.facts.length - missingFacts.length} av ${s.facts.length} har data`);
  for (const f of missingFacts) out.push(`  ${f.id}: ${f.missing.join('; ')}`);
  out.push('', 'Indikatorer med data', '');
  for (const i of s.indicators) {
    out.push(`  ${i.id.padEnd(6)} ${i.name.slice(0, 60).padEnd(60)}  ${i.years.join(', ') || '–'}${i.missing ? `  (${i.missing} saknas)` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
