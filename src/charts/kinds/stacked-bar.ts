import { textWidth } from '../metrics.js';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, inkOn, rampColors } from '../theme.js';
import { wrapText } from '../wrap.js';
import { BAR_PLOT_HEIGHT, axisFormat } from './grouped-bar.js';
import {
  MULTILINE_LABEL,
  bandPadding,
  categoriesOf,
  labelFormat,
  labelText,
  labelsWanted,
  maxValue,
  missingLayer,
  missingReasons,
  option,
  isBoolean,
  rowsOf,
  seriesLegend,
  seriesOf,
  sortCategories,
  topLevel,
  verticalCategoryLabels,
  valueAxisWidth,
  valueScale,
  valueAxisExtras,
  type ChartInput,
  type VlSpec,
} from './common.js';

const PADDING_INNER = 0.4;
/** Widest stack (vertical): a few categories should not make slabs. */
const MAX_STACK = 64;
const H_BAR = 16;

/**
 * Stacked bars: the series of a category (e.g. regions that have introduced a solution and regions on
 * the way) stacked in legend order, lightest at the base. Each segment carries its value when it is
 * tall enough for it (white on the dark segments). Vertical by default; `options.horizontal: true`
 * (or chart `horizontal-bar` with `stacked: true`) lays the bars down for long category labels. A
 * missing value cannot take a place in a stack: it is a mark at the category's baseline.
 */
export function stackedBarSpec(input: ChartInput, horizontalKind = false): VlSpec {
  const { def, data } = input;
  const horizontal = horizontalKind || option(def, 'horizontal', isBoolean) === true;
  const series = seriesOf(data);
  const categories = sortCategories(categoriesOf(data), series, data, def);
  const { specifier, format } = labelFormat(input);
  const colors = rampColors(series.length);
  const totals = new Map<string, number>();
  for (const d of data) if (d.value !== null) totals.set(d.x, (totals.get(d.x) ?? 0) + d.value);
  const stackMax = Math.max(maxValue(data), ...totals.values());

  let wrapped: Map<string, string>;
  let length: number;
  let thickness: number;
  let categoryAxis: Record<string, unknown> = { labelExpr: MULTILINE_LABEL, labelLineHeight: LINE_HEIGHT, labelLimit: 0, labelOverlap: false };
  let padding = PADDING_INNER;
  if (horizontal) {
    wrapped = new Map(categories.map((c) => [c.key, wrapText(c.label, CHART_WIDTH * 0.4, FONT_SIZE, 3).join('\n')]));
    const lines = Math.max(1, ...[...wrapped.values()].map((w) => w.split('\n').length));
    thickness = Math.max(H_BAR, lines * LINE_HEIGHT);
    length = CHART_WIDTH * 0.55;
  } else {
    const plotWidth = CHART_WIDTH - valueAxisWidth(stackMax, format, Boolean(def.axisTitle.y));
    const band = plotWidth / Math.max(1, categories.length);
    const labels = verticalCategoryLabels(categories, band);
    wrapped = labels.text;
    categoryAxis = labels.axis;
    padding = bandPadding(band, 1, PADDING_INNER, MAX_STACK);
    thickness = band * (1 - padding);
    length = BAR_PLOT_HEIGHT;
  }
  const domain = categories.map((c) => wrapped.get(c.key)!);
  const seriesDomain = series.map((s) => s.label);
  // A segment shows its value when the label fits inside it (lengthwise and across).
  const yMax = (valueScale(def, data)['domain'] as number[] | undefined)?.[1] ?? stackMax * 1.1;
  const rows = rowsOf(data, series, wrapped, format).map((r) => {
    const text = r.v === null ? '' : (r.t ?? format(r.v));
    const segment = r.v === null ? 0 : (r.v / (yMax || 1)) * length;
    const along = horizontal ? textWidth(text, FONT_SIZE) + 4 : FONT_SIZE + 2;
    const across = horizontal ? FONT_SIZE + 2 : textWidth(text, FONT_SIZE) + 2;
    const top = totals.get(categories.find((c) => wrapped.get(c.key) === r.c)?.key ?? '') ?? 0;
    return { ...r, ink: inkOn(colors[r.i] ?? '#ffffff'), fits: r.v !== null && r.v > 0 && segment >= along && thickness >= across, top };
  });

  const [band, measure] = horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
  const category = {
    field: 'c',
    type: 'nominal',
    scale: { domain, paddingInner: padding, paddingOuter: padding / 2 },
    axis: { title: def.axisTitle.x ?? null, ...categoryAxis },
  };
  const value = {
    field: 'v0',
    type: 'quantitative',
    scale: valueScale(def, data),
    axis: { title: def.axisTitle.y ?? null, tickCount: 5, grid: true, format: axisFormat(specifier) , ...valueAxisExtras(data) },
  };
  const stack = [
    { filter: 'datum.v !== null' },
    { stack: 'v', groupby: ['c'], sort: [{ field: 'i', order: 'ascending' }], as: ['v0', 'v1'] },
    { calculate: '(datum.v0 + datum.v1) / 2', as: 'mid' },
  ];
  const color = {
    field: 's',
    type: 'nominal',
    scale: { domain: seriesDomain, range: colors },
    legend: seriesLegend(def, series),
  };
  const layers: VlSpec[] = [
    {
      transform: stack,
      mark: { type: 'bar', ...(horizontal ? { height: { band: 1 } } : {}) },
      encoding: { [band]: category, [measure]: value, [`${measure}2`]: { field: 'v1' }, color },
    },
  ];
  if (labelsWanted(def)) {
    layers.push({
      transform: [...stack, { filter: 'datum.fits' }],
      mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: FONT_SIZE },
      encoding: {
        [band]: category,
        [measure]: { field: 'mid', type: 'quantitative' },
        text: labelText(data, specifier),
        fill: { field: 'ink', type: 'nominal', scale: null, legend: null },
      },
    });
  }
  const reasons = missingReasons(data);
  if (reasons.length) {
    // at the end of the category's stack: the value has no place inside it
    layers.push(missingLayer({ [band]: category, [measure]: { field: 'top', type: 'quantitative' } }, reasons, horizontal ? 'right' : 'up'));
  }
  const size = horizontal ? { height: Math.ceil((thickness / (1 - PADDING_INNER)) * categories.length) } : { height: BAR_PLOT_HEIGHT };
  return topLevel(input, rows, {
    ...size,
    layer: layers,
    usermeta: { kind: 'stacked-bar', horizontal },
  });
}
