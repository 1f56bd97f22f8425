import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder: --root if given, else the nearest folder upwards from the working directory
 * that holds indicators/ and datasets/, else the folder ehalsa is installed in.
 */
export function findProjectRoot(explicit: string | undefined, cwd = process.cwd()): string {
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'indicators')) && existsSync(join(dir, 'datasets'))) return dir;
    if (dirname(dir) === dir) break;
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}
