import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { observationKey, type Observation } from '../model/observation.js';
import { datasetHints, datasetMessages } from './messages.js';

/**
 * Rules across all files: one observation is stated once. A second statement of the same value is a
 * duplicate; a second statement with another value is a conflict (both are errors — the data must say
 * one thing).
 */
export function checkDuplicates(observations: readonly Observation[]): Diagnostic[] {
  const first = new Map<string, Observation>();
  const firstInForm = new Map<string, Observation>();
  const out: Diagnostic[] = [];
  for (const o of observations) {
    const key = observationKey(o);
    const prior = first.get(key);
    if (!prior) {
      first.set(key, o);
      // The same observation with a dimension value written another way ("007" and "7", "SE" and
      // "se") would pass as a second one; the series would hold both.
      const form = formKey(o);
      const same = firstInForm.get(form);
      if (!same) firstInForm.set(form, o);
      else {
        const where = `${same.location.file}:${same.location.line}:${same.location.column}`;
        out.push({ severity: 'error', code: 'dataset/same-in-another-form', message: datasetMessages.sameInAnotherForm(key, observationKey(same), where), location: o.location, hint: datasetHints.sameInAnotherForm });
      }
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
  return limitPerFile(out);
}

/** The observation's key with its codes in one form: trimmed, lower case, no leading zeros. */
function formKey(o: Observation): string {
  const dims: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.dims)) dims[k] = v.trim().toLowerCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ''));
  return observationKey({ ...o, dims });
}

function show(o: Observation): string {
  return o.value !== null ? String(o.value) : `missing (${o.missing})`;
}
