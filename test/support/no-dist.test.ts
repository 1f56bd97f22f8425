import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './cli.js';

/**
 * The tests run the TypeScript sources: no test file imports or loads compiled code from dist/. The
 * CLI tests run `node bin/ehalsa.js` (which loads dist/, built by global-setup.js) as a user does;
 * `npm run bench` (test/bench/run.js) times the built program by design; test/pipeline/ci.test.ts
 * copies the built program (bin/ and dist/) into a git repository to run .ci/diff-base there as CI does.
 */
const ALLOWED = new Set(['test/support/global-setup.js', 'test/bench/run.js', 'test/pipeline/ci.test.ts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : files(path);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) ? [path] : [];
  });
}

describe('the tests run the sources', () => {
  it('no test file names dist/ in an import or a path', () => {
    const found: string[] = [];
    for (const path of files(join(projectRoot, 'test'))) {
      const name = relative(projectRoot, path);
      if (ALLOWED.has(name) || name === 'test/support/no-dist.test.ts') continue;
      readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
        // "../dist/x.js", `${root}/dist/`, join(root, 'dist', …) — not "pdfjs-dist/…", a package name
        if (/(^|[^\w-])dist\//.test(line.replace(/\/\/.*$|^\s*\*.*$/, '')) || /['"`]dist['"`]/.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
