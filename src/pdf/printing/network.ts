import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * The PDF is built offline and from the HTML alone. This is the protocol's layer of it (the browser's
 * switches, offlineArgs in browser.ts, and the page's Content-Security-Policy, src/render/csp.ts, are
 * the other two): every request the page makes is intercepted and aborted, and remembered so the caller
 * can warn about it (a chart or logo that silently went missing would otherwise only be noticed in
 * print); URLs of every network scheme are blocked outright, WebSockets included, which interception
 * never sees; and the page is put offline. data:, blob: and about: URLs never touch the network.
 */

const localSchemes = ['data:', 'blob:', 'about:'];

/** Network.setBlockedURLs patterns: every scheme that leaves the machine or reaches a socket. */
const blockedPatterns = ['http://*', 'https://*', 'ws://*', 'wss://*', 'ftp://*', 'file://*', 'filesystem:*', 'chrome-extension://*'];

export interface NetworkLog {
  /** URLs that were blocked, in request order, without duplicates. */
  readonly blocked: string[];
}

export async function blockNetwork(page: Page): Promise<NetworkLog> {
  const log: NetworkLog = { blocked: [] };
  const note = (url: string) => {
    if (!localSchemes.some((scheme) => url.startsWith(scheme)) && !log.blocked.includes(url)) log.blocked.push(url);
  };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    // Another handler may have decided already (puppeteer throws on a second decision).
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (localSchemes.some((scheme) => url.startsWith(scheme))) {
      void request.continue().catch(() => undefined);
      return;
    }
    note(url);
    void request.abort('blockedbyclient').catch(() => undefined);
  });
  // A session of its own, kept for the page's life: the blocked URLs hold while it is attached. A
  // request they block never reaches the interceptor above, so it is noted from here.
  const session = await page.createCDPSession();
  session.on('Network.requestWillBeSent', (event) => note(event.request.url));
  session.on('Network.webSocketCreated', (event) => note(event.url));
  await session.send('Network.enable');
  await session.send('Network.setBlockedURLs', { urls: blockedPatterns });
  await page.setOfflineMode(true);
  return log;
}
