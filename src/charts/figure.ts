import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProseContext } from '../edition/template.js';
import type { DataTable, FigureView } from '../model/document.js';
import type { Fact } from '../model/fact.js';
import type { ClaimResult } from '../narrative/claims.js';
import type { FigureDef } from '../model/edition.js';
import type { Datasets } from '../model/observation.js';
import { captionIdForm, type Registry } from '../model/registry.js';
import { resolveYears, selectObservations } from '../compute/select.js';
import { joinList } from '../text/list.js';
import { buildAltText, buildCsv, buildDataTable, buildMatrixAltText, compactYears } from './alt.js';
import { buildCaption, expandCaption } from './caption.js';
import { collectFigureData, dimensionLabel, type FigureDatum } from './data.js';
import { MISSING_ORDER, missingWords } from './format.js';
import { categoriesOf, labelFormat, seriesOf, sortCategories } from './kinds/common.js';
import { describeDiagram, diagramSvg, readDiagram } from './kinds/diagram.js';
import { dotMatrixStatus } from './kinds/dot-matrix.js';
import { placeholderSvg } from './kinds/placeholder.js';
import { numberFormatter, renderSvg } from './render.js';
import { buildSpec, isDataChart, kindDescription } from './spec.js';
import { accessibleSvg } from './svg.js';

/**
 * Where drawings may be kept between runs: the build's one cache (src/pipeline/memo.ts), which keys
 * each by its inputs, the code and the versions of vega and vega-lite. None: every figure is drawn.
 */
