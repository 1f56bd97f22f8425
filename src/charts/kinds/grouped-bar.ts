import { CHART_WIDTH, FONT_SIZE, SMALL_FONT_SIZE, rampColors } from '../theme.js';
import {
  categoriesOf,
  labelFormat,
  labelText,
  labelsWanted,
  bandPadding,
  maxValue,
  missingLayer,
  missingReasons,
  rowsOf,
  seriesLegend,
  seriesOf,
  sortCategories,
  topLevel,
  verticalCategoryLabels,
  valueAxisWidth,
  valueScale,
  widestLabel,
  valueAxisExtras,
  type ChartInput,
  type VlSpec,
} from './common.js';

/** Plot height of a vertical bar chart (the axis labels and legend come on top of it). */
export const BAR_PLOT_HEIGHT = 190;
const PADDING_INNER = 0.2;
const OFFSET_PADDING = 0.06;

/**
 * Vertical bars, one group per category, one bar per series (years, lightest first) — the 2020
 * edition's main form. Long category labels wrap under their group (up to four lines), or slant when
 * a word does not fit (many categories). Value labels stand above the bars: 9 pt; 8 pt when 9 does
 * not fit the bar; turned upright when 8 does not fit either. Bars are at most 34 units wide. A
 * missing value is a mark at the baseline with its reason in the legend, never a bar.
 */
export function groupedBarSpec(input: ChartInput): VlSpec {
  const { def, data } = input;
  const series = seriesOf(data);
  const categories = sortCategories(categoriesOf(data), series, data, def);
  const { specifier, format } = labelFormat(input);
  const plotWidth = CHART_WIDTH - valueAxisWidth(maxValue(data), format, Boolean(def.axisTitle.y));
  const band = plotWidth / Math.max(1, categories.length);
  const labelsOnAxis = verticalCategoryLabels(categories, band);
  const wrapped = labelsOnAxis.text;
  const rows = rowsOf(data, series, wrapped, format);
  const domain = categories.map((c) => wrapped.get(c.key)!);
  const seriesDomain = series.map((s) => s.label);
  const grouped = series.length > 1;
  const padding = bandPadding(band, series.length, PADDING_INNER);

  const slot = (band * (1 - padding) * (1 - (grouped ? OFFSET_PADDING : 0))) / series.length;
  // a label may be as wide as its bar's slot in a group; a lone bar's label may use the whole band
  const room = grouped ? slot + 2 : band * 0.9;
  const fits = (size: number) => widestLabel(input, format, size) <= room;
  const labelMark = fits(FONT_SIZE)
    ? { type: 'text', baseline: 'bottom', dy: -2, fontSize: FONT_SIZE }
    : fits(SMALL_FONT_SIZE)
      ? { type: 'text', baseline: 'bottom', dy: -2, fontSize: SMALL_FONT_SIZE }
      : { type: 'text', angle: 270, align: 'left', baseline: 'middle', dx: 3, fontSize: SMALL_FONT_SIZE };
  const lines = Math.max(1, ...domain.map((d) => d.split('\n').length));

  const x = {
    field: 'c',
    type: 'nominal',
    scale: { domain, paddingInner: padding, paddingOuter: padding / 2 },
    axis: { title: def.axisTitle.x ?? null, ...labelsOnAxis.axis },
  };
  const y = {
    field: 'v',
    type: 'quantitative',
    scale: valueScale(def, data),
    axis: { title: def.axisTitle.y ?? null, tickCount: 5, grid: !labelsWanted(def), format: axisFormat(specifier) , ...valueAxisExtras(data) },
    // overlapping rows would be summed silently; figure.ts reports duplicates instead
    stack: null,
  };
  const offset = grouped ? { xOffset: { field: 's', type: 'nominal', scale: { domain: seriesDomain, paddingInner: OFFSET_PADDING } } } : {};
  const color = {
    field: 's',
    type: 'nominal',
    scale: { domain: seriesDomain, range: rampColors(series.length) },
    legend: seriesLegend(def, series),
  };
  const reasons = missingReasons(data);
  const layers: VlSpec[] = [{ transform: [{ filter: 'datum.v !== null' }], mark: { type: 'bar' }, encoding: { x, y, color, ...offset } }];
  if (labelsWanted(def)) {
    layers.push({
      transform: [{ filter: 'datum.v !== null' }],
      mark: labelMark,
      encoding: { x, y, text: labelText(data, specifier), ...offset },
    });
  }
  if (reasons.length) layers.push(missingLayer({ x, y: { field: 'zero', type: 'quantitative' }, ...offset }, reasons, 'up'));
  return topLevel(input, rows, {
    height: BAR_PLOT_HEIGHT,
    layer: layers,
    usermeta: { kind: 'grouped-bar', categoryLabelLines: lines },
  });
}

/** Axis ticks: the value labels' grouping and locale, without forcing their decimals on round ticks. */
export function axisFormat(specifier: string): string {
  return specifier.includes(',') ? ',~r' : '~r';
}
