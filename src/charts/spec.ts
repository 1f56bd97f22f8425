import type { TopLevelSpec } from 'vega-lite';
import type { ChartKind } from '../model/edition.js';
import type { ChartInput, VlSpec } from './kinds/common.js';
import { dotMatrixSpec } from './kinds/dot-matrix.js';
import { groupedBarSpec } from './kinds/grouped-bar.js';
import { horizontalBarSpec } from './kinds/horizontal-bar.js';
import { lineSpec } from './kinds/line.js';
import { stackedBarSpec } from './kinds/stacked-bar.js';

/** The kinds drawn by vega from data (diagram and placeholder are drawn directly as SVG). */
export type DataChartKind = Exclude<ChartKind, 'diagram' | 'placeholder'>;

export function isDataChart(kind: ChartKind): kind is DataChartKind {
  return kind !== 'diagram' && kind !== 'placeholder';
}

/**
 * Figure definition + data → a Vega-Lite spec, one builder per kind. `options.stacked: true` turns a
 * grouped or horizontal bar chart into a stacked one.
 */
export function buildSpec(input: ChartInput): TopLevelSpec {
  return buildVlSpec(input) as unknown as TopLevelSpec;
}

function buildVlSpec(input: ChartInput): VlSpec {
  const kind = input.def.chart;
  const stacked = input.def.options['stacked'] === true;
  switch (kind) {
    case 'grouped-bar':
      return (stacked ? stackedBarSpec(input) : groupedBarSpec(input));
    case 'horizontal-bar':
      return (stacked ? stackedBarSpec(input, true) : horizontalBarSpec(input));
    case 'stacked-bar':
      return stackedBarSpec(input);
    case 'line':
      return lineSpec(input);
    case 'dot-matrix':
      return dotMatrixSpec(input);
    default:
      throw new Error(`chart kind ${kind} is not drawn from a spec`);
  }
}

/** A short description of the chart's kind, for the SVG's <desc>. */
export function kindDescription(kind: ChartKind, stacked: boolean): string {
  switch (kind) {
    case 'grouped-bar':
      return stacked ? 'Staplat stapeldiagram' : 'Stapeldiagram';
    case 'horizontal-bar':
      return stacked ? 'Staplat liggande stapeldiagram' : 'Liggande stapeldiagram';
    case 'stacked-bar':
      return 'Staplat stapeldiagram';
    case 'line':
      return 'Linjediagram';
    case 'dot-matrix':
      return 'Punktmatris';
    case 'diagram':
      return 'Bild';
    case 'placeholder':
      return 'Platshållare';
  }
}
