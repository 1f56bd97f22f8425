import { runDiff as compareEditions, type DiffOptions } from '../pipeline/compare.js';
import { realEffects } from '../pipeline/effects.js';

export { defaultDiffPath, type DiffOptions } from '../pipeline/compare.js';

/** `ehalsa diff <A> <B>`: one pipeline call (src/pipeline/compare.ts). */
export async function runDiff(options: DiffOptions): Promise<void> {
  await compareEditions(options, realEffects);
}
