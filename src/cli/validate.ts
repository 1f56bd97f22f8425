import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { numberFloats } from '../edition/floats.js';
import { computeFacts } from '../narrative/facts.js';
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
      add(numberFloats(loaded.edition).diagnostics);
      add(computeFacts(loaded.edition.facts, loaded.datasets, loaded.registry).diagnostics);
    }
  }
  printDiagnostics(all, project);
  if (hasErrors(all)) throw new CliError('ehalsa: validation failed', EXIT.input);
  const counts = `${project.indicators.length} registry files, ${project.datasets.length} dataset files, ${years.length} years`;
  process.stdout.write(`ehalsa: valid (${counts})\n`);
}
