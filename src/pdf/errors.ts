import type { BrowserVariable } from './messages.js';
import { browserMissing, browserVariableInvalid, postPassFailed, renderFailed } from './messages.js';

/** No browser to print with. The CLI maps it to its own exit code; the message says how to get one. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
  /** The environment variable that pointed nowhere, when that was the cause. */
  readonly variable: BrowserVariable | null;
  readonly searched: readonly string[];

  constructor(options: { variable: BrowserVariable; path: string } | { searched: readonly string[] }) {
    super(
      'variable' in options ? browserVariableInvalid(options.variable, options.path) : browserMissing(options.searched),
    );
    this.variable = 'variable' in options ? options.variable : null;
    this.searched = 'searched' in options ? options.searched : ['variable' in options ? options.path : ''];
  }
}

/**
 * Printing one document failed even after the retry (crash, timeout, or a Paged.js error). The message
 * gives each attempt's reason, once if they were the same; the cause is the last attempt's error.
 */
export class PdfRenderError extends Error {
  override readonly name = 'PdfRenderError';
  readonly attempts: number;
  readonly reasons: readonly string[];

  constructor(reasons: readonly string[], options?: { cause?: unknown }) {
    super(renderFailed(reasons), options);
    this.attempts = reasons.length;
    this.reasons = reasons;
  }
}

/**
 * The post-pass (postpass/) could not read or repair the PDF Chromium printed: a file it cannot parse,
 * a structure it does not expect, or its worker thread lost. Not retried: the same bytes would fail the
 * same way. The message gives the reason (one line).
 */
export class PdfPostPassError extends Error {
  override readonly name = 'PdfPostPassError';
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(postPassFailed(reason), options);
    this.reason = reason;
  }
}

/** A short, single-line reason for an unknown thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
