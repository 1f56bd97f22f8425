/**
 * Fuzzing the parsers with mutated valid files (lines deleted, duplicated, swapped; characters
 * flipped; YAML and Markdown specials inserted; truncation): the dataset loader, the registry
 * loader, the edition loader, the Markdown dialect and the assembly of the section texts (templates,
 * footnotes) must answer with diagnostics (well formed and printable) or a result — never throw, never
 * hang.
 *
 * Each target runs in a worker thread (test/fuzz/worker.mjs, on the sources), so that a case
 * that takes longer than the per-case limit is stopped and reported with its input. Bounded: 300
 * cases per target, seed FUZZ_SEED (default fixed, so CI is repeatable).
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { projectRoot } from '../support/cli.js';
import { runWatched } from './watch.js';

const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_201_231);
/** Generous for a loaded 2-core machine; a parser that hangs never answers. */
const CASE_LIMIT_MS = 10_000;

interface Outcome {
  failed: boolean;
  counterexample: string | null;
  error: string | null;
  seed: number;
  numRuns: number;
  hung?: { index: number; input: unknown };
}

async function fuzz(target: string): Promise<Outcome> {
  const file = join(projectRoot, 'test', 'fuzz', 'worker.mjs');
  const { messages, hung } = await runWatched(file, { root: projectRoot, target, numRuns: NUM_RUNS, seed: SEED }, CASE_LIMIT_MS);
  if (hung) {
    return { failed: true, counterexample: null, error: `no answer within ${CASE_LIMIT_MS} ms`, seed: SEED, numRuns: 0, hung: { index: hung['index'] as number, input: hung['input'] } };
  }
  return messages.find((m) => m.type === 'done') as unknown as Outcome;
}

describe('parsers under mutated input (fast-check)', () => {
  it.each(['datasets', 'registry', 'edition', 'markdown', 'document'])(
    '%s: diagnostics or a result, never a throw or a hang',
    async (target) => {
      const outcome = await fuzz(target);
      // On failure this shows the (shrunk) input: [which file, the edits], and the seed to replay it.
      expect({ failed: outcome.failed, counterexample: outcome.counterexample, error: outcome.error, hung: outcome.hung }).toEqual({
        failed: false,
        counterexample: null,
        error: null,
        hung: undefined,
      });
      expect(outcome.numRuns).toBe(NUM_RUNS);
    },
    180_000,
  );
});
