import { join } from 'node:path';
import { formatDiffHtml, formatDiffStat, formatDiffText } from '../render/diff.js';
import { StageError, buildModel, loadInputs } from './build.js';
import { diffData, formatDataDiff } from './data-diff.js';
import { diffDocuments } from './diff.js';
import type { Effects } from './effects.js';
import { PipelineFailure } from './failure.js';
import { diagnosticsText } from './print.js';

export interface DiffOptions {
  root: string;
  a: number;
  b: number;
  data: boolean;
  html: string | null;
  /** A summary per section instead of the sentences. */
  stat?: boolean;
  /** The sections' changes as JSON (src/pipeline/diff.schema.json). */
  json?: boolean;
}

/**
 * `ehalsa diff <A> <B>`: the two editions' generated text (or, with --data, their observations)
 * compared. Returns whether they differ (for `--exit-code`).
 */
export async function runDiff(options: DiffOptions, effects: Effects): Promise<{ differ: boolean }> {
  const project = await effects.readProject(options.root);
  if (options.data) {
    const a = loadInputs(project, options.a);
    const b = loadInputs(project, options.b);
    const changes = diffData(a.datasets, b.datasets);
    effects.stdout(formatDataDiff(changes, options.a, options.b));
    return { differ: changes.length > 0 };
  }
  const build = { date: effects.today(), commit: effects.commit(options.root) };
  const model = async (year: number) => {
    try {
      return (await buildModel(project, { year, draft: false, build, cache: effects.openCache() })).model;
    } catch (err) {
      if (err instanceof StageError) {
        effects.stderr(diagnosticsText(err.diagnostics, project, false));
        throw new PipelineFailure(`ehalsa: the ${year} edition has errors`, 'input');
      }
      throw err;
    }
  };
  const [a, b] = [await model(options.a), await model(options.b)];
  const diffs = diffDocuments(a.document, b.document);
  const differ = diffs.length > 0;
  if (options.html !== null) {
    await effects.writeFile(options.html, formatDiffHtml(diffs, options.a, options.b));
    effects.stdout(`${options.html}\n`);
    return { differ };
  }
  if (options.json) effects.stdout(`${JSON.stringify({ a: options.a, b: options.b, sections: diffs }, null, 2)}\n`);
  else if (options.stat) effects.stdout(formatDiffStat(diffs, options.a, options.b));
  else effects.stdout(formatDiffText(diffs, options.a, options.b, effects.colour()));
  return { differ };
}

export function defaultDiffPath(out: string, a: number, b: number): string {
  return join(out, `diff-${a}-${b}.html`);
}
