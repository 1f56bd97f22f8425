import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { privateCharacters } from '../yaml/characters.js';
import type { SourceFile } from '../yaml/source.js';
import type { SourceRef } from '../datasets/load.js';
import type { LayoutTemplates } from '../render/html.js';
import { projectMessages } from './messages.js';
import { checkPlacement, type ProjectEntry } from './entries.js';
import { INPUT_FOLDERS } from './placement.js';

/** Files larger than this are refused: a data file of a yearly report is kilobytes, not megabytes. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Everything the pipeline reads, as text with project-relative POSIX paths. */
export interface ProjectFiles {
  root: string;
  indicators: SourceFile[];
  datasets: SourceFile[];
  editions: SourceFile[];
  layout: SourceFile[];
  /**
   * The source files kept under datasets/sources/ for `ehalsa import`, with their SHA-256: the loader
   * checks each imported value's origin against them. (Mapping files, datasets/mappings/*.yaml, are
   * read with the datasets, and so is datasets/plausibility.yaml.)
   */
  sources: SourceRef[];
  /** The years of datasets/<year>/ folders that hold at least one file. */
  dataYears: number[];
  /** The years of templates/editions/<year>/ folders. */
  editionYears: number[];
  diagnostics: Diagnostic[];
  /** Files that are not UTF-8, decoded leniently: only to show the offending line of their diagnostic. */
  undecodable?: SourceFile[];
}

/**
 * Reads the project (the one effectful step before the pure stages). Every entry of indicators/,
 * datasets/ and templates/ is read or reported: an unreadable file or folder, a link, a pipe or device,
 * a file that is not UTF-8 or is too large, a file or folder in a place where nothing is read
 * (entries.ts) and a character of the engine's private range each become a diagnostic, never an
 * exception and never a silent skip. Names starting with a dot (editors' and systems' own files,
 * .gitkeep) are the one thing left alone.
 */
