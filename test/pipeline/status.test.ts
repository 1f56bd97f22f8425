import { beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds } from '../../src/pipeline/checklist.js';
import { startNewYear, statusOfProject } from '../../src/pipeline/checklist-run.js';
import { appendObservations } from '../../src/pipeline/new-year.js';
import { readProject, type ProjectFiles } from '../../src/pipeline/project.js';
import { formatCounts, type StatusReport } from '../../src/pipeline/status.js';
import { STATE_LABEL, stateCount, values } from '../../src/pipeline/status-messages.js';
import { projectRoot } from '../support/cli.js';

/**
 * The checklist of `ehalsa status` on test/fixtures/status/project (its README lists the state of each
 * 2021 value), its JSON against src/pipeline/status.schema.json (the fixture's and the repository's own
 * 2021 edition), and `new-year`'s placeholder lines: they validate, and entering one value makes the
 * checklist one shorter.
 */
const fixture = join(projectRoot, 'test', 'fixtures', 'status', 'project');
const schema = JSON.parse(readFileSync(join(projectRoot, 'src', 'pipeline', 'status.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

let project: ProjectFiles;
beforeAll(async () => {
  project = await readProject(fixture);
});

function status(p: ProjectFiles, year: number, all = false): { status: StatusReport; text: string } {
  const result = statusOfProject(p, year, { all });
  if ('diagnostics' in result) throw new Error(result.diagnostics.map((d) => `${d.location?.file}:${d.location?.line} ${d.message}`).join('\n'));
  return result;
}

describe('ehalsa status on the fixture edition', () => {
  it("lists the year's open values per source and indicator, each with its codes, labels, reason and uses", () => {
    expect(status(project, 2021).text).toBe(
      [
        'Status för utgåvan 2021: värden från 2021 som utgåvan behöver',
        '(--all visar också äldre år; --json ger samma uppgifter som JSON)',
        '',
        'Testkällan, Enkät om e-tjänster (påhittad): 6 värden: 1 inmatat, 2 ej inmatade, 1 inte publicerat, 1 där frågan inte ställdes, 1 som inte samlades in',
        '  NY:1 Andel invånare som använder e-tjänster: 6 värden: 1 inmatat, 2 ej inmatade, 1 inte publicerat, 1 där frågan inte ställdes, 1 som inte samlades in  datasets/2021/NY-1.yaml',
        '    frågan ställdes inte  region: mitt, tjanst: journal  Region Mitt; Journalen via nätet   ← Figur 1, Tabell 1',
        '    ej inmatad            region: syd, tjanst: journal   Region Syd; Journalen via nätet    ← Figur 1, Tabell 1, fakta journal-syd-2020, fakta journal-syd-change',
        '    inte publicerad       region: norr, tjanst: tidbok   Region Norr; Tidbokning via nätet  ← Tabell 1, fakta tidbok-norr-2020  (Testkällan redovisar inte värdet för 2021.)',
        '    samlades inte in      region: mitt, tjanst: tidbok   Region Mitt; Tidbokning via nätet  ← Tabell 1',
        '    ej inmatad            region: syd, tjanst: tidbok    Region Syd; Tidbokning via nätet   ← Tabell 1, fakta tidbok-syd',
        '',
        'Testkällan, Inloggningsstatistik (påhittad): 1 värde, ej inmatat',
        '  NY:2 Antal inloggningar: 1 värde, ej inmatat  datasets/2021/NY-2.yaml (finns inte än)',
        '    ej inmatad  –  Antal inloggningar  ← fakta inloggningar, fakta inloggningar-ratio',
        '',
        'Sammanfattning: 7 värden: 1 inmatat, 3 ej inmatade, 1 inte publicerat, 1 där frågan inte ställdes, 1 som inte samlades in.',
        '',
      ].join('\n'),
    );
  });

  it('gives the same as JSON, valid against status.schema.json, each item with its key, codes and where it is entered', () => {
    const s = status(project, 2021).status;
    expect(validate(s)).toBe(true);
    expect(validate({ ...s, summary: { total: 7 } })).toBe(false);
    expect(s.summary).toEqual({ total: 7, entered: 1, 'not-entered': 3, 'not-published': 1, 'not-asked': 1, 'not-collected': 1 });
    const items = s.sources.flatMap((x) => x.indicators.flatMap((i) => i.items));
    expect(items.map((i) => [i.key, i.state, i.at])).toEqual([
      ['NY:1@2021[region=norr,tjanst=journal]', 'entered', 'datasets/2021/NY-1.yaml:6'],
      ['NY:1@2021[region=mitt,tjanst=journal]', 'not-asked', 'datasets/2021/NY-1.yaml:7'],
      ['NY:1@2021[region=syd,tjanst=journal]', 'not-entered', 'datasets/2021/NY-1.yaml:8'],
      ['NY:1@2021[region=norr,tjanst=tidbok]', 'not-published', 'datasets/2021/NY-1.yaml:9'],
      ['NY:1@2021[region=mitt,tjanst=tidbok]', 'not-collected', 'datasets/2021/NY-1.yaml:10'],
      ['NY:1@2021[region=syd,tjanst=tidbok]', 'not-entered', null],
      ['NY:2@2021', 'not-entered', null],
    ]);
    expect(items[0]!.dimensions).toEqual([
      { name: 'region', code: 'norr', label: 'Region Norr' },
      { name: 'tjanst', code: 'journal', label: 'Journalen via nätet' },
    ]);
    expect(items[0]!.usedBy).toEqual(['Figur 1', 'Tabell 1', 'fakta journal-norr']);
  });

  it('--all: every year the edition reads, the old years too, each line with its year', () => {
    const { status: s, text } = status(project, 2021, true);
    expect(validate(s)).toBe(true);
    expect(s.year).toBeNull();
    // 2018–2020 are all entered: 9 values of Figur 1 and the table of 2020 are in the counts, not in the lines
    expect(s.summary).toEqual({ total: 17, entered: 11, 'not-entered': 3, 'not-published': 1, 'not-asked': 1, 'not-collected': 1 });
    expect(text).toContain('    2021  ej inmatad            region: syd, tjanst: tidbok    Region Syd; Tidbokning via nätet   ← Tabell 1, fakta tidbok-syd');
    expect(text.split('\n').at(-2)).toBe('Sammanfattning: 17 värden: 11 inmatade, 3 ej inmatade, 1 inte publicerat, 1 där frågan inte ställdes, 1 som inte samlades in.');
  });

  it("the repository's 2021 edition: the JSON validates, and the same indicator with other fixed codes is another item", async () => {
    const { status: s, text } = status(await readProject(projectRoot), 2021);
    expect(validate(s)).toBe(true);
    // a screen or two per source: no source's block runs past 120 lines
    const blocks = text.split('\n\n').slice(1, -1);
    // then the texts still unrevised, one block: the 2021 edition's copied texts are not revised yet
    const unrevised = blocks.pop()!;
    expect(unrevised.split('\n')[0]).toBe(`Texter som ännu inte är reviderade (kopierade från utgåvan 2020): ${s.unrevised.sections.length} avsnitt`);
    expect(s.unrevised.sections).toContain('34-inriktningsmal-2.md');
    expect(unrevised).toContain('\n  34-inriktningsmal-2.md\n');
    expect(blocks.length).toBe(s.sources.length);
    expect(Math.max(...blocks.map((b) => b.split('\n').length))).toBeLessThanOrEqual(120);
    expect(s.year).toBe(2021);
    const items = s.sources.flatMap((x) => x.indicators.flatMap((i) => i.items));
    expect(items.every((i) => i.year === 2021)).toBe(true);
    const nattillsyn = items.filter((i) => i.indicator === '1:1' && i.dimensions.some((d) => d.code === 'nattillsyn'));
    expect(nattillsyn.map((i) => i.usedBy[0])).toEqual(['Figur 6', 'Figur 7', 'Figur 8']);
    expect(new Set(nattillsyn.map((i) => i.key)).size).toBe(3);
  }, 60_000);
});

describe('ehalsa new-year: a placeholder line per value to enter', () => {
  it('writes lines that validate and read as not entered; entering one value makes the checklist one shorter', () => {
    const result = startNewYear(project, 2022);
    if ('error' in result) throw new Error(result.error);
    const file = result.files.find((f) => f.path === 'datasets/2022/NY-1.yaml')!;
    expect(file.create).toBe(true);
    expect(file.text).toContain('  - { region: syd, tjanst: journal, missing: not-available }  # Region Syd; Journalen via nätet — Figur 1, Tabell 1, fakta journal-syd-2020, fakta journal-syd-change\n');
    const next: ProjectFiles = {
      ...project,
      editions: [...project.editions, ...result.files.filter((f) => f.path.startsWith('templates/'))],
      datasets: [...project.datasets, ...result.files.filter((f) => f.path.startsWith('datasets/'))],
    };
    const before = status(next, 2022).status;
    expect(validate(before)).toBe(true);
    expect(before.summary).toEqual({ total: 7, entered: 0, 'not-entered': 7, 'not-published': 0, 'not-asked': 0, 'not-collected': 0 });
    expect(before.sources.flatMap((x) => x.indicators.flatMap((i) => i.items)).every((i) => i.at !== null)).toBe(true);
    expect(result.checklist).toContain('- [ ] `region: syd, tjanst: journal` Region Syd; Journalen via nätet — Figur 1, Tabell 1, fakta journal-syd-2020, fakta journal-syd-change\n');

    const entered = file.text.replace('{ region: syd, tjanst: journal, missing: not-available }', '{ region: syd, tjanst: journal, value: 55 }');
    expect(entered).not.toBe(file.text);
    const after = status({ ...next, datasets: next.datasets.map((f) => (f.path === file.path ? { ...f, text: entered } : f)) }, 2022).status;
    expect(after.summary['not-entered']).toBe(before.summary['not-entered'] - 1);
    expect(after.summary.entered).toBe(1);
  });

  it('appends to a dataset file that exists, keeping its lines', () => {
    const text = '# a comment\nindicator: "NY:2"\nyear: 2022\nsource: S.\nobservations:\n  - value: 3 # kept\nnote: after\n';
    expect(appendObservations(text, ['  - { missing: not-available }'])).toBe(
      '# a comment\nindicator: "NY:2"\nyear: 2022\nsource: S.\nobservations:\n  - value: 3 # kept\n  - { missing: not-available }\nnote: after\n',
    );
    expect(appendObservations('indicator: "NY:2"\nobservations:\n    - value: 3', ['  - { value: 4 }'])).toBe('indicator: "NY:2"\nobservations:\n    - value: 3\n    - { value: 4 }\n');
    expect(appendObservations('indicator: "NY:2"\nobservations: [{ value: 3 }]\n', ['  - { value: 4 }'])).toBeNull();
  });
});

describe('the words of the checklist', () => {
  it.each([
    [1, '1 värde'],
    [2, '2 värden'],
    [0, '0 värden'],
  ])('values(%i) is "%s"', (n, text) => expect(values(n)).toBe(text));

  it('agrees the state with "värde"', () => {
    expect(stateCount('not-entered', 1)).toBe('1 ej inmatat');
    expect(stateCount('not-entered', 2)).toBe('2 ej inmatade');
    expect(stateCount('not-published', 1)).toBe('1 inte publicerat');
    expect(STATE_LABEL['not-asked']).toBe('frågan ställdes inte');
    const none = { total: 0, entered: 0, 'not-entered': 0, 'not-published': 0, 'not-asked': 0, 'not-collected': 0 };
    expect(formatCounts({ ...none, total: 3, entered: 3 })).toBe('3 värden, alla inmatade');
    expect(formatCounts({ ...none, total: 1, 'not-entered': 1 })).toBe('1 värde, ej inmatat');
    expect(formatCounts({ ...none, total: 3, entered: 1, 'not-asked': 2 })).toBe('3 värden: 1 inmatat, 2 där frågan inte ställdes');
  });

  it('orders indicator IDs as the catalogue does', () => {
    expect(['NY:1', '1:10', 'INT:1', '2:1', '1:2'].sort(compareIds)).toEqual(['1:2', '1:10', '2:1', 'INT:1', 'NY:1']);
  });
});
