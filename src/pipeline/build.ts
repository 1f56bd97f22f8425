/**
 * The pipeline, one edition at a time:
 *
 *   indicators/*.yaml ──▶ loadRegistry ──▶ Registry
 *   datasets/<≤year>/ ──▶ loadDatasets ──▶ Datasets
 *   templates/editions/<year>/ ──▶ loadEdition ──▶ Edition ──▶ numberFloats ──▶ FloatNumbers
 *   Edition.facts + Datasets ──▶ computeFacts ──▶ Map<id, Fact>            (compute + Swedish phrases)
 *   Edition.claims + facts ──▶ evaluateClaims ──▶ Map<id, ClaimResult>     (the hand-written words checked)
 *   Edition.figures + Datasets + facts ──▶ buildFigure ──▶ FigureBuild (caption, Vega-Lite spec → SVG, alt text, CSV)
 *   Edition.tables + Datasets + facts ──▶ buildTable ──▶ TableView
 *   everything above ──▶ assembleDocument ──▶ ReportDocument (the view model)
 *   ReportDocument ──▶ renderMarkdown | renderHtml(screen) | renderHtml(print) | buildReportJson
 *   print HTML ──▶ Printer (src/pdf, the only browser user) ──▶ PDF bytes
 *
 * Every stage is a function of values and returns diagnostics; this module only sequences them and
 * stops after a stage that found errors. Reading and writing files happens in the caller (project.ts,
 * output.ts), printing through the injected printer.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { stageOfErrors } from '../diagnostics/codes.js';
import { expandCaption } from '../charts/caption.js';
import { buildFigure, captionContext, figureData, type FigureBuild } from '../charts/figure.js';
import { checkFigureOptions } from '../charts/options.js';
import { buildTable, tableCaptionContext } from '../tables/table.js';
import { loadDatasets } from '../datasets/load.js';
import { checkMappingFile } from '../import/mapping.js';
import { numberFloats, refLabels } from '../edition/floats.js';
import { loadEdition } from '../edition/load.js';
import { checkSelections } from '../edition/selections.js';
import type { ClaimUse, DocumentMeta, FigureView, ReportDocument, TableView } from '../model/document.js';
import type { Edition } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Datasets } from '../model/observation.js';
import type { Indicator, Registry } from '../model/registry.js';
import { evaluateClaims, type ClaimResult } from '../narrative/claims.js';
import { computeFacts } from '../narrative/facts.js';
import { loadRegistry } from '../registry/load.js';
import { assembleDocument, captionClaimUses } from '../document/assemble.js';
import { LayoutError, renderHtml, type LayoutTemplates } from '../render/html.js';
import { buildReportJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Styles } from '../assets/styles.js';
import type { Cache } from './memo.js';
import { diagnosticsForYear, type ProjectFiles } from './project.js';

/** Which stage failed decides the exit code (see src/cli/exit.ts). */
export type Stage = 'input' | 'render' | 'pdf';

export class StageError extends Error {
  constructor(
    readonly stage: Stage,
    readonly diagnostics: Diagnostic[],
  ) {
    super(`${stage} stage failed`);
  }
}

export interface Model {
  registry: Registry;
  datasets: Datasets;
  edition: Edition;
  facts: Map<string, Fact>;
  claims: Map<string, ClaimResult>;
  figures: FigureBuild[];
  tables: TableView[];
  document: ReportDocument;
}

export interface BuildOptions {
  year: number;
  /** When and from what the build is made; printed on drafts. */
  build: { date: string; commit: string };
  /** --draft: mark the report as a draft even when nothing is missing. */
  draft: boolean;
  /** Where loading results and drawn figures may be kept between runs (the CLI's disk cache); none in tests. */
  cache?: Cache | null;
}

