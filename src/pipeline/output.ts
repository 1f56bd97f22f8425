import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Atomic output: an edition is written into a temporary folder beside its final place and swapped in
 * only when complete, so a failed, interrupted or concurrent run never leaves a half-written report
 * in place of a good one. Two runs on the same folder take turns through a lock file.
 */
export interface Staging {
  /** Where the files are being written. */
  dir: string;
  write(name: string, content: string | Uint8Array): Promise<void>;
  /** Replaces `<out>/<year>` with the staged folder. */
  commit(): Promise<void>;
  /** Deletes the staged folder (on failure or interruption). */
  discard(): Promise<void>;
}

const active = new Set<Staging>();

/** Stagings not yet committed, for the SIGINT handler to clean up. */
export function activeStagings(): ReadonlySet<Staging> {
  return active;
}

export async function stageOutput(outDir: string, year: number): Promise<Staging> {
  const target = join(outDir, String(year));
  const dir = join(outDir, `.${year}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  const staging: Staging = {
    dir,
    async write(name, content) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    async commit() {
      const release = await lock(join(outDir, `.${year}.lock`));
      try {
        const old = join(outDir, `.${year}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
        let moved = false;
        try {
          await rename(target, old);
          moved = true;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
        await rename(dir, target);
        active.delete(staging);
        if (moved) await rm(old, { recursive: true, force: true });
      } finally {
        await release();
      }
    },
    async discard() {
      active.delete(staging);
      await rm(dir, { recursive: true, force: true });
    },
  };
  active.add(staging);
  return staging;
}

/** An exclusive lock file holding the owner's pid; a lock whose owner is gone is taken over. */
async function lock(path: string, timeoutMs = 60_000): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(await readFile(path, 'utf8').catch(() => ''));
      if (owner && !isAlive(owner)) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another ehalsa run holds ${path}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
