import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** What an interrupted process must undo, synchronously (a signal handler cannot wait). */
const undo = new Map<Staging, { dir: string; target: string; old: string | null; lock: string | null }>();

/** Stagings not yet committed, for the SIGINT handler to clean up. */
export function activeStagings(): ReadonlySet<Staging> {
  return active;
}

/**
 * For a signal handler: delete every unfinished staging folder and lock, and if a swap was cut off
 * between its two renames, put the previous report back. Synchronous, best effort.
 */
export function abortStagingsSync(): void {
  for (const [staging, u] of undo) {
    try {
      if (u.old && !existsSync(u.target) && existsSync(u.old)) renameSync(u.old, u.target);
      rmSync(u.dir, { recursive: true, force: true });
      if (u.old && existsSync(u.target)) rmSync(u.old, { recursive: true, force: true });
      if (u.lock) rmSync(u.lock, { force: true });
    } catch {
      // Best effort: the next run takes over a dead owner's lock; a leftover folder is only litter.
    }
    undo.delete(staging);
    active.delete(staging);
  }
}

/** The output folder cannot be written (a file in the way, no permission, disk full, another run). */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

const REASONS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EISDIR: 'a folder is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENAMETOOLONG: 'the path is too long',
};

/** fs errors → OutputError naming the folder (not the random staging name, so messages are stable). */
function outputError(err: unknown, outDir: string, year: number): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (err instanceof OutputError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return err;
  return new OutputError(`cannot write the ${year} report to ${join(outDir, String(year))}: ${REASONS[code] ?? code}`, { cause: err });
}

export async function stageOutput(outDir: string, year: number): Promise<Staging> {
  const target = join(outDir, String(year));
  const dir = join(outDir, `.${year}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const wrap = (err: unknown) => outputError(err, outDir, year);
  const staging: Staging = {
    dir,
    async write(name, content) {
      const path = join(dir, name);
      try {
        // Not recursive: after an interrupt has deleted the staging folder, a write still under way in
        // the thread pool must fail, not recreate the folder (the reports' subfolders are one level deep).
        if (dirname(path) !== dir) await mkdir(dirname(path)).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'EEXIST') throw err;
        });
        await writeFile(path, content);
      } catch (err) {
        throw wrap(err);
      }
    },
    async commit() {
      const lockPath = join(outDir, `.${year}.lock`);
      const state = undo.get(staging)!;
      const release = await lock(lockPath, (held) => (state.lock = held ? lockPath : null)).catch((err: unknown) => {
        throw wrap(err);
      });
      try {
        const old = join(outDir, `.${year}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
        let moved = false;
        try {
          state.old = old;
          await rename(target, old);
          moved = true;
        } catch (err) {
          state.old = null;
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
        try {
          await rename(dir, target);
        } catch (err) {
          // Put the previous report back: a failed swap must not lose it.
          if (moved) await rename(old, target).catch(() => undefined);
          throw err;
        }
        active.delete(staging);
        undo.delete(staging);
        if (moved) await rm(old, { recursive: true, force: true });
      } catch (err) {
        throw wrap(err);
      } finally {
        state.lock = null;
        await release();
      }
    },
    async discard() {
      active.delete(staging);
      undo.delete(staging);
      await rm(dir, { recursive: true, force: true });
    },
  };
  // Created and registered for the signal handler in one synchronous step: with an asynchronous mkdir,
  // an interrupt arriving after the folder exists but before the registration ran left it behind.
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw wrap(err);
  }
  active.add(staging);
  undo.set(staging, { dir, target, old: null, lock: null });
  return staging;
}

/**
 * An exclusive lock file holding the owner's pid; a lock whose owner is gone is taken over. `note` is
 * told in the same synchronous step that creates (or, if the pid cannot be written, removes) the file,
 * so a signal handler never misses a lock of ours.
 */
async function lock(path: string, note: (held: boolean) => void, timeoutMs = 60_000): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      note(true);
      try {
        writeSync(fd, String(process.pid));
      } catch (err) {
        rmSync(path, { force: true });
        note(false);
        throw err;
      } finally {
        closeSync(fd);
      }
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(await readFile(path, 'utf8').catch(() => ''));
      if (owner && !isAlive(owner)) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new OutputError(`another ehalsa run (process ${owner}) is writing to the same folder and holds ${path}`);
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