/** Loads and checks everything an edition needs (stages 1–3): the `validate` command stops here. */
export function loadInputs(
  project: ProjectFiles,
  year: number,
  cache: Cache | null = null,
): { registry: Registry; datasets: Datasets; edition: Edition | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = diagnosticsForYear(project, year);
  const registryKey = cache?.key('registry', project.indicators) ?? '';
  const { registry, diagnostics: registryDiagnostics } = memo(cache, registryKey, () => loadRegistry(project.indicators), {
    encode: (r) => ({ ...r, registry: { ...r.registry, indicators: [...r.registry.indicators.entries()] } }),
    decode: (r: { registry: Omit<Registry, 'indicators'> & { indicators: [string, Indicator][] }; diagnostics: Diagnostic[] }) => ({
      ...r,
      registry: { ...r.registry, indicators: new Map(r.registry.indicators) },
    }),
  });
  diagnostics.push(...registryDiagnostics);
  const sourceShas = project.sources.map((s) => `${s.path}\0${s.sha256}`);
  const datasetsKey = cache?.key('datasets', project.datasets, registryKey, year, ...sourceShas) ?? '';
  const { datasets, diagnostics: datasetDiagnostics } = memo(cache, datasetsKey, () => loadDatasets(project.datasets, registry, year, project.sources, checkMappingFile));
  diagnostics.push(...datasetDiagnostics);
  const editionKey = cache?.key('edition', project.editions, registryKey, year) ?? '';
  const { edition, diagnostics: editionDiagnostics } = memo(cache, editionKey, () => {
    const loaded = loadEdition(project.editions, year);
    // What figures and tables select must exist, and their options be ones their chart reads.
    return { ...loaded, diagnostics: [...loaded.diagnostics, ...checkSelections(project.editions, year, registry, [checkFigureOptions])] };
  });
  diagnostics.push(...editionDiagnostics);
  return { registry, datasets, edition, diagnostics };
}

/** A pure loader's result from the cache, or computed and kept (see memo.ts). */
function memo<T>(
  cache: Cache | null,
  key: string,
  compute: () => T,
  codec: { encode: (v: T) => unknown; decode: (v: never) => T } = { encode: (v) => v, decode: (v) => v as T },
): T {
  if (!cache) return compute();
  const hit = cache.get<never>(key);
  if (hit !== undefined) return codec.decode(hit);
  const value = compute();
  cache.set(key, codec.encode(value));
  return value;
}

/** Stages 1–8: inputs → the finished document model. Throws StageError on errors. */
export async function buildModel(project: ProjectFiles, options: BuildOptions): Promise<{ model: Model; diagnostics: Diagnostic[] }> {
  const loaded = loadInputs(project, options.year, options.cache ?? null);
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.edition || hasErrors(diagnostics)) throw new StageError('input', diagnostics);
  const { registry, datasets, edition } = loaded;

  const floats = numberFloats(edition);
  diagnostics.push(...floats.diagnostics);
  const { facts, claims, diagnostics: factDiagnostics } = computeProse(edition, datasets, registry);
  diagnostics.push(...factDiagnostics);
  if (hasErrors(diagnostics)) throw new StageError('input', diagnostics);

  const figureDefs = edition.figures.filter((f) => floats.numbers.figures.has(f.id));
  const built = await Promise.all(
    figureDefs.map((def) => buildFigure(def, floats.numbers.figures.get(def.id)!, datasets, registry, facts, claims, options.cache ?? null)),
  );
  const figures = built.map((b) => b.figure).sort((a, b) => a.view.number - b.view.number);
  built.forEach((b) => diagnostics.push(...b.diagnostics));
  const tables = edition.tables
    .filter((t) => floats.numbers.tables.has(t.id))
    .map((def) => {
      const t = buildTable(def, floats.numbers.tables.get(def.id)!, datasets, registry, facts, claims);
      diagnostics.push(...t.diagnostics);
      return t.table;
    });

  const assembled = assembleDocument({
    edition,
    meta: documentMeta(edition, options, { gaps: [], claims: [], figures: [], tables: [] }),
    facts,
    claims,
    refs: refLabels(floats.numbers),
    figures: new Map<string, FigureView>(figures.map((f) => [f.view.id, f.view])),
    tables: new Map(tables.map((t) => [t.id, t])),
  });
  diagnostics.push(...assembled.diagnostics);
  // The errors' codes say whose they are: a mistake in the edition's texts, captions or figure
  // definitions is invalid input, whichever stage found it (src/diagnostics/codes.ts).
  if (hasErrors(diagnostics)) throw new StageError(stageOfErrors(diagnostics) === 'input' ? 'input' : 'render', diagnostics);
  // Whether the edition is a draft depends on the claims as the text uses them.
  const document = { ...assembled.document, meta: documentMeta(edition, options, assembled.document) };
  return { model: { registry, datasets, edition, facts, claims, figures, tables, document }, diagnostics };
}

