import type { FigureDef } from '../model/edition.js';
import type { Datasets, MissingReason, Observation } from '../model/observation.js';
import type { Indicator, Registry } from '../model/registry.js';
import { resolveYears, selectObservations } from '../compute/select.js';

/** One drawn (or explicitly missing) mark of a figure. */
export interface FigureDatum {
  x: string;
  xLabel: string;
  series: string;
  seriesLabel: string;
  value: number | null;
  missing: MissingReason | null;
  indicator: string;
  year: number;
}

/**
 * A figure's data: every combination of category and series that the definition asks for, with the
 * value or the reason it is missing. Combinations nobody entered are 'not-available' — a gap, never 0.
 */
export function collectFigureData(def: FigureDef, datasets: Datasets, registry: Registry): FigureDatum[] {
  const out: FigureDatum[] = [];
  for (const selection of def.data) {
    const indicator = registry.indicators.get(selection.indicator);
    if (!indicator) continue;
    const observations = selectObservations(datasets, selection);
    const years = resolveYears(def.years, datasets.year, observations);
    const byKey = new Map<string, Observation>();
    for (const o of observations) byKey.set(`${o.year}|${JSON.stringify(o.dims)}`, o);
    const free = indicator.dimensions.map((d) => d.name).filter((n) => !(n in selection.where));
    for (const combo of combinations(indicator, free, observations)) {
      for (const year of years) {
        const dims = { ...selection.where, ...combo };
        const sorted = Object.fromEntries(Object.keys(dims).sort().map((k) => [k, dims[k]!]));
        const o = byKey.get(`${year}|${JSON.stringify(sorted)}`);
        const axis = (name: string | null): [string, string] =>
          name === null ? ['', ''] : name === 'year' ? [String(year), String(year)] : [dims[name] ?? '', label(indicator, name, dims[name] ?? '')];
        const [x, xLabel] = axis(def.x);
        const [series, seriesLabel] = axis(def.color);
        out.push({
          x,
          xLabel,
          series,
          seriesLabel,
          value: o?.value ?? null,
          missing: o ? o.missing : 'not-available',
          indicator: indicator.id,
          year,
        });
      }
    }
  }
  return out;
}

/** The combinations of free dimensions that occur in the data (in the registry's order). */
function combinations(indicator: Indicator, free: string[], observations: readonly Observation[]): Record<string, string>[] {
  const seen = new Map<string, Record<string, string>>();
  for (const o of observations) {
    const combo = Object.fromEntries(free.map((n) => [n, o.dims[n] ?? '']));
    seen.set(JSON.stringify(combo), combo);
  }
  const order = (name: string, code: string) => indicator.dimensions.find((d) => d.name === name)?.values.findIndex((v) => v.code === code) ?? 0;
  return [...seen.values()].sort((a, b) => {
    for (const n of free) {
      const d = order(n, a[n]!) - order(n, b[n]!);
      if (d) return d;
    }
    return 0;
  });
}

function label(indicator: Indicator, dim: string, code: string): string {
  return indicator.dimensions.find((d) => d.name === dim)?.values.find((v) => v.code === code)?.label ?? code;
}
