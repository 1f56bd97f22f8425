import type { FigureDef } from '../model/edition.js';
import type { Datasets, MissingReason, Observation, Qualifier } from '../model/observation.js';
import type { Indicator, Registry, Unit } from '../model/registry.js';
import { resolveYears, selectObservations } from '../compute/select.js';
import { SV_MONTHS } from './locale.js';

/** One drawn (or explicitly missing) mark of a figure. */
export interface FigureDatum {
  x: string;
  xLabel: string;
  series: string;
  seriesLabel: string;
  value: number | null;
  missing: MissingReason | null;
  /** How the source qualified the value (">99", "drygt 86"): every place that prints the value shows it. */
  qualifier: Qualifier | null;
  indicator: string;
  year: number;
  /** The indicator's unit (decides the words of the text alternative: "66 procent"). */
  unit: Unit;
  /** Every dimension of the mark (codes), for kinds that read a second category (dot-matrix). */
  dims: Readonly<Record<string, string>>;
}

export interface CollectOptions {
  /**
   * Dimensions whose every registry value is drawn even when no observation mentions it (a dot-matrix
   * row per region): the absent ones become 'not-available' marks.
   */
  complete?: readonly string[];
}

/**
 * A figure's data: every combination of category and series that the definition asks for, with the
 * value or the reason it is missing. Combinations nobody entered are 'not-available' — a gap, never 0.
 * Order: the registry's order of dimension values; codes of pattern dimensions (months "2020-03",
 * numbered items "12", age groups "18-29") in their natural order.
 *
 * Besides the dimensions, `x` and `color` may name `year` and `indicator` (each selection's
 * indicator, labelled with its name: one bar per indicator).
 */
export function collectFigureData(def: FigureDef, datasets: Datasets, registry: Registry, options: CollectOptions = {}): FigureDatum[] {
  const out: FigureDatum[] = [];
  const bySelection = selectionSeries(def, registry);
  for (const [index, selection] of def.data.entries()) {
    const indicator = registry.indicators.get(selection.indicator);
    if (!indicator) continue;
    const observations = selectObservations(datasets, selection);
    const years = resolveYears(def.years, datasets.year, observations);
    const byKey = new Map<string, Observation>();
    for (const o of observations) byKey.set(`${o.year}|${JSON.stringify(o.dims)}`, o);
    const free = indicator.dimensions.map((d) => d.name).filter((n) => !(n in selection.where));
    // a month belongs to one data year: "2019-03" is drawn once, from the year that holds it
    const observedIn = new Map<string, Set<number>>();
    for (const o of observations) {
      const k = JSON.stringify(free.map((n) => o.dims[n] ?? ''));
      observedIn.set(k, (observedIn.get(k) ?? new Set()).add(o.year));
    }
    for (const combo of combinations(indicator, free, observations, options.complete ?? [])) {
      const months = free.map((n) => combo[n]!).filter((c) => monthLabel(c) !== null);
      const seen = observedIn.get(JSON.stringify(free.map((n) => combo[n] ?? '')));
      const own = months.length === 0 ? years : years.filter((y) => (seen ? seen.has(y) : months.some((m) => m.startsWith(`${y}-`))));
      // a free dimension no observation uses ('' in the combination) is not part of any observation's key
      const used = Object.fromEntries(Object.entries(combo).filter(([, code]) => code !== ''));
      for (const year of own) {
        const dims = { ...selection.where, ...used };
        const sorted = Object.fromEntries(Object.keys(dims).sort().map((k) => [k, dims[k]!]));
        const o = byKey.get(`${year}|${JSON.stringify(sorted)}`);
        const axis = (name: string | null): [string, string] =>
          name === null
            ? ['', '']
            : name === 'year'
              ? [String(year), String(year)]
              : name === 'indicator'
                ? [indicator.id, indicator.name]
                : [dims[name] ?? '', dimensionLabel(indicator, name, dims[name] ?? '')];
        const [x, xLabel] = axis(def.x);
        const [series, seriesLabel] = bySelection ? bySelection[index]! : axis(def.color);
        out.push({
          x,
          xLabel,
          series,
          seriesLabel,
          value: o?.value ?? null,
          missing: o ? o.missing : 'not-available',
          qualifier: o && o.value !== null ? o.qualifier : null,
          indicator: indicator.id,
          year,
          unit: indicator.unit,
          dims: sorted,
        });
      }
    }
  }
  return out;
}

