/**
 * Every message the PDF stage shows a person, in one place, so tests compare against these functions
 * rather than copied strings.
 */

export const browserVariables = ['EHALSA_CHROME', 'PUPPETEER_EXECUTABLE_PATH'] as const;
export type BrowserVariable = (typeof browserVariables)[number];

export function browserVariableInvalid(variable: BrowserVariable, path: string): string {
  return (
    `${variable} is set to "${path}", but there is no executable file there. ` +
    `Point ${variable} at a Chrome or Chromium binary, or unset it to let ehalsa find one.`
  );
}

export function browserMissing(searched: readonly string[]): string {
  return (
    'No Chrome or Chromium was found to print the PDF. ' +
    'On Linux x64, `npm ci` installs one inside the @sparticuz/chromium package; ' +
    'or set EHALSA_CHROME=/path/to/chrome; or install one with `apt-get install chromium` ' +
    '(macOS and Windows: install Google Chrome). ' +
    `Looked in: ${searched.length > 0 ? searched.join(', ') : '(nothing to try on this platform)'}.`
  );
}

export function renderFailed(reasons: readonly string[]): string {
  const attempts = reasons.length;
  const why = new Set(reasons).size <= 1 ? (reasons[0] ?? 'no reason given') : reasons.map((reason, i) => `attempt ${i + 1}: ${reason}`).join('; ');
  return `Printing the PDF failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${why}`;
}

export function postPassFailed(reason: string): string {
  return `The PDF post-pass could not finish the PDF the browser printed: ${reason}`;
}

export function renderTimedOut(timeoutMs: number): string {
  return `the page did not finish within ${Math.round(timeoutMs / 1000)} s (raise the timeout with timeoutMs)`;
}

export function networkBlocked(url: string): string {
  return `blocked a network request while printing: ${url} (the PDF is built offline; inline the resource as a data: URL)`;
}

export function pagedFailed(detail: string): string {
  // Paged.js fetches linked and @import-ed stylesheets itself and rejects with the request's event.
  if (detail === 'ProgressEvent') detail = 'a stylesheet it fetches (<link rel="stylesheet"> or @import) could not be loaded; the PDF is built offline: put the styles into templates/layout/*.css';
  return `Paged.js could not paginate the document: ${detail}`;
}

export function pageScriptError(detail: string): string {
  return `a script error occurred in the page while printing: ${detail}`;
}

export function draftLine(date: string, commit: string): string {
  return `Utkast – byggt ${date} från ${commit}`;
}

export const draftMark = 'UTKAST';
