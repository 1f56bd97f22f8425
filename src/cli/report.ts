import { FORMATS, type Format } from '../pipeline/build.js';
import { buildDate, realEffects } from '../pipeline/effects.js';
import { gitCommit } from '../pipeline/git.js';
import { runPipeline, type ReportOptions } from '../pipeline/pipeline.js';
import { CliError, EXIT } from './exit.js';

export type { ReportOptions };

/** `ehalsa report`: one pipeline call (src/pipeline/pipeline.ts); src/cli/main.ts maps its failure to an exit code. */
export async function runReport(options: ReportOptions): Promise<void> {
  await runPipeline(options, realEffects);
}

// Where preview and diff import them from.
export { buildDate, gitCommit };

export function parseFormats(list: string): Set<Format> {
  const out = new Set<Format>();
  for (const raw of list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(raw)) {
      throw new CliError(`ehalsa: unknown format "${raw}"; choose from ${FORMATS.join(', ')}`, EXIT.usage);
    }
    out.add(raw as Format);
  }
  if (!out.size) throw new CliError('ehalsa: --format needs at least one of pdf, html, md, json, figures', EXIT.usage);
  return out;
}
