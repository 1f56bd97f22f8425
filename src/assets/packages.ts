import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The folder of an installed package, found along Node's own lookup path. Needed because pagedjs
 * and @fontsource export no subpath for the files we read (dist/paged.polyfill.js, files/*.woff2).
 */
export function findPackageDir(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    const candidate = join(dir, name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`The package ${name} is not installed. Run \`npm ci\` in the project folder.`);
}
