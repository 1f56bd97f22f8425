import { describe, expect, it } from '@jest/globals';
import type { LaunchedBrowser } from '../../src/pdf/printing/launch.js';
import { warmUp } from '../../src/pdf/printing/page.js';

/** A stand-in page: its warm-up succeeds, fails or never ends; it records whether it was closed. */
function fakePage(name: string, warmUp: 'ok' | 'fails' | 'hangs', closed: string[]) {
  return {
    name,
    evaluate: () => (warmUp === 'ok' ? Promise.resolve() : warmUp === 'fails' ? Promise.reject(new Error('crashed')) : new Promise(() => undefined)),
    close: async () => void closed.push(name),
  };
}

describe('warmUp', () => {
  it('hands over the pages that warmed up and closes the ones that failed or took too long', async () => {
    const closed: string[] = [];
    const pages = [fakePage('initial', 'ok', closed), fakePage('second', 'fails', closed), fakePage('third', 'hangs', closed)];
    const [initial, ...others] = pages;
    const launched = { browser: { pages: async () => [initial], newPage: async () => others.shift() } } as unknown as LaunchedBrowser;
    const warmed = await Promise.all(await warmUp(launched, 3, 100));
    expect(warmed.map((page) => (page as unknown as { name: string } | null)?.name ?? null)).toEqual(['initial', null, null]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed.sort()).toEqual(['second', 'third']);
  });
});
