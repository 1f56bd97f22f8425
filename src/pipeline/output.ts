import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ownerAlive, ownerToken, parseOwner } from '../pdf/index.js';
import type { Format } from './build.js';
import { MANIFEST, formatOf, inspectFolder, serializeManifest, sha256, toolVersion, type FolderState, type ManifestEntry, type Refusal } from './manifest.js';

/**
 * Output that replaces only what ehalsa made, and never half of it:
 *
 *   stageOutput ─▶ <out>/.<year>.tmp-<owner>-<random>/   every file written, its hash noted
 *   commit      ─▶ lock <out>/.<year>.lock
 *               ─▶ recover what a killed run left (its staging removed, its cut-off swap rolled back)
 *               ─▶ inspect <out>/<year>/: anything its manifest does not list → refused, untouched
 *               ─▶ the new manifest (the files of formats not written are kept, marked stale if old)
 *               ─▶ swap, synchronously: the files to be replaced hard-linked into .<year>.old-…/ with a
 *                  journal; each new file renamed over its old one; the manifest last; the journal
 *                  deleted (the commit point); the backup and staging removed
 *
 * A reader never sees a half-written or missing file: each file is replaced by one rename, and the year
 * folder itself is never moved (a first report is one rename of the staging folder). A failure during
 * the swap rolls it back from the backup; a run killed during it (SIGKILL: nothing of ours runs) is
 * rolled back by the next run, which finds the journal of a dead owner. An owner is a pid with its
 * start time (src/pdf/printing/owner.ts), so a pid that now belongs to another program is not waited for.
 */
export interface Staging {
  /** Where the files are being written. */
  dir: string;
  write(name: string, content: string | Uint8Array): Promise<void>;
  /** Puts the staged files in place of their old versions in `<out>/<year>`. */
  commit(): Promise<CommitResult>;
  /** Deletes the staged folder (on failure or interruption). */
  discard(): Promise<void>;
}

export interface CommitResult {
  /** Files kept from an earlier build of other inputs (formats not written this time), now marked stale. */
  stale: string[];
}

/** What this build is, for the manifest. */
export interface BuildStamp {
  /** Hash of the inputs (manifest.ts inputsHash). */
  inputs: string;
  /** The formats written: the files of other formats in the folder are kept. */
  formats: ReadonlySet<Format>;
}

/** The output folder cannot be written (a file in the way, no permission, disk full, foreign files). */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    message: string,
    readonly details: string[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Staging folders and locks of this process, for a signal handler to remove. */
const stagingDirs = new Set<string>();
const heldLocks = new Set<string>();

/**
 * For a signal handler: delete every unfinished staging folder and release our locks. Synchronous
 * (a signal handler cannot wait). The swap itself is synchronous, so a signal never lands inside it.
 */
export function abortStagingsSync(): void {
  for (const dir of stagingDirs) rmSync(dir, { recursive: true, force: true });
  for (const lock of heldLocks) rmSync(lock, { force: true });
  stagingDirs.clear();
  heldLocks.clear();
}

/** Checks before a build that `<out>/<year>` may be replaced, and cleans up after killed runs. */
export async function checkOutput(outDir: string, year: number): Promise<void> {
  if (!existsSync(outDir)) return;
  try {
    for (const other of leftoverYears(outDir)) {
      if (other === year) continue;
      const release = await lock(outDir, other, false);
      if (!release) continue;
      try {
        recover(outDir, other);
      } finally {
        release();
      }
    }
    const release = (await lock(outDir, year))!;
    try {
      recover(outDir, year);
      refuseForeign(await inspectFolder(join(outDir, String(year)), year), outDir, year);
    } finally {
      release();
    }
  } catch (err) {
    throw outputError(err, outDir, year);
  }
}

export async function stageOutput(outDir: string, year: number, stamp: BuildStamp): Promise<Staging> {
  const target = join(outDir, String(year));
  const dir = join(outDir, `.${year}.tmp-${ownerToken()}-${randomBytes(4).toString('hex')}`);
  const wrap = (err: unknown) => outputError(err, outDir, year);
  const written = new Map<string, ManifestEntry>();
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
        written.set(name, { name, sha256: sha256(content), bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length });
      } catch (err) {
        throw wrap(err);
      }
    },
    async commit() {
      try {
        const release = (await lock(outDir, year))!;
        try {
          recover(outDir, year);
          const state = await inspectFolder(target, year);
          refuseForeign(state, outDir, year);
          const plan = planCommit(state, [...written.values()], stamp, year);
          await writeFile(join(dir, MANIFEST), plan.manifest);
          swapSync(dir, target, outDir, year, state.exists, plan);
          stagingDirs.delete(dir);
          return { stale: plan.stale };
        } finally {
          release();
        }
      } catch (err) {
        throw wrap(err);
      }
    },
    async discard() {
      stagingDirs.delete(dir);
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
  stagingDirs.add(dir);
  return staging;
}

