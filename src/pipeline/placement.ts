import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/**
 * Where a report may not go: into the project's inputs (indicators/, datasets/, templates/, at any
 * depth), onto the project folder itself, or onto a folder that holds the project. Paths are compared
 * as the file system resolves them (symbolic links followed), so a link into datasets/ is caught too.
 */

export const INPUT_FOLDERS = ['indicators', 'datasets', 'templates'] as const;

/** Why `--out <out>` (relative to `cwd`) is refused for the project at `root`, or null if it is not. */
export function outPlacementProblem(root: string, out: string, cwd = process.cwd()): string | null {
  const given = resolve(cwd, out);
  const real = realPath(given);
  const project = realPath(resolve(root));
  const via = real === given ? '' : ` (it resolves to ${real})`;
  const refused = (what: string) => `--out ${out} ${what}${via}; a report may not be written among the project's inputs`;
  if (real === project) return refused('is the project folder');
  if (inside(real, project)) return refused(`is a parent of the project folder ${project}`);
  for (const name of INPUT_FOLDERS) {
    const input = realPath(join(project, name));
    if (real === input) return refused(`is the input folder ${name}/`);
    if (inside(input, real)) return refused(`is inside the input folder ${name}/`);
    if (inside(real, input)) return refused(`is a parent of the input folder ${input}`);
  }
  return null;
}

/** `path` lies below `dir`. */
function inside(dir: string, path: string): boolean {
  return path !== dir && path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * The path as the file system resolves it: the longest existing part through realpath, the rest as
 * given. A dangling link is followed by hand (mkdir through it would create its target).
 */
function realPath(path: string, depth = 0): string {
  let head = path;
  const tail: string[] = [];
  while (!lexists(head)) {
    const parent = dirname(head);
    if (parent === head) return path;
    tail.unshift(basename(head));
    head = parent;
  }
  try {
    return join(realpathSync(head), ...tail);
  } catch {
    if (depth > 40 || !lstatSync(head).isSymbolicLink()) return path;
    return realPath(join(resolve(dirname(head), readlinkSync(head)), ...tail), depth + 1);
  }
}

function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
