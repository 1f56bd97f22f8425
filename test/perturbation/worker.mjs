// Builds the 2020 edition on perturbed copies of the datasets, one case after another, from the
// compiled program (dist/, built by test/support/global-setup.js) with Node's own ES module loader:
// Jest's ESM runtime cannot link vega's multi-file modules ("request for './accessor.js' is not in
// cache"; see test/edition/build-2020.mjs). The modules are loaded once; each case gets the project's
// files as read once at start, with its edited dataset files in place of the originals — exactly what
// readProject would read from a copied folder (see harness.ts for the measurements), without the copy.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument, isMap, isSeq } from 'yaml';


const dist = new URL('../../dist/', import.meta.url);
const { buildModel, draftReasons, renderOutputs } = await import(new URL('pipeline/build.js', dist).href);
const { readProject } = await import(new URL('pipeline/project.js', dist).href);
const { observationKey } = await import(new URL('model/observation.js', dist).href);

const base = await readProject(workerData.root);
const byPath = new Map(base.datasets.map((f) => [f.path, f]));

/**
 * The build's cache, in memory for this run only: the loading stages' results keyed by their files'
 * text (only the datasets change), and the drawn figures keyed by their data, so a case redraws just
 * the figures whose data it changed and takes the others from the unperturbed build's drawing.
 */
function memoryCache() {
  const entries = new Map();
  return {
    key(name, files, ...extra) {
      const hash = createHash('sha256').update(name);
      for (const e of extra) hash.update(`\0${e}`);
      for (const f of files) hash.update(`\0${f.path}\0`).update(f.text);
      return `${name}-${hash.digest('hex')}`;
    },
    get: (key) => entries.get(key),
    set: (key, value) => void entries.set(key, value),
  };
}
const cache = memoryCache();

const RESERVED = new Set(['year', 'value', 'missing', 'qualifier', 'source', 'note', 'quote', 'respondents']);

/**
 * Applies a case's edits to the dataset files' text with the yaml Document API (comments, order and
 * layout stay). Each edit names one observation by dimension values; it must match exactly one.
 * Returns the edited files and the keys of the observations changed.
 */
function applyEdits(edits) {
  const docs = new Map();
  const changed = [];
  for (const edit of edits) {
    const file = byPath.get(edit.file);
    if (!file) throw new Error(`edit: no dataset file ${edit.file}`);
    if (!docs.has(edit.file)) docs.set(edit.file, parseDocument(file.text));
    const doc = docs.get(edit.file);
    const observations = doc.get('observations');
    if (!isSeq(observations)) throw new Error(`edit: ${edit.file} has no observations list`);
    const dimsOf = (item) => {
      const dims = {};
      for (const pair of item.items) {
        const name = String(pair.key.value ?? pair.key);
        if (!RESERVED.has(name)) dims[name] = String(pair.value?.value ?? pair.value);
      }
      return dims;
    };
    const candidates = observations.items.filter(
      (item) => isMap(item) && Object.entries(edit.where).every(([k, v]) => dimsOf(item)[k] === String(v)),
    );
    // several match: the one whose dimensions are exactly these ({ producent: regioner } beside
    // { producent: regioner, tillagda: tva })
    const exact = candidates.filter((item) => Object.keys(dimsOf(item)).length === Object.keys(edit.where).length);
    const matches = candidates.length > 1 && exact.length === 1 ? exact : candidates;
    if (matches.length !== 1) {
      const all = observations.items.filter(isMap).map((i) => JSON.stringify(dimsOf(i)));
      throw new Error(
        `edit: ${JSON.stringify(edit.where)} matches ${matches.length} observations of ${edit.file}; it must match one of:\n  ${all.join('\n  ')}`,
      );
    }
    const item = matches[0];
    const before = JSON.stringify(item.toJSON());
    if ('missing' in edit) {
      item.delete('value');
      item.delete('qualifier');
      item.set('missing', edit.missing);
    }
    if ('value' in edit) {
      item.delete('missing');
      item.set('value', edit.value);
    }
    if ('qualifier' in edit) {
      if (edit.qualifier === null) item.delete('qualifier');
      else item.set('qualifier', edit.qualifier);
    }
    if ('respondents' in edit) item.set('respondents', edit.respondents);
    if (JSON.stringify(item.toJSON()) === before) throw new Error(`edit: ${JSON.stringify(edit)} changes nothing in ${edit.file}`);
    changed.push(observationKey({ indicator: String(doc.get('indicator')), year: Number(doc.get('year')), dims: dimsOf(item) }));
  }
  const files = new Map([...docs].map(([path, doc]) => [path, doc.toString({ lineWidth: 0 })]));
  return { files, changed: [...new Set(changed)] };
}

/** Builds the 2020 edition with the edited files; what a case's expectations are checked against. */
async function build(edits) {
  const started = performance.now();
  const { files, changed } = applyEdits(edits);
  const project = { ...base, datasets: base.datasets.map((f) => (files.has(f.path) ? { path: f.path, text: files.get(f.path) } : f)) };
  let model;
  try {
    ({ model } = await buildModel(project, { year: 2020, draft: false, build: { date: '2021-04-15', commit: 'test' }, cache }));
  } catch (error) {
    const diagnostics = error?.diagnostics?.map((d) => `${d.location?.file}:${d.location?.line} ${d.code}: ${d.message}`) ?? [];
    throw new Error(`the build failed: ${error?.message}\n${diagnostics.join('\n')}`);
  }
  const { files: out } = renderOutputs(model, new Set(['md', 'json']), null, null);
  return {
    document: model.document,
    markdown: out.get('report.md'),
    report: JSON.parse(out.get('report.json')),
    // The prose's reasons only: the suite examines what the text says. The edition's placeholder
    // figures (data not available offline) make every build a draft; test/cli/editions.test.ts checks them.
    reasons: draftReasons(model.edition, { ...model.document, figures: [], tables: [] }),
    changed,
    edited: Object.fromEntries(files),
    ms: performance.now() - started,
  };
}

const api = {
  build,
  edit(edits) {
    const { files, changed } = applyEdits(edits);
    return { files: Object.fromEntries(files), changed };
  },
};

parentPort.on('message', async ({ id, fn, args }) => {
  try {
    parentPort.postMessage({ id, result: await api[fn](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  }
});