/** The facts and the claims on them: what the prose says, and whether its hand-written words hold. */
export function computeProse(edition: Edition, datasets: Datasets, registry: Registry) {
  const { facts, diagnostics } = computeFacts(edition.facts, datasets, registry);
  const evaluated = evaluateClaims(edition.claims, facts, { year: datasets.year, factIds: new Set(edition.facts.map((f) => f.id)) });
  return { facts, claims: evaluated.results, diagnostics: [...diagnostics, ...evaluated.diagnostics] };
}

/**
 * The texts filled in without figures (for `validate` and `new-year`): the facts, and each claim where
 * the text uses it, with whether it holds; the diagnostics of both and of the texts.
 */
export function checkTexts(edition: Edition, datasets: Datasets, registry: Registry): { facts: Map<string, Fact>; claims: ClaimUse[]; diagnostics: Diagnostic[] } {
  const floats = numberFloats(edition);
  const prose = computeProse(edition, datasets, registry);
  const m = edition.meta;
  const meta: DocumentMeta = { ...m, documentName: `${m.title} - ${m.subtitle}`, lang: 'sv-SE', draft: null };
  const assembled = assembleDocument({ edition, meta, facts: prose.facts, claims: prose.claims, refs: refLabels(floats.numbers), figures: new Map(), tables: new Map() });
  // The captions too: they cite facts and state claims as the sections do.
  const captions = [
    ...edition.figures.map((def) => ({ def, expanded: expandCaption(def.caption, def.location, captionContext(figureData(def, datasets, registry), datasets), prose.facts, prose.claims) })),
    ...edition.tables.map((def) => ({ def, expanded: expandCaption(def.caption, def.location, tableCaptionContext(datasets), prose.facts, prose.claims) })),
  ];
  const captionClaims = captions.flatMap(({ def, expanded }) => captionClaimUses(expanded.claims, def.location, prose.claims));
  return {
    facts: prose.facts,
    claims: [...assembled.document.claims, ...captionClaims],
    diagnostics: [...floats.diagnostics, ...prose.diagnostics, ...assembled.diagnostics, ...captions.flatMap((c) => c.expanded.diagnostics)],
  };
}

function documentMeta(edition: Edition, options: BuildOptions, text: DraftInput): DocumentMeta {
  const m = edition.meta;
  const reasons = draftReasons(edition, text);
  const draft = options.draft || reasons.length ? options.build : null;
  return {
    year: m.year,
    title: m.title,
    subtitle: m.subtitle,
    documentName: `${m.title} - ${m.subtitle}`,
    agency: m.agency,
    diarienummer: m.diarienummer,
    date: m.date,
    author: m.author,
    subject: m.subject,
    keywords: m.keywords,
    lang: 'sv-SE',
    draft: draft ? { ...draft, reasons } : null,
  };
}

/** What decides whether an edition is a draft: the text's gaps and claims, and its figures and tables. */
export type DraftInput = Pick<ReportDocument, 'gaps' | 'claims' | 'figures' | 'tables'>;

/**
 * Why an edition cannot be final: a sentence of the prose lacks its data, a figure or table stands as
 * a placeholder (none of its data exists), or the texts were copied from the previous edition and not
 * revised. (A figure that draws what exists marks its own gaps; `ehalsa status` lists them.)
 */
