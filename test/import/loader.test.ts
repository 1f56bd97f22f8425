import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasets } from '../../src/datasets/load.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { readCsv } from '../../src/import/csv.js';
import { jsonErrorOffset } from '../../src/import/jsonstat.js';
import { checkMappingFile } from '../../src/import/mapping.js';
import { parseNumber } from '../../src/import/table.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';
import { projectRoot, runCli } from '../support/cli.js';

/** The import's areas of datasets/ as every run sees them, and the readers' small parts. */
const project = await readProject(projectRoot);
const { registry } = loadRegistry(project.indicators);

const dataset = (origin: string) => ({
  path: 'datasets/2020/INT-10.yaml',
  text: `indicator: "INT:10"\nyear: 2020\nsource: S\nobservations:\n  - land: sverige\n    value: 5\n    origin:\n${origin}`,
});
const csv = { path: 'datasets/sources/2020/x.csv', sha256: createHash('sha256').update('x').digest('hex') };

describe('datasets/sources/ and datasets/mappings/', () => {
  it('loads the repository: the DESI source and its mapping are accepted', () => {
    expect(project.sources.map((s) => s.path)).toContain('datasets/sources/2020/desi-2020.csv');
    const { diagnostics } = loadDatasets(project.datasets, registry, 2020, project.sources, checkMappingFile);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('checks an origin against the source files: present, and unchanged since the import', () => {
    const ok = dataset(`      file: ${csv.path}\n      sha256: ${csv.sha256}\n      cell: C3\n`);
    expect(loadDatasets([ok], registry, 2020, [csv], checkMappingFile).diagnostics).toEqual([]);
    const changed = loadDatasets([ok], registry, 2020, [{ ...csv, sha256: '0'.repeat(64) }], checkMappingFile).diagnostics;
    expect(formatDiagnostics(changed)).toBe('datasets/2020/INT-10.yaml:9:15 - error dataset/origin-changed: datasets/sources/2020/x.csv has changed since this value was imported from it\n  hint: import it again (`ehalsa import <file> --mapping <mapping>`): the values follow the new file, and a hand-entered one that differs is reported');
    const gone = loadDatasets([ok], registry, 2020, [], checkMappingFile).diagnostics;
    expect(gone.map((d) => `${d.code} ${d.location?.line}:${d.location?.column}`)).toEqual(['dataset/origin-missing 8:13']);
  });

  it('validates an origin by the schema', () => {
    const bad = dataset(`      file: sources/x.csv\n      sha256: abc\n      cel: C3\n`);
    const codes = loadDatasets([bad], registry, 2020, [csv], checkMappingFile).diagnostics.map((d) => `${d.code} ${d.location?.line}`);
    expect(codes).toEqual(expect.arrayContaining(['dataset/unknown-key 10', 'dataset/invalid 8', 'dataset/invalid 9']));
  });

  it('validates a mapping file like every input, with file:line:column and a hint', () => {
    const mapping = {
      path: 'datasets/mappings/m.yaml',
      text: 'file: datasets/sources/2020/x.csv\ntargets:\n  - indicator: "INT:1"\n    year: 2020\n    value: score\n    dimensions: { land: { column: geo }, index: desi, delomrade: totalt, lnad: x }\n',
    };
    const d = loadDatasets([mapping], registry, 2020, [csv], checkMappingFile).diagnostics;
    expect(formatDiagnostics(d, new Map([[mapping.path, mapping.text]]))).toBe(
      [
        'datasets/mappings/m.yaml:6:74 - error mapping/unknown-dimension: indicator INT:1 has no dimension "lnad"',
        '  6 |     dimensions: { land: { column: geo }, index: desi, delomrade: totalt, lnad: x }',
        '    |                                                                          ^^^^',
        '  hint: did you mean "land"?',
      ].join('\n'),
    );
    const missing = loadDatasets([{ ...mapping, text: mapping.text.replace(', lnad: x', '') }], registry, 2020, [], checkMappingFile).diagnostics;
    expect(missing.map((x) => `${x.code} ${x.location?.line}:${x.location?.column} ${x.hint}`)).toEqual([
      'mapping/source-missing 1:7 bring it in with `ehalsa import <file or URL> --mapping <this file>`, or correct the path',
    ]);
  });

  it('refuses a file in datasets/mappings/ that is not a mapping', () => {
    const d = loadDatasets([{ path: 'datasets/mappings/notes.txt', text: 'x' }], registry, 2020, [], checkMappingFile).diagnostics;
    expect(d.map((x) => `${x.code}: ${x.message}`)).toEqual(['dataset/stray-file: unexpected file "notes.txt" in datasets/mappings/']);
  });
});

describe('the DESI 2020 import', () => {
  it('is what datasets/2020/INT-1.yaml holds: importing the committed source through the committed mapping changes nothing', () => {
    const r = runCli(['import', 'datasets/sources/2020/desi-2020.csv', '--mapping', 'datasets/mappings/desi-2020.yaml', '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('ehalsa: datasets/2020/INT-1.yaml: nothing to change (29 unchanged)\n');
  });

  it('keeps the report text’s three values and quotes, and the source’s quote beside them', () => {
    const text = readFileSync(join(projectRoot, 'datasets', '2020', 'INT-1.yaml'), 'utf8');
    expect(text).toContain('    value: 6.97\n    quote: "I den internationella jämförelsen DESI, gällande digitalisering, placeras Sverige på andra plats med en poäng på 6,97."\n    origin:\n');
    expect(text).toContain('      quote: "seguida de Suecia (69,7)"\n');
  });
});

describe('readers', () => {
  it('reads numbers as statistical tables write them, and nothing else', () => {
    expect(parseNumber('66,5', ',')).toBe(66.5);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('1\u00a0234', ',')).toBe(1234);
    expect(parseNumber('\u22123,5', ',')).toBe(-3.5);
    expect(parseNumber('69.7', '.')).toBe(69.7);
    for (const t of ['66.5', '66 %', '..', '–', '', '12 34', '1e3', '3,5*']) expect(parseNumber(t, ',')).toBeNull();
    expect(parseNumber('66,5', '.')).toBeNull();
  });

  it('reads CSV fields with quotes, line breaks and doubled quotes, and detects the delimiter', () => {
    const bytes = new TextEncoder().encode('\uFEFFa;"b;c"\r\n"x ""y""";"two\nlines"\r\n\r\nlast;\n');
    const { table } = readCsv(bytes, 'f.csv', { delimiter: null, decimal: null, encoding: 'utf-8', header: [1] });
    expect(table!.decimal).toBe(',');
    expect([1, 2, 3, 4].map((r) => [table!.text(r, 1), table!.text(r, 2)])).toEqual([
      ['a', 'b;c'],
      ['x "y"', 'two\nlines'],
      ['', ''],
      ['last', ''],
    ]);
    expect(table!.locate(4, 1)).toEqual({ file: 'f.csv', line: 5, column: 1 });
  });

  it('finds where JSON breaks', () => {
    expect(jsonErrorOffset('{"a": [1, 2,, 3]}')).toBe(12);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
  });
});
