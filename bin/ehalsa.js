#!/usr/bin/env node
// Launcher only: the CLI lives in src/cli and is compiled to dist/ by `npm ci` (the "prepare" script).
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    console.error('ehalsa: the compiled program is missing. Run `npm ci` (or `npm run build`) in the project folder first.');
    process.exit(70);
  }
  throw err;
});
