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
export async function runValidation(options: { root: string; year: number | undefined; json?: boolean }, effects: Effects): Promise<void> {
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
  const mappings = project.datasets.filter((f) => f.path.startsWith('datasets/mappings/')).length;
  const data = project.datasets.filter((f) => /^datasets\/\d{4}\//.test(f.path)).length;
  const checked = { registryFiles: project.indicators.length, datasetFiles: data, mappings, years };
  if (options.json) {
    // The same verdict as data (src/pipeline/validate.schema.json); the exit code says it too.
    effects.stdout(`${JSON.stringify(validationJson(all, checked), null, 2)}\n`);
    if (hasErrors(all)) throw new PipelineFailure('', 'input');
    return;
  }
  // The problems first, the verdict last (on stderr as well, so it follows them in any terminal or log).
  const text = diagnosticsText(all, project);
  if (text) effects.stderr(text);
  if (hasErrors(all)) throw new PipelineFailure('ehalsa: validation failed', 'input');
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const counts = [
    plural(checked.registryFiles, 'registry file', 'registry files'),
    plural(checked.datasetFiles, 'dataset file', 'dataset files'),
    plural(checked.mappings, 'mapping', 'mappings'),
    plural(years.length, 'year', 'years'),
  ].join(', ');
  effects.stdout(warnings ? `ehalsa: valid, with ${plural(warnings, 'warning', 'warnings')} (${counts})\n` : `ehalsa: valid (${counts})\n`);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface ValidationJson {
  valid: boolean;
  errors: number;
  warnings: number;
  checked: { registryFiles: number; datasetFiles: number; mappings: number; years: number[] };
  diagnostics: { severity: 'error' | 'warning'; code: string; message: string; file: string | null; line: number | null; column: number | null; hint: string | null }[];
}

function validationJson(all: readonly Diagnostic[], checked: ValidationJson['checked']): ValidationJson {
  const errors = all.filter((d) => d.severity === 'error').length;
  return {
    valid: errors === 0,
    errors,
    warnings: all.length - errors,
    checked,
    diagnostics: all.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      file: d.location?.file ?? null,
      line: d.location?.line ?? null,
      column: d.location?.column ?? null,
      hint: d.hint ?? null,
    })),
  };
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
