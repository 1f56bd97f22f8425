import { CliError, EXIT } from './exit.js';

export async function runIndicatorList(_options: { root: string; json: boolean }): Promise<void> {
  throw new CliError('ehalsa: not yet', EXIT.internal);
}
export async function runIndicatorShow(_options: { root: string; id: string; json: boolean }): Promise<void> {
  throw new CliError('ehalsa: not yet', EXIT.internal);
}
