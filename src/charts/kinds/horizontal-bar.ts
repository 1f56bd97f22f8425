import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, rampColors } from '../theme.js';
import { wrapText } from '../wrap.js';
import { axisFormat } from './grouped-bar.js';
import {
  MULTILINE_LABEL,
  categoriesOf,
  labelFormat,
  labelText,
  labelsWanted,
  missingLayer,
  missingReasons,
  rowsOf,
  seriesLegend,
  seriesOf,
  sortCategories,
  topLevel,
  valueScale,
  widestLabel,
  valueAxisExtras,
  type ChartInput,
  type VlSpec,
} from './common.js';

/** Category labels take at most this share of the width before they wrap. */
const LABEL_SHARE = 0.4;
/** Bar thickness: one series; each bar of a group. */
const BAR = 12;
const GROUPED_BAR = 9;
const PADDING_INNER = 0.25;

/**
 * Horizontal bars for long category labels: labels at the left (wrapped to three lines), bars to
 * the right with the value at their end; series (years) as bars within each category. `options.sort:
 * value` orders categories by value, largest at the top. The value axis is `axis.y` of the definition
 * (the measure), the category axis `axis.x`.
 */
export function horizontalBarSpec(input: ChartInput): VlSpec {
  const { def, data } = input;
  const series = seriesOf(data);
  const categories = sortCategories(categoriesOf(data), series, data, def);
  const { specifier, format } = labelFormat(input);
  const wrapped = new Map(categories.map((c) => [c.key, wrapText(c.label, CHART_WIDTH * LABEL_SHARE, FONT_SIZE, 3).join('\n')]));
  const rows = rowsOf(data, series, wrapped, format);
  const domain = categories.map((c) => wrapped.get(c.key)!);
  const seriesDomain = series.map((s) => s.label);
  const grouped = series.length > 1;
  const lines = Math.max(1, ...domain.map((d) => d.split('\n').length));
  const bars = grouped ? series.length * GROUPED_BAR : BAR;
  const step = Math.ceil(Math.max(bars, lines * LINE_HEIGHT) / (1 - PADDING_INNER));
  const labels = labelsWanted(def);

  const y = {
    field: 'c',
    type: 'nominal',
    scale: { domain, paddingInner: PADDING_INNER, paddingOuter: PADDING_INNER / 2 },
    axis: { title: def.axisTitle.x ?? null, labelExpr: MULTILINE_LABEL, labelLineHeight: LINE_HEIGHT, labelLimit: 0, labelOverlap: false },
  };
  const x = {
    field: 'v',
    type: 'quantitative',
    scale: valueScale(def, data),
    axis: { title: def.axisTitle.y ?? null, tickCount: 5, grid: true, format: axisFormat(specifier) , ...valueAxisExtras(data) },
    // overlapping rows would be summed silently; figure.ts reports duplicates instead
    stack: null,
  };
  const offset = grouped ? { yOffset: { field: 's', type: 'nominal', scale: { domain: seriesDomain, paddingInner: 0.05 } } } : {};
  const color = {
    field: 's',
    type: 'nominal',
    scale: { domain: seriesDomain, range: rampColors(series.length) },
    legend: seriesLegend(def, series),
  };
  const reasons = missingReasons(data);
  const layers: VlSpec[] = [{ transform: [{ filter: 'datum.v !== null' }], mark: { type: 'bar' }, encoding: { y, x, color, ...offset } }];
  if (labels) {
    layers.push({
      transform: [{ filter: 'datum.v !== null' }],
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: grouped ? GROUPED_LABEL_SIZE : FONT_SIZE },
      encoding: { y, x, text: labelText(data, specifier), ...offset },
    });
  }
  if (reasons.length) layers.push(missingLayer({ y, x: { field: 'zero', type: 'quantitative' }, ...offset }, reasons, 'right'));
  return topLevel(input, rows, {
    height: step * categories.length,
    // room at the right for the longest value label
    padding: { left: 2, top: 4, bottom: 2, right: labels ? Math.ceil(widestLabel(input, format) + 6) : 2 },
    layer: layers,
    usermeta: { kind: 'horizontal-bar', categoryLabelLines: lines },
  });
}

const GROUPED_LABEL_SIZE = 8;
