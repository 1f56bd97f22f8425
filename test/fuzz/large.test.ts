/**
 * Inputs of megabytes in the shapes that made a parser take time growing with the square of their
 * size (test/fuzz/large-inputs.mjs): long lines of spaces, unclosed comments and quotes, deep nesting
 * of YAML flow collections, long runs of "[^", "{{" and "*". Each must be read — diagnostics or a
 * result, never a throw — within a generous bound for a loaded 2-core machine; quadratic behaviour at
 * these sizes takes minutes. (How fast they are is `npm run bench`'s to measure, not this test's.)
 *
 * The cases run in one worker thread on the sources; a case that gives no answer in WATCHDOG_MS
 * is stopped and reported. A case over the bound runs once more, and the faster run counts: other
 * tests share the two cores, and a quadratic case stays far over the bound either way.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { projectRoot } from '../support/cli.js';
import { runWatched } from './watch.js';

const BOUND_MS = 5_000;
const WATCHDOG_MS = 60_000;

type Outcome = { name: string; ms?: number; diagnostics?: number; error?: string };

async function run(only?: string[]): Promise<Outcome[]> {
  const file = join(projectRoot, 'test', 'fuzz', 'large-worker.mjs');
  const { messages, hung } = await runWatched(file, { root: projectRoot, ...(only ? { only } : {}) }, WATCHDOG_MS);
  const outcomes = messages
    .filter((m) => m.type === 'result' || m.type === 'error')
    .map((m): Outcome => ({ name: m['name'] as string, ...(m.type === 'result' ? { ms: m['ms'] as number, diagnostics: m['diagnostics'] as number } : { error: m['error'] as string }) }));
  return hung ? [...outcomes, { name: hung['name'] as string, error: `no answer within ${WATCHDOG_MS} ms` }] : outcomes;
}

describe('parsers under inputs of megabytes', () => {
  it(`reads every case within ${BOUND_MS / 1000} s, without throwing`, async () => {
    const slow = (o: Outcome) => o.error === undefined && (o.ms ?? Infinity) > BOUND_MS;
    const first = await run();
    const again = first.some(slow) ? await run(first.filter(slow).map((o) => o.name)) : [];
    const outcomes = first.map((o) => (slow(o) ? (again.find((a) => a.name === o.name && (a.ms ?? Infinity) < o.ms!) ?? o) : o));
    const failures = outcomes.filter((o) => o.error !== undefined || (o.ms ?? Infinity) > BOUND_MS);
    // On failure: which case, how long it took or what it threw.
    expect(failures.map((o) => ({ name: o.name, ms: o.ms === undefined ? undefined : Math.round(o.ms), error: o.error }))).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
  }, 600_000);
});
