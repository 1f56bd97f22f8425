import { watch, type FSWatcher } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TreeWatcher {
  close(): void;
}

/**
 * Calls `onChange` with the project-relative path of whatever changes under `root/<dir>` for each of
 * `dirs`: a file written, added, removed or renamed, a folder added or removed.
 *
 * Each folder is watched by itself (not with `recursive`): on Linux, Node's recursive watch follows each
 * file, so a file saved by rename (`sed -i`, the atomic save of most editors: a new file renamed over the
 * old one) is never seen again after its first such save. A folder's own watch sees every entry that
 * comes and goes in it, whatever inode it has. After each event the folders are listed again, so a new
 * folder is watched from then on and a removed one is let go; the project folder itself is watched for
 * the top folders coming back (a `git checkout` that replaces one).
 */
export function watchTree(root: string, dirs: readonly string[], onChange: (path: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const sync = () => {
    if (closed) return;
    const wanted = new Set(dirs.flatMap((d) => folders(root, d)));
    for (const [dir, w] of watchers) {
      if (dir !== '' && !wanted.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of wanted) if (!watchers.has(dir)) add(dir);
  };
  const add = (dir: string) => {
    let w: FSWatcher;
    try {
      w = watch(join(root, dir), (_event, name) => {
        const file = name ? `${dir ? `${dir}/` : ''}${String(name).split(sep).join('/')}` : dir;
        if (dir === '' && !dirs.some((d) => file === d || file.startsWith(`${d}/`))) return;
        sync();
        onChange(file);
      });
    } catch {
      return; // gone between listing and watching: the next event lists again
    }
    // A watched folder that is removed ends its watch with an error on some systems: let it go.
    w.on('error', () => {
      w.close();
      if (watchers.get(dir) === w) watchers.delete(dir);
    });
    watchers.set(dir, w);
  };
  add('');
  sync();
  return {
    close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

/** `dir` and every folder below it, project-relative; none when it does not exist. Dot-folders are left out. */
function folders(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, d), { withFileTypes: true });
    } catch {
      return;
    }
    out.push(d);
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) walk(relative(root, join(root, d, e.name)).split(sep).join('/'));
  };
  walk(dir);
  return out;
}
