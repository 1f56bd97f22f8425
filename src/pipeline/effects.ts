import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gitCommit } from './git.js';
import { openCache, type Cache } from './memo.js';
import { checkOutput, stageOutput } from './output.js';
import { readProject, type ProjectFiles } from './project.js';

/** The printer module (src/pdf): loaded only when a PDF is asked for, since it brings puppeteer. */
export type PdfModule = typeof import('../pdf/index.js');

/**
 * Everything the orchestrator does to the world, as one object: the file system (reading the
 * project, checking and writing the report folders), the clock, git, the disk cache, the printer and
 * the terminal. `realEffects` is the real one; a test may pass another.
 */
export interface Effects {
  readProject(root: string): Promise<ProjectFiles>;
  /** The build date a draft prints (YYYY-MM-DD). */
  today(): string;
  /** The commit a draft prints ("3f2c1ab", "… + ändringar som inte är incheckade", "okänd"). */
  commit(root: string): string;
  openCache(): Cache | null;
  loadPdf(): Promise<PdfModule>;
  checkOutput: typeof checkOutput;
  stageOutput: typeof stageOutput;
  /** Writes a file of its own (the diff's HTML page), its folder made when missing. */
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout shows colour (a terminal, NO_COLOR unset). */
  colour(): boolean;
}

export const realEffects: Effects = {
  readProject,
  today: () => buildDate(),
  commit: gitCommit,
  openCache,
  loadPdf: () => import('../pdf/index.js'),
  checkOutput,
  stageOutput,
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  colour: () => Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
};

/** Build date for drafts: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export function buildDate(env = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
