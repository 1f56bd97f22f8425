// The small valid project of the corpus (test/fixtures/corpus/base/), loaded with the compiled stages in
// dist/, for the fuzz workers: its files as read, and the registry, edition, datasets and facts made
// from them (what a mutated or generated text is read against).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadBase(root) {
  const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { loadDatasets } = await dist('datasets/load.js');
  const { loadRegistry } = await dist('registry/load.js');
  const { loadEdition } = await dist('edition/load.js');
  const { computeFacts } = await dist('narrative/facts.js');
  const { numberFloats, refLabels } = await dist('edition/floats.js');
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
  return { dist, read, registryFiles, datasetFiles, editionFiles, registry, edition, datasets, facts, refs, meta };
}
