import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every edition that can be built: a templates/editions/<year>/ folder and a datasets/<year>/ folder. */
export async function editionYears(root: string): Promise<number[]> {
  const list = async (dir: string) => (await readdir(join(root, dir)).catch(() => [] as string[])).filter((n) => /^\d{4}$/.test(n)).map(Number);
  const data = new Set(await list('datasets'));
  return (await list('templates/editions')).filter((y) => data.has(y)).sort((a, b) => a - b);
}
