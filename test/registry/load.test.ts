import { describe, expect, it } from '@jest/globals';
import type { SourceFile } from '../../src/yaml/source.js';
import { findIndicator } from '../../src/registry/find.js';
import { loadRegistry } from '../../src/registry/load.js';
import { registryMessages } from '../../src/registry/messages.js';
import { readIndicatorFiles } from './files.js';

const realFiles = readIndicatorFiles();
const { registry, diagnostics } = loadRegistry(realFiles);

describe('loadRegistry on indicators/', () => {
  it('loads without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has 79 national, 15 international indicators and the additions', () => {
    const ids = [...registry.indicators.keys()];
    expect(ids.filter((id) => /^\d+:/.test(id))).toHaveLength(79);
    expect(ids.filter((id) => id.startsWith('INT:'))).toHaveLength(15);
    const additions = [...registry.indicators.values()].filter((i) => i.catalogue === 'addition');
    expect(additions.map((i) => i.id)).toEqual(ids.filter((id) => id.startsWith('NY:')));
    expect(additions.length).toBeGreaterThan(0);
  });

  it('has 4 inriktningsmål and 13 målområden, 6 and 11 without indicators', () => {
    expect(registry.inriktningsmal.map((g) => g.number)).toEqual([1, 2, 3, 4]);
    expect(registry.malomraden.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const used = new Set([...registry.indicators.values()].filter((i) => i.catalogue === 'bilaga-1').map((i) => i.malomrade));
    expect(used.has(6)).toBe(false);
    expect(used.has(11)).toBe(false);
  });

  it('keeps catalogue order: målområden by number, then INT, then NY', () => {
    const ids = [...registry.indicators.keys()];
    expect(ids.slice(0, 6)).toEqual(['1:1', '1:2', '1:3', '1:4', '2:1', '2:2']);
    expect(ids.indexOf('2:10')).toBe(ids.indexOf('2:9') + 1);
    expect(ids.indexOf('INT:1')).toBe(79);
    expect(ids.indexOf('NY:1')).toBe(94);
  });

  it('derives inriktningsmål from the målområde, and takes them as given for INT', () => {
    expect(registry.indicators.get('4:1')?.inriktningsmal).toEqual([2]);
    expect(registry.indicators.get('13:4')?.inriktningsmal).toEqual([4]);
    expect(registry.indicators.get('INT:1')).toMatchObject({ inriktningsmal: [], inriktningsmalText: 'Ej relevant' });
    expect(registry.indicators.get('INT:2')?.inriktningsmal).toEqual([2, 4]);
    expect(registry.indicators.get('INT:10')?.inriktningsmal).toEqual([1, 2]);
  });

  it('resolves shared and inline dimensions in their written order', () => {
    const i11 = registry.indicators.get('1:1');
    expect(i11?.dimensions.map((d) => d.name)).toEqual(['teknik', 'boendeform']);
    expect(i11?.dimensions[1]?.values[0]).toEqual({ code: 'ordinart', label: 'Ordinärt boende' });
    const i23 = registry.indicators.get('2:3');
    expect(i23?.dimensions.slice(0, 2).map((d) => [d.name, d.values.length > 0, d.pattern])).toEqual([
      ['aktor', true, undefined],
      ['manad', false, '^[0-9]{4}-(0[1-9]|1[0-2])$'],
    ]);
    // A shared vocabulary under another name keeps its values.
    const int2 = registry.indicators.get('INT:2');
    expect(int2?.dimensions.find((d) => d.name === 'partnerland')?.values).toEqual(
      int2?.dimensions.find((d) => d.name === 'land')?.values,
    );
  });

  it('records where each indicator is defined', () => {
    const i = registry.indicators.get('1:1');
    expect(i?.file).toBe('indicators/malomrade-01.yaml');
    const text = realFiles.find((f) => f.path === i?.file)?.text ?? '';
    expect(text.split('\n')[(i?.line ?? 0) - 1]).toContain('id: "1:1"');
  });

  it('the shared region vocabulary has the 21 regions, and Riket for national totals', () => {
    const region = registry.indicators.get('2:11')?.dimensions.find((d) => d.name === 'region');
    const codes = region?.values.map((v) => v.code) ?? [];
    expect(codes.filter((c) => c !== 'riket')).toHaveLength(21);
    expect(codes).toContain('stockholm');
    expect(codes).toContain('norrbotten');
  });
});

describe('input handling', () => {
  const goals = realFiles.filter((f) => /\/(goals|dimensions)\.yaml$/.test(f.path));
  const malomrade02 = realFiles.find((f) => f.path === 'indicators/malomrade-02.yaml') as SourceFile;

  it('reads a file with a BOM and CRLF line ends like the plain file', () => {
    const crlf = { path: malomrade02.path, text: '\uFEFF' + malomrade02.text.replace(/\n/g, '\r\n') };
    const plain = loadRegistry([...goals, malomrade02]);
    const windows = loadRegistry([...goals, crlf]);
    expect(windows.diagnostics).toEqual([]);
    expect([...windows.registry.indicators.values()]).toEqual([...plain.registry.indicators.values()]);
  });

  it('points at the same line and column in a CRLF file', () => {
    const bad = 'indicators:\n  - id: "2:90"\n    name: X\n    source: Y\n    uppfoljningsomraden: []\n    malomrade: 2\n    definition: Z\n    unit: procnt\n';
    const lf = loadRegistry([...goals, { path: 'indicators/x.yaml', text: bad }]).diagnostics;
    const crlf = loadRegistry([...goals, { path: 'indicators/x.yaml', text: '\uFEFF' + bad.replace(/\n/g, '\r\n') }]).diagnostics;
    expect(lf).toHaveLength(1);
    expect(crlf.map((d) => d.location)).toEqual(lf.map((d) => d.location));
    expect(lf[0]?.location).toMatchObject({ line: 8, column: 11 });
  });

  it('keeps the valid indicators of a file that has an invalid one', () => {
    const text = [
      'indicators:',
      '  - {id: "2:90", name: A, source: S, uppfoljningsomraden: [], malomrade: 2, definition: D, unit: antal}',
      '  - {id: "2:91", name: B, source: S, uppfoljningsomraden: [], malomrade: 2, definition: D, unit: procnt}',
    ].join('\n');
    const result = loadRegistry([...goals, { path: 'indicators/x.yaml', text }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['registry/invalid-value']);
    expect([...result.registry.indicators.keys()]).toEqual(['2:90']);
  });

  it('reports missing goals.yaml and dimensions.yaml once each, without cascading', () => {
    const result = loadRegistry([malomrade02]);
    expect(result.diagnostics.map(({ code, message, hint }) => ({ code, message, hint }))).toEqual(
      [
        registryMessages.missingFile('goals.yaml', 'the inriktningsmål and målområden'),
        registryMessages.missingFile('dimensions.yaml', 'the shared dimensions'),
      ].map(({ code, message, hint }) => ({ code, message, hint })),
    );
    expect(result.registry.indicators.size).toBe(13);
  });

  it('does not depend on the order files are passed in', () => {
    const reversed = loadRegistry([...realFiles].reverse());
    expect([...reversed.registry.indicators.keys()]).toEqual([...registry.indicators.keys()]);
  });

  it('accepts no files at all', () => {
    const result = loadRegistry([]);
    expect(result.registry.indicators.size).toBe(0);
    expect(result.diagnostics).toHaveLength(2);
  });
});

describe('findIndicator', () => {
  it.each([
    ['2:3', '2:3'],
    ['2.3', '2:3'],
    ['ID 2.3', '2:3'],
    [' id 2.3 ', '2:3'],
    ['2:10', '2:10'],
    ['INT:4', 'INT:4'],
    ['int.4', 'INT:4'],
    ['NY:1', 'NY:1'],
  ])('%s → %s', (ref, id) => {
    expect(findIndicator(registry, ref)?.id).toBe(id);
  });

  it.each(['', '2', '2:', 'ID', '99:1', 'foo'])('%j → undefined', (ref) => {
    expect(findIndicator(registry, ref)).toBeUndefined();
  });
});
