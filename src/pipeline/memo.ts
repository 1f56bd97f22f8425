import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../yaml/source.js';

/**
 * The one disk cache of a build: the loading stages' results (registry, datasets, edition texts — each
 * a pure function of its files) and the drawn figures (a pure function of their definition and data).
 * A rebuild after a prose edit re-parses only the edited edition and redraws no figure; parsing YAML,
 * compiling JSON Schemas and drawing with vega are most of a cold run's time.
 *
 * A key is the hash of everything the value depends on: the inputs (the files' paths and text and the
 * caller's extra parts), the project's own code (every file of src/ or dist/, whichever runs), and the
 * versions of what that code runs on — Node.js, and each installed package that reaches a cached value
 * (ajv, yaml, vega, vega-lite and every package they depend on). Any change to one of them misses, so
 * a cached value is always the one computing it afresh would give.
 *
 *   EHALSA_CACHE=off      compute everything every time (also honoured: EHALSA_CHART_CACHE=off)
 *   EHALSA_CACHE=<dir>    where to keep it (default: node_modules/.cache/ehalsa)
 *
 * A failure to read or write the cache only costs time.
 */
export interface Cache {
  /** The key of `name`'s value for these files and extra parts (code and versions included). */
  key(name: string, files: readonly SourceFile[], ...extra: (string | number)[]): string;
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** What every key includes besides the inputs. */
export interface CacheVersions {
  /** Hash of the project's own code. */
  code: string;
  /** Package (and "node") → version. */
  dependencies: Readonly<Record<string, string>>;
}

export interface CacheOptions {
  /** Where the entries are kept; default from EHALSA_CACHE, else node_modules/.cache/ehalsa. */
  dir?: string;
  /** Default: read from the installation (`installedVersions`), once per process. */
  versions?: CacheVersions;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The package root: src/pipeline or dist/pipeline → two levels up. */
const packageRoot = join(here, '..', '..');
/** The packages whose code computes a cached value; their own dependencies are followed. */
const DEPENDENCIES = ['ajv', 'yaml', 'vega', 'vega-lite'];
const MAX_ENTRIES = 2000;

const off = (v: string | undefined) => v === 'off' || v === '0' || v === 'false';

export function openCache(env: NodeJS.ProcessEnv = process.env, options: CacheOptions = {}): Cache | null {
  const setting = env['EHALSA_CACHE'];
  const legacy = env['EHALSA_CHART_CACHE'];
  if (off(setting) || off(legacy)) return null;
  const dir = options.dir ?? (setting?.trim() || legacy?.trim() || join(packageRoot, 'node_modules', '.cache', 'ehalsa'));
  let prefix: string | undefined;
  let pruned = false;
  return {
    key(name, files, ...extra) {
      prefix ??= versionsKey(options.versions ?? installedVersions());
      const hash = createHash('sha256').update(prefix).update(name);
      for (const e of extra) hash.update(`\0${e}`);
      for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`\0${f.path}\0`).update(f.text);
      return `${name}-${hash.digest('hex').slice(0, 40)}`;
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
        const path = join(dir, `${key}.json`);
        const temp = join(dir, `.${key}.${process.pid}.tmp`);
        writeFileSync(temp, JSON.stringify(value));
        renameSync(temp, path);
        if (!pruned) {
          pruned = true;
          prune(dir);
        }
      } catch {
        // a read-only installation or a full disk: no cache
      }
    },
  };
}

function versionsKey({ code, dependencies }: CacheVersions): string {
  const deps = Object.keys(dependencies)
    .sort()
    .map((name) => `${name}@${dependencies[name]}`);
  return `${code}\0${deps.join('\0')}\0`;
}

let installed: CacheVersions | undefined;

/** The running code's hash and the versions it runs on, read once per process. */
export function installedVersions(): CacheVersions {
  return (installed ??= { code: codeHash(join(here, '..')), dependencies: { node: process.version, ...dependencyVersions(DEPENDENCIES, packageRoot) } });
}

/** Every .js, .ts and .json file under src/ (or dist/), by path: any change to the code misses. */
function codeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(path.slice(root.length)).update('\0').update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex');
}

/** name → version of `roots` and everything they depend on, as Node would find them from `from`. */
function dependencyVersions(roots: readonly string[], from: string): Record<string, string> {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  const findPackage = packageFinder();
  const visit = (name: string, dir: string): void => {
    const found = findPackage(name, dir);
    if (!found) {
      out[name] ??= 'missing';
      return;
    }
    if (seen.has(found.dir)) return;
    seen.add(found.dir);
    // Two copies of one package (nested versions) are both part of the key.
    out[name] = out[name] && out[name] !== found.version ? `${out[name]}+${found.version}` : found.version;
    for (const dependency of Object.keys(found.dependencies).sort()) visit(dependency, found.dir);
  };
  for (const name of roots) visit(name, from);
  return out;
}

interface InstalledPackage {
  dir: string;
  version: string;
  dependencies: Record<string, string>;
}

/** Each package.json read once per walk (null: not there), so a package many depend on costs one read. */
function packageFinder(): (name: string, from: string) => InstalledPackage | null {
  const read = new Map<string, InstalledPackage | null>();
  const at = (dir: string): InstalledPackage | null => {
    if (!read.has(dir)) {
      let found: InstalledPackage | null = null;
      try {
        const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string; dependencies?: Record<string, string> };
        found = { dir, version: json.version ?? '?', dependencies: json.dependencies ?? {} };
      } catch {
        // not here
      }
      read.set(dir, found);
    }
    return read.get(dir)!;
  };
  return (name, from) => {
    for (let dir = from; ; dir = dirname(dir)) {
      const found = dir.endsWith(`${sep}node_modules`) ? null : at(join(dir, 'node_modules', name));
      if (found) return found;
      if (dirname(dir) === dir) return null;
    }
  };
}

/** Keeps the newest MAX_ENTRIES entries (checked once per process, on the first write). */
function prune(dir: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length <= MAX_ENTRIES) return;
  const dated = files.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of dated.slice(MAX_ENTRIES / 2)) unlinkSync(join(dir, f));
}
