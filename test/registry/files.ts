import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/yaml/source.js';

/** Test-side IO: the real indicators/ and the fixtures, as SourceFiles with project-relative paths. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = join(projectRoot, 'test', 'fixtures', 'registry');

export function readYamlFiles(dir: string, prefix: string): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ path: `${prefix}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

export function readIndicatorFiles(): SourceFile[] {
  return readYamlFiles(join(projectRoot, 'indicators'), 'indicators');
}
