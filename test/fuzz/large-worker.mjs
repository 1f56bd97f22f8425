// Runs the large-input cases (test/fuzz/large-inputs.mjs) in a worker thread, so that the test can stop
// one that hangs. Runs the code of src/ (the worker loads the TypeScript sources:
// test/support/source-worker.ts).
//
// workerData: { root, only? } (only: the names of the cases to run; all when absent). Posts { type: 'case', name } before each case, then { type: 'result', name, ms,
// diagnostics } (ms: reading the text and formatting its diagnostics, not generating it), then
// { type: 'done' }; { type: 'error', name, error } when a stage throws.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDatasets } from '../../src/datasets/load.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { parseYamlSource } from '../../src/yaml/source.js';
import { numberFloats, refLabels } from '../../src/edition/floats.js';
import { parseMarkdown, stripComments } from '../../src/edition/markdown.js';
import { expandTemplate } from '../../src/edition/template.js';
import { assembleDocument } from '../../src/document/assemble.js';
import { loadBase } from './base.mjs';
import { LARGE_CASES } from './large-inputs.mjs';

const { root, only } = workerData;
const { registry, edition, facts, meta } = await loadBase(root);
const SECTION = 'templates/editions/2020/sections/20-resultat.md';

const targets = {
  yaml: (text) => parseYamlSource({ path: 'datasets/2020/1-1.yaml', text }).diagnostics,
  dataset: (text) => loadDatasets([{ path: 'datasets/2020/1-1.yaml', text }], registry, 2020).diagnostics,
  markdown: (text) => parseMarkdown(stripComments(text), SECTION).diagnostics,
  template: (text) => expandTemplate(text, SECTION, { year: 2020, previousYear: 2019 }, { facts, refs: new Map() }).diagnostics,
  document: (text) => {
    const sections = edition.sections.map((s) => (s.kind === 'file' && s.file === SECTION ? { ...s, text } : s));
    const floats = numberFloats({ ...edition, sections });
    const r = assembleDocument({ edition: { ...edition, sections }, meta, facts, refs: refLabels(floats.numbers), figures: new Map(), tables: new Map() });
    return [...floats.diagnostics, ...r.diagnostics];
  },
};

for (const c of LARGE_CASES.filter((c) => !only || only.includes(c.name))) {
  parentPort.postMessage({ type: 'case', name: c.name });
  const text = c.text();
  try {
    const start = performance.now();
    const diagnostics = targets[c.target](text);
    formatDiagnostics(diagnostics, new Map([[SECTION, text], ['datasets/2020/1-1.yaml', text]]));
    const ms = performance.now() - start;
    parentPort.postMessage({ type: 'result', name: c.name, ms, diagnostics: diagnostics.length });
  } catch (err) {
    parentPort.postMessage({ type: 'error', name: c.name, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
}
parentPort.postMessage({ type: 'done' });