interface Plan {
  manifest: string;
  /** Names written by this run (in the staging folder). */
  added: string[];
  /** Files of the old report that are replaced or removed (they are backed up first). */
  replaced: string[];
  removed: string[];
  stale: string[];
}

/** The new manifest: this run's files, and the old files of the formats it did not write. */
function planCommit(state: FolderState, written: ManifestEntry[], stamp: BuildStamp, year: number): Plan {
  const version = toolVersion();
  const names = new Set(written.map((w) => w.name));
  const old = state.manifest;
  const kept: ManifestEntry[] = [];
  const replaced: string[] = [];
  const removed: string[] = [];
  for (const entry of old?.files ?? []) {
    if (!state.present.has(entry.name)) continue;
    if (names.has(entry.name)) replaced.push(entry.name);
    else if (stamp.formats.has(formatOf(entry.name))) removed.push(entry.name);
    else {
      const built = entry.stale ?? { inputs: old!.inputs, ehalsa: old!.ehalsa };
      const stale = built.inputs !== stamp.inputs || built.ehalsa !== version;
      kept.push({ name: entry.name, sha256: entry.sha256, bytes: entry.bytes, ...(stale ? { stale: built } : {}) });
    }
  }
  const manifest = serializeManifest({ ehalsa: version, year, inputs: stamp.inputs, files: [...written, ...kept] });
  return { manifest, added: [...names].sort(), replaced, removed, stale: kept.filter((k) => k.stale).map((k) => k.name) };
}

/** What the next run needs to undo a swap that was cut off: see rollbackSync. */
interface Journal {
  /** Names that did not exist before the swap (remove them). */
  added: string[];
  /** Names backed up before the swap (put them back). */
  restore: string[];
  /** figures/ was made by the swap (remove it if empty). */
  figuresMade: boolean;
}

const JOURNAL = 'journal.json';

/**
 * The swap. Synchronous from first to last step, so that no signal handler or other task of this
 * process runs in the middle; only SIGKILL (or a power cut) can cut it, and then the journal lets the
 * next run roll it back.
 */
