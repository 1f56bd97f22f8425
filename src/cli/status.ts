import { hasErrors } from '../diagnostics/diagnostic.js';
import { computeFacts } from '../narrative/facts.js';
import { loadInputs } from '../pipeline/build.js';
import { readProject } from '../pipeline/project.js';
import { buildStatus, formatStatus } from '../pipeline/status.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

/** `ehalsa status --year <YYYY>`: what is present and what is missing for an edition. */
export async function runStatus(options: { root: string; year: number; json: boolean }): Promise<void> {
  const project = await readProject(options.root);
  const loaded = loadInputs(project, options.year);
  if (!loaded.edition || hasErrors(loaded.diagnostics)) {
    printDiagnostics(loaded.diagnostics, project, false);
    throw new CliError(`ehalsa: cannot list the status of ${options.year}: fix the errors above first`, EXIT.input);
  }
  const { facts } = computeFacts(loaded.edition.facts, loaded.datasets, loaded.registry);
  const status = buildStatus(loaded.edition, loaded.datasets, loaded.registry, facts);
  process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
}
