/**
 * The two commands of a year's work, from the project's files to their results:
 *
 *   readProject ──loadInputs──▶ edition, datasets, registry ──computeFacts──▶ facts
 *     status:   ──buildStatus──▶ StatusReport ──formatStatus──▶ text (or the report as JSON)
 *     new-year: planNewYear (copied texts) ──buildChecklist──▶ planPlaceholders ──▶ the files to write,
 *               then the status of the year with its placeholders ──formatChecklist──▶ README.md
 *
 * Reading is the only effect here; the CLI writes what `startNewYear` plans (`writeNewYear`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../yaml/source.js';
import { computeFacts } from '../narrative/facts.js';
import { checkTexts, loadInputs } from './build.js';
import { buildChecklist } from './checklist.js';
import { claimChanges, formatChecklist, planNewYear, planPlaceholders } from './new-year.js';
import { readProject, type ProjectFiles } from './project.js';
import { buildStatus, formatStatus, type StatusReport } from './status.js';

/** The status of an edition from the project's files; the diagnostics instead when its inputs have errors. */
export function statusOfProject(
  project: ProjectFiles,
  year: number,
  options: { all?: boolean } = {},
): { status: StatusReport; text: string } | { diagnostics: Diagnostic[]; project: ProjectFiles } {
  const loaded = loadInputs(project, year);
  if (!loaded.edition || hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics, project };
  const { facts } = computeFacts(loaded.edition.facts, loaded.datasets, loaded.registry);
  const files = new Set(project.datasets.map((f) => f.path));
  const status = buildStatus(loaded.edition, loaded.datasets, loaded.registry, facts, { all: options.all, files });
  return { status, text: formatStatus(status) };
}

/** `ehalsa status`: reads the project at `root`. */
export async function statusOf(root: string, year: number, options: { all?: boolean } = {}) {
  return statusOfProject(await readProject(root), year, options);
}

export interface NewYearResult {
  from: number;
  /** Project-relative; `create` files must not exist yet, the others are existing dataset files with lines appended. */
  files: (SourceFile & { create: boolean })[];
  /** Dataset files that exist but whose observations could not be appended to (a flow list): listed in the checklist only. */
  skipped: string[];
  checklist: string;
}

/** Everything `ehalsa new-year <year>` writes, from the project's files; an error and its kind instead. */
export function startNewYear(project: ProjectFiles, year: number): NewYearResult | { error: string; kind: 'usage' | 'input' } {
  const first = planNewYear(project.editions, year, '');
  if ('error' in first) return { error: first.error, kind: 'usage' };
  const copied = { ...project, editions: [...project.editions, ...first.files.filter((f) => f.path.startsWith('templates/'))] };
  const loaded = loadInputs(copied, year);
  if (!loaded.edition) return { error: `the ${first.from} edition could not be read; run \`ehalsa validate\``, kind: 'input' };
  const texts = checkTexts(loaded.edition, loaded.datasets, loaded.registry);
  // 1. The values the copied edition needs from the year, written as placeholder lines.
  const items = buildChecklist(loaded.edition, loaded.datasets, loaded.registry, texts.facts);
  const placeholders = planPlaceholders(items, year, project.datasets);
  // 2. The checklist: the status of the year once the placeholders are in (each item then has its line).
  const replaced = new Set(placeholders.files.map((f) => f.path));
  const withPlaceholders = { ...copied, datasets: [...project.datasets.filter((f) => !replaced.has(f.path)), ...placeholders.files] };
  const after = loadInputs(withPlaceholders, year);
  const own = after.diagnostics.filter((d) => replaced.has(d.location?.file ?? ''));
  if (!after.edition || hasErrors(own)) return { error: `the placeholders for ${year} do not validate; run \`ehalsa validate --year ${year}\``, kind: 'input' };
  const facts = checkTexts(after.edition, after.datasets, after.registry);
  const status = buildStatus(after.edition, after.datasets, after.registry, facts.facts, { files: new Set(withPlaceholders.datasets.map((f) => f.path)) });
  // 3. The copied texts' claims, checked against the new year's data beside what they were in the old edition.
  const before = loadInputs(project, first.from);
  const previous = before.edition ? checkTexts(before.edition, before.datasets, before.registry).claims : [];
  const checklist = formatChecklist(status, first.from, claimChanges(previous, texts.claims));
  const plan = planNewYear(project.editions, year, checklist);
  if ('error' in plan) return { error: plan.error, kind: 'usage' };
  const existing = new Set(project.datasets.map((f) => f.path));
  return {
    from: plan.from,
    files: [...plan.files, ...placeholders.files].map((f) => ({ ...f, create: !existing.has(f.path) })),
    skipped: placeholders.skipped,
    checklist,
  };
}

/** Writes a new year's files under `root`: new ones exclusively (never over a file that appeared meanwhile). */
export async function writeNewYear(root: string, result: NewYearResult): Promise<void> {
  for (const f of result.files) {
    const path = join(root, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text, { flag: f.create ? 'wx' : 'w' });
  }
}
