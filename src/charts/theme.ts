/**
 * The house theme: the report's font, sizes for an A4 text column (~16 cm), and a palette that
 * stays distinguishable in greyscale print and for colour-blind readers (light→dark blues, ordered by
 * year so that lightness alone tells the years apart).
 */
export const FONT = 'Source Sans 3';
export const CHART_WIDTH = 560;
export const PALETTE = ['#c6dbef', '#6baed6', '#2171b5', '#08306b', '#041a3d'];
export const MISSING_COLOR = '#ffffff';

export const vegaLiteConfig = {
  font: FONT,
  background: 'white',
  padding: 4,
  axis: { labelFontSize: 10, titleFontSize: 10, labelColor: '#222', titleColor: '#222', grid: false },
  legend: { labelFontSize: 10, titleFontSize: 10, orient: 'bottom' as const, title: null },
  view: { stroke: null },
  bar: { stroke: '#333', strokeWidth: 0.4 },
};
