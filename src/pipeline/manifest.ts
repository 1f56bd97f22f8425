import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Format } from './build.js';
import type { ProjectFiles } from './project.js';

/**
 * The manifest of a report folder (<out>/<year>/ehalsa-manifest.json): every file ehalsa wrote there,
 * with its SHA-256 and size, the hash of the inputs it was built from and the version of ehalsa. It is
 * what lets a run replace only what ehalsa made: anything in the folder that the manifest does not
 * list, or a listed file changed since, is someone else's, and the run refuses to touch the folder.
 *
 * A run that writes some formats keeps the files of the others; a kept file built from other inputs
 * (or by another version) is marked `stale` with the build it came from.
 */

export const MANIFEST = 'ehalsa-manifest.json';

export interface ManifestEntry {
  name: string;
  sha256: string;
  bytes: number;
  /** Kept from an earlier build of other inputs or another version of ehalsa: that build. */
  stale?: BuildId;
}

export interface BuildId {
  inputs: string;
  ehalsa: string;
}

export interface Manifest extends BuildId {
  year: number;
  files: ManifestEntry[];
}

/** The only names ehalsa writes into a year folder: a manifest listing anything else was not its own. */
const OUTPUT_NAME = /^(?:report\.(?:pdf|html|md|json)|figures\/figur-\d{2,3}\.(?:svg|csv))$/;

/** Which `--format` writes a file. */
export function formatOf(name: string): Format {
  return name.startsWith('figures/') ? 'figures' : (name.slice('report.'.length) as Format);
}

export function serializeManifest(m: Manifest): string {
  const files = [...m.files]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes, ...(f.stale ? { stale: { inputs: f.stale.inputs, ehalsa: f.stale.ehalsa } } : {}) }));
  return `${JSON.stringify({ ehalsa: m.ehalsa, year: m.year, inputs: m.inputs, files }, null, 2)}\n`;
}

/** A manifest as ehalsa writes it, or the reason it is not one. */
export function parseManifest(text: string, year: number): Manifest | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  const m = raw as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || typeof m.ehalsa !== 'string' || typeof m.inputs !== 'string' || !Array.isArray(m.files)) {
    return 'it lacks "ehalsa", "inputs" or "files"';
  }
  if (m.year !== year) return `it is the manifest of ${JSON.stringify(m.year)}, not of ${year}`;
  const seen = new Set<string>();
  for (const f of m.files as unknown[]) {
    const e = f as Partial<ManifestEntry> | null;
    if (!e || typeof e.name !== 'string' || !OUTPUT_NAME.test(e.name)) return `it lists ${JSON.stringify(e?.name ?? e)}, which is not a file ehalsa writes`;
    if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256) || typeof e.bytes !== 'number') return `its entry for ${e.name} has no valid sha256 or bytes`;
    if (seen.has(e.name)) return `it lists ${e.name} twice`;
    seen.add(e.name);
  }
  return m as Manifest;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The inputs an edition is built from: the registry, the datasets up to its year, its texts, the
 * layout, and whether it was asked to be a draft. (The build date and commit a draft prints are not
 * inputs: a draft of the same inputs built the next day is not stale.)
 */
export function inputsHash(project: ProjectFiles, year: number, draft: boolean): string {
  const hash = createHash('sha256').update(`ehalsa inputs\0${year}\0${draft ? 'draft' : ''}`);
  const edition = `templates/editions/${year}/`;
  const files = [
    ...project.indicators,
    ...project.datasets.filter((f) => Number(/^datasets\/(\d{4})\//.exec(f.path)?.[1]) <= year),
    ...project.editions.filter((f) => f.path.startsWith(edition)),
    ...project.layout,
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const f of files) hash.update(`\0${f.path}\0${f.text.length}\0`).update(f.text);
  return hash.digest('hex');
}

let version: string | undefined;

export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/** What a year folder holds, as far as the next run is concerned. */
export interface FolderState {
  exists: boolean;
  /** Its manifest; null when there is none (a new or empty folder). */
  manifest: Manifest | null;
  /** The files of the manifest that are present (a listed file the user deleted is simply gone). */
  present: Set<string>;
  /** Why ehalsa may not replace it; null if it may. */
  refusal: Refusal | null;
}

export type Refusal =
  | { kind: 'link' | 'file' }
  /** A manifest that ehalsa did not write as it stands; `reason` says why. */
  | { kind: 'manifest'; reason: string }
  /** Entries the manifest does not list (or changed since); `manifest` false when there is none at all. */
  | { kind: 'foreign'; entries: string[]; manifest: boolean };

/** Reads a year folder and checks that everything in it is what its manifest says ehalsa wrote. */
export async function inspectFolder(target: string, year: number): Promise<FolderState> {
  const state: FolderState = { exists: false, manifest: null, present: new Set(), refusal: null };
  const info = await lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (!info) return state;
  state.exists = true;
  if (info.isSymbolicLink()) return { ...state, refusal: { kind: 'link' } };
  if (!info.isDirectory()) return { ...state, refusal: { kind: 'file' } };
  const top = await listEntries(target, '');
  if (top.some((e) => e.name === MANIFEST && e.kind === 'file')) {
    const parsed = parseManifest(await readFile(join(target, MANIFEST), 'utf8'), year);
    if (typeof parsed === 'string') return { ...state, refusal: { kind: 'manifest', reason: parsed } };
    state.manifest = parsed;
  }
  if (!state.manifest) {
    // Not ehalsa's folder (or one written before manifests): every entry is foreign, named at the top.
    const entries = top.map(describe);
    return entries.length ? { ...state, refusal: { kind: 'foreign', entries, manifest: false } } : state;
  }
  const listed = new Map(state.manifest.files.map((f) => [f.name, f]));
  const entries = [...top];
  // figures/ is ours; its entries are checked one by one (ehalsa writes nothing deeper).
  if (top.some((e) => e.name === 'figures' && e.kind === 'dir')) entries.push(...(await listEntries(target, 'figures/')));
  const foreign: string[] = [];
  for (const e of entries) {
    if (e.name === MANIFEST || (e.name === 'figures' && e.kind === 'dir')) continue;
    const entry = listed.get(e.name);
    if (e.kind !== 'file' || !entry) {
      foreign.push(describe(e));
      continue;
    }
    const bytes = await readFile(join(target, e.name));
    if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) foreign.push(`${e.name} (changed since ehalsa wrote it)`);
    else state.present.add(e.name);
  }
  return foreign.length ? { ...state, refusal: { kind: 'foreign', entries: foreign, manifest: true } } : state;
}

type EntryKind = 'file' | 'dir' | 'link' | 'special';

function describe(e: { name: string; kind: EntryKind }): string {
  return e.kind === 'dir' ? `${e.name}/` : e.kind === 'link' ? `${e.name} (a symbolic link)` : e.kind === 'special' ? `${e.name} (not a regular file)` : e.name;
}

async function listEntries(target: string, prefix: string): Promise<Array<{ name: string; kind: EntryKind }>> {
  const entries = await readdir(join(target, prefix), { withFileTypes: true });
  return entries
    .map((e) => ({ name: `${prefix}${e.name}`, kind: (e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'special') as EntryKind }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
