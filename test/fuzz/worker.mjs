// One fuzz target, run in a worker thread so the test can stop a case that hangs (a synchronous
// parser cannot be interrupted in its own thread). Runs the parsers of src/ (the worker loads the
// TypeScript sources: test/support/source-worker.ts).
//
// workerData: { root, target, numRuns, seed }. Posts { type: 'case', index, input } before each
// case, then { type: 'done', failed, counterexample, error, seed, numRuns }.
import fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import { loadDatasets } from '../../src/datasets/load.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { loadEdition } from '../../src/edition/load.js';
import { parseMarkdown } from '../../src/edition/markdown.js';
import { loadRegistry } from '../../src/registry/load.js';
import { assembleDocument } from '../../src/document/assemble.js';
import { loadBase } from './base.mjs';

const { root, target, numRuns, seed } = workerData;
const { read, registryFiles, datasetFiles, editionFiles, registry, edition, facts, refs, meta } = await loadBase(root);

// A long, varied section of the real edition (headings, lists, quotes, footnotes, directives).
const sections = [
  read(root, 'templates/editions/2020/sections/10-inledning.md'),
  read(root, 'templates/editions/2020/sections/33-inriktningsmal-1.md'),
  ...editionFiles.filter((f) => f.path.endsWith('.md')),
];
// The section texts filled and assembled as `report` does (templates, footnotes, headings), on the base
// edition, with a text that nests footnotes, quotes and lists.
const NESTED = [
  '# Rubrik {-}',
  '',
  'Text med not.[^a] Och {{fact "nattillsyn-ordinart" "to"}} i {{year}}.[^b]',
  '',
  '> Citat med not.[^c]',
  '> ',
  '> - punkt[^a]',
  '',
  '1. ett',
  '2. två[^b]',
  '',
  '[^a]: Källa A, se även[^c].',
  '[^b]: Källa B.',
  '[^c]: Källa C.',
  '',
  '@pagebreak',
  '#### Inskjuten rubrik',
  '',
  '*betonad* text',
].join('\n');
const texts = [...editionFiles.filter((f) => f.path.endsWith('.md')), { path: 'templates/editions/2020/sections/20-resultat.md', text: NESTED }];

// What a person (or a bad merge, an editor, a spreadsheet export) does to a file.
const SPECIAL = [
  ': ', '- ', '{', '}', '[', ']', '"', "'", '&a ', '*a', '!!binary ', '!!str ', '!!int ', '? ', '|', '>', '#',
  '---\n', '...\n', '\t', '.nan', '.inf', '-.inf', '~', 'null', '0x1F', '1e999', '<<: *a', '%YAML 1.2\n', '@',
  '`', '\uFEFF', '\r', '\u0000', 'ä', '{{', '}}', '{{fact "x"}}', '[^x]', '[^x]: ', '@figure x', '# ', '> ', '  ',
  '\n', '\u2028', '\uD800', '3,5', 'yes', 'no', '2020-13-45', '!', '%', '*', '**', '[^a]', '[^c]', '[^a]: ',
];
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete-line'), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines'), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('flip-char'), at: fc.nat(), code: fc.integer({ min: 0, max: 0x3ff }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom(...SPECIAL) }),
  fc.record({ kind: fc.constant('insert-text'), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
);
const edits = fc.array(edit, { minLength: 1, maxLength: 6 });

function mutate(text, list) {
  let t = text;
  for (const e of list) {
    const lines = t.split('\n');
    const line = e.at % Math.max(1, lines.length);
    const pos = e.at % (t.length + 1);
    if (e.kind === 'delete-line') lines.splice(line, 1);
    else if (e.kind === 'duplicate-line') lines.splice(line, 0, lines[line] ?? '');
    else if (e.kind === 'swap-lines') {
      const other = e.other % Math.max(1, lines.length);
      [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
    }
    if (e.kind.endsWith('-line') || e.kind === 'swap-lines') t = lines.join('\n');
    else if (e.kind === 'flip-char') t = t.slice(0, pos) + String.fromCharCode(e.code) + t.slice(pos + 1);
    else if (e.kind === 'insert' || e.kind === 'insert-text') t = t.slice(0, pos) + e.text + t.slice(pos);
    else if (e.kind === 'truncate') t = t.slice(0, pos);
  }
  return t;
}

/** Diagnostics are well formed and printable (the CLI formats every one with its source line). */
function checkDiagnostics(diagnostics, files) {
  if (!Array.isArray(diagnostics)) throw new Error('diagnostics is not an array');
  for (const d of diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') throw new Error(`bad severity ${d.severity}`);
    if (typeof d.code !== 'string' || !d.code || typeof d.message !== 'string' || !d.message) throw new Error(`bad diagnostic ${JSON.stringify(d)}`);
    const l = d.location;
    if (l && !(typeof l.file === 'string' && Number.isInteger(l.line) && l.line >= 1 && Number.isInteger(l.column) && l.column >= 1)) {
      throw new Error(`bad location ${JSON.stringify(l)} for ${d.code}`);
    }
  }
  formatDiagnostics(diagnostics, new Map(files.map((f) => [f.path, f.text])));
}

function replaceOne(files, index, list) {
  return files.map((f, i) => (i === index % files.length ? { ...f, text: mutate(f.text, list) } : f));
}

const targets = {
  datasets: (index, list) => {
    const files = replaceOne(datasetFiles, index, list);
    const r = loadDatasets(files, registry, 2020);
    if (!r.datasets || !Array.isArray(r.datasets.observations)) throw new Error('no datasets');
    checkDiagnostics(r.diagnostics, files);
  },
  registry: (index, list) => {
    const files = replaceOne(registryFiles, index, list);
    const r = loadRegistry(files);
    if (!r.registry || !(r.registry.indicators instanceof Map)) throw new Error('no registry');
    checkDiagnostics(r.diagnostics, files);
  },
  markdown: (index, list) => {
    const f = sections[index % sections.length];
    const text = mutate(f.text, list);
    const r = parseMarkdown(text, f.path);
    if (!Array.isArray(r.blocks) || !(r.footnotes instanceof Map)) throw new Error('no blocks');
    checkDiagnostics(r.diagnostics, [{ path: f.path, text }]);
  },
  document: (index, list) => {
    const f = texts[index % texts.length];
    const text = mutate(f.text, list);
    const sections = edition.sections.map((s) => (s.kind === 'file' && s.file === f.path ? { ...s, text } : s));
    const r = assembleDocument({ edition: { ...edition, sections }, meta, facts, refs, figures: new Map(), tables: new Map() });
    if (!r.document || !Array.isArray(r.document.blocks)) throw new Error('no document');
    checkDiagnostics(r.diagnostics, [{ path: f.path, text }]);
  },
  edition: (index, list) => {
    const files = replaceOne(editionFiles, index, list);
    const r = loadEdition(files, 2020);
    checkDiagnostics(r.diagnostics, files);
  },
};

let index = 0;
const property = fc.property(fc.nat(), edits, (which, list) => {
  parentPort.postMessage({ type: 'case', index: index++, input: { which, edits: list } });
  targets[target](which, list);
});
const details = fc.check(property, { numRuns, seed, endOnFailure: false });
parentPort.postMessage({
  type: 'done',
  failed: details.failed,
  counterexample: details.counterexample ? JSON.stringify(details.counterexample) : null,
  error: details.errorInstance ? String(details.errorInstance.stack ?? details.errorInstance) : null,
  seed: details.seed,
  numRuns: details.numRuns,
});
