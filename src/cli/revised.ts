import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markRevised } from '../pipeline/revised.js';
import { CliError, EXIT } from './exit.js';

/**
 * `ehalsa revised --year <YYYY> <section…>`: the named sections' texts are revised for this edition,
 * so they no longer make it a draft. edition.yaml is rewritten whole (a temporary file renamed over it),
 * its comments kept.
 */
export async function runRevised(options: { root: string; year: number; sections: string[]; all: boolean }): Promise<void> {
  const relativePath = `templates/editions/${options.year}/edition.yaml`;
  const path = join(options.root, relativePath);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CliError(`ehalsa: there is no edition for ${options.year} (${relativePath})`, EXIT.input);
  });
  const result = markRevised(text, options.sections, options.all);
  if ('kind' in result) {
    if (result.kind === 'nothing-named') {
      throw new CliError('ehalsa: name the sections that are revised, or give --all', EXIT.usage, [
        `  hint: \`ehalsa status --year ${options.year}\` lists the ones still unrevised`,
      ]);
    }
    if (result.kind === 'ambiguous') {
      throw new CliError(`ehalsa: "${result.name}" could be ${result.matches.join(' or ')}`, EXIT.usage, ['  hint: give more of the file name']);
    }
    throw new CliError(`ehalsa: ${relativePath} lists no section "${result.name}"`, EXIT.usage, [`  hint: the sections are ${result.sections.join(', ')}`]);
  }
  if (result.text !== text) {
    const temporary = `${path}.tmp-${process.pid}`;
    await writeFile(temporary, result.text, { flag: 'wx' });
    // edition.yaml is the old file or the new one, never half; the temporary file never stays behind.
    await rename(temporary, path).catch(async (err: unknown) => {
      await rm(temporary, { force: true });
      throw err;
    });
  }
  const lines = [
    ...result.marked.map((s) => `revised: ${s}`),
    ...result.already.map((s) => `already revised: ${s}`),
    result.remaining.length
      ? `${result.remaining.length} ${result.remaining.length === 1 ? 'section is' : 'sections are'} still unrevised: ${result.remaining.join(', ')}`
      : `every section of the ${options.year} edition is revised`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
