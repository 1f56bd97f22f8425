import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source.js';
import type { SourceRef } from '../datasets/load.js';
import type { LayoutTemplates } from '../render/html.js';

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
   * read with the datasets.)
   */
  sources: SourceRef[];
  /** Folder names under datasets/ that look like years. */
  dataYears: number[];
  diagnostics: Diagnostic[];
  /** Files that are not UTF-8, decoded leniently: only to show the offending line of their diagnostic. */
  undecodable?: SourceFile[];
}

/**
 * Reads the project (the one effectful step before the pure stages). Text must be UTF-8 (a BOM is
 * allowed); a file that is not, is too large, or is a link leading outside the project becomes a
 * diagnostic instead of an exception.
 */
export async function readProject(root: string): Promise<ProjectFiles> {
  const diagnostics: Diagnostic[] = [];
  const undecodable: SourceFile[] = [];
  const read = async (dir: string, filter: (p: string) => boolean) => {
    const paths = await walk(root, dir, diagnostics);
    const files: SourceFile[] = [];
    for (const path of paths.filter(filter)) {
      const file = await readText(root, path, diagnostics, undecodable);
      if (file) files.push(file);
    }
    return files;
  };
  const datasetPaths = await walk(root, 'datasets', diagnostics);
  const datasets: SourceFile[] = [];
  const sources: SourceRef[] = [];
  for (const p of datasetPaths) {
    if (/^datasets\/(\d{4}|mappings)\/[^/]+$/.test(p) && !p.endsWith('/README.md')) {
      const f = await readText(root, p, diagnostics, undecodable);
      if (f) datasets.push(f);
      else if (!p.endsWith('.yaml')) datasets.push({ path: p, text: '' });
    } else if (p.startsWith('datasets/sources/')) {
      const bytes = await readFile(join(root, p)).catch(() => null);
      if (bytes) sources.push({ path: p, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  }
  const dataYears = [...new Set(datasetPaths.map((p) => /^datasets\/(\d{4})\//.exec(p)?.[1]).filter((y): y is string => Boolean(y)).map(Number))].sort(
    (a, b) => a - b,
  );
  return {
    root,
    indicators: await read('indicators', (p) => p.endsWith('.yaml')),
    datasets,
    sources,
    editions: await read('templates/editions', (p) => p.endsWith('.yaml') || p.endsWith('.md')),
    layout: await read('templates/layout', (p) => p.endsWith('.hbs') || p.endsWith('.css')),
    dataYears,
    diagnostics,
    undecodable,
  };
}

async function walk(root: string, dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const path = `${dir}/${e.name}`;
    if (e.isSymbolicLink()) {
      diagnostics.push({
        severity: 'error',
        code: 'file/link',
        message: `"${path}" is a symbolic link; ehalsa reads only files inside the project`,
        location: { file: path, line: 1, column: 1 },
        hint: 'replace the link with the file itself',
      });
      continue;
    }
    if (e.isDirectory()) out.push(...(await walk(root, path, diagnostics)));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

async function readText(root: string, path: string, diagnostics: Diagnostic[], undecodable: SourceFile[]): Promise<SourceFile | null> {
  const full = join(root, path);
  const rel = relative(root, full).split(sep).join('/');
  if (rel.startsWith('..')) return null;
  // A file may vanish between listing and reading (an editor saving, a git checkout): skip it.
  const info = await lstat(full).catch(() => null);
  if (!info) return null;
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
  const bytes = await readFile(full).catch(() => null);
  if (!bytes) return null;
  try {
    return { path: rel, text: UTF8.decode(bytes) };
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
