import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { projectRoot } from '../support/cli.js';

/**
 * Test-side scaffolding shared by the corpus and the reliability tests: a small valid project
 * (test/fixtures/corpus/base/ plus the real templates/layout/), an overlay of a case's files, generated
 * files that cannot live in git as such (Latin-1 bytes, BOM and CRLF, a file over the size limit, a
 * symbolic link, a named pipe), and an output folder holding a "previous good report".
 */

export const corpusDir = join(projectRoot, 'test', 'fixtures', 'corpus');
export const baseDir = join(corpusDir, 'base');

/** What a previous, good run left in <out>/2020/ before each case runs. */
export const PREVIOUS_REPORT = {
  'report.md': '# Uppföljning Vision e-hälsa 2025\n\nThe previous good report (written by the test, must survive).\n',
  'report.html': '<!doctype html>\n<title>previous good report</title>\n',
  'figures/figur-01.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
} as const;

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
  | { remove: string };

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
  for (const g of options.generate ?? []) generate(tmp, root, g);
  mkdirSync(out, { recursive: true });
  if (options.previous !== false) writePrevious(out);
  return { tmp, root, out, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

export function writePrevious(out: string, year = 2020): void {
  for (const [name, text] of Object.entries(PREVIOUS_REPORT)) {
    const path = join(out, String(year), name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

function generate(tmp: string, root: string, g: Generated): void {
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

/** Staging folders, replaced folders and lock files a run must never leave behind. */
export function litter(out: string): string[] {
  if (!existsSync(out)) return [];
  return readdirSync(out).filter((name) => /^\.\d{4}\.(tmp-|old-|lock$)/.test(name));
}
