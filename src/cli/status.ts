import { statusOf } from '../pipeline/checklist-run.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

/** `ehalsa status --year <YYYY> [--all] [--json]`: the edition's checklist. */
export async function runStatus(options: { root: string; year: number; all: boolean; json: boolean }): Promise<void> {
  const result = await statusOf(options.root, options.year, { all: options.all });
  if ('diagnostics' in result) {
    printDiagnostics(result.diagnostics, result.project, false);
    throw new CliError(`ehalsa: cannot list the status of ${options.year}: fix the errors above first`, EXIT.input);
  }
  process.stdout.write(options.json ? `${JSON.stringify(result.status, null, 2)}\n` : result.text);
}
