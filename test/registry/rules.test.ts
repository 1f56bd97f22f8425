/** Rule by rule, with expectations built from the message catalog rather than copied strings. */
import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadRegistry } from '../../src/registry/load.js';
import { rangeText, registryMessages, type Problem } from '../../src/registry/messages.js';
import { readIndicatorFiles } from './files.js';

const base = readIndicatorFiles().filter((f) => /\/(goals|dimensions)\.yaml$/.test(f.path));
const knownDimensions = ['boendeform', 'valfardsteknik', 'personalandel', 'region', 'land', 'kon', 'aldersgrupp', 'manad'];

/** One indicator in flow style; `extra` is spliced in as further keys. */
function indicator(id: string, malomrade: string, extra = ''): string {
  return `  - {id: "${id}", name: N, source: S, uppfoljningsomraden: [], malomrade: ${malomrade}, definition: D, unit: antal${extra}}`;
}

function load(files: Record<string, string[]>): Diagnostic[] {
  const own = Object.entries(files).map(([name, lines]) => ({ path: `indicators/${name}`, text: ['indicators:', ...lines].join('\n') }));
  return loadRegistry([...base, ...own]).diagnostics;
}

function withoutLocation(d: Diagnostic): Problem {
  const { location: _location, ...rest } = d;
  return rest;
}

describe('registry rules', () => {
  it.each<[string, Record<string, string[]>, Problem, { file: string; line: number }]>([
    [
      'duplicate ID, reported at the second with the first’s file:line',
      { 'a.yaml': [indicator('2:90', '2')], 'b.yaml': [indicator('2:91', '2'), indicator('2:90', '2')] },
      registryMessages.duplicateId('2:90', 'indicators/a.yaml:2'),
      { file: 'indicators/b.yaml', line: 3 },
    ],
    [
      'unknown målområde',
      { 'x.yaml': [indicator('14:1', '14')] },
      registryMessages.unknownMalomrade(14, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
      { file: 'indicators/x.yaml', line: 2 },
    ],
    [
      'unknown shared dimension',
      { 'x.yaml': [indicator('2:90', '2', ', dimensions: {kon: kön}')] },
      registryMessages.unknownDimension('kön', knownDimensions),
      { file: 'indicators/x.yaml', line: 2 },
    ],
    [
      'ID prefix and målområde disagree',
      { 'x.yaml': [indicator('2:90', '3')] },
      registryMessages.idMalomradeMismatch('2:90', 2, 3),
      { file: 'indicators/x.yaml', line: 2 },
    ],
    [
      'an addition without catalogue: addition',
      { 'x.yaml': [indicator('NY:90', '2')] },
      registryMessages.additionWithoutCatalogue('NY:90'),
      { file: 'indicators/x.yaml', line: 2 },
    ],
    [
      'an indicator in another målområde’s file (a warning)',
      { 'malomrade-05.yaml': [indicator('2:90', '2')] },
      registryMessages.misplacedIndicator('2:90', 2, 'malomrade-02.yaml'),
      { file: 'indicators/malomrade-05.yaml', line: 2 },
    ],
  ])('%s', (_name, files, expected, at) => {
    const diagnostics = load(files);
    expect(diagnostics.map(withoutLocation)).toEqual([expected]);
    expect(diagnostics[0]?.location).toMatchObject(at);
  });

  it('suggests the closest shared dimension', () => {
    expect(registryMessages.unknownDimension('boendeformer', knownDimensions).hint).toBe('did you mean "boendeform"?');
  });

  it('a misplaced indicator is only a warning', () => {
    expect(registryMessages.misplacedIndicator('2:90', 2, 'malomrade-02.yaml').severity).toBe('warning');
  });
});

describe('rangeText', () => {
  it.each<[number[], string]>([
    [[], 'none'],
    [[3], '3'],
    [[1, 2, 3], '1–3'],
    [[5, 1, 2, 3, 7, 8], '1–3, 5, 7–8'],
  ])('%j → %s', (numbers, text) => {
    expect(rangeText(numbers)).toBe(text);
  });
});
