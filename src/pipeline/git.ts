import { execFileSync } from 'node:child_process';

/** What a draft's mark adds to the commit when the project's files differ from it. */
export const UNCOMMITTED = 'ändringar som inte är incheckade';

/**
 * The commit a draft is built from, as its mark prints it: "3f2c1ab", or "3f2c1ab + ändringar som
 * inte är incheckade" when the project folder holds changes git has not committed (a file edited,
 * added and not yet committed, or deleted; files git ignores do not count). "okänd" outside a git
 * repository or without git.
 */
export function gitCommit(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  let commit: string;
  try {
    commit = git('rev-parse', '--short', 'HEAD').trim();
  } catch {
    return 'okänd';
  }
  if (!commit) return 'okänd';
  try {
    // Only the project folder (it may be part of a larger repository).
    return git('status', '--porcelain', '--untracked-files=normal', '--', '.').trim() ? `${commit} + ${UNCOMMITTED}` : commit;
  } catch {
    return commit;
  }
}
