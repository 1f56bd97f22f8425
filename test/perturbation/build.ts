import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../src/yaml/source.js';
import { observationKey } from '../../src/model/observation.js';
import { buildModel, draftReasons } from '../../src/pipeline/build.js';
import type { Cache } from '../../src/pipeline/memo.js';
import { readProject, type ProjectFiles } from '../../src/pipeline/project.js';
import { buildReportJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Edit } from './case.js';
import type { Built, ReportJson } from './harness.js';

/**
 * Builds the 2020 edition on perturbed datasets, one case after another, in the test's own process
 * (the TypeScript sources, as every test runs them). The project's files are read once; each case gets
 * them with its edited dataset files in place of the originals — exactly what readProject would read
 * from a copied folder, without the copy (see README.md for the measurements). The loading stages'
 * results and the figures' drawings are kept in one cache in memory (keyed by their inputs), so a case
 * re-parses only the files it edited and redraws only the figures whose data it changed.
 */
export interface Builder {
  build(edits: Edit[]): Promise<Built>;
  close(): void;
}

export async function startBuilder(root: string): Promise<Builder> {
  const base = await readProject(root);
  const cache = memoryCache();
  return {
    async build(edits) {
      const started = performance.now();
      const { files, changed } = applyEdits(base, edits);
      const project: ProjectFiles = { ...base, datasets: base.datasets.map((f) => ({ path: f.path, text: files.get(f.path) ?? f.text })) };
      let model;
      try {
        ({ model } = await buildModel(project, { year: 2020, draft: false, build: { date: '2021-04-15', commit: 'test' }, cache }));
      } catch (error) {
        const e = error as { message?: string; diagnostics?: { location?: { file: string; line: number }; code: string; message: string }[] };
        const diagnostics = e.diagnostics?.map((d) => `${d.location?.file}:${d.location?.line} ${d.code}: ${d.message}`) ?? [];
        throw new Error(`the build failed: ${e.message}\n${diagnostics.join('\n')}`);
      }
      return {
        document: model.document,
        markdown: renderMarkdown(model.document),
        // Through JSON text, as the oracle reads report.json.
        report: JSON.parse(JSON.stringify(buildReportJson(model))) as ReportJson,
        // The prose's reasons only: the suite examines what the text says (placeholder figures aside).
        reasons: draftReasons(model.edition, { ...model.document, figures: [], tables: [] }),
        changed,
        edited: Object.fromEntries(files),
        ms: performance.now() - started,
      };
    },
    close() {},
  };
}

/** The loading stages' results kept in memory, keyed by their files' text (only the datasets change). */
function memoryCache(): Cache {
  const entries = new Map<string, unknown>();
  return {
    key(name: string, files: readonly SourceFile[], ...extra: (string | number)[]) {
      const hash = createHash('sha256').update(name);
      for (const e of extra) hash.update(`\0${e}`);
      for (const f of files) hash.update(`\0${f.path}\0`).update(f.text);
      return `${name}-${hash.digest('hex')}`;
    },
    get: <T>(key: string) => entries.get(key) as T | undefined,
    set: (key: string, value: unknown) => void entries.set(key, value),
  };
}

const RESERVED = new Set(['year', 'value', 'missing', 'qualifier', 'source', 'note', 'quote', 'respondents']);

const scalar = (node: unknown): string => String(isScalar(node) ? node.value : node);

function dimsOf(item: YAMLMap): Record<string, string> {
  const dims: Record<string, string> = {};
  for (const pair of item.items) {
    const name = scalar(pair.key);
    if (!RESERVED.has(name)) dims[name] = scalar(pair.value);
  }
  return dims;
}

/**
 * Applies a case's edits to the dataset files' text with the yaml Document API (comments, order and
 * layout stay). Each edit names one observation by dimension values; it must match exactly one.
 * Returns the edited files and the keys of the observations changed.
 */
export function applyEdits(project: ProjectFiles, edits: Edit[]): { files: Map<string, string>; changed: string[] } {
  const docs = new Map<string, Document>();
  const changed: string[] = [];
  for (const edit of edits) {
    const file = project.datasets.find((f) => f.path === edit.file);
    if (!file) throw new Error(`edit: no dataset file ${edit.file}`);
    if (!docs.has(edit.file)) docs.set(edit.file, parseDocument(file.text));
    const doc = docs.get(edit.file)!;
    const observations = doc.get('observations');
    if (!isSeq(observations)) throw new Error(`edit: ${edit.file} has no observations list`);
    const maps = observations.items.filter(isMap) as YAMLMap[];
    const candidates = maps.filter((item) => Object.entries(edit.where).every(([k, v]) => dimsOf(item)[k] === String(v)));
    // several match: the one whose dimensions are exactly these ({ producent: regioner } beside
    // { producent: regioner, tillagda: tva })
    const exact = candidates.filter((item) => Object.keys(dimsOf(item)).length === Object.keys(edit.where).length);
    const matches = candidates.length > 1 && exact.length === 1 ? exact : candidates;
    if (matches.length !== 1) {
      const all = maps.map((i) => JSON.stringify(dimsOf(i)));
      throw new Error(`edit: ${JSON.stringify(edit.where)} matches ${matches.length} observations of ${edit.file}; it must match one of:\n  ${all.join('\n  ')}`);
    }
    const item = matches[0]!;
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
