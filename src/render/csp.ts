/**
 * The page's own layer of "the report reaches no network": a Content-Security-Policy that allows
 * nothing but what the report is made of — inline styles, and fonts and images as data: URLs. No
 * script runs, nothing is fetched, prefetched, framed or submitted, whatever a layout template holds.
 * It goes into both HTML flavours (report.html as a reader opens it, and the page that prints the PDF,
 * where the browser's switches and the protocol block the rest: src/pdf/printing/browser.ts, network.ts).
 *
 * A policy in a <meta> covers only what follows it, so it is put first: right after <head> (and its
 * <meta charset>) when the template begins with them, else before the first thing the template writes.
 */

export const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";

export function policyMeta(policy = PAGE_POLICY): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/** `html` with the policy as early in it as it can go. */
export function withPagePolicy(html: string, policy = PAGE_POLICY): string {
  const at = policyPlace(html);
  return `${html.slice(0, at)}${policyMeta(policy)}\n${html.slice(at)}`;
}

/**
 * Past a BOM, whitespace, comments, the doctype and <html>; then past <head> and a <meta charset> that
 * follows it. A linear scan (no regular expression over the whole text).
 */
function policyPlace(html: string): number {
  let i = html.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    while (i < html.length && /\s/.test(html[i]!)) i++;
  };
  const tagEnd = () => {
    const end = html.indexOf('>', i);
    return end < 0 ? html.length : end + 1;
  };
  const startsTag = (name: string) => html.startsWith(`<${name}`, i) || html.slice(i, i + name.length + 1).toLowerCase() === `<${name}`;
  const nameEnds = (name: string) => {
    const c = html[i + name.length + 1];
    return c === undefined || c === '>' || c === '/' || /\s/.test(c);
  };
  for (;;) {
    skipSpace();
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (startsTag('!doctype') || (startsTag('html') && nameEnds('html'))) i = tagEnd();
    else break;
  }
  if (!(startsTag('head') && nameEnds('head'))) return i;
  // After the tag and its line end, so that the policy gets a line of its own.
  const after = (end: number) => (html[end] === '\n' ? end + 1 : html.startsWith('\r\n', end) ? end + 2 : end);
  i = tagEnd();
  const afterHead = after(i);
  skipSpace();
  return startsTag('meta') && nameEnds('meta') && /^<meta\s[^>]*charset/i.test(html.slice(i, tagEnd())) ? after(tagEnd()) : afterHead;
}