export interface DrawingCache {
  key(name: string, files: readonly never[], ...extra: string[]): string;
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

export interface FigureBuild {
  view: FigureView;
  /** The Vega-Lite spec (null for diagrams and placeholders), for golden tests and report.json. */
  spec: unknown;
  data: FigureDatum[];
}

/**
 * Definition → data → caption → spec → SVG, text alternative, data table and CSV.
 *
 * A data chart with at least one value draws what exists and marks each missing value; one with no
 * value at all becomes a placeholder that names what is missing (never empty axes). A `diagram` is
 * drawn from its options; a `placeholder` says what the figure would show.
 */
export async function buildFigure(
  def: FigureDef,
  number: number,
  datasets: Datasets,
  registry: Registry,
  facts: ReadonlyMap<string, Fact> = new Map(),
  claims: ReadonlyMap<string, ClaimResult> = new Map(),
  cache: DrawingCache | null = null,
): Promise<{ figure: FigureBuild; diagnostics: Diagnostic[] }> {
  const data = figureData(def, datasets, registry);
  const context = captionContext(data, datasets);
  const expanded = expandCaption(def.caption, def.location, context, facts, claims);
  const label = `Figur ${number}.`;
  const caption = buildCaption(label, expanded, []);
  const title = caption.title || fallbackTitle(def, registry);
  const missing = data.filter((d) => d.value === null).map((d) => `${[d.xLabel, d.seriesLabel].filter(Boolean).join(' ')}: ${missingWords(d.missing)}`);
  const diagnostics = [...expanded.diagnostics, ...(isDataChart(def.chart) ? duplicateMarks(def, data) : [])];
  const drawn = data.some((d) => d.value !== null);
  const message = isDataChart(def.chart) && drawn ? '' : placeholderMessage(def, data, datasets, registry);
  // everything the drawing depends on (the definition's place in its file does not)
  const key = cache?.key('figure', [], JSON.stringify([{ ...def, location: null }, number, data, title, message]));
  let drawing = key === undefined ? undefined : cache!.get<Drawing>(key);
  if (!drawing) {
    drawing = await draw(def, number, data, title, message);
    if (key !== undefined) cache!.set(key, drawing);
  }
  const view: FigureView = { id: def.id, number, caption, csv: buildCsv(data), missing, ...drawing.view };
  return { figure: { view, spec: drawing.spec, data }, diagnostics };
}

/** What a figure's caption may read: the report year, and the first year and span the figure draws. */
export function captionContext(data: readonly FigureDatum[], datasets: Datasets): ProseContext {
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const first = years[0] ?? datasets.year;
  const last = years[years.length - 1] ?? datasets.year;
  return {
    year: datasets.year,
    previousYear: datasets.year - 1,
    firstYear: first,
    years: first === last ? String(first) : `${first}–${last}`,
  };
}

/** What drawing a figure produces (kept in the cache by its inputs). */
interface Drawing {
  view: Pick<FigureView, 'svg' | 'alt' | 'data' | 'placeholder'>;
  spec: unknown;
}

/**
 * Spec → SVG, text alternative and data table; a diagram or a placeholder when that is what it is.
 * The SVG is named by the finding and described by the data (the kind of chart and where its table
 * is last); the print flavour names it by both, as the PDF's /Alt (src/render/html.ts).
 */
async function draw(def: FigureDef, number: number, data: FigureDatum[], title: string, message: string): Promise<Drawing> {
  const prefix = `figur-${number}-svg`;
  const where = `Uppgifterna finns i tabellen Data för figur ${number}.`;
  const diagram = def.chart === 'diagram' ? readDiagram(def) : null;
  if (diagram) {
    const alt = describeDiagram(diagram);
    const svg = accessibleSvg(diagramSvg(diagram), prefix, { title: alt, desc: `${kindDescription('diagram', false)}. ${where}` });
    const table: DataTable = {
      columns: ['Del', 'Text'],
      rows: [...diagram.inriktningsmal.map((t, i) => [`Inriktningsmål ${i + 1}`, t]), ...diagram.forutsattningar.map((t) => ['Grundläggande förutsättning', t])],
      unit: '',
    };
    return { view: { svg, alt, data: table, placeholder: false }, spec: null };
  }
  const fmt = await numberFormatter();
  if (message) {
    const heading = isDataChart(def.chart) ? 'Figuren kan inte ritas: uppgifter saknas.' : '';
    const alt = heading ? `${heading} ${message}` : message;
    const svg = accessibleSvg(placeholderSvg(heading, message), prefix, { title: heading || message, desc: `${heading ? `${message} ` : ''}${kindDescription('placeholder', false)}.` });
    return { view: { svg, alt, data: buildDataTable(data, rowHeader(def), fmt(',~r')), placeholder: true }, spec: null };
  }
  const input = { def, data, title, fmt };
  const spec = buildSpec(input);
  const { format } = labelFormat(input);
  const status = def.chart === 'dot-matrix' ? dotMatrixStatus(def) : null;
  const text = status ? buildMatrixAltText(data, status) : buildAltText(data, { format, x: def.x, color: def.color });
  const desc = [text.details, `${kindDescription(def.chart, def.options['stacked'] === true)}.`, where].filter(Boolean).join(' ');
  const svg = await renderSvg(spec, prefix, { title: text.finding, desc });
  const table = status ? buildDataTable(data, matrixRowHeader(def), format, status, true) : buildDataTable(data, rowHeader(def), format);
  return { view: { svg, alt: [text.finding, text.details].filter(Boolean).join(' '), data: table, placeholder: false }, spec };
}

/**
 * The figure's data. A dot-matrix reads its rows from `options.y` (every value of that dimension a
 * row, entered or not); they become the data's series.
 */
export function figureData(def: FigureDef, datasets: Datasets, registry: Registry): FigureDatum[] {
  const y = def.chart === 'dot-matrix' && typeof def.options['y'] === 'string' ? def.options['y'] : null;
  const data = sortedByValue(def, collectFigureData(def, datasets, registry, { complete: y ? [y] : [] }));
  if (!y) return data;
  return data.map((d) => {
    const indicator = registry.indicators.get(d.indicator)!;
    const code = d.dims[y] ?? '';
    return { ...d, series: code, seriesLabel: dimensionLabel(indicator, y, code) };
  });
}

/**
 * Two marks in one place (same category, series and row): the definition leaves a dimension free
 * that it neither draws nor fixes, so values would be drawn on top of each other.
 */
function duplicateMarks(def: FigureDef, data: readonly FigureDatum[]): Diagnostic[] {
  const seen = new Map<string, FigureDatum>();
  const clashes: string[] = [];
  for (const d of data) {
    const key = `${d.x}\u0000${d.series}`;
    const other = seen.get(key);
    if (other && clashes.length < 3) clashes.push(`${[d.xLabel, d.seriesLabel].filter(Boolean).join(', ')} (${describe(other)} och ${describe(d)})`);
    seen.set(key, d);
  }
  if (!clashes.length) return [];
  function describe(d: FigureDatum): string {
    return `${d.year} ${Object.entries(d.dims).map(([k, v]) => `${k}=${v}`).join(' ')}`.trim();
  }
  return [
    {
      severity: 'warning',
      code: 'figure/overlapping-marks',
      message: `figure "${def.id}" draws several values in one place: ${clashes.join('; ')}`,
      location: def.location,
      hint: 'fix the other dimensions in `where`, or draw them with `x` or `color`',
    },
  ];
}

/** With `options.sort: value` the data, and so the text alternative and table, follow the drawn order. */
function sortedByValue(def: FigureDef, data: FigureDatum[]): FigureDatum[] {
  if (def.options['sort'] !== 'value') return data;
  const order = sortCategories(categoriesOf(data), seriesOf(data), data, def).map((c) => c.key);
  const rank = new Map(order.map((k, i) => [k, i]));
  return data.map((d, i) => ({ d, i })).sort((a, b) => rank.get(a.d.x)! - rank.get(b.d.x)! || a.i - b.i).map((e) => e.d);
}

function rowHeader(def: FigureDef): string {
  if (def.axisTitle.x) return def.axisTitle.x;
  if (def.x === 'year') return 'År';
  return def.x.charAt(0).toUpperCase() + def.x.slice(1);
}

/** A dot-matrix table has a row per member of `options.y`. */
function matrixRowHeader(def: FigureDef): string {
  if (def.axisTitle.y) return def.axisTitle.y;
  const y = typeof def.options['y'] === 'string' ? def.options['y'] : '';
  return y ? y.charAt(0).toUpperCase() + y.slice(1) : 'Rad';
}

/** When the caption has no title (only a source): the indicators' names. */
function fallbackTitle(def: FigureDef, registry: Registry): string {
  const names = [...new Set(def.data.map((s) => registry.indicators.get(s.indicator)?.name).filter((n): n is string => Boolean(n)))];
  return names.length ? `${joinList(names)}.` : def.caption.source;
}

/**
 * What a placeholder says: the author's `options.placeholder` for figures that are not charts of
 * data; for a chart without values, which indicator and years are missing and why.
 */
function placeholderMessage(def: FigureDef, data: readonly FigureDatum[], datasets: Datasets, registry: Registry): string {
  const note = def.options['placeholder'];
  if (!isDataChart(def.chart)) return typeof note === 'string' && note.trim() ? note.trim() : 'Figuren kan inte ritas från data.';
  const parts = [...new Set(def.data.map((s) => s.indicator))].map((id) => {
    const indicator = registry.indicators.get(id);
    const name = indicator ? `${indicator.name} (ID ${captionIdForm(id)})` : `indikator ${id} (finns inte i indikatorregistret)`;
    const own = data.filter((d) => d.indicator === id);
    if (own.length === 0) {
      const years = def.data.filter((s) => s.indicator === id).flatMap((s) => resolveYears(def.years, datasets.year, selectObservations(datasets, s)));
      const span = joinList(compactYears([...new Set(years)].sort((a, b) => a - b).map(String)));
      return `${name}: inga uppgifter finns i datamängderna för år ${span}`;
    }
    const reasons = MISSING_ORDER.flatMap((reason) => {
      const years = [...new Set(own.filter((d) => (d.missing ?? 'not-available') === reason).map((d) => d.year))].sort((a, b) => a - b);
      return years.length ? [`${missingWords(reason)} för år ${joinList(compactYears(years.map(String)))}`] : [];
    });
    return `${name}: ${reasons.join(', ')}`;
  });
  const extra = typeof note === 'string' && note.trim() ? ` ${note.trim()}` : '';
  return `${parts.join('. ')}.${extra}`;
}
