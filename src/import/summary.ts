import { alignColumns } from '../registry/listing-text.js';
import type { FilePlan } from './merge.js';

/**
 * What an import changes, as a table, one row per observation it writes:
 *
 *   indicator  dimensions                                year  old → new                      origin
 *   INT:1      land=irland, index=desi, delomrade=totalt  2020  missing: not-available → 6.18  desi-2020.csv C7
 *
 * "old" is "–" for a new observation; a row whose value stays is one whose origin is added or updated.
 */
export function formatChanges(plans: readonly FilePlan[]): string {
  const rows = plans.flatMap((p) =>
    p.changes.map((c) => [
      c.value.indicator.id,
      Object.entries(c.value.dims)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ') || '–',
      String(c.value.year),
      `${c.old ?? '–'} → ${c.new}`,
      `${c.value.origin.file.split('/').pop()} ${c.value.origin.cell}`,
    ]),
  );
  if (!rows.length) return '';
  return `${alignColumns([['indicator', 'dimensions', 'year', 'old → new', 'origin'], ...rows]).join('\n')}\n`;
}

/** One line per dataset file: "datasets/2020/INT-1.yaml: 16 filled, 3 given their origin, 10 unchanged". */
export function formatSummary(plans: readonly FilePlan[], dryRun: boolean): string {
  const lines = plans.map((p) => {
    const count = (kind: string) => p.changes.filter((c) => c.kind === kind).length;
    const parts = [
      [count('new'), 'new'],
      [count('filled'), 'filled'],
      [count('changed'), 'changed'],
      [count('origin'), 'given their origin'],
      [p.unchanged, 'unchanged'],
    ]
      .filter(([n]) => n)
      .map(([n, what]) => `${n} ${what}`);
    const verb = p.after === p.before ? 'nothing to change' : dryRun ? 'would change' : p.before === null ? 'written' : 'updated';
    return `${p.path}: ${verb} (${parts.join(', ')})`;
  });
  return lines.map((l) => `ehalsa: ${l}\n`).join('');
}
