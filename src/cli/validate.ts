import { realEffects } from '../pipeline/effects.js';
import { runValidation } from '../pipeline/validate.js';

/** `ehalsa validate`: one pipeline call (src/pipeline/validate.ts). */
export async function runValidate(options: { root: string; year: number | undefined; json: boolean }): Promise<void> {
  await runValidation(options, realEffects);
}
