// Builds dist/ before the test run when any source is newer than it (CI's `npm ci` has built it already),
// so the CLI tests run the real program: `node bin/ehalsa.js`.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function globalSetup() {
  const root = join(import.meta.dirname, '..', '..');
  const marker = join(root, 'dist', 'cli', 'main.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newest(join(root, 'src'))) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    // tsc still emits when types are wrong; the typecheck step of CI reports those. Tests go on.
    process.stderr.write(`global-setup: tsc reported errors (dist/ was still written):\n${err.stdout ?? ''}\n`);
  }
}