export function draftReasons(edition: Edition, text: DraftInput): string[] {
  const reasons: string[] = [];
  const placeholders = placeholderFloats(text);
  if (placeholders.length) {
    reasons.push(`${placeholderList(placeholders)} visas som platshållare: uppgifterna saknas.`);
  }
  const missing = text.gaps;
  if (missing.length) {
    reasons.push(`${missing.length} ${missing.length === 1 ? 'uppgift' : 'uppgifter'} som texten citerar saknas; de är markerade i texten.`);
  }
  const failing = failingClaims(text.claims);
  if (failing.length) {
    const n = failing.length;
    reasons.push(`${n} ${n === 1 ? 'påstående' : 'påståenden'} i texten stämmer inte med data eller kan inte prövas; ${n === 1 ? 'det är markerat' : 'de är markerade'} i texten.`);
  }
  if (edition.meta.unrevised.length) {
    const from = edition.meta.copiedFrom ? ` från utgåvan ${edition.meta.copiedFrom}` : '';
    const n = edition.meta.unrevised.length;
    reasons.push(`${n} ${n === 1 ? 'text är kopierad' : 'texter är kopierade'}${from} och ännu inte reviderade; de är markerade i texten.`);
  }
  return reasons;
}

/**
 * The figures drawn as placeholders and the tables without a single value, in document order: what
 * they would show, as their captions name it ("Figur 3. Tillgång till fiber …").
 */
export function placeholderFloats(text: Pick<ReportDocument, 'figures' | 'tables'>): { label: string; title: string }[] {
  const figures = text.figures.filter((f) => f.placeholder);
  const tables = text.tables.filter((t) => t.body.every((row) => row.every((cell) => cell.header || cell.missing)));
  return [...figures, ...tables].map((f) => ({ label: f.caption.label.replace(/\.$/, ''), title: f.caption.title }));
}

/** "Figur 3, 12 och 15" ("Figur 3, Figur 12 och Tabell 2" when both kinds are there). */
function placeholderList(floats: readonly { label: string }[]): string {
  const kinds = new Set(floats.map((f) => f.label.split(' ')[0]));
  const names = floats.map((f, i) => (kinds.size === 1 && i > 0 ? f.label.split(' ')[1]! : f.label));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

/** The claims the text uses that do not hold or cannot be checked, in reading order. */
export function failingClaims(claims: readonly ClaimUse[]): ClaimUse[] {
  return claims.filter((c) => c.holds !== true);
}


export type Format = 'md' | 'html' | 'json' | 'pdf' | 'figures';
export const FORMATS: readonly Format[] = ['pdf', 'html', 'md', 'json', 'figures'];

/** Stage 9: the document → text outputs (pure). A broken layout template is a render-stage error. */
export function renderOutputs(model: Model, formats: ReadonlySet<Format>, layout: LayoutTemplates, css: Styles) {
  try {
    return renderFiles(model, formats, layout, css);
  } catch (err) {
    if (err instanceof LayoutError) throw new StageError('render', [err.diagnostic]);
    throw err;
  }
}

function renderFiles(model: Model, formats: ReadonlySet<Format>, layout: LayoutTemplates, css: Styles) {
  const files = new Map<string, string>();
  if (formats.has('md')) files.set('report.md', renderMarkdown(model.document));
  if (formats.has('html')) files.set('report.html', renderHtml(model.document, 'screen', layout, css.screen, css.fonts));
  if (formats.has('json')) files.set('report.json', `${JSON.stringify(buildReportJson(model), null, 2)}\n`);
  if (formats.has('figures')) {
    for (const f of model.figures) {
      const n = String(f.view.number).padStart(2, '0');
      files.set(`figures/figur-${n}.svg`, `${f.view.svg}\n`);
      files.set(`figures/figur-${n}.csv`, f.view.csv);
    }
  }
  const printHtml = formats.has('pdf') ? renderHtml(model.document, 'print', layout, css.print, css.fonts) : null;
  return { files, printHtml };
}
