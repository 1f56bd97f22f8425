import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { CODES, LISTED_CODES, SCHEMA_KINDS, SCHEMA_PREFIXES, stageOfErrors } from '../../src/diagnostics/codes.js';
import { schemaCodes } from '../../src/schema/messages.js';

/** The catalog of diagnostic codes (src/diagnostics/codes.ts) against the sources that use them. */
const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const texts = sourceFiles(src)
  .filter((f) => relative(src, f) !== join('diagnostics', 'codes.ts'))
  .map((f) => readFileSync(f, 'utf8'));
const prefixes = new Set([...CODES.keys()].map((c) => c.split('/')[0]!));
/** Every quoted 'prefix/name' in the sources whose prefix is one of the catalog's. */
const used = new Set(
  texts.flatMap((t) => [...t.matchAll(/'([a-z][a-z0-9-]*)\/([a-z0-9-]+)'/g)].filter((m) => prefixes.has(m[1]!)).map((m) => `${m[1]}/${m[2]}`)),
);
// Quoted strings with a code's form that are not codes.
const notCodes = new Set(['templates/editions', 'text/event-stream']);

describe('the catalog of diagnostic codes', () => {
  it('lists every code the sources write out', () => {
    expect([...used].filter((c) => !notCodes.has(c) && !CODES.has(c)).sort()).toEqual([]);
  });

  it('lists only codes that are used: written out, or made by the schema translator and the edition loader', () => {
    expect(LISTED_CODES.filter((c) => !used.has(c))).toEqual([]);
    // The schema codes are "<prefix>/<kind>": every prefix is given to the translator somewhere.
    const all = texts.join('\n');
    expect(SCHEMA_PREFIXES.filter((p) => !all.includes(`prefix: '${p}'`) && !all.includes(`'${p}', diagnostics)`))).toEqual([]);
    expect([...SCHEMA_KINDS].sort()).toEqual(Object.values(schemaCodes).sort());
  });

  it('lists each code once', () => {
    const schema = SCHEMA_PREFIXES.flatMap((p) => SCHEMA_KINDS.map((k) => `${p}/${k}`));
    const all = [...LISTED_CODES, ...schema];
    expect(all.filter((c, i) => all.indexOf(c) !== i)).toEqual([]);
  });

  it('decides a stage from the errors, not from where they are', () => {
    expect(stageOfErrors([{ severity: 'error', code: 'template/error' }])).toBe('input');
    expect(stageOfErrors([{ severity: 'error', code: 'layout/error' }])).toBe('render');
    expect(stageOfErrors([{ severity: 'warning', code: 'template/error' }, { severity: 'error', code: 'layout/syntax' }])).toBe('render');
    expect(stageOfErrors([{ severity: 'error', code: 'layout/error' }, { severity: 'error', code: 'text/link' }])).toBe('input');
  });
});
