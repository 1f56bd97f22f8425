import { realEffects } from '../pipeline/effects.js';
import { runIndicatorList as listIndicators, runIndicatorShow as showIndicator } from '../pipeline/indicators.js';

/** `ehalsa indicators`: ID, name and the years with data (src/pipeline/indicators.ts). */
export async function runIndicatorList(options: { root: string; json: boolean }): Promise<void> {
  await listIndicators(options, realEffects);
}

/** `ehalsa indicators show <ID>`: everything about one indicator, and the figures that use it. */
export async function runIndicatorShow(options: { root: string; id: string; json: boolean }): Promise<void> {
  await showIndicator(options, realEffects);
}
