/**
 * One schema path: the registry, the datasets, the edition texts and the import mappings are validated
 * by one ajv setup and translated by one translator, so the same mistake reads the same in every file
 * (only the code's prefix names the stage), worded by src/schema/messages.ts; a stage's
 * improvers refine only what it alone knows.
 */
import { describe, expect, it } from '@jest/globals';
import { parseDatasetFile } from '../../src/datasets/parse.js';
import { datasetHints } from '../../src/datasets/messages.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { describeValue, schemaMessages, typeWords } from '../../src/schema/messages.js';
import { loadEdition } from '../../src/edition/load.js';
import { loadRegistry } from '../../src/registry/load.js';
import { registryMessages } from '../../src/registry/messages.js';
import { readIndicatorFiles } from './files.js';

const base = readIndicatorFiles().filter((f) => /\/(goals|dimensions)\.yaml$/.test(f.path));

const registryDiagnostics = (indicator: string): Diagnostic[] =>
  loadRegistry([...base, { path: 'indicators/x.yaml', text: `indicators:\n  - {${indicator}}\n` }]).diagnostics;

const INDICATOR = 'id: "2:90", name: A, source: S, uppfoljningsomraden: [], malomrade: 2, definition: D, unit: antal';

const datasetDiagnostics = (observation: string, top = 'year: 2020\nsource: S'): Diagnostic[] =>
  parseDatasetFile({ path: 'datasets/2020/1-1.yaml', text: `indicator: "1:1"\n${top}\nobservations:\n  - {${observation}}\n` }).diagnostics;

const editionDiagnostics = (yaml: string): Diagnostic[] =>
  loadEdition([{ path: 'templates/editions/2020/edition.yaml', text: yaml }], 2020).diagnostics;

const EDITION = 'year: 2020\ntitle: T\nsubtitle: S\nagency: A\ndiarienummer: D\ndate: "2021-04-15"\nsections: [toc]\n';

const worded = (d: Diagnostic | undefined) => d && { code: d.code, message: d.message, hint: d.hint };

describe('one wording for the same mistake in every file', () => {
  it('an unknown key', () => {
    const r = registryDiagnostics(`${INDICATOR}, polarty: neutral`);
    const d = datasetDiagnostics('teknik: nattillsyn, value: 5', 'year: 2020\nsource: S\nnotes: N');
    expect(worded(r[0])).toEqual({ code: 'registry/unknown-key', ...schemaMessages.unknownKey('polarty', [], 'polarity') });
    expect(worded(d[0])).toEqual({ code: 'dataset/unknown-key', ...schemaMessages.unknownKey('notes', [], 'note') });
    expect(r[0]?.hint).toBe('did you mean "polarity"?');
  });

  it('a number in quotes', () => {
    const r = registryDiagnostics(INDICATOR.replace('malomrade: 2', 'malomrade: "2"'));
    const d = datasetDiagnostics('teknik: nattillsyn, value: 5', 'year: "2020"\nsource: S');
    expect(worded(r[0])).toEqual({ code: 'registry/wrong-type', ...schemaMessages.wrongType('"malomrade"', typeWords(['integer', 'null']), describeValue('2'), schemaMessages.numberInQuotes('2')) });
    expect(worded(d[0])).toEqual({ code: 'dataset/wrong-type', ...schemaMessages.wrongType('"year"', typeWords(['integer']), describeValue('2020'), schemaMessages.numberInQuotes('2020')) });
    expect(d[0]?.message).toBe('"year" must be a whole number, not the text "2020"');
  });

  it('a value outside the listed ones', () => {
    const r = registryDiagnostics(INDICATOR.replace('unit: antal', 'unit: procnt'));
    const d = datasetDiagnostics('teknik: nattillsyn, missing: not-askd');
    expect(r[0]?.message).toMatch(/^"unit" must be one of procent, antal, .*, not the text "procnt"$/);
    expect(r[0]?.hint).toBe('did you mean "procent"?');
    expect(worded(d[0])).toEqual({
      code: 'dataset/invalid-value',
      ...schemaMessages.invalidValue('"missing"', ['not-asked', 'not-collected', 'not-available'], describeValue('not-askd'), 'not-asked'),
    });
  });

  it('a missing key, and the item of a list by its number', () => {
    const d = datasetDiagnostics('teknik: nattillsyn, value: 5, origin: {file: datasets/sources/x.csv, sha256: "0000000000000000000000000000000000000000000000000000000000000000"}');
    expect(worded(d[0])).toEqual({ code: 'dataset/missing-key', ...schemaMessages.missingKey('cell', 'observations item 1 origin') });
    const e = editionDiagnostics(EDITION.replace('sections: [toc]', 'sections: [toc, 7]'));
    expect(e.map((x) => x.message)).toEqual(['item 2 of "sections" must be text, not the number 7']);
    expect(e[0]?.hint).toBe(schemaMessages.quoteIt(7));
  });

  it('a misspelt required key is one mistake, not two', () => {
    const r = registryDiagnostics(INDICATOR.replace('source: S', 'sorce: S'));
    const d = datasetDiagnostics('teknik: nattillsyn, value: 5', 'year: 2020\nsorce: S');
    expect(r.map((x) => x.code)).toEqual(['registry/unknown-key']);
    expect(d.map((x) => x.code)).toEqual(['dataset/unknown-key']);
  });

  it('a rule the value breaks: ajv\'s words, and the schema\'s description as the hint', () => {
    const e = editionDiagnostics(EDITION.replace('date: "2021-04-15"', 'date: "15 april 2021"'));
    expect(e.map(worded)).toEqual([{ code: 'edition/invalid', message: '"date" must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', hint: 'Publication date, YYYY-MM-DD' }]);
  });

  it('the document itself of the wrong type', () => {
    const r = loadRegistry([...base, { path: 'indicators/x.yaml', text: '- a\n' }]).diagnostics;
    expect(worded(r[0])).toEqual({ code: 'registry/wrong-type', ...schemaMessages.wrongType('the file', 'a mapping', 'a list', schemaMessages.startFileWith(['indicators'])) });
  });
});

