import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { MANIFEST, serializeManifest, sha256, toolVersion } from '../../src/pipeline/manifest.js';
import { projectRoot } from '../support/cli.js';

/**
 * Test-side scaffolding shared by the corpus and the reliability tests: a small valid project
 * (test/fixtures/corpus/base/ plus the real templates/layout/), an overlay of a case's files, generated
 * files that cannot live in git as such (Latin-1 bytes, BOM and CRLF, a file over the size limit, a
 * symbolic link, a named pipe), and an output folder holding a "previous good report".
 */

export const corpusDir = join(projectRoot, 'test', 'fixtures', 'corpus');
export const baseDir = join(corpusDir, 'base');

/**
 * What a previous, good run left in <out>/2020/ before each case runs (with its manifest, built from
 * other inputs): the formats the corpus writes by default, so that a good run replaces all of it.
 */
export const PREVIOUS_REPORT = {
  'report.md': '# Uppföljning Vision e-hälsa 2025\n\nThe previous good report (written by the test, must survive).\n',
  'report.html': '<!doctype html>\n<title>previous good report</title>\n',
  'report.json': '{ "previous": "good report" }\n',
} as const;

/** The inputs hash the previous report's manifest names: none a real build has. */
export const PREVIOUS_INPUTS = '0'.repeat(64);

/** A generated file (see case.json, "generate"). Paths are relative to the project root. */
export type Generated =
  /** `text` written as Latin-1 (ISO 8859-1) bytes: not UTF-8 for any character above U+007F. */
  | { path: string; latin1: string }
  /** A base (or overlay) file rewritten with a byte order mark and/or CRLF line ends. */
  | { path: string; from: string; bom?: boolean; crlf?: boolean }
  /** `head`, then `line` repeated until the file is at least `bytes` long, then `tail`. */
  | { path: string; head: string; line: string; bytes: number; tail?: string }
  /** A symbolic link to `target`, a path relative to the case's temporary folder (e.g. "outside/x.yaml"). */
  | { path: string; symlink: string }
  /** A file outside the project, in the case's temporary folder (what a link may point at). */
  | { outside: string; text: string }
  /** A named pipe (FIFO), which no Git checkout can hold. */
  | { path: string; fifo: true }
  /** Remove a base file. */
  | { remove: string }
  /**
   * In the output folder, after the previous report is written (`out` relative to it): a file with
   * `text`, a folder (`mkdir`), a symbolic link to `symlink` (relative to the temporary folder), or
   * nothing (`remove`).
   */
  | { out: string; text?: string; mkdir?: true; symlink?: string; remove?: true };

export interface Sandbox {
  /** The temporary folder: project/, out/ and outside/ live in it. */
  tmp: string;
  root: string;
  out: string;
  cleanup(): void;
}

