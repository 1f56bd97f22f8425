// Module hooks that let plain Node (a worker thread or a child process, outside jest) run the
// TypeScript sources: a relative ".js" specifier from a file in src/ or test/ resolves to the ".ts"
// file beside it (as test/support/jest/resolver.cjs does for jest), and a ".ts" file is stripped of
// its types by TypeScript's own transpiler (no type check: `npm run typecheck` does that). Packages
// under node_modules load as Node loads them. Registered by ts-register.mjs.
//
// Transpiled files are kept in node_modules/.cache/ehalsa-test/ts/, keyed by the source's text and
// TypeScript's version: typescript itself is loaded only when a file is not there.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '..', '..');
const own = [join(root, 'src') + sep, join(root, 'test') + sep];
const inside = (path) => own.some((dir) => path.startsWith(dir));
const cacheDir = join(root, 'node_modules', '.cache', 'ehalsa-test', 'ts');
const tsVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version;

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && /^\.\.?\//.test(specifier) && context.parentURL?.startsWith('file:')) {
    const parent = fileURLToPath(context.parentURL);
    const target = resolvePath(dirname(parent), `${specifier.slice(0, -3)}.ts`);
    if (inside(parent) && inside(target) && existsSync(target)) return { url: pathToFileURL(target).href, format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}

let typescript;

async function transpile(source, fileName) {
  const ts = (typescript ??= (await import('typescript')).default);
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, inlineSourceMap: true };
  return ts.transpileModule(source, { compilerOptions, fileName }).outputText;
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(url);
  const source = readFileSync(path, 'utf8');
  const key = createHash('sha256').update(`${tsVersion}\0${path}\0`).update(source).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = await transpile(source, path);
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(tmp, output);
      renameSync(tmp, cached);
    } catch {
      // the cache only saves time
    }
  }
  return { format: 'module', source: output, shortCircuit: true };
}
