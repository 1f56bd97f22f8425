import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDatasetFile } from '../../src/datasets/normalize.js';
import { parseDatasetFile } from '../../src/datasets/parse.js';
import { placeholderLine } from '../../src/pipeline/new-year.js';
import { stateOf } from '../../src/pipeline/checklist.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';
import { projectRoot } from '../support/cli.js';

/**
 * Every dataset example of datasets/README.md validates as the file it stands for; the example of
 * the lines `new-year` writes is what it writes, and its three lines read as the README says
 * (not entered, entered, not published).
 */
const readme = readFileSync(join(projectRoot, 'datasets', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const datasetBlocks = blocks.filter((b) => b.startsWith('# yaml-language-server: $schema=../../src/datasets/dataset.schema.json'));
const { registry } = loadRegistry((await readProject(projectRoot)).indicators);

function load(text: string) {
  const year = Number(/^year: (\d{4})$/m.exec(text)![1]);
  const indicator = /^indicator: "([^"]+)"$/m.exec(text)![1]!;
  const { parsed, diagnostics } = parseDatasetFile({ path: `datasets/${year}/${indicator.replace(':', '-')}.yaml`, text });
  expect(diagnostics).toEqual([]);
  const normalized = normalizeDatasetFile(parsed!, year, registry);
  expect(normalized.diagnostics).toEqual([]);
  return normalized.observations;
}

describe('datasets/README.md', () => {
  it('every dataset example validates', () => {
    expect(datasetBlocks.length).toBeGreaterThanOrEqual(2);
    for (const block of datasetBlocks) expect(load(block).length).toBeGreaterThan(0);
  });

  it("the new-year example is new-year's own line, and its lines read as not entered, entered, not published", () => {
    const block = datasetBlocks.find((b) => b.includes('ehalsa new-year'))!;
    const observations = load(block);
    expect(observations.map(stateOf)).toEqual(['not-entered', 'entered', 'not-published']);
    const first = block.split('\n').find((l) => l.startsWith('  - '))!;
    const line = placeholderLine(
      {
        key: '',
        indicator: '1:1',
        name: '',
        source: '',
        year: 2023,
        dimensions: [
          { name: 'teknik', code: 'nattillsyn', label: 'Nattillsyn med digital teknik' },
          { name: 'boendeform', code: 'ordinart', label: 'Ordinärt boende' },
        ],
        open: [],
        state: 'not-entered',
        note: null,
        at: null,
        usedBy: ['Figur 6'],
      },
      '  ',
    );
    expect(first).toBe(line);
  });
});
