import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { projectMessages } from './messages.js';

/** One entry of the input folders as listed: a project-relative POSIX path and whether it is a folder. */
export interface ProjectEntry {
  path: string;
  kind: 'file' | 'folder';
}

/**
 * What may stand where in the input folders. Every entry is either read by a later stage or
 * reported here, so nothing given is ignored in silence: a folder that is not a year, a subfolder of a
 * year, a stray file at the top of datasets/, an unknown file in an edition's folder. A folder that is
 * reported is not looked into further (one diagnostic, not one per file inside it).
 *
 * Files of the right place but the wrong kind inside a year folder (a .csv beside the .yaml files)
 * are the datasets stage's to report (`dataset/stray-file`), as before.
 */
export function checkPlacement(entries: readonly ProjectEntry[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const refused: string[] = [];
  for (const entry of entries) {
    if (refused.some((folder) => entry.path.startsWith(`${folder}/`))) continue;
    const problem = placementProblem(entry, entries);
    if (!problem) continue;
    // A folder's location ends in "/", so that "datasets/202O/:1:1" reads as a folder.
    out.push({ severity: 'error', ...problem, location: { file: entry.kind === 'folder' ? `${entry.path}/` : entry.path, line: 1, column: 1 } });
    if (entry.kind === 'folder') refused.push(entry.path);
  }
  return out;
}

type Problem = Pick<Diagnostic, 'code' | 'message' | 'hint'>;

const YEAR = /^\d{4}$/;

function placementProblem(entry: ProjectEntry, entries: readonly ProjectEntry[]): Problem | null {
  const parts = entry.path.split('/');
  const name = parts[parts.length - 1]!;
  const folder = entry.kind === 'folder';
  const inside = (dir: string) => entries.filter((e) => e.kind === 'file' && e.path.startsWith(`${dir}/`)).length;
  const top = parts[0];
  if (top === 'datasets') {
    // The sources' own files, kept as delivered for `ehalsa import` (any layout below sources/), and
    // the mappings that read them.
    if (parts[1] === 'sources') return null;
    if (parts[1] === 'mappings') {
      if (parts.length === 2 && folder) return null;
      if (parts.length === 3 && !folder && (name.endsWith('.yaml') || name === 'README.md')) return null;
      return folder
        ? projectMessages.subfolder(entry.path, inside(entry.path), 'datasets/mappings/ holds the import mappings (*.yaml) only, no folders')
        : projectMessages.strayFile(entry.path, 'datasets/mappings/ holds the import mappings (*.yaml) and README.md');
    }
    if (parts.length === 2) {
      if (folder) return YEAR.test(name) ? null : projectMessages.notAYear(entry.path, inside(entry.path));
      // plausibility.yaml: the limits of the checks between years (src/datasets/plausibility.ts).
      return name === 'README.md' || name === 'plausibility.yaml'
        ? null
        : projectMessages.strayFile(entry.path, 'datasets/ holds one folder per data year (datasets/2020/), sources/ and mappings/ for `ehalsa import`, plausibility.yaml and README.md');
    }
    // datasets/<year>/<file>: the datasets stage reads it or reports it.
    if (parts.length === 3 && !folder) return null;
    return projectMessages.subfolder(entry.path, inside(entry.path), 'a year folder holds only its <indicator>.yaml files and README.md');
  }
  if (top === 'indicators') {
    if (parts.length === 2 && !folder && (name.endsWith('.yaml') || name === 'README.md')) return null;
    return folder
      ? projectMessages.subfolder(entry.path, inside(entry.path), 'indicators/ holds the registry files (*.yaml) only, no folders')
      : projectMessages.strayFile(entry.path, 'indicators/ holds the registry files (*.yaml) and README.md');
  }
  if (top === 'templates') return templatesProblem(entry, parts, inside);
  return null;
}

function templatesProblem(entry: ProjectEntry, parts: readonly string[], inside: (dir: string) => number): Problem | null {
  const folder = entry.kind === 'folder';
  const name = parts[parts.length - 1]!;
  const [, second, third, fourth] = parts;
  const stray = (hint: string) => (folder ? projectMessages.subfolder(entry.path, inside(entry.path), hint) : projectMessages.strayFile(entry.path, hint));
  if (parts.length === 2) {
    if (folder && (second === 'editions' || second === 'layout')) return null;
    return name === 'README.md' && !folder ? null : stray('templates/ holds editions/ and layout/');
  }
  if (second === 'layout') {
    if (!folder && parts.length === 3 && (name.endsWith('.hbs') || name.endsWith('.css') || name === 'README.md')) return null;
    if (folder && parts.length === 3 && third === 'partials') return null;
    if (!folder && parts.length === 4 && third === 'partials' && name.endsWith('.hbs')) return null;
    return stray('templates/layout/ holds report.hbs, the stylesheets (*.css) and partials/*.hbs');
  }
  if (second !== 'editions') return null;
  if (parts.length === 3) {
    if (folder) return YEAR.test(name) ? null : projectMessages.notAYear(entry.path, inside(entry.path));
    return name === 'README.md' ? null : stray('templates/editions/ holds one folder per edition (templates/editions/2020/) and README.md');
  }
  const editionHint = `an edition folder holds edition.yaml, sections/*.md, figures/*.yaml and facts/*.yaml`;
  if (parts.length === 4) {
    if (folder) return fourth === 'sections' || fourth === 'figures' || fourth === 'facts' ? null : stray(editionHint);
    return fourth === 'edition.yaml' || fourth === 'README.md' ? null : stray(editionHint);
  }
  if (parts.length === 5 && !folder) {
    const wanted = fourth === 'sections' ? '.md' : '.yaml';
    if (name.endsWith(wanted)) return null;
  }
  return stray(editionHint);
}