describe('improvers: what only one stage knows', () => {
  it('registry: the form of an indicator ID', () => {
    const r = registryDiagnostics(INDICATOR.replace('"2:90"', '"ID 2.90"'));
    expect(worded(r[0])).toEqual({ code: registryMessages.malformedId('', undefined).code, message: 'malformed indicator ID "ID 2.90"', hint: registryMessages.malformedId('ID 2.90', '2:90').hint });
  });

  it('registry: whose a missing key is, and what to write', () => {
    const r = registryDiagnostics(INDICATOR.replace(', unit: antal', ''));
    expect(worded(r[0])).toEqual({
      code: 'registry/missing-key',
      message: 'missing required key "unit" in indicator "2:90"',
      hint: expect.stringMatching(/^add "unit: …", one of procent, antal/),
    });
  });

  it('registry: a dimension name of the wrong form', () => {
    const r = registryDiagnostics(`${INDICATOR}, dimensions: {Kon: kon}`);
    expect(r[0]).toMatchObject(registryMessages.invalidName('dimension name', 'Kon'));
    expect(r[0]?.location).toMatchObject({ line: 2, column: expect.any(Number) });
  });

  it('datasets: a decimal comma', () => {
    const d = datasetDiagnostics('teknik: nattillsyn, value: "3,5"');
    expect(worded(d[0])).toEqual({ code: 'dataset/wrong-type', message: '"value" must be a number or null, not the text "3,5"', hint: datasetHints.decimalComma('3,5') });
  });

  it('the general wording of the same key mistake where no improver applies', () => {
    const e = loadEdition(
      [
        { path: 'templates/editions/2020/edition.yaml', text: EDITION },
        { path: 'templates/editions/2020/facts/f.yaml', text: 'facts:\n  Bad_Id: {kind: value}\n' },
      ],
      2020,
    ).diagnostics;
    expect(e.map(worded)).toEqual([{ code: 'facts/invalid-name', ...schemaMessages.invalidName('Bad_Id', 'facts', '^[a-z0-9][a-z0-9-]*$') }]);
    expect(e[0]?.location).toMatchObject({ line: 2, column: 3 });
  });
});
