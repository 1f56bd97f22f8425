import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDatasetFile } from '../../src/datasets/normalize.js';
import { parseDatasetFile } from '../../src/datasets/parse.js';
import { parseMapping } from '../../src/import/mapping.js';
import { parsePlausibilityConfig } from '../../src/datasets/plausibility.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';
import { projectRoot } from '../support/cli.js';

/** The examples of datasets/README.md are files as ehalsa reads them: each validates against the registry. */
const readme = readFileSync(join(projectRoot, 'datasets', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const { registry } = loadRegistry((await readProject(projectRoot)).indicators);

describe('datasets/README.md', () => {
  it('has a mapping example and a dataset example, and both validate', () => {
    const mapping = blocks.filter((b) => b.startsWith('# yaml-language-server: $schema=../../src/import/mapping.schema.json'));
    const dataset = blocks.filter((b) => b.startsWith('# yaml-language-server: $schema=../../src/datasets/dataset.schema.json'));
    expect(mapping).toHaveLength(1);
    // the hand-entry example and the lines `new-year` writes (test/datasets/readme.test.ts)
    expect(dataset).toHaveLength(2);
    expect(parseMapping({ path: 'datasets/mappings/example.yaml', text: mapping[0]! }, registry, null).diagnostics).toEqual([]);
    const { parsed, diagnostics } = parseDatasetFile({ path: 'datasets/2020/1-1.yaml', text: dataset[0]! });
    expect(diagnostics).toEqual([]);
    expect(normalizeDatasetFile(parsed!, 2020, registry).diagnostics).toEqual([]);
  });

  it('has an example of datasets/plausibility.yaml, and it validates', () => {
    const limits = blocks.filter((b) => b.startsWith('# yaml-language-server: $schema=../src/datasets/plausibility.schema.json'));
    expect(limits).toHaveLength(1);
    const { config, diagnostics } = parsePlausibilityConfig({ path: 'datasets/plausibility.yaml', text: limits[0]! }, registry);
    expect(diagnostics).toEqual([]);
    expect(config.indicators.get('2:6')).toEqual({ shareJump: 30 });
  });
});
