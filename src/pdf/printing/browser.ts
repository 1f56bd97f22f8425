import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserNotFoundError } from '../errors.js';
import type { BrowserVariable } from '../messages.js';
import { browserVariables } from '../messages.js';

/**
 * Which browser prints the PDF, in this order:
 *
 *   EHALSA_CHROME → PUPPETEER_EXECUTABLE_PATH → @sparticuz/chromium (Linux x64) → installed Chrome/Chromium
 *
 * A variable that is set must point at an executable (a typo should fail loudly, not silently fall
 * back to another browser that lays the report out differently).
 */

export type BrowserSource = BrowserVariable | '@sparticuz/chromium' | 'installed';

export interface BrowserCandidate {
  executablePath: string;
  source: BrowserSource;
  /** Command-line flags, complete (the launcher adds only --user-data-dir). */
  args: string[];
  /** 'shell' for chrome-headless-shell (what @sparticuz ships); `true` (new headless) also runs it, and any Chrome. */
  headless: 'shell' | true;
}

export interface DiscoveryContext {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  arch: string;
  isRoot: boolean;
  /** True for an existing executable file. */
  isExecutable(path: string): boolean;
  /** The @sparticuz/chromium binary, unpacked, with its flags; null when the package is absent. */
  loadBundledChromium(): Promise<{ executablePath: string; args: string[] } | null>;
}

/** Flags every launch gets: no GPU, nothing phoning home, no first-run UI, no network at all. */
export function baseArgs(isRoot: boolean): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...offlineArgs,
  ];
}

/**
 * The browser's own layer of "the page reaches nothing" (network.ts has the protocol's, the
 * page's Content-Security-Policy the third): no name resolves, every connection — loopback included,
 * which Chromium otherwise never proxies — goes to a proxy that does not exist (its name does not
 * resolve either), and WebRTC may use no UDP that bypasses the proxy, so STUN and TURN go nowhere.
 * What a request interceptor never sees (prefetch, preconnect, speculation rules, WebSocket, WebRTC)
 * is stopped here.
 */
export const offlineArgs = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://ehalsa-offline.invalid:9',
  '--proxy-bypass-list=<-loopback>',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--no-pings',
  '--dns-prefetch-disable',
];

/**
 * For chrome-headless-shell only: draw no frames unless asked. Nothing here ever looks at the screen
 * (layout is measured, and printing lays out on its own), and not compositing a frame after every
 * change Paged.js makes saves about a tenth of the browser's work. Same PDF, byte for byte.
 */
export const headlessShellArgs = ['--enable-begin-frame-control'];

/** The same browser with a renderer process per page: @sparticuz/chromium runs everything in one. */
export function withRendererProcesses(candidate: BrowserCandidate): BrowserCandidate {
  return { ...candidate, args: candidate.args.filter((arg) => arg !== '--single-process') };
}

/** Well-known install locations, most specific first. */
export function installedBrowserPaths(platform: NodeJS.Platform, env: DiscoveryContext['env']): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']];
    return roots
      .filter((root): root is string => Boolean(root))
      .map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

export async function findBrowser(context: DiscoveryContext = currentContext()): Promise<BrowserCandidate> {
  const common = baseArgs(context.isRoot);
  for (const variable of browserVariables) {
    const path = context.env[variable];
    if (!path) continue;
    if (!context.isExecutable(path)) throw new BrowserNotFoundError({ variable, path });
    return { executablePath: path, source: variable, args: common, headless: true };
  }
  const searched: string[] = [];
  if (context.platform === 'linux' && context.arch === 'x64') {
    searched.push('@sparticuz/chromium');
    const bundled = await context.loadBundledChromium();
    if (bundled) {
      // Its own headless flag is spelled with quotes; puppeteer's `headless: 'shell'` sets it properly.
      // It also turns the same-origin policy off (made for scraping in a cloud function): our pages load
      // nothing from anywhere, so they keep the browser's usual protections.
      const args = bundled.args.filter((arg) => !arg.startsWith('--headless') && !weakeningArgs.has(arg));
      return {
        executablePath: bundled.executablePath,
        source: '@sparticuz/chromium',
        args: unique([...args, ...common, ...headlessShellArgs]),
        headless: 'shell',
      };
    }
  }
  for (const path of installedBrowserPaths(context.platform, context.env)) {
    searched.push(path);
    if (context.isExecutable(path)) return { executablePath: path, source: 'installed', args: common, headless: true };
  }
  throw new BrowserNotFoundError({ searched });
}

const weakeningArgs = new Set(['--disable-web-security', '--allow-running-insecure-content']);

function unique(args: string[]): string[] {
  return [...new Set(args)];
}

export function currentContext(): DiscoveryContext {
  return {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isExecutable,
    loadBundledChromium,
  };
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Imported lazily: the package unpacks a 200 MB binary to the temp folder on first use (~2 s). */
async function loadBundledChromium(): Promise<{ executablePath: string; args: string[] } | null> {
  let chromium: typeof import('@sparticuz/chromium').default;
  try {
    chromium = (await import('@sparticuz/chromium')).default;
  } catch {
    return null;
  }
  const executablePath = await chromium.executablePath();
  return { executablePath, args: chromium.args };
}
