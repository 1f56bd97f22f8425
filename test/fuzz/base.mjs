// The small valid project of the corpus (test/fixtures/corpus/base/), loaded with the stages of src/,
// for the fuzz workers (which run the sources: test/support/source-worker.ts): its files as read, and
// the registry, edition, datasets and facts made from them (what a mutated or generated text is read
// against).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasets } from '../../src/datasets/load.js';
import { numberFloats, refLabels } from '../../src/edition/floats.js';
import { loadEdition } from '../../src/edition/load.js';
import { computeFacts } from '../../src/narrative/facts.js';
import { loadRegistry } from '../../src/registry/load.js';

export async function loadBase(root) {
  const base = join(root, 'test', 'fixtures', 'corpus', 'base');
  const read = (dir, path) => ({ path, text: readFileSync(join(dir, path), 'utf8') });
  const registryFiles = ['indicators/dimensions.yaml', 'indicators/goals.yaml', 'indicators/malomrade-01.yaml'].map((p) => read(base, p));
  const datasetFiles = ['datasets/2017/1-1.yaml', 'datasets/2020/1-1.yaml'].map((p) => read(base, p));
  const editionFiles = [
    'templates/editions/2020/edition.yaml',
    'templates/editions/2020/sections/10-inledning.md',
    'templates/editions/2020/sections/20-resultat.md',
    'templates/editions/2020/figures/figures.yaml',
    'templates/editions/2020/facts/facts.yaml',
  ].map((p) => read(base, p));
  const { registry } = loadRegistry(registryFiles);
  const edition = loadEdition(editionFiles, 2020).edition;
  const { datasets } = loadDatasets(datasetFiles, registry, 2020);
  const { facts } = computeFacts(edition.facts, datasets, registry);
  const refs = refLabels(numberFloats(edition).numbers);
  const meta = { ...edition.meta, documentName: 'x', lang: 'sv-SE', draft: null };
  return { read, registryFiles, datasetFiles, editionFiles, registry, edition, datasets, facts, refs, meta };
}
