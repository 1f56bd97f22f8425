import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join, relative } from 'node:path';
import { PipelineFailure } from '../pipeline/failure.js';
import { CliError, EXIT, EXIT_OF_STAGE } from './exit.js';
import { attachHelp } from './help.js';
import { findProjectRoot } from './root.js';

/**
 * The thin CLI: commander declares the commands and maps options to typed values; command modules are
 * imported only when their command runs (vega and puppeteer are heavy). One handler turns errors into
 * exit codes; stack traces only with --debug.
 */
export async function main(argv: string[]): Promise<void> {
  stopQuietlyWhenTheReaderDoes();
  const program = buildProgram();
  let debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = handleError(err, debug);
  }
  debug = false;
}

/**
 * `ehalsa status --year 2021 | head`: once the reader has what it wants and closes the pipe, a write
 * fails with EPIPE. That is the reader's choice, not an error: stop as `git log | head` does, quietly.
 */
function stopQuietlyWhenTheReaderDoes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(EXIT.ok);
      throw err;
    });
  }
}

function handleError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (err instanceof CliError || err instanceof PipelineFailure) {
    // An empty message: the command has said it all (`validate --json` prints its verdict as JSON).
    if (err.message || err.details.length) process.stderr.write(`${err.message}\n${err.details.map((d) => `${d}\n`).join('')}`);
    if (debug) process.stderr.write(`${err.stack}\n`);
    return err instanceof CliError ? err.exitCode : EXIT_OF_STAGE[err.stage];
  }
  process.stderr.write(`ehalsa: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('Run again with --debug for details, and please report it.\n');
  return EXIT.internal;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a year has four digits, e.g. 2020');
  return Number(value);
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new InvalidArgumentError('a port is a whole number from 1 to 65535, e.g. 4173');
  return port;
}

function parseYearArgument(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliError(`ehalsa: "${value}" is not a year (four digits, e.g. 2021)`, EXIT.usage);
  return Number(value);
}

export function buildProgram(): Command {
  const program = new Command('ehalsa')
    .description('Builds Uppföljning Vision e-hälsa 2025 — the annual follow-up report — from data.')
    .version(version(), '-v, --version', 'print the version')
    .option('--root <dir>', 'project folder (default: the nearest folder with indicators/ and datasets/)')
    .option('--debug', 'print stack traces on errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error:/, 'ehalsa:')) });

  program
    .command('report')
    .description('build the report for a year: PDF, HTML, Markdown, JSON and figure files')
    .option('--year <YYYY>', 'the report year', parseYear)
    .option('--all', 'build every edition that has data, sharing one browser')
    .option('--out <dir>', 'output folder, relative to the current folder (default: reports/ in the project folder)')
    .addOption(new Option('--format <list>', 'comma-separated: pdf,html,md,json,figures').default('pdf,html,md,json,figures'))
    .option('--draft', 'mark every page UTKAST with the build date and git commit')
    .option('--final', 'refuse to build (exit 3, listing what is missing) if the edition would be a draft')
    .option('-q, --quiet', 'print only errors')
    .action(async (opts: { year?: number; all?: boolean; out?: string; format: string; draft?: boolean; final?: boolean; quiet?: boolean }) => {
      const { runReport, parseFormats } = await import('./report.js');
      await discardOutputOnInterrupt();
      if (opts.draft && opts.final) throw new CliError('ehalsa: --draft and --final contradict each other', EXIT.usage);
      if (opts.out !== undefined && !opts.out.trim()) throw new CliError('ehalsa: --out needs a folder', EXIT.usage);
      const root = findProjectRoot(program.opts<{ root?: string }>().root);
      const years = await resolveYears(root, opts);
      const formats = parseFormats(opts.format);
      await runReport({ years, root, out: outputFolder(root, opts.out), formats, draft: Boolean(opts.draft), final: Boolean(opts.final), quiet: Boolean(opts.quiet) });
    });

  program
    .command('validate')
    .description('check the registry, the datasets and the edition texts; exits non-zero on any error')
    .option('--year <YYYY>', 'check the edition of this year (default: every year with data)', parseYear)
    .option('--json', 'print the verdict and every problem as JSON (src/pipeline/validate.schema.json)')
    .action(async (opts: { year?: number; json?: boolean }) => {
      const { runValidate } = await import('./validate.js');
      await runValidate({ root: findProjectRoot(program.opts<{ root?: string }>().root), year: opts.year, json: Boolean(opts.json) });
    });

  program
    .command('status')
    .description("the edition's checklist: the values it needs from its year, per source and indicator, each with its codes, why it is missing and what uses it")
    .requiredOption('--year <YYYY>', 'the report year', parseYear)
    .option('--all', 'every year the edition reads, not only its own (the old gaps too)')
    .option('--json', 'print the same as JSON (described by src/pipeline/status.schema.json)')
    .action(async (opts: { year: number; all?: boolean; json?: boolean }) => {
      const { runStatus } = await import('./status.js');
      await runStatus({ root: findProjectRoot(program.opts<{ root?: string }>().root), year: opts.year, all: Boolean(opts.all), json: Boolean(opts.json) });
    });

  program
    .command('new-year <YYYY>')
    .description("start an edition: copy the previous edition's texts (marked unrevised), write datasets/<YYYY>/ with a `missing: not-available` line per value to enter, print the checklist")
    .action(async (year: string) => {
      const { runNewYear } = await import('./new-year.js');
      await runNewYear({ root: findProjectRoot(program.opts<{ root?: string }>().root), year: parseYearArgument(year) });
    });

  program
    .command('revised [sections...]')
    .description("mark sections' texts revised for an edition (taken off edition.yaml's unrevised list)")
    .requiredOption('--year <YYYY>', 'the report year', parseYear)
    .option('--all', 'every section still unrevised')
    .action(async (sections: string[], opts: { year: number; all?: boolean }) => {
      const { runRevised } = await import('./revised.js');
      await runRevised({ root: findProjectRoot(program.opts<{ root?: string }>().root), year: opts.year, sections, all: Boolean(opts.all) });
    });

  program
    .command('import <source>')
    .description("bring a source's values (CSV, XLSX, JSON-stat file, or a PxWeb or Eurostat API URL) into datasets/ through a mapping")
    .requiredOption('--mapping <file>', 'the mapping: which cells go to which observations (datasets/mappings/<name>.yaml)')
    .option('--dry-run', 'show what would change, as a table, and write nothing')
    .action(async (source: string, opts: { mapping: string; dryRun?: boolean }) => {
      const { runImportCommand } = await import('./import.js');
      await runImportCommand({ root: findProjectRoot(program.opts<{ root?: string }>().root), source, mapping: opts.mapping, dryRun: Boolean(opts.dryRun) });
    });

  program
    .command('diff <yearA> <yearB>')
    .description("compare two editions' generated text by section and sentence, with word-level changes")
    .option('--data', 'list the observations that changed instead')
    .option('--stat', 'one line per section: sentences changed, added, removed')
    .option('--json', 'the changes as JSON (src/pipeline/diff.schema.json)')
    .option('--exit-code', 'exit 1 when the editions differ, 0 when they do not (as git diff)')
    .option('--html [file]', 'write an HTML page for a browser (default: reports/diff-A-B.html in the project folder)')
    .action(async (a: string, b: string, opts: { data?: boolean; html?: string | boolean; stat?: boolean; json?: boolean; exitCode?: boolean }) => {
      const { runDiff, defaultDiffPath } = await import('./diff.js');
      const yearA = parseYearArgument(a);
      const yearB = parseYearArgument(b);
      const root = findProjectRoot(program.opts<{ root?: string }>().root);
      const html = opts.html === undefined ? null : typeof opts.html === 'string' ? opts.html : defaultDiffPath(outputFolder(root, undefined), yearA, yearB);
      await runDiff({ root, a: yearA, b: yearB, data: Boolean(opts.data), html, stat: Boolean(opts.stat), json: Boolean(opts.json), exitCode: Boolean(opts.exitCode) });
    });

  program
    .command('preview')
    .description('serve the HTML edition on localhost and rebuild it when templates, texts or data change')
    .requiredOption('--year <YYYY>', 'the report year', parseYear)
    .option('--port <n>', 'port on 127.0.0.1 (1–65535)', parsePort, 4173)
    .action(async (opts: { year: number; port: number }) => {
      const { runPreview } = await import('./preview.js');
      await runPreview({ root: findProjectRoot(program.opts<{ root?: string }>().root), year: opts.year, port: opts.port });
    });

  const indicators = program
    .command('indicators')
    .description('list the indicators: ID, name and the years with data')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { runIndicatorList } = await import('./indicators.js');
      await runIndicatorList({ root: findProjectRoot(program.opts<{ root?: string }>().root), json: Boolean(opts.json) });
    });
  indicators
    .command('show <id>')
    .description('everything about one indicator ("2:3", "2.3", "ID 2.3" or "2-3"), including the figures that use it')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const { runIndicatorShow } = await import('./indicators.js');
      // `indicators show 2:10 --json`: commander gives a --json after the subcommand to `indicators`.
      const json = Boolean(opts.json ?? indicators.opts<{ json?: boolean }>().json);
      await runIndicatorShow({ root: findProjectRoot(program.opts<{ root?: string }>().root), id, json });
    });
  program
    .command('completion <shell>')
    .description('print a completion script for bash or zsh')
    .action(async (shell: string) => {
      const { completionScript } = await import('./completion.js');
      process.stdout.write(completionScript(program, shell));
    });

  attachHelp(program);
  return program;
}

/**
 * Where reports go: an explicit --out is relative to the current folder, as users expect of a path
 * they typed; the default is reports/ in the project folder, wherever in the project ehalsa runs.
 */
function outputFolder(root: string, out: string | undefined): string {
  // Kept as the user spelt it, or as short as it can be said from here: messages print it.
  return out ?? (relative(process.cwd(), join(root, 'reports')) || '.');
}

/**
 * Ctrl-C (or a kill) while a report is built: delete the unfinished staging folder, put back a report
 * whose swap was cut off, and exit 130 (128 + signal). The browser is closed by src/pdf's own exit
 * cleanup. Only for `report`: preview handles SIGINT itself.
 */
async function discardOutputOnInterrupt(): Promise<void> {
  const { abortStagingsSync } = await import('../pipeline/output.js');
  const onSignal = (signal: NodeJS.Signals) => {
    abortStagingsSync();
    process.stderr.write('ehalsa: interrupted; the unfinished report was discarded\n');
    process.exit(signal === 'SIGINT' ? EXIT.interrupted : 128 + (constants.signals[signal] ?? 0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
}

async function resolveYears(root: string, opts: { year?: number; all?: boolean }): Promise<number[]> {
  if (opts.year !== undefined && opts.all) throw new CliError('ehalsa: give either --year or --all, not both', EXIT.usage);
  if (opts.year !== undefined) return [opts.year];
  if (!opts.all) throw new CliError('ehalsa: say which edition: --year <YYYY> or --all', EXIT.usage);
  const { editionYears } = await import('./years.js');
  return editionYears(root);
}