function swapSync(dir: string, target: string, outDir: string, year: number, exists: boolean, plan: Plan): void {
  if (!exists) {
    // A first report: one rename, the whole folder at once.
    renameSync(dir, target);
    return;
  }
  const backup = join(outDir, `.${year}.old-${ownerToken()}-${randomBytes(4).toString('hex')}`);
  const restore = [...plan.replaced, ...plan.removed];
  if (existsSync(join(target, MANIFEST))) restore.push(MANIFEST);
  const journal: Journal = {
    added: [...plan.added, MANIFEST].filter((n) => !restore.includes(n)),
    restore,
    figuresMade: plan.added.some((n) => n.startsWith('figures/')) && !existsSync(join(target, 'figures')),
  };
  mkdirSync(backup);
  try {
    for (const name of restore) {
      mkdirSync(dirname(join(backup, name)), { recursive: true });
      linkOrCopy(join(target, name), join(backup, name));
    }
    writeFileSync(join(backup, `${JOURNAL}.tmp`), JSON.stringify(journal));
    renameSync(join(backup, `${JOURNAL}.tmp`), join(backup, JOURNAL));
  } catch (err) {
    rmSync(backup, { recursive: true, force: true });
    throw err;
  }
  try {
    if (journal.figuresMade) mkdirSync(join(target, 'figures'));
    for (const name of plan.added) renameSync(join(dir, name), join(target, name));
    for (const name of plan.removed) rmSync(join(target, name), { force: true });
    if (!plan.added.some((n) => n.startsWith('figures/')) && isEmptyDir(join(target, 'figures'))) rmdirSync(join(target, 'figures'));
    renameSync(join(dir, MANIFEST), join(target, MANIFEST));
    // The commit point: from here on the new report stands, whatever happens to the cleanup.
    unlinkSync(join(backup, JOURNAL));
  } catch (err) {
    rollbackSync(target, backup, journal);
    removeQuietly(backup);
    throw err;
  }
  // Not a failure of the report, which is in place: the next run removes what is left (its owner is gone).
  removeQuietly(backup);
  removeQuietly(dir);
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Litter at worst, which the next run removes.
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    // A file system without hard links: a copy does the same here (the original is never written to).
    copyFileSync(from, to);
  }
}

function isEmptyDir(path: string): boolean {
  try {
    return readdirSync(path).length === 0;
  } catch {
    return false;
  }
}

/** Undoes a swap that was cut off: every backed-up file back in place, every new one removed. */
function rollbackSync(target: string, backup: string, journal: Journal): void {
  const attempt = (step: () => void) => {
    try {
      step();
    } catch {
      // Best effort, name by name: one that cannot be undone must not keep the others from it.
    }
  };
  for (const name of journal.added) attempt(() => rmSync(join(target, name), { force: true }));
  for (const name of journal.restore) {
    attempt(() => {
      mkdirSync(dirname(join(target, name)), { recursive: true });
      renameSync(join(backup, name), join(target, name));
    });
  }
  if (journal.figuresMade && isEmptyDir(join(target, 'figures'))) attempt(() => rmdirSync(join(target, 'figures')));
  // Done: a backup that cannot be removed must not be rolled back once more over a later report.
  attempt(() => unlinkSync(join(backup, JOURNAL)));
}

/** `.<year>.tmp-<owner>-<hex>` and `.<year>.old-<owner>-<hex>` (owner: pid, or pid.start). */
const LEFTOVER = /^\.(\d{4})\.(tmp|old)-(\d+(?:\.\d+)?)-[0-9a-f]+$/;

function leftovers(outDir: string): Array<{ name: string; year: number; kind: 'tmp' | 'old'; dead: boolean }> {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const m = LEFTOVER.exec(name);
    const owner = m ? parseOwner(m[3]!) : null;
    return m && owner ? [{ name, year: Number(m[1]), kind: m[2] as 'tmp' | 'old', dead: !ownerAlive(owner) }] : [];
  });
}

function leftoverYears(outDir: string): number[] {
  return [...new Set(leftovers(outDir).filter((l) => l.dead).map((l) => l.year))];
}

/**
 * Under the year's lock: removes the staging folders of runs that are gone, and rolls back a swap that
 * such a run left cut off (its backup still holds the journal).
 */
function recover(outDir: string, year: number): void {
  const target = join(outDir, String(year));
  for (const l of leftovers(outDir)) {
    if (l.year !== year || !l.dead) continue;
    const path = join(outDir, l.name);
    if (l.kind === 'old') {
      const journal = readJournal(path);
      if (journal) rollbackSync(target, path, journal);
      // Earlier versions moved the whole previous report aside: put it back if it never returned.
      else if (!existsSync(target) && !l.name.slice(`.${year}.old-`.length).includes('.')) {
        renameSync(path, target);
        continue;
      }
    }
    removeQuietly(path);
  }
}

