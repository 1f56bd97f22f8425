import type { Checkpoint } from './checkpoint.js';
import { annotationCheckpoints } from './checkpoints/annotations.js';
import { fontCheckpoints } from './checkpoints/fonts.js';
import { metadataCheckpoints } from './checkpoints/metadata.js';
import { otherCheckpoints } from './checkpoints/other.js';
import { structureCheckpoints } from './checkpoints/structure.js';
import { tagCheckpoints } from './checkpoints/tags.js';
import { readModel } from './model.js';
import { formatFinding, type Finding } from './pdf.js';

/** Every checkpoint, the checker's own first, then in Matterhorn order. */
export const checkpoints: Checkpoint[] = [
  ...structureCheckpoints,
  ...metadataCheckpoints,
  ...tagCheckpoints,
  ...otherCheckpoints.filter((c) => c.id !== 'scope'),
  ...annotationCheckpoints,
  ...fontCheckpoints,
  ...otherCheckpoints.filter((c) => c.id === 'scope'),
].sort((a, b) => order(a.id) - order(b.id));

function order(id: string): number {
  const own = ['tree-marked', 'tree-root', 'tree-parent', 'tree-parenttree', 'tree-mcr', 'scope'];
  if (own.includes(id)) return own.indexOf(id);
  const [group, item] = id.split('-').map(Number);
  return 100 + group! * 100 + item!;
}

export interface CheckpointResult {
  id: string;
  title: string;
  kind: Checkpoint['kind'];
  /** pass: examined something and found nothing wrong; n/a: there was nothing it applies to. */
  status: 'pass' | 'fail' | 'n/a';
  examined: number;
  findings: Finding[];
}

export interface Report {
  results: CheckpointResult[];
  /** Findings as lines, by checkpoint id: "page 6, object 123 0 R: /Link annotation without /Contents". */
  byCheckpoint: Record<string, string[]>;
}

/** Runs every checkpoint on a PDF. */
export async function checkPdf(bytes: Uint8Array): Promise<Report> {
  const model = await readModel(bytes);
  const results = checkpoints.map((c): CheckpointResult => {
    const { examined, findings } = c.check(model);
    return { id: c.id, title: c.title, kind: c.kind, status: findings.length ? 'fail' : examined ? 'pass' : 'n/a', examined, findings };
  });
  const byCheckpoint: Record<string, string[]> = {};
  for (const r of results) byCheckpoint[r.id] = r.findings.map(formatFinding);
  return { results, byCheckpoint };
}

/** A few lines for a test's output: the count of each status, then each failing checkpoint with its count. */
export function summarise(name: string, report: Report): string {
  const n = (s: CheckpointResult['status']): number => report.results.filter((r) => r.status === s).length;
  const lines = [`${name}: ${n('pass')} checkpoints passed, ${n('fail')} failed, ${n('n/a')} not applicable`];
  for (const r of report.results.filter((x) => x.status === 'fail')) lines.push(`  ${r.id.padEnd(16)} ${String(r.findings.length).padStart(4)} × ${r.title}`);
  return lines.join('\n');
}
