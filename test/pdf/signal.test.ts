import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import ts from 'typescript';

/**
 * Ctrl-C while a browser is open must not leave Chromium running. Runs the real module in a child
 * Node process (transpiled here, placed under node_modules/.cache so its imports resolve), sends it
 * SIGINT, and checks that the browser process and its profile folder are gone.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'ehalsa-pdf-signal-test');

function transpilePdfModule(): string {
  rmSync(outDir, { recursive: true, force: true });
  const sources = readdirSync(join(root, 'src', 'pdf'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  for (const file of sources) {
    const source = readFileSync(join(root, 'src', 'pdf', file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const out = join(outDir, 'pdf', file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n');
  const child = join(outDir, 'child.js');
  writeFileSync(
    child,
    [
      "import { openPrinter } from './pdf/index.js';",
      'const printer = await openPrinter();',
      'console.log(JSON.stringify({ pid: printer.pid, profileDir: printer.profileDir }));',
      'setInterval(() => {}, 1000);',
    ].join('\n'),
  );
  return child;
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('SIGINT while a browser is open', () => {
  it('kills the browser, removes its profile and ends the process', async () => {
    const script = transpilePdfModule();
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const started = await new Promise<{ pid: number; profileDir: string }>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { pid: number; profileDir: string });
      });
      child.once('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });
    expect(isRunning(started.pid)).toBe(true);
    expect(existsSync(started.profileDir)).toBe(true);

    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(started.pid)).toBe(false);
    expect(existsSync(started.profileDir)).toBe(false);
  }, 60_000);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0; on Linux look at its state.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
}
