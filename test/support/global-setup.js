// Before the test run:
//
// - Builds dist/ when any source is newer than it (CI's `npm ci` has built it already). The tests run
//   the TypeScript sources themselves; dist/ is for the CLI tests, which run the real program as a user
//   does: `node bin/ehalsa.js`. A build is made from a clean dist/ (no file of a removed source stays),
//   and when tsc reports an error the run stops here: the CLI tests would run a program that does not
//   match src/.
// - Names a folder for this run (EHALSA_TEST_RUN) where test files share what they find out once, such
//   as whether a browser can start (test/support/browser.ts); global-teardown.js removes it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The latest change under `dir`: a file's, or a folder's (a file added, renamed or removed). */
function newest(dir) {
  let t = statSync(dir).mtimeMs;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function build(root) {
  const marker = join(root, 'dist', 'cli', 'main.js');
  const inputs = Math.max(newest(join(root, 'src')), ...['tsconfig.json', 'tsconfig.build.json'].map((f) => statSync(join(root, f)).mtimeMs));
  if (existsSync(marker) && statSync(marker).mtimeMs >= inputs) return;
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    // tsc writes dist/ even when types are wrong: removed, so that the next run builds (and stops) again.
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    const output = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim() || String(err);
    throw new Error(`test/support/global-setup.js: tsc -p tsconfig.build.json failed, so the tests do not run (the CLI tests would run a program that does not match src/):\n${output}`);
  }
}

export default function globalSetup() {
  const root = join(import.meta.dirname, '..', '..');
  build(root);
  process.env['EHALSA_TEST_RUN'] = mkdtempSync(join(tmpdir(), 'ehalsa-test-run-'));
}
