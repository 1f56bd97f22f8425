import type { Command } from 'commander';
import { exitCodesHelp } from './exit.js';

/**
 * The help that teaches: for each command, examples to copy, the environment variables it reads and
 * (on the program's help) the exit codes. Data only, plus one function that attaches it; commander
 * prints it after its own usage and options, for `ehalsa <command> --help` and `ehalsa help <command>`.
 */

interface CommandHelp {
  /** `[command line, what it does]`, run from the project folder. */
  readonly examples: ReadonlyArray<readonly [string, string]>;
  /** Names of ENVIRONMENT entries the command reads. */
  readonly env: readonly EnvName[];
}

type EnvName = keyof typeof ENVIRONMENT;

/** Every environment variable ehalsa reads, and what it does. */
export const ENVIRONMENT = {
  EHALSA_CHROME: 'the Chrome or Chromium that prints the PDF (else PUPPETEER_EXECUTABLE_PATH, the packaged Chromium, an installed one)',
  PUPPETEER_EXECUTABLE_PATH: 'the browser, when EHALSA_CHROME is not set',
  EHALSA_CACHE: 'off: compute everything every time; <dir>: where to keep the cache (default node_modules/.cache/ehalsa)',
  SOURCE_DATE_EPOCH: "a draft's build date, in seconds since 1970 (reproducible builds); else today",
  NO_COLOR: 'no colours in the output (set to anything)',
} as const;

export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  report: {
    examples: [
      ['ehalsa report --year 2021', 'the 2021 edition into reports/2021/ (PDF, HTML, Markdown, JSON, figures)'],
      ['ehalsa report --year 2021 --format md,html', 'only the text and the web page: no browser needed'],
      ['ehalsa report --all --draft --out /tmp/drafts', 'every edition, marked UTKAST, into /tmp/drafts/<year>/'],
      ['ehalsa report --year 2020 --final', 'the edition to publish: refused (exit 3) if anything is missing'],
    ],
    env: ['EHALSA_CHROME', 'PUPPETEER_EXECUTABLE_PATH', 'EHALSA_CACHE', 'SOURCE_DATE_EPOCH'],
  },
  validate: {
    examples: [
      ['ehalsa validate', 'check the registry, every year of data and every edition'],
      ['ehalsa validate --year 2021', 'check what the 2021 edition reads'],
      ['ehalsa validate --json', 'the verdict and every problem as JSON'],
    ],
    env: ['EHALSA_CACHE'],
  },
  status: {
    examples: [
      ['ehalsa status --year 2021', 'what the 2021 edition still needs, by source and indicator'],
      ['ehalsa status --year 2021 --json', 'the same as JSON'],
    ],
    env: ['EHALSA_CACHE'],
  },
  'new-year': {
    examples: [['ehalsa new-year 2021', "start the 2021 edition from 2020's texts and list the data to collect"]],
    env: [],
  },
  revised: {
    examples: [
      ['ehalsa revised --year 2021 34-inriktningsmal-2.md', 'its text is revised: it no longer makes the edition a draft'],
      ['ehalsa revised --year 2021 34 35', 'the same, by the start of the file names'],
      ['ehalsa revised --year 2021 --all', 'every section still unrevised'],
    ],
    env: [],
  },
  import: {
    examples: [
      ['ehalsa import datasets/sources/2020/desi-2020.csv --mapping datasets/mappings/desi-2020.yaml --dry-run', 'show what would change, as a table'],
      ['ehalsa import datasets/sources/2020/desi-2020.csv --mapping datasets/mappings/desi-2020.yaml', 'write it into datasets/2020/'],
    ],
    env: [],
  },
  diff: {
    examples: [
      ['ehalsa diff 2020 2021', "the two editions' text, section by section"],
      ['ehalsa diff 2020 2021 --html', 'the same as a page: reports/diff-2020-2021.html'],
      ['ehalsa diff 2020 2021 --stat', 'one line per section: sentences changed, added, removed'],
      ['ehalsa diff 2020 2021 --json', 'the changes as JSON'],
      ['ehalsa diff 2021 2021 --exit-code', 'exit 1 if the texts differ (for CI), 0 if not'],
      ['ehalsa diff --data 2020 2021', 'the observations that changed'],
    ],
    env: ['NO_COLOR', 'EHALSA_CACHE'],
  },
  preview: {
    examples: [['ehalsa preview --year 2021', 'the HTML edition on http://127.0.0.1:4173/, rebuilt on every save']],
    env: ['EHALSA_CACHE'],
  },
  indicators: {
    examples: [
      ['ehalsa indicators', 'every indicator: ID, years with data, name'],
      ['ehalsa indicators show 2:10', 'one indicator (also 2.10, "ID 2.10", 2-10) and what uses it'],
      ['ehalsa indicators show 2-10 --json', 'the same as JSON'],
    ],
    env: [],
  },
  completion: {
    examples: [
      ['ehalsa completion bash >> ~/.bashrc', 'complete commands and options in bash'],
      ['ehalsa completion zsh > "${fpath[1]}/_ehalsa"', 'the same for zsh'],
    ],
    env: [],
  },
};

/** The text after a command's options: examples, then its environment. */
export function commandHelpText(name: string): string {
  const help = COMMAND_HELP[name];
  if (!help) return '';
  const parts = [`\nExamples:\n${table(help.examples.map(([cmd, what]) => [cmd, what]))}`];
  if (help.env.length) parts.push(`Environment:\n${table(help.env.map((e) => [e, ENVIRONMENT[e]]))}`);
  parts.push('Exit codes: see `ehalsa --help`.');
  return `${parts.join('\n\n')}\n`;
}

/** The text after the program's own help: the exit codes and every environment variable. */
export function programHelpText(): string {
  return `${exitCodesHelp()}\nEnvironment:\n${table(Object.entries(ENVIRONMENT))}\n\nMore: \`ehalsa help <command>\` (examples, environment), README.md.\n`;
}

/** Attach the examples and environment to every command that has them. */
export function attachHelp(program: Command): void {
  program.addHelpText('after', programHelpText());
  for (const command of program.commands) {
    const text = commandHelpText(command.name());
    if (text) command.addHelpText('after', text);
  }
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  // A long command line goes on its own line, its meaning indented below it.
  const width = Math.min(32, Math.max(...rows.map(([a]) => a.length)));
  return rows.map(([a, b]) => (a.length > width ? `  ${a}\n  ${' '.repeat(width)}  ${b}` : `  ${a.padEnd(width)}  ${b}`)).join('\n');
}