export async function readProject(root: string): Promise<ProjectFiles> {
  const diagnostics: Diagnostic[] = [];
  const undecodable: SourceFile[] = [];
  const entries: ProjectEntry[] = [];
  for (const top of INPUT_FOLDERS) await walkTop(root, top, entries, diagnostics);
  const placement = checkPlacement(entries);
  diagnostics.push(...placement);
  const refused = placement.map((d) => d.location!.file.replace(/\/$/, ''));
  const usable = entries.filter((e) => e.kind === 'file' && !refused.some((r) => e.path === r || e.path.startsWith(`${r}/`))).map((e) => e.path);
  const read = async (filter: (p: string) => boolean) => {
    const files: SourceFile[] = [];
    for (const path of usable.filter(filter)) {
      const file = await readText(root, path, diagnostics, undecodable);
      if (file) files.push(file);
    }
    return files;
  };
  const datasets: SourceFile[] = [];
  const sources: SourceRef[] = [];
  for (const p of usable.filter((p) => (DATASET_FILE.test(p) || MAPPING_FILE.test(p) || p === 'datasets/plausibility.yaml') && !p.endsWith('/README.md'))) {
    // Anything but .yaml stays in the list (with no text if it is not UTF-8), for the datasets stage to
    // report as a stray file.
    const f = await readText(root, p, diagnostics, undecodable);
    if (f) datasets.push(f);
    else if (!p.endsWith('.yaml')) datasets.push({ path: p, text: '' });
  }
  for (const p of usable.filter((p) => p.startsWith('datasets/sources/'))) {
    const bytes = await readFile(join(root, p)).catch(() => null);
    if (bytes) sources.push({ path: p, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const yearsOf = (pattern: RegExp, list: readonly string[]) =>
    [...new Set(list.flatMap((p) => pattern.exec(p)?.[1] ?? []).map(Number))].sort((a, b) => a - b);
  return {
    root,
    indicators: await read((p) => p.startsWith('indicators/') && p.endsWith('.yaml')),
    datasets,
    sources,
    editions: await read((p) => p.startsWith('templates/editions/') && (p.endsWith('.yaml') || p.endsWith('.md'))),
    layout: await read((p) => p.startsWith('templates/layout/') && (p.endsWith('.hbs') || p.endsWith('.css'))),
    dataYears: yearsOf(/^datasets\/(\d{4})\/[^/]+$/, usable),
    editionYears: yearsOf(/^templates\/editions\/(\d{4})$/, entries.filter((e) => e.kind === 'folder').map((e) => e.path)),
    diagnostics,
    undecodable,
  };
}

const DATASET_FILE = /^datasets\/\d{4}\/[^/]+$/;
const MAPPING_FILE = /^datasets\/mappings\/[^/]+$/;

/**
 * The project's diagnostics that concern the edition of `year`: those of the data folders up to it, of
 * its own edition folder, and of everything else (the registry, the layout, misplaced folders). The
 * 2020 edition builds unchanged when a later year's folder has a problem; `validate` reports them all.
 */
export function diagnosticsForYear(project: ProjectFiles, year: number): Diagnostic[] {
  return project.diagnostics.filter((d) => {
    const file = d.location?.file ?? '';
    const data = /^datasets\/(\d{4})(?:\/|$)/.exec(file);
    if (data) return Number(data[1]) <= year;
    const edition = /^templates\/editions\/(\d{4})(?:\/|$)/.exec(file);
    return edition ? Number(edition[1]) === year : true;
  });
}

/** One of the input folders: absent is for later stages to report; a file or a link in its place is not. */
async function walkTop(root: string, dir: string, entries: ProjectEntry[], diagnostics: Diagnostic[]): Promise<void> {
  const info = await lstat(join(root, dir)).catch(() => null);
  if (!info) return;
  if (info.isSymbolicLink()) return void diagnostics.push(located(dir, projectMessages.link(dir, await linkTrouble(join(root, dir)))));
  if (!info.isDirectory()) return void diagnostics.push(located(dir, projectMessages.notAFolder(dir)));
  await walk(root, dir, entries, diagnostics);
}

async function walk(root: string, dir: string, entries: ProjectEntry[], diagnostics: Diagnostic[]): Promise<void> {
  let list;
  try {
    list = await readdir(join(root, dir), { withFileTypes: true });
  } catch (err) {
    diagnostics.push(located(`${dir}/`, projectMessages.unreadable(dir, true, reasonOf(err))));
    return;
  }
  for (const e of list.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const path = `${dir}/${e.name}`;
    if (e.isSymbolicLink()) diagnostics.push(located(path, projectMessages.link(path, await linkTrouble(join(root, path)))));
    else if (e.isDirectory()) {
      entries.push({ path, kind: 'folder' });
      await walk(root, path, entries, diagnostics);
    } else if (e.isFile()) entries.push({ path, kind: 'file' });
    else diagnostics.push(located(path, projectMessages.notRegular(path, specialKind(e))));
  }
}

/** Why a link is worse than a link: it loops, or leads nowhere. */
async function linkTrouble(full: string): Promise<'loop' | 'dangling' | null> {
  try {
    await stat(full);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'loop' : code === 'ENOENT' ? 'dangling' : null;
  }
}

function specialKind(e: Dirent): string {
  if (e.isFIFO()) return 'a named pipe (FIFO)';
  if (e.isSocket()) return 'a socket';
  if (e.isCharacterDevice() || e.isBlockDevice()) return 'a device';
  return 'not an ordinary file';
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ?? String(err);
}

function located(path: string, problem: Pick<Diagnostic, 'code' | 'message' | 'hint'>): Diagnostic {
  return { severity: 'error', ...problem, location: { file: path, line: 1, column: 1 } };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

async function readText(root: string, path: string, diagnostics: Diagnostic[], undecodable: SourceFile[]): Promise<SourceFile | null> {
  const full = join(root, path);
  const rel = relative(root, full).split(sep).join('/');
  if (rel.startsWith('..')) return null;
  // A file may vanish between listing and reading (an editor saving, a git checkout): say so.
  const info = await lstat(full).catch(() => null);
  if (!info || !info.isFile()) {
    diagnostics.push(located(path, projectMessages.vanished(path)));
    return null;
  }
  if (info.size > MAX_FILE_BYTES) {
    diagnostics.push({
      severity: 'error',
      code: 'file/too-large',
      message: `"${path}" is ${Math.round(info.size / 1024)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB`,
      location: { file: path, line: 1, column: 1 },
      hint: 'split the data into one file per indicator and year',
    });
    return null;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (err) {
    const vanished = (err as NodeJS.ErrnoException).code === 'ENOENT';
    diagnostics.push(located(path, vanished ? projectMessages.vanished(path) : projectMessages.unreadable(path, false, reasonOf(err))));
    return null;
  }
  try {
    const file = { path: rel, text: UTF8.decode(bytes) };
    diagnostics.push(...privateCharacters(file));
    return file;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const line = before.filter((b) => b === 0x0a).length + 1;
    // Characters, not bytes: the line up to the bad byte is valid UTF-8 (å, ä, ö take two bytes each).
    const column = UTF8.decode(bytes.subarray(before.lastIndexOf(0x0a) + 1, offset)).length + 1;
    diagnostics.push({
      severity: 'error',
      code: 'file/not-utf8',
      message: `"${path}" is not UTF-8 text (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at line ${line})`,
      location: { file: path, line, column },
      hint: 'save the file as UTF-8 (Excel: "CSV UTF-8"; editors: "Save with encoding UTF-8")',
    });
    undecodable.push({ path: rel, text: new TextDecoder('utf-8').decode(bytes) });
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8 (a linear scan; TextDecoder only says "invalid"). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return 0;
}

/** templates/layout/: the main report template and its partials; null when the main one is missing. */
export const mainLayoutPath = 'templates/layout/report.hbs';

export function layoutTemplates(project: ProjectFiles): LayoutTemplates | null {
  const main = project.layout.find((f) => f.path === mainLayoutPath);
  if (!main) return null;
  return { main, partials: project.layout.filter((f) => f.path.startsWith('templates/layout/partials/') && f.path.endsWith('.hbs')) };
}
