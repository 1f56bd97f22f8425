import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './cli.js';

/**
 * Under jest, vega-lite comes through jest/vega-lite-after-vega.mjs (see jest/resolver.cjs): it must be vega-lite
 * itself, every export of it, and load beside vega as src/charts/render.ts loads them.
 */
describe('vega and vega-lite under jest', () => {
  it('load together, as the chart stage loads them', async () => {
    const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
    expect(typeof vega.View).toBe('function');
    expect(typeof vl.compile).toBe('function');
  });

  it('vega-lite comes with every export of its own build, and no other', async () => {
    const vl = await import('vega-lite');
    const built = readFileSync(join(projectRoot, 'node_modules', 'vega-lite', 'build', 'index.js'), 'utf8');
    const names = /^export \{([^}]*)\};$/m.exec(built)![1]!.split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!);
    expect(Object.keys(vl).sort()).toEqual(names.sort());
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'vega-lite', 'package.json'), 'utf8')) as { version: string };
    expect(vl.version).toBe(pkg.version);
  });
});
