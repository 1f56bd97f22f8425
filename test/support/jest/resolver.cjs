// Jest's resolver for this project (jest.config.js `resolver`).
//
// The sources import each other as Node does after `tsc` ("./load.js"); under jest the TypeScript
// file itself runs, so a relative ".js" specifier from a file in src/ or test/ resolves to the ".ts"
// file beside it, when there is one. Packages under node_modules (vega, vega-lite, d3-*) resolve
// exactly as Node resolves them; the one exception is below.
//
// vega-lite, imported from src/ or test/, is vega-lite-after-vega.mjs: vega-lite's own ES module
// build, loaded once vega is (see there for why). No package is bundled or rewritten.
const { existsSync } = require('node:fs');
const { join, resolve, sep } = require('node:path');

const root = resolve(__dirname, '..', '..', '..');
const own = [join(root, 'src') + sep, join(root, 'test') + sep];
const inside = (path) => own.some((dir) => path.startsWith(dir));
const here = __dirname + sep;

module.exports = (request, options) => {
  const from = options.basedir + sep;
  if (inside(from)) {
    if (request === 'vega-lite' && from !== here) return join(__dirname, 'vega-lite-after-vega.mjs');
    if (request.endsWith('.js') && /^\.\.?\//.test(request)) {
      const ts = resolve(options.basedir, `${request.slice(0, -3)}.ts`);
      if (inside(ts) && existsSync(ts)) return ts;
    }
  }
  return options.defaultResolver(request, options);
};
