import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { observationKey, type Observation } from '../model/observation.js';
import { datasetMessages } from './messages.js';

/**
 * Rules across all files: one observation is stated once. A second statement of the same value is a
 * duplicate; a second statement with another value is a conflict (both are errors — the data must say
 * one thing).
 */
export function checkDuplicates(observations: readonly Observation[]): Diagnostic[] {
  const first = new Map<string, Observation>();
  const out: Diagnostic[] = [];
  for (const o of observations) {
    const key = observationKey(o);
    const prior = first.get(key);
    if (!prior) {
      first.set(key, o);
      continue;
    }
    const where = `${prior.location.file}:${prior.location.line}:${prior.location.column}`;
    const same = prior.value === o.value && prior.missing === o.missing;
    out.push({
      severity: 'error',
      code: same ? 'dataset/duplicate' : 'dataset/conflict',
      message: same
        ? datasetMessages.duplicate(key, where)
        : datasetMessages.conflict(key, where, show(prior), show(o)),
      location: o.location,
      hint: same ? 'remove one of them' : 'keep the value the source states and remove the other',
    });
  }
  return out;
}

function show(o: Observation): string {
  return o.value !== null ? String(o.value) : `missing (${o.missing})`;
}
