import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT } from './exit.js';

/**
 * The project folder: --root if given, else the nearest folder upwards from the working directory
 * that holds indicators/ and datasets/, else the folder ehalsa is installed in.
 */
export function findProjectRoot(explicit: string | undefined, cwd = process.cwd()): string {
  if (explicit !== undefined) {
    const root = resolve(cwd, explicit);
    if (!existsSync(root)) throw new CliError(`ehalsa: --root ${explicit}: there is no such folder`, EXIT.usage);
    if (!existsSync(join(root, 'indicators')) && !existsSync(join(root, 'datasets'))) {
      throw new CliError(`ehalsa: --root ${explicit}: not an ehalsa project (it has no indicators/ or datasets/ folder)`, EXIT.usage);
    }
    return root;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'indicators')) && existsSync(join(dir, 'datasets'))) return dir;
    if (dirname(dir) === dir) break;
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}
