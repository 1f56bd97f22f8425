import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ClaimUse } from '../model/document.js';
import { checkTexts, loadInputs } from '../pipeline/build.js';
import { planNewYear } from '../pipeline/new-year.js';
import { readProject } from '../pipeline/project.js';
import { buildStatus, type StatusReport } from '../pipeline/status.js';
import { CliError, EXIT } from './exit.js';

/** `ehalsa new-year <YYYY>`: start an edition from the previous one and print what data to collect. */
export async function runNewYear(options: { root: string; year: number }): Promise<void> {
  const project = await readProject(options.root);
  const first = planNewYear(project.editions, options.year, '');
  if ('error' in first) throw new CliError(`ehalsa: ${first.error}`, EXIT.usage);
  // The checklist is the status of the new edition before any of its data exists.
  const copied = { ...project, editions: [...project.editions, ...first.files.filter((f) => f.path.startsWith('templates/'))] };
  const loaded = loadInputs(copied, options.year);
  if (!loaded.edition) throw new CliError(`ehalsa: the ${first.from} edition could not be read; run \`ehalsa validate\``, EXIT.input);
  const texts = checkTexts(loaded.edition, loaded.datasets, loaded.registry);
  // The copied texts' claims, checked against the new year's data beside what they were in the old edition.
  const before = loadInputs(project, first.from);
  const previous = before.edition ? checkTexts(before.edition, before.datasets, before.registry).claims : [];
  const checklist = formatChecklist(buildStatus(loaded.edition, loaded.datasets, loaded.registry, texts.facts), first.from, claimChanges(previous, texts.claims));
  const plan = planNewYear(project.editions, options.year, checklist);
  if ('error' in plan) throw new CliError(`ehalsa: ${plan.error}`, EXIT.usage);
  for (const f of plan.files) {
    const path = join(options.root, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text, { flag: 'wx' });
  }
  process.stdout.write(
    `Created templates/editions/${options.year}/ (texts copied from ${plan.from}, marked unrevised) and datasets/${options.year}/.\n\n${checklist}`,
  );
}

/** What to collect for the new year, figure by figure, as Markdown (also saved as datasets/<year>/README.md). */
export function formatChecklist(status: StatusReport, from: number, claims: readonly ClaimChange[] = []): string {
  const year = status.year;
  const out = [`# Data att samla in för ${year}`, '', `Utgåvan ${year} startades från utgåvan ${from}. Lägg varje värde i datasets/${year}/<indikator>.yaml (se datasets/README.md).`, ''];
  for (const f of status.figures) {
    const needed = f.missing.filter((m) => m.year === year);
    if (!needed.length) continue;
    out.push(`## ${f.label} (${f.id})`, '');
    for (const m of needed) out.push(`- [ ] ${m.what} ${year}`);
    out.push('');
  }
  const facts = status.facts.filter((f) => !f.present);
  if (facts.length) {
    out.push('## Uppgifter som texten citerar', '');
    for (const f of facts) out.push(`- [ ] ${f.missing.join('; ')} (${f.id})`);
    out.push('');
  }
  if (claims.length) {
    out.push('## Påståenden i texten att pröva', '', `Texten vilar på dessa påståenden; så här står de mot data för ${year} jämfört med utgåvan ${from}:`, '');
    for (const c of claims) out.push(`- [ ] ${c.file}:${c.line}: ${c.says} — ${c.before} för ${from}, ${c.now} för ${year}${c.why ? ` (${c.why})` : ''} (${c.id})`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface ClaimChange {
  id: string;
  says: string;
  file: string;
  line: number;
  before: string;
  now: string;
  why: string;
}

const STATE = (holds: boolean | null | undefined) => (holds === true ? 'stämmer' : holds === false ? 'stämmer inte' : holds === null ? 'kan inte prövas' : 'fanns inte');

/** The claims of the new texts whose verdict differs from the old edition's, or that do not hold now. */
export function claimChanges(previous: readonly ClaimUse[], now: readonly ClaimUse[]): ClaimChange[] {
  return now
    .map((c, i) => ({ c, before: previous.filter((p) => p.id === c.id)[now.slice(0, i).filter((x) => x.id === c.id).length] }))
    .filter(({ c, before }) => c.holds !== true || before?.holds !== c.holds)
    .map(({ c, before }) => ({ id: c.id, says: c.says, file: c.file, line: c.line, before: STATE(before?.holds), now: STATE(c.holds), why: c.why }));
}