function readJournal(backup: string): Journal | null {
  try {
    return JSON.parse(readFileSync(join(backup, JOURNAL), 'utf8')) as Journal;
  } catch {
    return null;
  }
}

const LOCK_WAIT_MS = 60_000;

/**
 * The year's lock file, holding its owner (pid and start time). A lock whose owner is gone, or whose
 * pid now belongs to another program, is taken over at once. With `wait` false, returns null instead of
 * waiting for a live owner. The lock is noted for the signal handler in the step that creates it.
 */
async function lock(outDir: string, year: number, wait = true): Promise<(() => void) | null> {
  const path = join(outDir, `.${year}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx');
      heldLocks.add(path);
      writeSync(fd, `${ownerToken()}\n`);
      return () => {
        heldLocks.delete(path);
        rmSync(path, { force: true });
      };
    } catch (err) {
      if (fd !== undefined) {
        heldLocks.delete(path);
        rmSync(path, { force: true });
        throw err;
      }
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    const seen = readLock(path);
    if (seen === null) continue;
    const owner = parseOwner(seen);
    if (owner ? !ownerAlive(owner) : lockAgeMs(path) > 2000) {
      takeOver(path, seen);
      continue;
    }
    if (!wait) return null;
    if (Date.now() > deadline) throw new OutputError(`another ehalsa run (process ${owner?.pid ?? '?'}) is writing to the same folder and holds ${path}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function readLock(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function lockAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a dead owner's lock without removing a live one that another run put in its place meanwhile:
 * the file is renamed aside (one atomic step) and checked; a live lock caught so is linked back.
 */
function takeOver(path: string, seen: string): void {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readLock(aside) !== seen) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone holds the lock by now: they keep it.
    }
  }
  rmSync(aside, { force: true });
}

function refuseForeign(state: FolderState, outDir: string, year: number): void {
  if (state.refusal) throw refusalError(state.refusal, join(outDir, String(year)));
}

const MAX_LISTED = 10;

function refusalError(r: Refusal, target: string): OutputError {
  const otherFolder = 'or write the report to another folder with --out';
  switch (r.kind) {
    case 'link':
      return new OutputError(`${target} is a symbolic link, not a folder ehalsa wrote; nothing was changed`, [`  hint: remove the link, ${otherFolder}`]);
    case 'file':
      return new OutputError(`${target} is a file, not a folder ehalsa wrote; nothing was changed`, [`  hint: move the file away, ${otherFolder}`]);
    case 'manifest':
      return new OutputError(`${join(target, MANIFEST)} is not a manifest ehalsa wrote (${r.reason}); nothing was changed`, [
        `  hint: ehalsa replaces only the files a valid manifest lists; move the folder away, ${otherFolder}`,
      ]);
    case 'foreign': {
      const listed = r.entries.slice(0, MAX_LISTED).map((e) => `  ${e}`);
      if (r.entries.length > MAX_LISTED) listed.push(`  … and ${r.entries.length - MAX_LISTED} more`);
      const head = r.manifest
        ? `${target} holds files ehalsa did not write; nothing was changed:`
        : `${target} was not written by ehalsa (it has no ${MANIFEST}); nothing was changed:`;
      const hint = r.manifest
        ? `  hint: ehalsa replaces only the files its ${MANIFEST} lists; move these away, ${otherFolder}`
        : `  hint: move its contents away (a report of an ehalsa version before manifests can be deleted), ${otherFolder}`;
      return new OutputError(head, [...listed, hint]);
    }
  }
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
  return new OutputError(`cannot write the ${year} report to ${join(outDir, String(year))}: ${REASONS[code] ?? code}`, [], { cause: err });
}
