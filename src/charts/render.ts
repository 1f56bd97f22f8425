import type { TopLevelSpec } from 'vega-lite';
import { SV_NUMBER_LOCALE } from './locale.js';

/**
 * Vega-Lite → Vega → SVG in Node, no browser. vega and vega-lite are loaded on first use so that
 * commands that draw nothing do not pay for them.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  vega.formatLocale(SV_NUMBER_LOCALE);
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
