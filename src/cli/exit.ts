import type { FailureStage } from '../pipeline/failure.js';

/**
 * One exit code per stage, so scripts and CI can tell what went wrong (documented in README.md).
 */
export const EXIT = {
  ok: 0,
  /** `diff --exit-code`: the editions differ (as `git diff --exit-code`). */
  differ: 1,
  /** Unknown option, bad argument. */
  usage: 2,
  /** Registry, datasets or edition texts are invalid, or there is no data for the year. */
  input: 3,
  /** Templates, charts or document assembly failed. */
  render: 4,
  /** The browser failed to print (after one retry), or the post-pass could not finish its PDF. */
  pdf: 5,
  /** No browser to print with. */
  browser: 6,
  /** The report could not be written. */
  output: 7,
  /** A bug in ehalsa. */
  internal: 70,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

/** What each exit code means, for `ehalsa --help` (README.md's table says the same at more length). */
export const EXIT_HELP: ReadonlyArray<readonly [code: string, meaning: string]> = [
  [String(EXIT.ok), 'done'],
  [String(EXIT.differ), 'diff --exit-code: the editions differ'],
  [String(EXIT.usage), 'usage: unknown option or command, bad argument'],
  [String(EXIT.input), 'invalid input (registry, datasets, edition texts, mapping), no data, --final on a draft'],
  [String(EXIT.render), 'a layout template could not be filled'],
  [String(EXIT.pdf), 'PDF: the browser failed to print, or the post-pass could not finish its PDF'],
  [String(EXIT.browser), 'no browser found, or it would not start'],
  [String(EXIT.output), 'the report could not be written'],
  [String(EXIT.internal), 'internal error (a bug: run again with --debug and report it)'],
  [`${EXIT.interrupted} / 143`, 'interrupted (Ctrl-C / SIGTERM)'],
];

export function exitCodesHelp(): string {
  const width = Math.max(...EXIT_HELP.map(([code]) => code.length));
  return `\nExit codes:\n${EXIT_HELP.map(([code, meaning]) => `  ${code.padEnd(width)}  ${meaning}`).join('\n')}\n`;
}

/** An error the CLI reports as one clear message and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** The exit code of each stage a pipeline run can fail in (src/pipeline/failure.ts). */
export const EXIT_OF_STAGE: Readonly<Record<FailureStage, number>> = {
  usage: EXIT.usage,
  input: EXIT.input,
  render: EXIT.render,
  pdf: EXIT.pdf,
  browser: EXIT.browser,
  output: EXIT.output,
};
