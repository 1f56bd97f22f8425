import { describe, expect, it } from '@jest/globals';
import type { DiscoveryContext } from '../../src/pdf/printing/browser.js';
import { findBrowser } from '../../src/pdf/printing/browser.js';
import { BrowserNotFoundError } from '../../src/pdf/errors.js';
import { browserMissing, browserVariableInvalid } from '../../src/pdf/messages.js';

function context(overrides: Partial<DiscoveryContext> & { executables?: string[] } = {}): DiscoveryContext {
  const executables = new Set(overrides.executables ?? []);
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    isRoot: false,
    isExecutable: (path) => executables.has(path),
    loadBundledChromium: async () => ({
      executablePath: '/tmp/chromium',
      args: ['--single-process', "--headless='shell'", '--no-sandbox', '--disable-web-security', '--allow-running-insecure-content'],
    }),
    ...overrides,
  };
}

describe('findBrowser', () => {
  it('prefers EHALSA_CHROME over everything else', async () => {
    const found = await findBrowser(
      context({ env: { EHALSA_CHROME: '/opt/chrome', PUPPETEER_EXECUTABLE_PATH: '/opt/other' }, executables: ['/opt/chrome', '/opt/other'] }),
    );
    expect(found).toMatchObject({ executablePath: '/opt/chrome', source: 'EHALSA_CHROME' });
  });

  it('uses PUPPETEER_EXECUTABLE_PATH next', async () => {
    const found = await findBrowser(context({ env: { PUPPETEER_EXECUTABLE_PATH: '/opt/other' }, executables: ['/opt/other'] }));
    expect(found).toMatchObject({ executablePath: '/opt/other', source: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it.each(['EHALSA_CHROME', 'PUPPETEER_EXECUTABLE_PATH'] as const)('fails naming %s when it points nowhere', async (variable) => {
    const promise = findBrowser(context({ env: { [variable]: '/nope/chrome' }, executables: ['/usr/bin/chromium'] }));
    await expect(promise).rejects.toBeInstanceOf(BrowserNotFoundError);
    await expect(promise).rejects.toMatchObject({ variable, message: browserVariableInvalid(variable, '/nope/chrome') });
  });

  it('uses the Chromium inside @sparticuz/chromium on Linux x64, with its flags and ours', async () => {
    const found = await findBrowser(context({ isRoot: true, executables: ['/usr/bin/chromium'] }));
    expect(found.source).toBe('@sparticuz/chromium');
    expect(found.headless).toBe('shell');
    expect(found.args).toEqual(expect.arrayContaining(['--single-process', '--no-sandbox', '--disable-gpu', '--disable-sync', '--no-first-run']));
    expect(found.args.filter((arg) => arg === '--no-sandbox')).toHaveLength(1);
    expect(found.args).toContain('--enable-begin-frame-control');
    // Its own headless flag is quoted; puppeteer's headless: 'shell' sets it instead.
    expect(found.args.some((arg) => arg.startsWith('--headless'))).toBe(false);
    // Nor does it turn the same-origin policy off.
    expect(found.args).not.toContain('--disable-web-security');
    expect(found.args).not.toContain('--allow-running-insecure-content');
  });

  it('adds --no-sandbox only for root', async () => {
    const found = await findBrowser(context({ platform: 'darwin', executables: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] }));
    expect(found).toMatchObject({ source: 'installed', headless: true });
    expect(found.args).not.toContain('--no-sandbox');
  });

  it('falls back to an installed Chromium elsewhere', async () => {
    const found = await findBrowser(context({ arch: 'arm64', executables: ['/usr/bin/chromium-browser'] }));
    expect(found).toMatchObject({ executablePath: '/usr/bin/chromium-browser', source: 'installed' });
  });

  it('looks in Program Files on Windows', async () => {
    const chrome = 'C:\\Program Files/Google/Chrome/Application/chrome.exe';
    const found = await findBrowser(context({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, executables: [chrome] }));
    expect(found.executablePath).toBe(chrome);
  });

  it('explains how to get a browser when there is none', async () => {
    const promise = findBrowser(context({ loadBundledChromium: async () => null }));
    await expect(promise).rejects.toBeInstanceOf(BrowserNotFoundError);
    const error = (await promise.catch((e: unknown) => e)) as BrowserNotFoundError;
    expect(error.variable).toBeNull();
    expect(error.message).toBe(browserMissing(error.searched));
    expect(error.message).toMatch(/npm ci.*@sparticuz\/chromium.*EHALSA_CHROME=.*apt-get install chromium/);
  });

  it('fails with BrowserNotFoundError for a missing EHALSA_CHROME in the real environment', async () => {
    const saved = process.env['EHALSA_CHROME'];
    process.env['EHALSA_CHROME'] = '/definitely/not/here/chrome';
    try {
      await expect(findBrowser()).rejects.toMatchObject({ name: 'BrowserNotFoundError', variable: 'EHALSA_CHROME' });
    } finally {
      if (saved === undefined) delete process.env['EHALSA_CHROME'];
      else process.env['EHALSA_CHROME'] = saved;
    }
  });
});
