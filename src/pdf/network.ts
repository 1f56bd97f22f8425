import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * The PDF is built offline and from the HTML alone: every request that would leave the page is
 * aborted and remembered, so the caller can warn about it (a chart or logo that silently went missing
 * would otherwise only be noticed in print). data:, blob: and about: URLs never touch the network.
 */

const localSchemes = ['data:', 'blob:', 'about:'];

export interface NetworkLog {
  /** URLs that were blocked, in request order, without duplicates. */
  readonly blocked: string[];
}

export async function blockNetwork(page: Page): Promise<NetworkLog> {
  const log: NetworkLog = { blocked: [] };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    // Another handler may have decided already (puppeteer throws on a second decision).
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (localSchemes.some((scheme) => url.startsWith(scheme))) {
      void request.continue().catch(() => undefined);
      return;
    }
    if (!log.blocked.includes(url)) log.blocked.push(url);
    void request.abort('blockedbyclient').catch(() => undefined);
  });
  return log;
}
