import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { numberFloats, refLabels } from '../edition/floats.js';
import { expandCaption } from '../charts/caption.js';
import { captionContext, figureData } from '../charts/figure.js';
import { tableCaptionContext } from '../charts/table.js';
import type { Edition } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import type { Datasets } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { computeFacts } from '../narrative/facts.js';
import { assembleDocument } from '../render/document.js';
import { loadInputs } from '../pipeline/build.js';
import { readProject } from '../pipeline/project.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

/**
 * `ehalsa validate`: registry, datasets and edition texts of every year (or one), every problem
 * reported once, exit 3 on any error.
 */
export async function runValidate(options: { root: string; year: number | undefined }): Promise<void> {
  const project = await readProject(options.root);
  const years = options.year !== undefined ? [options.year] : project.dataYears;
  const all: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (list: readonly Diagnostic[]) => {
    for (const d of list) {
      const key = `${d.code}|${d.location?.file}:${d.location?.line}:${d.location?.column}|${d.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        all.push(d);
      }
    }
  };
  // The newest year reads every dataset folder; earlier years add nothing new but their editions.
  for (const year of years.length ? years : [new Date().getFullYear()]) {
    const loaded = loadInputs(project, year);
    add(loaded.diagnostics.filter((d) => d.code !== 'edition/missing' || options.year !== undefined));
    if (loaded.edition) {
      const floats = numberFloats(loaded.edition);
      add(floats.diagnostics);
      const facts = computeFacts(loaded.edition.facts, loaded.datasets, loaded.registry);
      add(facts.diagnostics);
      // The section texts as `report` fills them: unknown facts, parts and values, footnotes, directives.
      const assembled = assembleDocument({ edition: loaded.edition, meta: textsOnlyMeta(loaded.edition), facts: facts.facts, refs: refLabels(floats.numbers), figures: new Map(), tables: new Map() });
      // The captions too: they cite facts as the sections do.
      const captions = captionDiagnostics(loaded.edition, loaded.datasets, loaded.registry, facts.facts);
      // A fact that is defined but failed to compute was reported above; its uses are not "unknown".
      const defined = new Set(loaded.edition.facts.map((f) => f.id));
      add([...assembled.diagnostics, ...captions].filter((d) => !(d.code === 'template/error' && defined.has(/^unknown fact "([^"]+)"$/.exec(d.message)?.[1] ?? ''))));
    }
  }
  printDiagnostics(all, project);
  if (hasErrors(all)) throw new CliError('ehalsa: validation failed', EXIT.input);
  const counts = `${project.indicators.length} registry files, ${project.datasets.length} dataset files, ${years.length} years`;
  process.stdout.write(`ehalsa: valid (${counts})\n`);
}

/** Each figure's and table's caption filled in as `report` fills it (nothing is drawn). */
function captionDiagnostics(edition: Edition, datasets: Datasets, registry: Registry, facts: ReadonlyMap<string, Fact>): Diagnostic[] {
  const figures = edition.figures.flatMap((def) => expandCaption(def.caption, def.location, captionContext(figureData(def, datasets, registry), datasets), facts).diagnostics);
  const tables = edition.tables.flatMap((def) => expandCaption(def.caption, def.location, tableCaptionContext(datasets), facts).diagnostics);
  return [...figures, ...tables];
}

/** Metadata for assembling the texts only (nothing is rendered from it). */
function textsOnlyMeta(edition: Edition) {
  const m = edition.meta;
  return { ...m, documentName: `${m.title} - ${m.subtitle}`, lang: 'sv-SE' as const, draft: null };
}
