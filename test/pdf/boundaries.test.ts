import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

/** The import rules of src/pdf (src/pdf/README.md), read from the sources. */
const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const files = sourceFiles(src);

interface Import {
  /** The importing file, relative to src/ ("pdf/postpass/finish.ts"). */
  from: string;
  /** The imported file relative to src/ for a relative specifier ("pdf/meta.ts"), else the package name. */
  to: string;
  typeOnly: boolean;
}

const importPattern = /^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(src, file);
  return [...text.matchAll(importPattern)].map((m) => {
    const specifier = (m[2] ?? m[3])!;
    const to = specifier.startsWith('.') ? relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts') : specifier;
    return { from, to, typeOnly: Boolean(m[1]) };
  });
}

const imports = files.flatMap(importsOf);

const staticImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"](puppeteer(-core)?|@sparticuz\/chromium)['"]/m;
const anyMention = /['"](puppeteer(-core)?|@sparticuz\/chromium)['"]/;

describe('puppeteer stays behind src/pdf', () => {
  it('no static import anywhere, no mention outside src/pdf', () => {
    const offenders = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const inPdf = relative(src, file).startsWith('pdf/');
      return staticImport.test(text) || (!inPdf && anyMention.test(text));
    });
    expect(offenders.map((file) => relative(src, file))).toEqual([]);
  });
});

describe('src/pdf keeps its own order', () => {
  it('reads the imports (so the rules below see the edges there are)', () => {
    expect(imports).toContainEqual({ from: 'pdf/printing/printer.ts', to: 'pdf/postpass/finisher.ts', typeOnly: false });
    expect(imports).toContainEqual({ from: 'pdf/meta.ts', to: 'model/document.ts', typeOnly: true });
    expect(imports).toContainEqual({ from: 'pipeline/output.ts', to: 'pdf/index.ts', typeOnly: false });
  });

  it('is imported by the rest of src through index.ts only', () => {
    // The fonts both the HTML and the PDF embed are packaged assets (src/assets), not src/pdf's.
    const offenders = imports.filter((i) => !i.from.startsWith('pdf/') && i.to.startsWith('pdf/') && i.to !== 'pdf/index.ts');
    expect(offenders).toEqual([]);
    expect(imports.filter((i) => i.to === 'assets/fonts.ts').map((i) => i.from.split('/')[0]).filter((f, k, all) => all.indexOf(f) === k).sort()).toEqual(['assets', 'pdf']);
  });

  it('has a post-pass that needs no browser: postpass/ imports nothing of printing/', () => {
    expect(imports.filter((i) => i.from.startsWith('pdf/postpass/') && i.to.startsWith('pdf/printing/'))).toEqual([]);
    expect(imports.filter((i) => i.from.startsWith('pdf/postpass/') && /puppeteer|@sparticuz/.test(i.to))).toEqual([]);
  });

  it('imports of the rest of src only types and the packaged assets, and never its own index.ts from inside', () => {
    const inside = imports.filter((i) => i.from.startsWith('pdf/'));
    expect(inside.filter((i) => i.to === 'pdf/index.ts')).toEqual([]);
    const outside = inside.filter((i) => !i.to.startsWith('pdf/') && i.to.endsWith('.ts') && !i.to.startsWith('assets/'));
    expect(outside.filter((i) => !i.typeOnly || !/^(model|diagnostics)\//.test(i.to))).toEqual([]);
  });

  it('gives each of its folders a README', () => {
    const folders = [...new Set(files.filter((f) => relative(src, f).startsWith('pdf/')).map((f) => relative(src, dirname(f))))];
    expect(folders.sort()).toEqual(['pdf', 'pdf/postpass', 'pdf/printing']);
    for (const folder of folders) expect(readdirSync(join(src, folder))).toContain('README.md');
  });
});
