import { isMonthAxis } from '../data.js';
import { FONT_SIZE, LINE_COLORS, LINE_DASHES } from '../theme.js';
import { axisFormat } from './grouped-bar.js';
import {
  categoriesOf,
  isBoolean,
  labelFormat,
  labelText,
  missingLayer,
  missingReasons,
  option,
  seriesLegend,
  seriesOf,
  topLevel,
  valueScale,
  valueAxisExtras,
  withLabel,
  type ChartInput,
  type VlSpec,
} from './common.js';
import { missingLegend } from '../format.js';

export const LINE_PLOT_HEIGHT = 200;
/** Vertical distance between the missing marks of several series at one position. */
const MISSING_STEP = 6;
/** Points are drawn on the lines up to this many positions per series. */
const POINTS_UP_TO = 24;

/**
 * Lines over years, months or another ordered category; one line per series, each with its own colour,
 * dash pattern (told apart in greyscale too). A month dimension ("2020-03") becomes a
 * time axis with Swedish month names. A missing value breaks the line — it is never bridged or drawn
 * as zero — and is marked at the baseline in its series' colour, with its reason in the legend.
 * Values are labelled for one series with at most twelve points (`options.labels` overrides).
 */
export function lineSpec(input: ChartInput): VlSpec {
  const { def, data } = input;
  const series = seriesOf(data);
  const categories = categoriesOf(data);
  const months = isMonthAxis(categories.map((c) => c.key));
  const years = def.x === 'year';
  const { specifier, format } = labelFormat(input);
  const seriesDomain = series.map((s) => s.label || 'Värde');
  const index = new Map(series.map((s, i) => [s.key, i]));
  // several series missing at one position: their marks stand in a column, not on top of each other
  const missingAt = new Map<string, number>();
  const rows = data.map((d) => {
    const k = d.value === null ? (missingAt.get(d.x) ?? 0) : 0;
    if (d.value === null) missingAt.set(d.x, k + 1);
    return withLabel(data, format, d, {
      c: months ? `${d.x}-01` : d.xLabel,
      s: d.seriesLabel || 'Värde',
      i: index.get(d.series) ?? 0,
      v: d.value,
      m: d.value === null ? missingLegend(d.missing) : null,
      // pixel height of the mark (the plot's baseline is at LINE_PLOT_HEIGHT; the layer nudges it up)
      my: LINE_PLOT_HEIGHT - MISSING_STEP * k,
    });
  });
  const x = months
    ? {
        field: 'c',
        type: 'temporal',
        timeUnit: 'utcyearmonth',
        scale: { type: 'utc' },
        axis: { title: def.axisTitle.x ?? null, format: '%b %Y', labelOverlap: true, tickCount: { interval: 'month', step: monthStep(categories.length) } },
      }
    : {
        field: 'c',
        type: 'ordinal',
        scale: { domain: categories.map((c) => c.label), type: 'point', padding: 0.3 },
        axis: { title: def.axisTitle.x ?? null, labelAngle: 0, labelOverlap: years ? 'greedy' : true },
      };
  const y = {
    field: 'v',
    type: 'quantitative',
    scale: valueScale(def, data),
    axis: { title: def.axisTitle.y ?? null, tickCount: 5, grid: true, format: axisFormat(specifier) , ...valueAxisExtras(data) },
  };
  const n = Math.max(1, series.length);
  const legend = seriesLegend(def, series, { symbolType: 'stroke', symbolStrokeWidth: 1.75, symbolSize: 300, symbolFillColor: 'transparent' });
  const color = { field: 's', type: 'nominal', scale: { domain: seriesDomain, range: LINE_COLORS.slice(0, n) }, legend };
  const dash = { field: 's', type: 'nominal', scale: { domain: seriesDomain, range: LINE_DASHES.slice(0, n) }, legend };
  const points = categories.length <= POINTS_UP_TO;
  const labels = option(def, 'labels', isBoolean) ?? (series.length === 1 && categories.length <= 12);

  const layers: VlSpec[] = [
    { mark: { type: 'line', invalid: 'break-paths-show-domains', strokeWidth: 1.75 }, encoding: { x, y, color, strokeDash: dash } },
  ];
  if (points) {
    // A point on every value: a lone value between two gaps is visible although no line reaches it.
    layers.push({
      transform: [{ filter: 'datum.v !== null' }],
      mark: { type: 'point', filled: true, size: 26, opacity: 1, shape: 'circle' },
      encoding: { x, y, color },
    });
  }
  if (labels) {
    layers.push({
      transform: [{ filter: 'datum.v !== null' }],
      mark: { type: 'text', baseline: 'bottom', dy: -5, fontSize: FONT_SIZE },
      encoding: { x, y, text: labelText(data, specifier) },
    });
  }
  const reasons = missingReasons(data);
  if (reasons.length) {
    layers.push(
      missingLayer({ x, y: { field: 'my', type: 'quantitative', scale: null } }, reasons, 'up', series.length > 1 ? { stroke: color } : {}),
    );
  }
  return topLevel(input, rows, {
    height: LINE_PLOT_HEIGHT,
    layer: layers,
    usermeta: { kind: 'line', months },
  });
}

/** Label every month up to a year, then every quarter, then every half year or year. */
function monthStep(n: number): number {
  return n <= 12 ? 1 : n <= 36 ? 3 : n <= 72 ? 6 : 12;
}
