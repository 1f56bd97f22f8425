import { runDiff as compareEditions, type DiffOptions } from '../pipeline/compare.js';
import { realEffects } from '../pipeline/effects.js';
import { EXIT } from './exit.js';

export { defaultDiffPath, type DiffOptions } from '../pipeline/compare.js';

/** `ehalsa diff <A> <B>`: one pipeline call (src/pipeline/compare.ts); with --exit-code, 1 when they differ (as git diff). */
export async function runDiff(options: DiffOptions & { exitCode: boolean }): Promise<void> {
  const { differ } = await compareEditions(options, realEffects);
  if (options.exitCode && differ) process.exitCode = EXIT.differ;
}