/** base + the real layout + an optional overlay folder + generated files, in a fresh temporary folder. */
export function makeProject(options: { overlay?: string; generate?: readonly Generated[]; previous?: boolean } = {}): Sandbox {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'ehalsa-corpus-')));
  const root = join(tmp, 'project');
  const out = join(tmp, 'out');
  cpSync(baseDir, root, { recursive: true });
  cpSync(join(projectRoot, 'templates', 'layout'), join(root, 'templates', 'layout'), { recursive: true });
  if (options.overlay && existsSync(options.overlay)) cpSync(options.overlay, root, { recursive: true });
  const generated = options.generate ?? [];
  for (const g of generated) if (!isInOut(g)) generate(tmp, root, g);
  mkdirSync(out, { recursive: true });
  if (options.previous !== false) writePrevious(out);
  for (const g of generated) if (isInOut(g)) generateInOut(tmp, out, g);
  return { tmp, root, out, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** Runs `fn` on a fresh sandbox (makeProject) and removes it afterwards, whatever happens. */
export async function inSandbox<T>(options: Parameters<typeof makeProject>[0], fn: (box: Sandbox) => Promise<T>): Promise<T> {
  const box = makeProject(options);
  try {
    return await fn(box);
  } finally {
    box.cleanup();
  }
}

export function writePrevious(out: string, files: Record<string, string> = PREVIOUS_REPORT, year = 2020): void {
  for (const [name, text] of Object.entries(files)) write(join(out, String(year), name), text);
  const entries = Object.entries(files).map(([name, text]) => ({ name, sha256: sha256(text), bytes: Buffer.byteLength(text) }));
  write(join(out, String(year), MANIFEST), serializeManifest({ ehalsa: toolVersion(), year, inputs: PREVIOUS_INPUTS, files: entries }));
}

type InOut = Extract<Generated, { out: string }>;

function isInOut(g: Generated): g is InOut {
  return 'out' in g;
}

function generateInOut(tmp: string, out: string, g: InOut): void {
  const path = join(out, g.out);
  rmSync(path, { recursive: true, force: true });
  if (g.remove) return;
  if (g.mkdir) return void mkdirSync(path, { recursive: true });
  if (g.symlink !== undefined) {
    mkdirSync(dirname(path), { recursive: true });
    return void symlinkSync(relative(dirname(path), join(tmp, g.symlink)), path);
  }
  write(path, g.text ?? '');
}

function generate(tmp: string, root: string, g: Exclude<Generated, { out: string }>): void {
  if ('remove' in g) return void rmSync(join(root, g.remove), { force: true, recursive: true });
  if ('outside' in g) return void write(join(tmp, g.outside), g.text);
  const path = join(root, g.path);
  if ('latin1' in g) return void write(path, Buffer.from(g.latin1, 'latin1'));
  if ('from' in g) {
    let text = readFileSync(join(root, g.from), 'utf8');
    if (g.crlf) text = text.replace(/\r?\n/g, '\r\n');
    if (g.bom) text = `\uFEFF${text}`;
    return void write(path, text);
  }
  if ('fifo' in g) {
    mkdirSync(dirname(path), { recursive: true });
    return void execFileSync('mkfifo', [path]);
  }
  if ('head' in g) {
    const times = Math.ceil(Math.max(0, g.bytes - Buffer.byteLength(g.head)) / Buffer.byteLength(g.line));
    return void write(path, g.head + g.line.repeat(times) + (g.tail ?? ''));
  }
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { force: true });
  symlinkSync(relative(dirname(path), join(tmp, g.symlink)), path);
}

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Every entry under `dir` (hidden ones too): path → file bytes, "<dir>" or "-> link target". */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = relative(dir, full);
      const info = lstatSync(full);
      if (info.isSymbolicLink()) out.set(rel, `-> ${readlinkSync(full)}`);
      else if (info.isDirectory()) {
        out.set(rel, '<dir>');
        walk(full);
      } else out.set(rel, readFileSync(full).toString('base64'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Staging folders, backups of a swap and lock files (taken over ones too) a run must never leave behind. */
export function litter(out: string): string[] {
  if (!existsSync(out)) return [];
  return readdirSync(out).filter((name) => /^\.\d{4}\.(tmp-|old-|lock)/.test(name));
}

/** How a report folder and its manifest disagree: files it does not list, listed files missing or changed. */
export function manifestProblems(folder: string): string[] {
  const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as { files: Array<{ name: string; sha256: string; bytes: number }> };
  const listed = new Map(manifest.files.map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const [name, content] of snapshot(folder)) {
    if (name === MANIFEST || content === '<dir>') continue;
    const entry = listed.get(name);
    const bytes = Buffer.from(content, 'base64');
    if (!entry) problems.push(`not listed: ${name}`);
    else if (entry.sha256 !== sha256(bytes) || entry.bytes !== bytes.length) problems.push(`changed: ${name}`);
    listed.delete(name);
  }
  return [...problems, ...[...listed.keys()].map((name) => `missing: ${name}`)];
}
