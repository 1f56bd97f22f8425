import { readProject } from '../pipeline/project.js';
import { startNewYear, writeNewYear } from '../pipeline/checklist-run.js';
import { CliError, EXIT } from './exit.js';

/** `ehalsa new-year <YYYY>`: start an edition from the previous one, write the year's placeholders and print the checklist. */
export async function runNewYear(options: { root: string; year: number }): Promise<void> {
  const result = startNewYear(await readProject(options.root), options.year);
  if ('error' in result) throw new CliError(`ehalsa: ${result.error}`, result.kind === 'usage' ? EXIT.usage : EXIT.input);
  await writeNewYear(options.root, result);
  const lines = result.files.filter((f) => /^datasets\/\d{4}\/.+\.yaml$/.test(f.path)).length;
  const skipped = result.skipped.map((p) => `ehalsa: ${p} lists its observations as a flow list; add its lines by hand (see the checklist)\n`).join('');
  process.stdout.write(
    `Created templates/editions/${options.year}/ (texts copied from ${result.from}, marked unrevised) and datasets/${options.year}/ (${lines} dataset files with a line per value to enter).\n${skipped}\n${result.checklist}`,
  );
}
