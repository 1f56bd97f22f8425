import { observationKey, type Datasets, type Observation } from '../model/observation.js';
import { qualifyNumber } from '../text/qualified.js';

export interface DataChange {
  kind: 'added' | 'removed' | 'changed';
  key: string;
  before: string | null;
  after: string | null;
  source: string;
}

/**
 * The observations that differ between two editions' data: what the later edition adds (its new
 * year, revisions of earlier years) and anything it no longer has.
 */
export function diffData(a: Datasets, b: Datasets): DataChange[] {
  const left = new Map(a.observations.map((o) => [observationKey(o), o]));
  const right = new Map(b.observations.map((o) => [observationKey(o), o]));
  const out: DataChange[] = [];
  for (const [key, o] of right) {
    const prior = left.get(key);
    if (!prior) out.push({ kind: 'added', key, before: null, after: show(o), source: o.source });
    else if (show(prior) !== show(o)) out.push({ kind: 'changed', key, before: show(prior), after: show(o), source: o.source });
  }
  for (const [key, o] of left) if (!right.has(key)) out.push({ kind: 'removed', key, before: show(o), after: null, source: o.source });
  return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** "66", ">99", "drygt 86" (a changed qualifier is a change), or why the value is missing. */
function show(o: Observation): string {
  return o.value !== null ? qualifyNumber(String(o.value), o.qualifier) : `saknas (${o.missing})`;
}

export function formatDataDiff(changes: readonly DataChange[], a: number, b: number): string {
  const out = [`Data ${a} → ${b}: ${changes.length} ändrade observationer`, ''];
  for (const c of changes) {
    const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
    out.push(`${sign} ${c.key}: ${c.before ?? ''}${c.kind === 'changed' ? ' → ' : ''}${c.after ?? ''}`);
  }
  return `${out.join('\n')}\n`;
}
