import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';

/**
 * The folders of src/ and what each may import, in pipeline order: a folder imports only folders
 * before it in ORDER, and only those its row names (src/README.md draws the same table). The test
 * reads every import of every source file (static, `export … from` and dynamic `import()`) with the
 * TypeScript scanner and fails on an edge the table does not allow and on any cycle between folders.
 */
export const ORDER = [
  'diagnostics',
  'assets',
  'yaml',
  'schema',
  'model',
  'compute',
  'text',
  'registry',
  'datasets',
  'import',
  'edition',
  'narrative',
  'charts',
  'tables',
  'document',
  'render',
  'pdf',
  'pipeline',
  'cli',
] as const;

type Folder = (typeof ORDER)[number];

const INPUT: Folder[] = ['diagnostics', 'assets', 'yaml', 'schema', 'model'];

export const ALLOWED: Record<Folder, readonly Folder[]> = {
  diagnostics: [],
  assets: [],
  yaml: ['diagnostics', 'assets'],
  schema: ['diagnostics', 'assets', 'yaml'],
  model: ['diagnostics'],
  compute: ['model'],
  text: ['model', 'compute'],
  registry: INPUT,
  datasets: INPUT,
  import: [...INPUT, 'registry', 'datasets'],
  edition: INPUT,
  narrative: ['diagnostics', 'model', 'compute', 'text'],
  charts: ['diagnostics', 'yaml', 'model', 'compute', 'text', 'edition', 'narrative'],
  tables: ['diagnostics', 'model', 'edition', 'narrative', 'charts'],
  document: ['diagnostics', 'model', 'edition', 'narrative'],
  render: ['diagnostics', 'yaml', 'model', 'narrative', 'charts'],
  pdf: ['diagnostics', 'assets', 'model'],
  pipeline: ORDER.slice(0, ORDER.indexOf('pipeline')),
  cli: ['pipeline', 'diagnostics'],
};

/**
 * Files that still import past their folder's row, each with what it may import besides: debt, not
 * design (the command's work has yet to move into src/pipeline as `report`, `validate`, `indicators`
 * and `diff`, `status` and `new-year` have).
 */
export const FILE_EXCEPTIONS: Readonly<Record<string, readonly Folder[]>> = {
  'cli/import.ts': ['import', 'registry'],
  'cli/preview.ts': ['assets', 'render'],
};

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

export interface FolderEdge {
  from: string;
  to: string;
  /** The importing file relative to src/ ("charts/figure.ts"). */
  file: string;
  /** "charts/figure.ts imports ../narrative/claims.js" */
  where: string;
}

/** The edges between folders of src/, one per importing file and specifier. */
export function folderEdges(root = src): FolderEdge[] {
  const folderOf = (file: string) => relative(root, file).split(sep)[0]!;
  return sourceFiles(root).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ from: folderOf(file), to: folderOf(resolve(dirname(file), spec)), file: relative(root, file).split(sep).join('/'), where: `${relative(root, file)} imports ${spec}` }))
      .filter((e) => e.from !== e.to);
  });
}

/** The folder cycles of a graph, each as a path that starts and ends at the same folder. */
export function folderCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of [...(next.get(n) ?? [])].sort()) {
      if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...next.keys()].sort()) if (!state.has(n)) visit(n);
  return cycles;
}

/** The edges the table does not allow (an unknown folder allows nothing and may be imported by none). */
export function forbiddenEdges(edges: readonly FolderEdge[]): string[] {
  const allowed = (e: FolderEdge) => [...(ALLOWED[e.from as Folder] ?? []), ...(FILE_EXCEPTIONS[e.file] ?? [])];
  return edges.filter((e) => !allowed(e).includes(e.to as Folder)).map((e) => `${e.from} → ${e.to}: ${e.where}`);
}

describe('the folders of src/', () => {
  const edges = folderEdges();

  it('are exactly the folders the table names', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...ORDER].sort());
  });

  it('allow only imports of folders before them in the pipeline order (the table has no back-edge)', () => {
    const back = Object.entries(ALLOWED).flatMap(([from, tos]) =>
      tos.filter((to) => ORDER.indexOf(to) >= ORDER.indexOf(from as Folder)).map((to) => `${from} → ${to}`),
    );
    expect(back).toEqual([]);
  });

  it('import only what the table allows', () => {
    expect(forbiddenEdges(edges)).toEqual([]);
  });

  it('let src/cli import only src/pipeline and src/diagnostics, but for the listed files', () => {
    const cli: FolderEdge = { from: 'cli', to: 'render', file: 'cli/report.ts', where: 'cli/report.ts imports ../render/html.js' };
    expect(forbiddenEdges([cli])).toEqual(['cli → render: cli/report.ts imports ../render/html.js']);
    // An exception that is no longer needed is taken out of the list.
    const unused = Object.entries(FILE_EXCEPTIONS).flatMap(([file, folders]) => folders.filter((f) => !edges.some((e) => e.file === file && e.to === f)).map((f) => `${file} → ${f}`));
    expect(unused).toEqual([]);
  });

  it('form no cycle', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('would fail on a back-edge or a cycle (the checks themselves)', () => {
    const back: FolderEdge = { from: 'render', to: 'pipeline', file: 'render/styles.ts', where: 'render/styles.ts imports ../pipeline/project.js' };
    expect(forbiddenEdges([...edges, back])).toEqual(['render → pipeline: render/styles.ts imports ../pipeline/project.js']);
    expect(folderCycles([...edges, back]).some((c) => c.includes('render') && c.includes('pipeline'))).toBe(true);
  });

  it('each open with a README.md saying what the folder owns and what it may import', () => {
    const missing = ORDER.filter((f) => {
      try {
        return !/may import/i.test(readFileSync(join(src, f, 'README.md'), 'utf8'));
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
