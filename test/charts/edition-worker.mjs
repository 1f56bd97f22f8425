// Builds one edition's model from the compiled program (dist/, built by the test setup) in a worker
// thread with Node's own ES module loader (Jest's cannot link vega's modules; see worker.mjs) and sends
// back what the chart tests read of each figure: its view, the data it draws and its kind.
import { parentPort, workerData } from 'node:worker_threads';

const dist = new URL('../../dist/pipeline/', import.meta.url);
const { buildModel } = await import(new URL('build.js', dist).href);
const { readProject } = await import(new URL('project.js', dist).href);

const project = await readProject(workerData.root);
const { model } = await buildModel(project, { year: workerData.year, draft: false, build: { date: '2021-04-15', commit: 'test' } });
const kinds = new Map(model.edition.figures.map((f) => [f.id, { chart: f.chart, x: f.x, color: f.color }]));
parentPort.postMessage(model.figures.map((f) => ({ view: f.view, data: f.data, spec: f.spec, def: kinds.get(f.view.id) })));
