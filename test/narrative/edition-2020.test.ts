/**
 * The issue's key test, over the real 2020 edition: every fact of templates/editions/2020/facts/*.yaml,
 * computed from the real datasets, must change when a value it uses changes — a share moved by a few
 * points, a count by a fifth, an increase turned into a decrease (and then the direction word too).
 * It grows by itself as the section developers add facts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasets } from '../../src/datasets/load.js';
import { loadEdition } from '../../src/edition/load.js';
import type { FactDef } from '../../src/model/edition.js';
import type { Fact } from '../../src/model/fact.js';
import { observationKey, type Datasets, type Observation } from '../../src/model/observation.js';
import type { Registry, Unit } from '../../src/model/registry.js';
import { computeFacts } from '../../src/narrative/facts.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MEMBER_KINDS = new Set(['count', 'rank', 'top']);
/** Kinds whose text names a member: a small change of one value need not move it, one of the variants must. */
const NAMING_KINDS = new Set([...MEMBER_KINDS, 'largest-change']);

let registry: Registry;
let datasets: Datasets;
let defs: FactDef[];
let facts: Map<string, Fact>;
let errors: string[];

beforeAll(async () => {
  const project = await readProject(root);
  registry = loadRegistry(project.indicators).registry;
  datasets = loadDatasets(project.datasets, registry, 2020).datasets;
  const { edition } = loadEdition(project.editions, 2020);
  if (!edition) throw new Error('the 2020 edition does not load');
  defs = edition.facts;
  const computed = computeFacts(defs, datasets, registry);
  facts = computed.facts;
  errors = computed.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.location?.file}:${d.location?.line} ${d.message}`);
});

/** Recomputes one fact over datasets where `change` replaced some observations. */
function recompute(def: FactDef, change: (o: Observation) => Observation): Fact | undefined {
  const changed: Datasets = { ...datasets, observations: datasets.observations.map(change) };
  // With the fact whose verb it borrows (`after`), if any.
  const lead = defs.filter((d) => d.id === def.params['after']);
  return computeFacts([...lead, def], changed, registry).facts.get(def.id);
}

/** Other values for an observation, valid for its unit: a few points, a fifth, the extremes. */
function variants(value: number, unit: Unit): number[] {
  const out =
    unit === 'procent'
      ? [value + 3 <= 100 ? value + 3 : value - 3, value - 3 >= 0 ? value - 3 : value + 3, 0, 100]
      : unit === 'rang'
        ? [value + 1, value > 1 ? value - 1 : value + 2]
        : value === 0
          ? [1, 10]
          : [value * 1.2, value * 0.8, value * 10, 0];
  return [...new Set(out)].filter((v) => v !== value);
}

describe('the 2020 edition facts', () => {
  it('has facts to check', () => {
    expect(defs.length).toBeGreaterThan(0);
  });

  it('computes every fact without errors', () => {
    expect(errors).toEqual([]);
  });

  it('changes every fact when a value it uses changes', () => {
    const unchanged: string[] = [];
    let checked = 0;
    for (const def of defs) {
      const fact = facts.get(def.id);
      if (!fact || fact.missing.length) continue;
      for (const key of fact.observations) {
        const used = datasets.observations.find((x) => observationKey(x) === key);
        if (!used || used.value === null) continue;
        const unit = registry.indicators.get(used.indicator)!.unit;
        const texts = variants(used.value, unit).map((v) => {
          const again = recompute(def, (x) => (observationKey(x) === key ? { ...x, value: v } : x));
          return { v, text: again?.text };
        });
        checked += 1;
        const same = texts.filter((t) => t.text === fact.text);
        // A value, trend, change, ratio or pair shows every change; a count, rank, list or largest change at least one.
        const bad = NAMING_KINDS.has(fact.kind) ? same.length === texts.length : same.length > 0;
        if (bad) unchanged.push(`${def.id} (${fact.kind}): ${key} = ${used.value} → ${same.map((t) => t.v).join(', ')} still "${fact.text}"`);
      }
    }
    expect(unchanged).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('turns the direction word around when an increase becomes a decrease', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const def of defs) {
      const fact = facts.get(def.id);
      if (!fact || fact.missing.length || (fact.kind !== 'trend' && fact.kind !== 'change')) continue;
      const direction = fact.parts['direction'];
      if (direction === 'oförändrat') continue;
      const [fromKey, toKey] = fact.observations;
      const from = datasets.observations.find((x) => observationKey(x) === fromKey)!;
      const to = datasets.observations.find((x) => observationKey(x) === toKey)!;
      const swapped = recompute(def, (x) => {
        const k = observationKey(x);
        if (k === fromKey) return { ...x, value: to.value, qualifier: to.qualifier };
        if (k === toKey) return { ...x, value: from.value, qualifier: from.qualifier };
        return x;
      });
      checked += 1;
      // The verb sets öka (ökat/minskat) and stiga (stigit/sjunkit, "sjönk från …").
      const expected = { ökat: 'minskat', minskat: 'ökat', stigit: 'sjunkit', sjunkit: 'stigit' }[direction ?? ''];
      if (swapped?.parts['direction'] !== expected) wrong.push(`${def.id}: ${direction} → ${swapped?.parts['direction']}`);
      if (swapped?.text === fact.text) wrong.push(`${def.id}: text unchanged "${fact.text}"`);
      const verb = expected === 'ökat' || expected === 'stigit' ? /ökat|ökade|ökning|stigit|steg|uppgång/ : /minskat|minskade|minskning|sjunkit|sjönk|nedgång/;
      if (fact.parts['verb'] && !verb.test(swapped?.parts['verb'] ?? '')) wrong.push(`${def.id}: verb "${swapped?.parts['verb']}" after the swap`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('prints a gap marker, never a number, when a value it uses is missing', () => {
    const wrong: string[] = [];
    for (const def of defs) {
      const fact = facts.get(def.id);
      if (!fact || fact.missing.length || MEMBER_KINDS.has(fact.kind)) continue;
      // A trend from its first year with a value may fall back to the next year; its end must be there.
      const keys = fact.kind === 'trend' ? fact.observations.slice(-1) : fact.observations;
      for (const key of keys.filter((k) => datasets.observations.some((x) => observationKey(x) === k && x.value !== null))) {
        for (const reason of ['not-asked', 'not-available'] as const) {
          const gap = recompute(def, (x) => (observationKey(x) === key ? { ...x, value: null, missing: reason, qualifier: null } : x));
          const marker = reason === 'not-asked' ? '[frågan ställdes inte: ' : '[uppgift saknas: ';
          const outside = (gap?.text ?? '').replace(/\[[^\]]*\]/g, '').trim();
          // A trend may first say what the latest year with a value shows ("… till 44 procent år 2020"), then the gap.
          const known = gap?.kind === 'trend' && / år \d{4}$/.test(outside) && gap.text.endsWith(']');
          if (!gap?.text.includes(marker) || gap.missing.length === 0 || (outside !== '' && !known)) wrong.push(`${def.id} (${key} ${reason}): "${gap?.text}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
