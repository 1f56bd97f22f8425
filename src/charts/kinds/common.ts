import type { FigureDef } from '../../model/edition.js';
import type { MissingReason } from '../../model/observation.js';
import type { FigureDatum } from '../data.js';
import { MISSING_ORDER, formatLabel, missingLegend, valueFormat, type NumberFormatter } from '../format.js';
import { textWidth } from '../metrics.js';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, MUTED, vegaLiteConfig } from '../theme.js';
import { wrapText } from '../wrap.js';

/** A Vega-Lite spec as plain JSON (checked by compiling it; see test/charts). */
export type VlSpec = Record<string, unknown>;

/** What every spec builder gets. */
export interface ChartInput {
  def: FigureDef;
  data: readonly FigureDatum[];
  /** The figure's caption title (the spec's description). */
  title: string;
  /** d3-format with the sv-SE locale: the same function the spec's labels use. */
  fmt: (specifier: string) => NumberFormatter;
}

/** One category or series, in display order. */
export interface Level {
  /** The code ("nattillsyn", "2020"). */
  key: string;
  /** As printed ("Nattillsyn med digital teknik"). */
  label: string;
}

/** A row of the spec's data: one mark. */
export interface Row {
  /** Category as the axis prints it (possibly wrapped: lines joined by "\n"). */
  c: string;
  /** Series label ("2020"), "" for one series. */
  s: string;
  /** Series index (0 = first = lightest). */
  i: number;
  v: number | null;
  /** Legend label of the missing reason, null for a value. */
  m: string | null;
  /** The value label as drawn (">99", "drygt 86"): only in a figure with a qualified value (see `labelText`). */
  t?: string;
}

export function option<T>(def: FigureDef, name: string, guard: (v: unknown) => v is T): T | undefined {
  const v = def.options[name];
  return guard(v) ? v : undefined;
}
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isString = (v: unknown): v is string => typeof v === 'string';

/** Unique levels of the category axis, in data order (collectFigureData's display order). */
export function categoriesOf(data: readonly FigureDatum[]): Level[] {
  return uniqueLevels(data.map((d) => ({ key: d.x, label: d.xLabel })));
}

/** Unique series, in data order; years ascending. */
export function seriesOf(data: readonly FigureDatum[]): Level[] {
  const levels = uniqueLevels(data.map((d) => ({ key: d.series, label: d.seriesLabel })));
  return levels.every((l) => /^\d{4}$/.test(l.key)) ? levels.sort((a, b) => Number(a.key) - Number(b.key)) : levels;
}

function uniqueLevels(levels: Level[]): Level[] {
  const seen = new Map<string, Level>();
  for (const l of levels) if (!seen.has(l.key)) seen.set(l.key, l);
  return [...seen.values()];
}

/**
 * `options.sort: value`: categories by value, largest first — by the last series' value (the latest
 * year), categories without one last, ties in display order.
 */
export function sortCategories(categories: Level[], series: Level[], data: readonly FigureDatum[], def: FigureDef): Level[] {
  if (def.options['sort'] !== 'value') return categories;
  const last = series[series.length - 1]?.key ?? '';
  const valueOf = (c: Level) => data.find((d) => d.x === c.key && d.series === last)?.value ?? null;
  return categories
    .map((c, index) => ({ c, index, v: valueOf(c) }))
    .sort((a, b) => (a.v === null ? (b.v === null ? a.index - b.index : 1) : b.v === null ? -1 : b.v - a.v || a.index - b.index))
    .map((e) => e.c);
}

/** The rows of the spec, with category labels replaced by their wrapped form (and labels, see `labelText`). */
export function rowsOf(data: readonly FigureDatum[], series: Level[], categoryText: ReadonlyMap<string, string>, format: NumberFormatter): Row[] {
  const index = new Map(series.map((s, i) => [s.key, i]));
  return data.map((d) =>
    withLabel(data, format, d, {
      c: categoryText.get(d.x) ?? d.xLabel,
      s: d.seriesLabel,
      i: index.get(d.series) ?? 0,
      v: d.value,
      m: d.value === null ? missingLegend(d.missing) : null,
    }),
  );
}

/** True when the source qualified one of the values (">99", "drygt 86"). */
function hasQualified(data: readonly FigureDatum[]): boolean {
  return data.some((d) => d.value !== null && d.qualifier !== null);
}

/** A row with its value label `t` when the figure has a qualified value (every valued row, so labels stay alike). */
export function withLabel<R extends object>(data: readonly FigureDatum[], format: NumberFormatter, d: FigureDatum, row: R): R & { t?: string } {
  return hasQualified(data) && d.value !== null ? { ...row, t: formatLabel(d, format) } : row;
}

