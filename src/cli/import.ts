import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { importPlausibility } from '../import/plausibility.js';
import { runImport, type ImportEffects } from '../import/run.js';
import { formatChanges, formatSummary } from '../import/summary.js';
import { readProject } from '../pipeline/project.js';
import { loadRegistry } from '../registry/load.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

/** Seconds an API gets to answer before the fetch is given up. */
const FETCH_TIMEOUT_S = 120;

/**
 * `ehalsa import <source-file-or-url> --mapping <file> [--dry-run]`: brings a source's values into
 * datasets/<year>/<ID>.yaml through a mapping (src/import/run.ts). Prints the changes as a table and
 * a line per dataset file; a bad mapping, a bad source cell or a conflict with a hand-entered value is
 * exit 3, with nothing written.
 */
export async function runImportCommand(options: { root: string; source: string; mapping: string; dryRun: boolean; cwd?: string }): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const mapping = inProject(options.root, resolve(cwd, options.mapping));
  if (mapping === null) throw new CliError(`ehalsa: --mapping ${options.mapping}: the mapping must be a file of the project (datasets/mappings/<name>.yaml)`, EXIT.usage);
  const isUrl = /^https?:\/\//i.test(options.source);
  const sourcePath = isUrl ? null : resolve(cwd, options.source);
  const source = isUrl ? { url: options.source } : { path: inProject(options.root, sourcePath!) ?? sourcePath! };

  const project = await readProject(options.root);
  const { registry, diagnostics: registryDiagnostics } = loadRegistry(project.indicators);
  if (hasErrors(registryDiagnostics)) {
    printDiagnostics(registryDiagnostics, project);
    throw new CliError('ehalsa: the registry has errors; nothing imported', EXIT.input);
  }
  const result = await runImport({ source, mapping, dryRun: options.dryRun }, registry, fileEffects(options.root), (p) => readFile(p));
  const table = formatChanges(result.plans);
  if (table && !hasErrors(result.diagnostics)) process.stdout.write(table);
  // The values brought in, checked against their series (warnings only).
  const plausible = hasErrors(result.diagnostics) ? { diagnostics: [], texts: [] } : importPlausibility(project.datasets, result.plans, registry);
  printDiagnostics([...result.diagnostics, ...plausible.diagnostics], undefined, true, [...result.texts, ...plausible.texts]);
  const saved = (verb: string) => `ehalsa: ${result.mapping!.file}: ${verb} from ${options.source} (SHA-256 ${result.sha256})\n`;
  if (hasErrors(result.diagnostics)) {
    if (result.sourceWritten) process.stderr.write(saved('saved'));
    throw new CliError('ehalsa: nothing imported', EXIT.input, result.sourceWritten ? [`  hint: fix the mapping, then import the saved file: ehalsa import ${result.mapping!.file} --mapping ${result.mapping!.path}`] : []);
  }
  if (result.savedSource && result.mapping) process.stdout.write(saved(options.dryRun ? 'would be saved' : 'saved'));
  process.stdout.write(formatSummary(result.plans, options.dryRun));
}

/** A path inside the project, as a project-relative POSIX path; null outside it. */
function inProject(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

function fileEffects(root: string): ImportEffects {
  return {
    read: async (path) => {
      try {
        return await readFile(join(root, path));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    // Whole or not at all: a temporary file beside it, renamed over it.
    write: async (path, data) => {
      const full = join(root, path);
      await mkdir(dirname(full), { recursive: true });
      const tmp = join(dirname(full), `.${path.split('/').pop()}.import-${process.pid}.tmp`);
      try {
        await writeFile(tmp, data);
        await rename(tmp, full);
      } catch (err) {
        await rm(tmp, { force: true });
        throw new CliError(`ehalsa: could not write ${path}: ${err instanceof Error ? err.message : String(err)}`, EXIT.output);
      }
    },
    fetch: async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_S * 1000), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
    },
  };
}
