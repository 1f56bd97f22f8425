import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import type { NumberFormatter } from './format.js';
import { SV_NUMBER_LOCALE, SV_TIME_LOCALE } from './locale.js';
import { textWidth } from './metrics.js';
import { accessibleSvg, type SvgText } from './svg.js';

/**
 * Vega-Lite → Vega → SVG in Node, no browser. vega and vega-lite are loaded on first use (about
 * 0.3 s), so commands that draw nothing do not pay for them.
 *
 * - Text is measured with Source Sans 3's own advance widths (metrics.ts) instead of vega's canvas-less
 *   guess, so labels are laid out and truncated as the reader sees them.
 * - The output is deterministic: vega numbers clip paths and gradients with process-wide counters;
 *   every id is renamed to `<prefix>-<n>` in order of appearance, which also keeps the ids of several
 *   inline SVGs in one HTML page apart.
 * - Rendered SVGs are cached by a hash of (spec, prefix, text): the same figure is drawn once per process.
 */

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');

let modules: Promise<{ vega: Vega; vl: VegaLite }> | undefined;

/** vega and vega-lite, loaded once, with the text measure installed. */
export function loadVega(): Promise<{ vega: Vega; vl: VegaLite }> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    installTextMetrics(vega);
    return { vega, vl };
  });
  return modules;
}

/** Parts of vega's runtime API its type declarations omit. */
interface VegaExtras {
  textMetrics: unknown;
  locale(number: unknown, time: unknown): unknown;
}

function installTextMetrics(vega: Vega): void {
  const metrics = (vega as unknown as VegaExtras).textMetrics as { width: (item: { fontSize?: number; fontWeight?: number | string }, text: unknown) => number };
  metrics.width = (item, text) => {
    const s = text === null || text === undefined ? '' : String(text).trim();
    const size = item.fontSize !== undefined && item.fontSize !== null ? Number(item.fontSize) || 0 : 11;
    return textWidth(s, size, item.fontWeight ?? 400);
  };
}

/** d3-format with the sv-SE locale — the very function vega uses for the spec's `format`. */
export async function numberFormatter(): Promise<(specifier: string) => NumberFormatter> {
  const { vega } = await loadVega();
  const locale = (vega as unknown as VegaExtras).locale(SV_NUMBER_LOCALE, SV_TIME_LOCALE) as { format: (specifier: string) => NumberFormatter };
  return (specifier) => locale.format(specifier);
}

/** Compiles a Vega-Lite spec to Vega, failing on any warning (a warning means a chart drawn wrong). */
export async function compileSpec(spec: TopLevelSpec): Promise<unknown> {
  const { vl } = await loadVega();
  const warnings: string[] = [];
  const logger = {
    level: (() => logger) as unknown,
    error: (...m: unknown[]) => {
      warnings.push(m.join(' '));
      return logger;
    },
    warn: (...m: unknown[]) => {
      warnings.push(m.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = vl.compile(spec, { logger: logger as never }).spec;
  if (warnings.length) throw new Error(`vega-lite: ${warnings.join('; ')}`);
  return compiled;
}

const cache = new Map<string, Promise<string>>();
const CACHE_LIMIT = 256;

/** Empties the SVG cache (benchmarks and tests that measure drawing). */
export function clearSvgCache(): void {
  cache.clear();
}

/**
 * Renders a spec to an accessible SVG: role="img", <title> and <desc> (the text alternative), ids
 * prefixed with `prefix`.
 */
export function renderSvg(spec: TopLevelSpec, prefix: string, text: SvgText): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify([spec, prefix, text])).digest('hex');
  let svg = cache.get(key);
  if (!svg) {
    svg = draw(spec, prefix, text);
    svg.catch(() => cache.delete(key));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, svg);
  }
  return svg;
}

async function draw(spec: TopLevelSpec, prefix: string, text: SvgText): Promise<string> {
  const { vega } = await loadVega();
  const compiled = await compileSpec(spec);
  const view = new vega.View(vega.parse(compiled as never), { renderer: 'none', logLevel: vega.Error });
  try {
    const raw = await view.toSVG();
    return accessibleSvg(raw, prefix, text);
  } finally {
    view.finalize();
  }
}
