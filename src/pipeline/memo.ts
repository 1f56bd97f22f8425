import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../diagnostics/source.js';

/**
 * A disk cache for the loading stages (registry, datasets, edition texts). Each is a pure function of
 * its files, so its result can be kept under a hash of those files' text plus the loader code itself:
 * a rebuild after a prose edit re-parses nothing but the edited edition. Parsing YAML and compiling
 * JSON Schemas is most of a cold run's time.
 *
 *   EHALSA_CACHE=off   parse everything every time (also honoured: EHALSA_CHART_CACHE=off)
 *
 * A failure to read or write the cache only costs time.
 */
export interface InputCache {
  key(name: string, files: readonly SourceFile[], ...extra: (string | number)[]): string;
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');

export function openInputCache(env = process.env): InputCache | null {
  const off = (v: string | undefined) => v === 'off' || v === '0' || v === 'false';
  if (off(env['EHALSA_CACHE']) || off(env['EHALSA_CHART_CACHE'])) return null;
  const dir = join(packageRoot, 'node_modules', '.cache', 'ehalsa', 'inputs');
  const code = codeVersion();
  return {
    key(name, files, ...extra) {
      const hash = createHash('sha256').update(code).update(name);
      for (const e of extra) hash.update(`\0${e}`);
      for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`\0${f.path}\0`).update(f.text);
      return `${name}-${hash.digest('hex').slice(0, 32)}`;
    },
    get<T>(key: string): T | undefined {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join(dir, `.${key}.${process.pid}.tmp`);
        writeFileSync(tmp, JSON.stringify(value));
        renameSync(tmp, join(dir, `${key}.json`));
      } catch {
        // read-only installation: no cache
      }
    },
  };
}

/** The loaders' own code: any change to it invalidates every entry. */
function codeVersion(): string {
  const hash = createHash('sha256');
  for (const part of ['diagnostics', 'registry', 'datasets', 'import', 'edition', 'model', 'pipeline']) {
    const dir = join(here, '..', part);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      if (/\.(js|ts|json)$/.test(n)) hash.update(n).update(readFileSync(join(dir, n)));
    }
  }
  return hash.digest('hex');
}