/**
 * The `text` encoding of the value labels: vega formats the number with the labels' `specifier`; when a
 * value is qualified, the rows carry their labels as drawn instead (`t`: ">99", "drygt 86"), so the
 * chart shows the bound or hedge its data table and text alternative show.
 */
export function labelText(data: readonly FigureDatum[], specifier: string): Record<string, unknown> {
  return hasQualified(data) ? { field: 't', type: 'nominal' } : { field: 'v', type: 'quantitative', format: specifier };
}

/** The d3 format of the value labels and how it prints the figure's values. */
export function labelFormat(input: ChartInput): { specifier: string; format: NumberFormatter } {
  const values = input.data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const specifier = valueFormat(values, input.def.options['format']);
  return { specifier, format: input.fmt(specifier) };
}

/** Widest value label (as drawn, qualifier included) at `size`. */
export function widestLabel(input: ChartInput, format: NumberFormatter, size = FONT_SIZE): number {
  return Math.max(0, ...input.data.flatMap((d) => (d.value === null ? [] : [textWidth(formatLabel(d, format), size)])));
}

/** Whether value labels are drawn: `options.labels` (default true). */
export function labelsWanted(def: FigureDef, fallback = true): boolean {
  return option(def, 'labels', isBoolean) ?? fallback;
}

/** Whether the series legend is drawn: more than one series and not `options.legend: false`. */
export function legendWanted(def: FigureDef, series: readonly Level[]): boolean {
  return series.length > 1 && option(def, 'legend', isBoolean) !== false;
}

/** The series legend (columns so that it fits the width), or null when not wanted. */
export function seriesLegend(def: FigureDef, series: readonly Level[], extra: Record<string, unknown> = {}): Record<string, unknown> | null {
  return legendWanted(def, series) ? { columns: legendColumns(series.map((s) => s.label || 'Värde')), ...extra } : null;
}

/**
 * Bar layout in a band of `band` units: the share left as padding between groups, so that a group
 * is at most `groups × maxBar` wide (few categories would otherwise give very wide bars).
 */
export function bandPadding(band: number, bars: number, minPadding: number, maxBar = 34): number {
  const group = Math.min(band * (1 - minPadding), bars * maxBar);
  return Math.min(0.9, Math.max(minPadding, 1 - group / band));
}

/** The missing reasons present, in legend order. */
export function missingReasons(data: readonly FigureDatum[]): MissingReason[] {
  const present = new Set(data.filter((d) => d.value === null).map((d) => d.missing ?? 'not-available'));
  return MISSING_ORDER.filter((r) => present.has(r));
}

/**
 * Marks for a missing value, drawn just off the baseline where the bar would stand: a dash for
 * "uppgift saknas", a small cross for "frågan ställdes inte", a ring for "samlades inte in". Paths are
 * in vega's symbol units (scaled by √size / 2) and centred, so the legend shows them centred; the
 * layer moves them off the axis line by a pixel offset.
 */
export const MISSING_PATHS: Readonly<Record<MissingReason, string>> = {
  'not-available': 'M-1,0H1',
  'not-asked': 'M-0.6,-0.6L0.6,0.6M-0.6,0.6L0.6,-0.6',
  'not-collected': 'M0.6,0A0.6,0.6 0 1 1 -0.6,0A0.6,0.6 0 1 1 0.6,0Z',
};

export const MISSING_SYMBOL_SIZE = 64;
export const MISSING_STROKE_WIDTH = 1.3;
/** How far (pixels) a missing mark stands off the axis line. */
export const MISSING_OFFSET = 5;

/** The shape encoding (with its legend) of missing-value marks. */
export function missingShape(reasons: readonly MissingReason[]): Record<string, unknown> {
  return {
    field: 'm',
    type: 'nominal',
    title: null,
    scale: { domain: reasons.map((r) => missingLegend(r)), range: reasons.map((r) => MISSING_PATHS[r]) },
    legend: { symbolStrokeColor: MUTED, symbolStrokeWidth: MISSING_STROKE_WIDTH, symbolFillColor: 'transparent', symbolSize: MISSING_SYMBOL_SIZE },
  };
}

/**
 * A layer drawing each missing value at the baseline (position encodings given by the caller, the
 * value position on the field `zero`), moved `MISSING_OFFSET` into the plot: up for vertical charts,
 * right for horizontal ones.
 */