/**
 * Without a series dimension (`color: null`), several selections are several series — each named by
 * its indicator when the indicators differ ("Informatikansvarig i regionerna"), otherwise by the
 * dimension values that tell the selections apart. Null when there is one selection or a series
 * dimension.
 */
function selectionSeries(def: FigureDef, registry: Registry): [string, string][] | null {
  if (def.color !== null || def.data.length < 2 || def.x === 'indicator') return null;
  const indicators = new Set(def.data.map((s) => s.indicator));
  // selections that differ only in the category they stand for (x) are one series
  const differing = (k: string) => k !== def.x && def.data.some((o) => o.where[k] !== def.data[0]!.where[k]);
  const keys = [...new Set(def.data.flatMap((s) => Object.keys(s.where)))].filter(differing);
  if (indicators.size === 1 && keys.length === 0) return null;
  return def.data.map((selection, i) => {
    const indicator = registry.indicators.get(selection.indicator);
    if (indicators.size > 1 || !indicator) return [`${i}`, indicator?.name ?? selection.indicator];
    const label = keys.map((k) => dimensionLabel(indicator, k, selection.where[k] ?? '')).join(', ');
    return [keys.map((k) => selection.where[k] ?? '').join(','), label];
  });
}

/** The combinations of free dimensions that occur in the data, in display order. */
function combinations(
  indicator: Indicator,
  free: string[],
  observations: readonly Observation[],
  complete: readonly string[],
): Record<string, string>[] {
  const seen = new Map<string, Record<string, string>>();
  for (const o of observations) {
    const combo = Object.fromEntries(free.map((n) => [n, o.dims[n] ?? '']));
    seen.set(JSON.stringify(combo), combo);
  }
  for (const name of complete.filter((n) => free.includes(n))) {
    const values = indicator.dimensions.find((d) => d.name === name)?.values ?? [];
    const existing = [...seen.values()];
    const bases = existing.length ? existing : [Object.fromEntries(free.map((n) => [n, '']))];
    for (const base of bases) {
      for (const v of values) {
        const combo = { ...base, [name]: v.code };
        seen.set(JSON.stringify(combo), combo);
      }
    }
  }
  const rank = new Map(free.map((n) => [n, new Map((indicator.dimensions.find((d) => d.name === n)?.values ?? []).map((v, i) => [v.code, i]))]));
  return [...seen.values()].sort((a, b) => {
    for (const n of free) {
      const d = compareRanked(rank.get(n)!, a[n]!, b[n]!);
      if (d) return d;
    }
    return 0;
  });
}

/** Registry order (codes it lacks after it), else natural order. */
function compareRanked(rank: ReadonlyMap<string, number>, a: string, b: string): number {
  if (a === b) return 0;
  const ia = rank.get(a);
  const ib = rank.get(b);
  if (ia !== undefined || ib !== undefined) return (ia ?? Infinity) - (ib ?? Infinity) || (a < b ? -1 : 1);
  return naturalCompare(a, b);
}

/** Display order of two codes of one dimension. */
export function compareCodes(indicator: Indicator, dim: string, a: string, b: string): number {
  const values = indicator.dimensions.find((d) => d.name === dim)?.values ?? [];
  return compareRanked(new Map(values.map((v, i) => [v.code, i])), a, b);
}

/** "2" < "12", "18-29" < "80+", "2019-12" < "2020-01"; otherwise by code points. */
export function naturalCompare(a: string, b: string): number {
  const na = /^\d+/.exec(a);
  const nb = /^\d+/.exec(b);
  if (na && nb && na[0] !== nb[0]) return Number(na[0]) - Number(nb[0]);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A month code "2020-03" → "mars 2020"; null for anything else. */
export function monthLabel(code: string): string | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  return m ? `${SV_MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

/** True when every code is a month "YYYY-MM" (a time axis). */
export function isMonthAxis(codes: readonly string[]): boolean {
  return codes.length > 0 && codes.every((c) => monthLabel(c) !== null);
}

/**
 * A dimension value as the report prints it: the registry's label; for pattern dimensions a month
 * "mars 2020", an age group "18–29" (en dash), or the code itself.
 */
export function dimensionLabel(indicator: Indicator, dim: string, code: string): string {
  const label = indicator.dimensions.find((d) => d.name === dim)?.values.find((v) => v.code === code)?.label;
  if (label !== undefined) return label;
  return monthLabel(code) ?? code.replace(/^(\d+)-(\d+)$/, '$1\u2013$2');
}
