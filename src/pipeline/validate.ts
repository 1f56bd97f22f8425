import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { ClaimUse } from '../model/document.js';
import { checkTexts, loadInputs } from './build.js';
import { plausibilityDiagnostics } from '../datasets/plausibility.js';
import type { Effects } from './effects.js';
import { PipelineFailure } from './failure.js';
import { diagnosticsText } from './print.js';

/**
 * `ehalsa validate`: registry, datasets and edition texts of every year (or one), every problem
 * reported once, an input failure (exit 3) on any error.
 */
export async function runValidation(options: { root: string; year: number | undefined }, effects: Effects): Promise<void> {
  const project = await effects.readProject(options.root);
  // Every year with data or an edition folder (an edition without data is checked too), and every
  // year whose folder has a problem of its own (a year folder holding only a misplaced subfolder).
  const folderYears = project.diagnostics.flatMap((d) => /^(?:datasets|templates\/editions)\/(\d{4})\//.exec(d.location?.file ?? '')?.[1] ?? []).map(Number);
  const years = options.year !== undefined ? [options.year] : [...new Set([...project.dataYears, ...project.editionYears, ...folderYears])].sort((a, b) => a - b);
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
  let loaded;
  for (const year of years.length ? years : [new Date().getFullYear()]) {
    loaded = loadInputs(project, year);
    add(loaded.diagnostics.filter((d) => d.code !== 'edition/missing' || options.year !== undefined));
    if (loaded.edition) {
      // The section texts as `report` fills them: unknown facts, parts and values, footnotes, directives.
      const texts = checkTexts(loaded.edition, loaded.datasets, loaded.registry);
      // A fact that is defined but failed to compute was reported above; its uses are not "unknown".
      const defined = new Set(loaded.edition.facts.map((f) => f.id));
      add(texts.diagnostics.filter((d) => !(d.code === 'template/unknown-fact' && d.subject !== undefined && defined.has(d.subject))));
      add(texts.claims.filter((c) => c.holds !== true).map(claimWarning));
    }
  }
  // Plausibility between years, as warnings: once, on the newest year's datasets (every series whole).
  if (loaded) add(plausibilityDiagnostics(project.datasets, loaded.datasets, loaded.registry));
  const text = diagnosticsText(all, project);
  if (text) effects.stderr(text);
  if (hasErrors(all)) throw new PipelineFailure('ehalsa: validation failed', 'input');
  const mappings = project.datasets.filter((f) => f.path.startsWith('datasets/mappings/')).length;
  const data = project.datasets.filter((f) => /^datasets\/\d{4}\//.test(f.path)).length;
  const counts = `${project.indicators.length} registry files, ${data} dataset files, ${mappings} mapping${mappings === 1 ? '' : 's'}, ${years.length} years`;
  effects.stdout(`ehalsa: valid (${counts})\n`);
}

/** A claim of the text that the data contradicts (or cannot check): a warning here, an error under `report --final`. */
function claimWarning(c: ClaimUse): Diagnostic {
  return {
    severity: 'warning',
    code: c.holds === null ? 'claim/unknown' : 'claim/false',
    message: `claim "${c.id}" ${c.holds === null ? 'cannot be checked' : 'does not hold'}: ${c.says}${c.why ? ` (${c.why})` : ''}`,
    location: { file: c.file, line: c.line, column: c.column },
    hint: c.holds === null ? 'enter the missing data, or reword the sentence' : 'reword the sentence to what the data says, or correct the data',
  };
}
