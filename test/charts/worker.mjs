// Runs the chart stage (compiled to dist/ by the test setup) in a worker thread with Node's own ES
// module loader. Jest's ESM loader cannot link vega's multi-file ES modules under this project's
// moduleNameMapper (it strips ".js" from every relative import, node_modules included: "request for
// './accessor.js' is not in cache"), so the chart tests send their inputs here and get plain data back.
import { parentPort } from 'node:worker_threads';

// The tests draw every figure (buildFigure is given no cache); the bench gives it one for its last rounds.
const dist = new URL('../../dist/charts/', import.meta.url);
const figure = await import(new URL('figure.js', dist).href);
const render = await import(new URL('render.js', dist).href);
const spec = await import(new URL('spec.js', dist).href);
const memo = await import(new URL('../pipeline/memo.js', dist).href);

const api = {
  async buildFigure(def, number, datasets, registry) {
    return figure.buildFigure(def, number, datasets, registry);
  },
  async compileSpec(vl) {
    return render.compileSpec(vl);
  },
  async renderSvg(vl, prefix, text) {
    return render.renderSvg(vl, prefix, text);
  },
  async buildSpec(def, data, title) {
    const fmt = await render.numberFormatter();
    return spec.buildSpec({ def, data, title, fmt });
  },
  clearSvgCache() {
    render.clearSvgCache();
  },
  /** Builds every figure, timing each (ms) and the whole; `cache`: a disk cache folder or 'off'. */
  async bench(items, datasets, registry, cache) {
    const drawings = cache === 'off' ? null : memo.openCache({}, { dir: cache });
    render.clearSvgCache();
    const started = performance.now();
    const times = [];
    for (const { def, number } of items) {
      const t = performance.now();
      await figure.buildFigure(def, number, datasets, registry, undefined, undefined, drawings);
      times.push(performance.now() - t);
    }
    return { total: performance.now() - started, times };
  },
};

parentPort.on('message', async ({ id, fn, args }) => {
  try {
    parentPort.postMessage({ id, result: await api[fn](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  }
});
