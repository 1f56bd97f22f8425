import type { TopLevelSpec } from 'vega-lite';
import type { FigureDef } from '../model/edition.js';
import type { FigureDatum } from './data.js';
import { CHART_WIDTH, PALETTE, vegaLiteConfig } from './theme.js';

/**
 * Figure definition + data → a Vega-Lite spec. Missing values stay in the data with value null and
 * get a visible "–" mark at the baseline with the reason in the tooltip/description, so a gap is never
 * drawn as a zero-height bar without comment.
 */
export function buildSpec(def: FigureDef, data: readonly FigureDatum[], title: string): TopLevelSpec {
  const values = data.map((d) => ({ ...d, label: d.value === null ? '' : d.value }));
  const xOrder = unique(data.map((d) => d.xLabel));
  const seriesOrder = unique(data.map((d) => d.seriesLabel));
  const hasSeries = def.color !== null;
  const yTitle = def.axisTitle.y ?? '';
  const horizontal = def.chart === 'horizontal-bar';
  const category = { field: 'xLabel', type: 'nominal' as const, sort: xOrder, title: def.axisTitle.x ?? null, axis: { labelLimit: 200 } };
  const measure = { field: 'value', type: 'quantitative' as const, title: yTitle, axis: { format: '~r' } };
  const colour = hasSeries
    ? { field: 'seriesLabel', type: 'nominal' as const, sort: seriesOrder, scale: { range: PALETTE.slice(-Math.max(seriesOrder.length, 1)) } }
    : { value: PALETTE[2]! };
  const offset = hasSeries ? { [horizontal ? 'yOffset' : 'xOffset']: { field: 'seriesLabel', sort: seriesOrder } } : {};
  const enc = horizontal ? { y: category, x: measure } : { x: category, y: measure };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: title,
    width: horizontal ? CHART_WIDTH - 220 : CHART_WIDTH,
    height: horizontal ? { step: 14 } : 220,
    config: vegaLiteConfig,
    data: { values },
    layer: [
      {
        transform: [{ filter: 'datum.value !== null' }],
        mark: { type: 'bar' },
        encoding: { ...enc, color: colour, ...offset },
      },
      {
        transform: [{ filter: 'datum.value !== null' }],
        mark: horizontal
          ? { type: 'text', align: 'left', dx: 3, fontSize: 9 }
          : { type: 'text', baseline: 'bottom', dy: -2, fontSize: 8 },
        encoding: { ...enc, text: { field: 'value', type: 'quantitative', format: ',~r' }, ...offset },
      },
      {
        transform: [{ filter: 'datum.value === null' }, { calculate: '0', as: 'zero' }],
        mark: horizontal ? { type: 'text', align: 'left', dx: 3, fontSize: 9 } : { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9 },
        encoding: {
          ...(horizontal ? { y: category, x: { field: 'zero', type: 'quantitative' } } : { x: category, y: { field: 'zero', type: 'quantitative' } }),
          text: { value: '–' },
          ...offset,
        },
      },
    ],
  } as TopLevelSpec;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
