// Builds the 2020 document from the compiled program (dist/, built by the test setup) in a worker thread
// with Node's own ES module loader, and sends it back as plain data. Jest's ESM loader cannot link
// vega's multi-file ES modules, which the figures need, under this project's moduleNameMapper (it
// strips ".js" from every relative import, node_modules included: "request for './accessor.js' is not
// in cache"); test/charts/worker.mjs does the same for the chart tests.
import { parentPort, workerData } from 'node:worker_threads';

const dist = new URL('../../dist/pipeline/', import.meta.url);
const { buildModel } = await import(new URL('build.js', dist).href);
const { readProject } = await import(new URL('project.js', dist).href);

const project = await readProject(workerData.root);
const { model } = await buildModel(project, { year: 2020, draft: false, build: { date: '2021-04-15', commit: 'test' } });
parentPort.postMessage(model.document);
