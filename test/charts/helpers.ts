import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChartKind, FigureDef, Selection, YearSpan } from '../../src/model/edition.js';
import type { Datasets, MissingReason, Observation } from '../../src/model/observation.js';
import type { Dimension, Indicator, Registry, Unit } from '../../src/model/registry.js';

/**
 * Small in-memory registries, datasets and figure definitions for the chart tests: every kind is
 * tested on data written here, independent of what the edition holds today.
 */

// The chart tests draw every figure (no disk cache); read by src/charts/cache.ts at each drawing, and
// this test file's process.env is its own.
process.env['EHALSA_CHART_CACHE'] = 'off';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const values = (pairs: [string, string][]) => pairs.map(([code, label]) => ({ code, label }));

export const DIMENSIONS: Record<string, Dimension> = {
  teknik: {
    name: 'teknik',
    label: 'Välfärdsteknik',
    values: values([
      ['nattillsyn', 'Nattillsyn med digital teknik'],
      ['vardplanering', 'Vårdplanering med stöd av video'],
      ['sip', 'SIP med stöd av video inför utskrivning från slutenvården'],
      ['larm', 'Passiva larm eller sensorer'],
    ]),
  },
  land: { name: 'land', label: 'Land', values: values([['sverige', 'Sverige'], ['norge', 'Norge'], ['island', 'Island'], ['eu', 'EU']]) },
  manad: { name: 'manad', label: 'Månad', values: [], pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' },
  status: { name: 'status', label: 'Status', values: values([['infort', 'Infört'], ['pa-vag', 'På väg att införa']]) },
  losning: {
    name: 'losning',
    label: 'Lösning',
    values: values([['terminal', 'Ankomstregistrering via terminal'], ['app', 'Ankomstregistrering via app'], ['betalning', 'Betalning via terminal']]),
  },
  region: {
    name: 'region',
    label: 'Region',
    values: values([['stockholm', 'Region Stockholm'], ['uppsala', 'Region Uppsala'], ['sormland', 'Region Sörmland']]),
  },
  informationsmangd: { name: 'informationsmangd', label: 'Informationsmängd', values: [], pattern: '^[1-9][0-9]?$' },
};

export function indicator(id: string, unit: Unit, dims: string[], name = `Indikator ${id}`): Indicator {
  return {
    id,
    name,
    source: 'Testkälla',
    uppfoljningsomraden: [],
    malomrade: 1,
    inriktningsmal: [],
    inriktningsmalText: null,
    definition: '',
    unit,
    polarity: 'neutral',
    dimensions: dims.map((d) => DIMENSIONS[d]!),
    catalogue: 'addition',
    file: 'indicators/test.yaml',
    line: 1,
  };
}

export function registryOf(...indicators: Indicator[]): Registry {
  return { indicators: new Map(indicators.map((i) => [i.id, i])), inriktningsmal: [], malomraden: [] };
}

/** An observation; `value` null with a reason (default not-available) is a missing entry. */
export function obs(indicatorId: string, year: number, dims: Record<string, string>, value: number | null, missing: MissingReason = 'not-available'): Observation {
  const sorted = Object.fromEntries(Object.keys(dims).sort().map((k) => [k, dims[k]!]));
  return {
    indicator: indicatorId,
    year,
    dims: sorted,
    value,
    missing: value === null ? missing : null,
    qualifier: null,
    source: 'Testkälla',
    note: null,
    quote: null,
    respondents: null,
    tiebreak: false,
    location: { file: `datasets/${year}/test.yaml`, line: 1, column: 1 },
  };
}

export function datasetsOf(year: number, observations: Observation[]): Datasets {
  return { year, years: [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b), observations };
}

export interface FigureInput {
  chart: ChartKind;
  data: Selection[];
  x?: string;
  color?: string | null;
  years?: YearSpan;
  title?: string;
  axis?: { x?: string | null; y?: string | null };
  options?: Record<string, unknown>;
}

export function figureDef(id: string, input: FigureInput): FigureDef {
  return {
    id,
    chart: input.chart,
    caption: { title: input.title ?? `Testfigur ${id}.`, notes: [], source: 'Källa: Testkälla.', ids: '', footnotes: [] },
    data: input.data,
    x: input.x ?? 'year',
    color: input.color === undefined ? null : input.color,
    years: input.years ?? 'latest',
    axisTitle: { x: input.axis?.x ?? null, y: input.axis?.y ?? null },
    options: input.options ?? {},
    location: { file: 'templates/editions/2020/figures/test.yaml', line: 1, column: 1 },
  };
}

/** Texts of the SVG's <text> elements, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<\/tspan>\s*<tspan\b/g, ' <tspan')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** The rows of a Vega-Lite spec's inline data (top level and layers). */
export function specRows(spec: unknown): Record<string, unknown>[] {
  const s = spec as { data?: { values?: Record<string, unknown>[] } };
  return s.data?.values ?? [];
}

/** Välfärdsteknik in ordinärt boende 2017–2020 with gaps: the shape of Figur 6. */
export function welfareFixture() {
  const registry = registryOf(indicator('1:1', 'procent', ['teknik']));
  const datasets = datasetsOf(2020, [
    obs('1:1', 2017, { teknik: 'nattillsyn' }, 37),
    obs('1:1', 2020, { teknik: 'nattillsyn' }, 66),
    obs('1:1', 2017, { teknik: 'vardplanering' }, 20),
    obs('1:1', 2018, { teknik: 'vardplanering' }, 31),
    obs('1:1', 2019, { teknik: 'vardplanering' }, 40),
    obs('1:1', 2020, { teknik: 'vardplanering' }, 74.5),
    obs('1:1', 2017, { teknik: 'sip' }, null, 'not-asked'),
    obs('1:1', 2018, { teknik: 'sip' }, 0),
    obs('1:1', 2019, { teknik: 'sip' }, 38.6),
    obs('1:1', 2020, { teknik: 'sip' }, 71),
  ]);
  return { registry, datasets };
}

/** How many marks of a type vega drew ("rect" bars, "symbol" points, "line" lines, "text"), optionally in one layer. */
export function markCount(svg: string, type: string, layer?: number): number {
  const re = new RegExp(`<g class="mark-${type} role-mark ${layer === undefined ? '[^"]*' : `layer_${layer}_marks`}"[^>]*>([\\s\\S]*?)</g>`, 'g');
  let n = 0;
  for (const m of svg.matchAll(re)) n += (m[1]!.match(/<(path|text|line)\b/g) ?? []).length;
  return n;
}
