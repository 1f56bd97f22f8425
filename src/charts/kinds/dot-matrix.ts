import type { FigureDatum } from '../data.js';
import { missingLegend } from '../format.js';
import { MUTED, OUTLINE } from '../theme.js';
import { categoriesOf, seriesOf, topLevel, type ChartInput, type VlSpec } from './common.js';

/** Row height (each row one member of `options.y`, e.g. a region). */
const ROW = 14;

/** Default meaning of the values: 1 shown, 0 not shown. `options.levels` names others (2 → "Under utveckling"). */
const DEFAULT_LEVELS: Readonly<Record<string, string>> = { '1': 'Visas', '0': 'Visas inte' };

interface Style {
  shape: string;
  fill: string;
  stroke: string;
  size: number;
}

/** Filled dark dot; hollow grey ring; grey dot for a third state; a dash for unknown. */
const FIRST: Style = { shape: 'circle', fill: OUTLINE, stroke: OUTLINE, size: 64 };
const ZERO: Style = { shape: 'circle', fill: '#ffffff', stroke: '#767676', size: 30 };
const OTHER: Style = { shape: 'circle', fill: '#767676', stroke: '#767676', size: 64 };
const UNKNOWN: Style = { shape: 'M-1,0H1', fill: 'transparent', stroke: MUTED, size: 36 };

/**
 * A grid of dots: `x` one dimension (informationsmängd 1–21), `options.y` another (regions, every
 * registry value a row). A value of 1 is a filled dot ("Visas"), 0 a small hollow ring ("Visas
 * inte"), a missing value a dash ("Uppgift saknas") — three marks that differ in shape and fill, not
 * only colour. `options.levels: { "2": "Under utveckling" }` adds or renames states. Every other row
 * is shaded to guide the eye along the rows.
 */
export function dotMatrixSpec(input: ChartInput): VlSpec {
  const { def, data } = input;
  const columns = categoriesOf(data);
  const rowsLevels = seriesOf(data);
  const levels = levelsOf(def.options['levels']);
  const states = statesOf(data, levels);
  const rows = data.map((d) => ({ c: d.xLabel, r: d.seriesLabel, status: statusOf(d, levels) }));
  const x = {
    field: 'c',
    type: 'ordinal',
    scale: { domain: columns.map((c) => c.label), padding: 0.5 },
    axis: { orient: 'top', title: def.axisTitle.x ?? null, labelAngle: 0, labelOverlap: false, domain: false, ticks: false, labelPadding: 2 },
  };
  const y = {
    field: 'r',
    type: 'nominal',
    scale: { domain: rowsLevels.map((r) => r.label), paddingInner: 0, paddingOuter: 0 },
    axis: { title: def.axisTitle.y ?? null, domain: false, ticks: false, labelLimit: 0, labelPadding: 4 },
  };
  const channel = (name: keyof Style) => ({
    field: 'status',
    type: 'nominal',
    sort: states.map((s) => s.label),
    scale: { domain: states.map((s) => s.label), range: states.map((s) => s.style[name]) },
    legend: { title: null, symbolStrokeWidth: 1.2 },
  });
  const stripes = rowsLevels.filter((_, i) => i % 2 === 1).map((r) => ({ r: r.label }));
  return topLevel(input, rows, {
    height: ROW * rowsLevels.length,
    layer: [
      {
        data: { values: stripes },
        mark: { type: 'bar', fill: '#f2f2f2', stroke: null, strokeWidth: 0 },
        encoding: { y },
      },
      {
        mark: { type: 'point', opacity: 1, strokeWidth: 1.2 },
        encoding: { x, y, shape: channel('shape'), fill: channel('fill'), stroke: channel('stroke'), size: channel('size') },
      },
    ],
    usermeta: { kind: 'dot-matrix' },
  });
}

function levelsOf(option: unknown): Map<string, string> {
  const out = new Map(Object.entries(DEFAULT_LEVELS));
  if (option && typeof option === 'object') {
    for (const [k, v] of Object.entries(option as Record<string, unknown>)) if (typeof v === 'string') out.set(String(k), v);
  }
  return out;
}

/** The state of each mark as its legend names it ("Visas", "Visas inte", "Uppgift saknas"). */
export function dotMatrixStatus(def: ChartInput['def']): (d: FigureDatum) => string {
  const levels = levelsOf(def.options['levels']);
  return (d) => statusOf(d, levels);
}

function statusOf(d: FigureDatum, levels: ReadonlyMap<string, string>): string {
  if (d.value === null) return missingLegend(d.missing);
  return levels.get(String(d.value)) ?? String(d.value);
}

/** The states present, in legend order: shown, other levels, not shown, unknown. */
function statesOf(data: readonly FigureDatum[], levels: ReadonlyMap<string, string>): { label: string; style: Style }[] {
  const values = [...new Set(data.flatMap((d) => (d.value === null ? [] : [String(d.value)])))];
  const order = (v: string) => (v === '1' ? 0 : v === '0' ? 2 : 1);
  const present = values.sort((a, b) => order(a) - order(b) || Number(b) - Number(a));
  const states = present.map((v) => ({ label: levels.get(v) ?? v, style: v === '1' ? FIRST : v === '0' ? ZERO : OTHER }));
  const missing = [...new Set(data.filter((d) => d.value === null).map((d) => missingLegend(d.missing)))];
  return [...states, ...missing.map((label) => ({ label, style: UNKNOWN }))];
}