export function missingLayer(position: Record<string, unknown>, reasons: readonly MissingReason[], direction: 'up' | 'right', extra: Record<string, unknown> = {}): VlSpec {
  const nudge = direction === 'up' ? { yOffset: { value: -MISSING_OFFSET } } : { xOffset: { value: MISSING_OFFSET + 2 } };
  return {
    transform: [{ filter: 'datum.v === null' }, { calculate: '0', as: 'zero' }],
    mark: { type: 'point', filled: false, stroke: MUTED, strokeWidth: MISSING_STROKE_WIDTH, size: MISSING_SYMBOL_SIZE, opacity: 1 },
    encoding: { ...position, ...nudge, shape: missingShape(reasons), ...extra },
  };
}

/**
 * Legend columns so that a horizontal legend fits the chart width (vega would let it run off the
 * edge): entries are symbol + gap + label + column padding wide.
 */
export function legendColumns(labels: readonly string[], symbol = 10): number {
  const widths = labels.map((l) => symbol + 4 + textWidth(l, FONT_SIZE) + 12);
  for (let columns = labels.length; columns > 1; columns--) {
    // vega aligns columns in a grid: each column as wide as its widest entry
    let total = 0;
    for (let c = 0; c < columns; c++) total += Math.max(0, ...widths.filter((_, i) => i % columns === c));
    if (total <= CHART_WIDTH - 8) return columns;
  }
  return 1;
}

/** The top level every spec shares: schema, theme, description, data. */
export function topLevel(input: ChartInput, rows: readonly Row[] | readonly Record<string, unknown>[], body: VlSpec): VlSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: input.title,
    config: vegaLiteConfig,
    width: CHART_WIDTH,
    data: { values: rows },
    ...body,
  };
}

/** Approximate width the value axis takes (labels + title) for layout estimates before vega runs. */
export function valueAxisWidth(maxValue: number, format: NumberFormatter, hasTitle: boolean): number {
  return textWidth(format(maxValue), FONT_SIZE) + 3 + 3 + (hasTitle ? FONT_SIZE + 8 : 0) + 4;
}

/** Max of the values (0 when none). */
export function maxValue(data: readonly FigureDatum[]): number {
  return Math.max(0, ...data.flatMap((d) => (d.value === null ? [] : [d.value])));
}

/** A quantitative scale from 0 (to `options.yMax` when given). */
export function valueScale(def: FigureDef, data: readonly FigureDatum[]): Record<string, unknown> {
  const yMax = option(def, 'yMax', isNumber);
  return yMax === undefined ? { zero: true, nice: 5 } : { domain: [0, Math.max(yMax, maxValue(data))], zero: true, nice: false };
}

/** Axis properties for the value axis: whole-number ticks for counts (no "2,5 regioner"). */
export function valueAxisExtras(data: readonly FigureDatum[]): Record<string, unknown> {
  const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const counts = data.every((d) => d.unit === 'antal' || d.unit === 'antal-forandring' || d.unit === 'rang') && values.every((v) => Number.isInteger(v));
  return counts ? { tickMinStep: 1 } : {};
}

/** Axis label expression for wrapped category labels ("a\nb" → two lines). */
export const MULTILINE_LABEL = "split(datum.label, '\\n')";

/** Longest a slanted category label may be before it ends in "…". */
export const SLANTED_LABEL_LIMIT = 150;

/**
 * Category labels under vertical bars: wrapped under their group (at most four lines) when every word
 * fits the group's width; otherwise (many categories, long words: 27 country names) slanted at 45°,
 * one line each. Returns the text of each category on the axis and the axis properties.
 */
export function verticalCategoryLabels(categories: readonly Level[], band: number): { text: Map<string, string>; axis: Record<string, unknown>; slanted: boolean } {
  const width = band * 0.94;
  const wrapped = categories.map((c) => wrapText(c.label, width, FONT_SIZE, 4));
  const fits = categories.every((c, i) => {
    const lines = wrapped[i]!;
    return !(lines[lines.length - 1] ?? '').endsWith('…') && c.label.split(/\s+/).every((w) => textWidth(w, FONT_SIZE) <= width);
  });
  if (fits) {
    return {
      text: new Map(categories.map((c, i) => [c.key, wrapped[i]!.join('\n')])),
      axis: { labelAngle: 0, labelExpr: MULTILINE_LABEL, labelLineHeight: LINE_HEIGHT, labelBaseline: 'top', labelLimit: 0, labelOverlap: false },
      slanted: false,
    };
  }
  return {
    text: new Map(categories.map((c) => [c.key, c.label])),
    axis: { labelAngle: -45, labelAlign: 'right', labelBaseline: 'top', labelLimit: SLANTED_LABEL_LIMIT, labelOverlap: false },
    slanted: true,
  };
}
