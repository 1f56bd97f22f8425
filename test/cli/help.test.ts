import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main.js';
import { COMMAND_HELP, ENVIRONMENT } from '../../src/cli/help.js';
import { copyProject, projectRoot, runCli } from '../support/cli.js';

/** Every .ts file under src/, as text. */
function sources(dir = join(projectRoot, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('help that teaches', () => {
  const program = buildProgram();
  const commands = program.commands.map((c) => c.name());

  it('gives every command examples, and only commands that exist have them', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...commands].sort());
    for (const [name, help] of Object.entries(COMMAND_HELP)) {
      expect(help.examples.length).toBeGreaterThan(0);
      // An example runs the command it documents.
      for (const [line] of help.examples) expect(line.startsWith(`ehalsa ${name}`)).toBe(true);
    }
  });

  it('names only environment variables that ehalsa reads', () => {
    const code = sources().filter((s) => !s.includes('export const ENVIRONMENT'));
    for (const name of Object.keys(ENVIRONMENT)) expect([name, code.some((s) => s.includes(name))]).toEqual([name, true]);
  });

  it('prints examples, environment and exit codes, the same for `help <command>` and `<command> --help`', () => {
    const viaHelp = runCli(['help', 'report']);
    const viaOption = runCli(['report', '--help']);
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stdout).toBe(viaOption.stdout);
    expect(viaHelp.stdout).toContain('Examples:\n  ehalsa report --year 2021');
    expect(viaHelp.stdout).toContain('Environment:\n  EHALSA_CHROME');
    expect(viaHelp.stdout).toContain('SOURCE_DATE_EPOCH');
    const top = runCli(['--help']);
    expect(top.stdout).toContain('Exit codes:');
    expect(top.stdout).toMatch(/^ {2}3 +invalid input/m);
    expect(top.stdout).toContain('EHALSA_CACHE');
  });

  it('takes -v as --version', () => {
    const short = runCli(['-v']);
    expect(short.status).toBe(0);
    expect(short.stdout).toBe(runCli(['--version']).stdout);
    expect(short.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs every example that only reads (the ones that write or serve are run by their own tests)', () => {
    const readOnly = Object.values(COMMAND_HELP)
      .flatMap((h) => h.examples.map(([line]) => line))
      .filter((line) => /^ehalsa (validate|status|indicators|diff \d|diff --data|completion)/.test(line) && !/--html|>/.test(line));
    expect(readOnly.length).toBeGreaterThanOrEqual(8);
    for (const line of readOnly) {
      const r = runCli(line.split(' ').slice(1));
      expect([line, r.status === 0 || r.status === 3, /unknown (option|command)/.test(r.stderr)]).toEqual([line, true, false]);
    }
  });
});

describe('indicator IDs in every spelling', () => {
  it.each(['2:10', '2.10', 'ID 2.10', 'id 2.10', '2-10'])('%s, with --json after the ID', (id) => {
    const r = runCli(['indicators', 'show', id, '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }).id).toBe('2:10');
  });

  it('speaks one language: the listing has no Swedish labels', () => {
    const r = runCli(['indicators', 'show', '2:10']);
    expect(r.stdout).toMatch(/^ {2}goal area +2 – /m);
    expect(r.stdout).not.toMatch(/^ {2}(målområde|inriktningsmål|uppföljningsområden)/m);
  });
});

describe('the default output folder', () => {
  it('is reports/ in the project folder, also when run from a subfolder; an explicit --out is relative to the current folder', () => {
    const root = copyProject();
    try {
      const sub = join(root, 'datasets', '2020');
      const byDefault = runCli(['report', '--year', '2020', '--format', 'md', '--quiet'], { cwd: sub });
      expect(byDefault.status).toBe(0);
      expect(existsSync(join(root, 'reports', '2020', 'report.md'))).toBe(true);
      expect(existsSync(join(sub, 'reports'))).toBe(false);
      mkdirSync(join(root, 'elsewhere'));
      const explicit = runCli(['report', '--year', '2020', '--format', 'md', '--quiet', '--out', 'drafts'], { cwd: join(root, 'elsewhere') });
      expect(explicit.status).toBe(0);
      expect(existsSync(join(root, 'elsewhere', 'drafts', '2020', 'report.md'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('shell completion', () => {
  const bash = (script: string, line: string[]): string[] => {
    const dir = mkdtempSync(join(tmpdir(), 'ehalsa-completion-'));
    try {
      writeFileSync(join(dir, 'c.sh'), script);
      const words = line.map((w) => `'${w}'`).join(' ');
      const r = spawnSync('bash', ['-c', `source ${join(dir, 'c.sh')}; COMP_WORDS=(${words}); COMP_CWORD=${line.length - 1}; _ehalsa; printf '%s\\n' "\${COMPREPLY[@]}"`], {
        encoding: 'utf8',
        cwd: dir,
      });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('completes commands, a command’s options and subcommands in bash', () => {
    const r = runCli(['completion', 'bash']);
    expect(r.status).toBe(0);
    expect(bash(r.stdout, ['ehalsa', 'rep'])).toEqual(['report']);
    expect(bash(r.stdout, ['ehalsa', 'report', '--fi'])).toEqual(['--final']);
    expect(bash(r.stdout, ['ehalsa', 'indicators', 'sh'])).toEqual(['show']);
    expect(bash(r.stdout, ['ehalsa', 'indicators', 'show', '2:10', '--j'])).toEqual(['--json']);
  });

  it('writes a zsh script that zsh can parse, where zsh exists, and refuses other shells', () => {
    const r = runCli(['completion', 'zsh']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('#compdef ehalsa\n')).toBe(true);
    for (const c of ['report', 'validate', 'status', 'indicators', '--final', '--json']) expect(r.stdout).toContain(c);
    const zsh = spawnSync('zsh', ['-n'], { input: r.stdout, encoding: 'utf8' });
    if (!zsh.error) expect(zsh.status).toBe(0);
    const fish = runCli(['completion', 'fish']);
    expect(fish.status).toBe(2);
    expect(fish.stderr).toContain('hint: ehalsa completion bash');
  });
});

describe('a reader that stops early', () => {
  it('`status --json | head -1`: ehalsa stops quietly with exit 0, no EPIPE trace', () => {
    const r = spawnSync('bash', ['-c', `node ${join(projectRoot, 'bin', 'ehalsa.js')} status --year 2021 --json | head -c 1; echo " $\{PIPESTATUS[0]}"`], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{ 0\n');
  });
});
