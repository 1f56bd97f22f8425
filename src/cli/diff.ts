import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StageError, buildModel, loadInputs } from '../pipeline/build.js';
import { openCache } from '../pipeline/memo.js';
import { diffData, formatDataDiff } from '../pipeline/data-diff.js';
import { diffDocuments } from '../pipeline/diff.js';
import { readProject } from '../pipeline/project.js';
import { formatDiffHtml, formatDiffText } from '../render/diff.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';
import { buildDate, gitCommit } from './report.js';

export interface DiffOptions {
  root: string;
  a: number;
  b: number;
  data: boolean;
  html: string | null;
}

/** `ehalsa diff <A> <B>`: the two editions' generated text (or, with --data, their observations) compared. */
export async function runDiff(options: DiffOptions): Promise<void> {
  const project = await readProject(options.root);
  if (options.data) {
    const a = loadInputs(project, options.a);
    const b = loadInputs(project, options.b);
    process.stdout.write(formatDataDiff(diffData(a.datasets, b.datasets), options.a, options.b));
    return;
  }
  const build = { date: buildDate(), commit: gitCommit(options.root) };
  const model = async (year: number) => {
    try {
      return (await buildModel(project, { year, draft: false, build, cache: openCache() })).model;
    } catch (err) {
      if (err instanceof StageError) {
        printDiagnostics(err.diagnostics, project, false);
        throw new CliError(`ehalsa: the ${year} edition has errors`, EXIT.input);
      }
      throw err;
    }
  };
  const [a, b] = [await model(options.a), await model(options.b)];
  const diffs = diffDocuments(a.document, b.document);
  if (options.html !== null) {
    await mkdir(dirname(options.html), { recursive: true });
    await writeFile(options.html, formatDiffHtml(diffs, options.a, options.b));
    process.stdout.write(`${options.html}\n`);
    return;
  }
  const useColour = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
  process.stdout.write(formatDiffText(diffs, options.a, options.b, useColour));
}

export function defaultDiffPath(out: string, a: number, b: number): string {
  return join(out, `diff-${a}-${b}.html`);
}
