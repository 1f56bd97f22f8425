/**
 * One exit code per stage, so scripts and CI can tell what went wrong (documented in README.md).
 */
export const EXIT = {
  ok: 0,
  /** Unknown option, bad argument. */
  usage: 2,
  /** Registry, datasets or edition texts are invalid, or there is no data for the year. */
  input: 3,
  /** Templates, charts or document assembly failed. */
  render: 4,
  /** The browser failed to print (after one retry). */
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
