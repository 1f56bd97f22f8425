import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FigureView } from '../model/document.js';
import type { FigureDef } from '../model/edition.js';
import type { Datasets } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { buildAltText, buildCsv, buildDataTable } from './alt.js';
import { buildCaption, expandCaption } from './caption.js';
import { collectFigureData, type FigureDatum } from './data.js';
import { formatDatum } from './format.js';
import { placeholderSvg } from './placeholder.js';
import { renderSvg } from './render.js';
import { buildSpec } from './spec.js';

export interface FigureBuild {
  view: FigureView;
  /** The Vega-Lite spec (null for placeholders), for golden tests and report.json. */
  spec: unknown;
  data: FigureDatum[];
}

/** Definition → data → caption → spec → SVG, text alternative, data table and CSV. */
export async function buildFigure(
  def: FigureDef,
  number: number,
  datasets: Datasets,
  registry: Registry,
): Promise<{ figure: FigureBuild; diagnostics: Diagnostic[] }> {
  const data = collectFigureData(def, datasets, registry);
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const first = years[0] ?? datasets.year;
  const last = years[years.length - 1] ?? datasets.year;
  const context = {
    year: datasets.year,
    previousYear: datasets.year - 1,
    firstYear: first,
    years: first === last ? String(first) : `${first}–${last}`,
  };
  const expanded = expandCaption(def.caption, def.location.file, context);
  const label = `Figur ${number}.`;
  const caption = buildCaption(label, expanded.caption, expanded.caption.title, []);
  const drawn = data.filter((d) => d.value !== null);
  const missing = data.filter((d) => d.value === null).map((d) => `${d.xLabel}${d.seriesLabel ? ` ${d.seriesLabel}` : ''}: ${formatDatum(d)}`);
  const placeholder = drawn.length === 0 || def.chart === 'placeholder' || def.chart === 'diagram';
  const titleForAlt = caption.title || caption.source;
  let svg: string;
  let spec: unknown = null;
  if (placeholder) {
    svg = placeholderSvg(`${label} ${titleForAlt}`, missingSummary(def, data));
  } else {
    const s = buildSpec(def, data, titleForAlt);
    spec = s;
    svg = await renderSvg(s);
  }
  const alt = placeholder ? `${titleForAlt} ${missingSummary(def, data)}` : buildAltText(titleForAlt, data);
  const view: FigureView = {
    id: def.id,
    number,
    caption,
    svg,
    alt,
    data: buildDataTable(data, def.axisTitle.x ?? 'Kategori'),
    csv: buildCsv(data),
    missing,
    placeholder,
  };
  return { figure: { view, spec, data }, diagnostics: expanded.diagnostics };
}

function missingSummary(def: FigureDef, data: readonly FigureDatum[]): string {
  if (def.chart === 'diagram' || def.chart === 'placeholder') {
    const note = def.options['placeholder'];
    return typeof note === 'string' ? note : 'Figuren kan inte ritas från data.';
  }
  const indicators = [...new Set(def.data.map((s) => s.indicator))].join(', ');
  return data.length === 0
    ? `Uppgifter saknas för ${indicators}: inga observationer finns i datamängderna.`
    : `Uppgifter saknas för ${indicators}: alla ${data.length} värden saknas.`;
}
