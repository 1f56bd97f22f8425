import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A disk cache of drawn figures, so that a rebuild redraws only the figures whose inputs changed (a
 * writer revising prose rebuilds in well under a second). The key is a hash of everything the
 * drawing depends on: the figure's definition, number, data and caption text, the versions of vega
 * and vega-lite, and the source of the chart and text modules themselves — any change of the code
 * invalidates every entry, so a cached figure is always byte-identical to a freshly drawn one.
 *
 *   EHALSA_CHART_CACHE=<dir>   where to keep it (default: node_modules/.cache/ehalsa/figures)
 *   EHALSA_CHART_CACHE=off     draw every figure (the tests do)
 *
 * Reading or writing failures are ignored: the cache only ever saves time.
 */

const here = dirname(fileURLToPath(import.meta.url));
/** The package root: src/charts or dist/charts → two levels up. */
const packageRoot = join(here, '..', '..');
const MAX_ENTRIES = 2000;

let version: string | undefined;
let pruned = false;

function cacheDir(): string | null {
  const setting = process.env['EHALSA_CHART_CACHE'];
  if (setting === 'off' || setting === '0' || setting === 'false') return null;
  return setting && setting.trim() ? setting : join(packageRoot, 'node_modules', '.cache', 'ehalsa', 'figures');
}

/** Hash of the code that draws (charts/**, text/**) and of vega's and vega-lite's versions. */
function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  for (const dir of [here, join(here, '..', 'text')]) {
    for (const file of listSources(dir)) hash.update(file).update(readFileSync(file));
  }
  for (const name of ['vega', 'vega-lite']) {
    try {
      hash.update(JSON.parse(readFileSync(join(packageRoot, 'node_modules', name, 'package.json'), 'utf8')).version as string);
    } catch {
      hash.update(`${name}?`);
    }
  }
  version = hash.digest('hex');
  return version;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The cache key of a figure's inputs. */
export function figureKey(inputs: unknown): string {
  return createHash('sha256').update(codeVersion()).update(JSON.stringify(inputs)).digest('hex');
}

export function readCached<T>(key: string): T | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCached(key: string, value: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${key}.json`);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, path);
    if (!pruned) prune(dir);
  } catch {
    // a read-only or full disk only costs time
  }
}

/** Keeps the newest MAX_ENTRIES entries (checked once per process). */
function prune(dir: string): void {
  pruned = true;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length <= MAX_ENTRIES) return;
  const dated = files.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of dated.slice(MAX_ENTRIES / 2)) unlinkSync(join(dir, f));
}
