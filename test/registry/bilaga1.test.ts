/**
 * The registry against the catalogue itself: an independent reading of Bilaga 1 (the seed text,
 * copied to test/fixtures/registry/bilaga1.txt) compared field by field with indicators/.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Registry } from '../../src/model/registry.js';
import { loadRegistry } from '../../src/registry/load.js';
import { fixturesDir, readIndicatorFiles } from './files.js';

interface CatalogueEntry {
  id: string;
  name: string;
  source: string;
  uppfoljningsomrade: string;
  malomrade: string | undefined;
  inriktningsmal: string | undefined;
  definition: string;
}

const LABELS = ['Indikatornamn', 'ID', 'Källa', 'Uppföljningsområde', 'Målområde', 'Inriktningsmål', 'Indikator'] as const;
const PAGE_HEADER = 'Indikatorbaserat ramverk för uppföljning av Vision e-hälsa 2025';
/** Lines that end an indicator's record: section headings of the catalogue. */
const HEADINGS = [/^\d{1,2}\. \p{Lu}/u, /^Inriktningsmål \d – /, /^Målområden? \d+–\d+:/, /^Indikatorer:?$/, /^Internationella indikatorer$/];

/** Reads the catalogue's indicator records. Kept deliberately simple and separate from src/. */
function parseCatalogue(text: string): CatalogueEntry[] {
  // A word broken at a line end ("e-hälso-\n\nutvecklingen") is joined; "hälso- \n\noch" keeps its hyphen.
  const dehyphenated = text.replace(/(\p{Ll})-\r?\n(?:[ \t]*\r?\n)*[ \t]*(\p{Ll})/gu, '$1$2');
  const lines = dehyphenated
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== PAGE_HEADER);
  const records: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith('Indikatornamn:')) records.push((current = []));
    else if (HEADINGS.some((h) => h.test(line))) current = undefined;
    current?.push(line);
  }
  return records.map((record) => {
    const text = record.join('\n');
    const field = (label: (typeof LABELS)[number]): string | undefined => {
      const others = LABELS.join('|');
      // "Indikator" is sometimes printed without its colon (9:1).
      const m = new RegExp(`^${label}:?\\s([\\s\\S]*?)(?=\\n(?:${others})(?::|\\s)|$(?![\\s\\S]))`, 'm').exec(text);
      return m?.[1] === undefined ? undefined : normalize(m[1]);
    };
    return {
      id: field('ID') ?? '',
      name: field('Indikatornamn') ?? '',
      source: field('Källa') ?? '',
      uppfoljningsomrade: field('Uppföljningsområde') ?? '',
      malomrade: field('Målområde'),
      inriktningsmal: field('Inriktningsmål'),
      definition: field('Indikator') ?? '',
    };
  });
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "A – …, B – …" → ["A – …", "B – …"]: one item per letter, as the registry stores them. */
function splitAreas(s: string): string[] {
  return s.split(/,?\s+(?=(?:Område )?[A-C] – )/).map((p) => p.trim());
}

/** How the catalogue spells a målområde in indicator entries, where it differs from its heading. */
const MALOMRADE_SPELLINGS: Record<string, string> = {
  // Entries 5:1–5:7 print "Beslutstöd"; the heading says "Beslutsstöd".
  'Beslutstöd och bästa tillgängliga kunskap i varje möte': 'Beslutsstöd och bästa tillgängliga kunskap i varje möte',
};

function malomradeNumber(registry: Registry, printed: string): number | undefined {
  const name = MALOMRADE_SPELLINGS[printed] ?? printed;
  return registry.malomraden.find((m) => normalize(m.name) === name)?.number;
}

const catalogue = parseCatalogue(readFileSync(join(fixturesDir, 'bilaga1.txt'), 'utf8'));
const { registry, diagnostics } = loadRegistry(readIndicatorFiles());

describe('Bilaga 1 against indicators/', () => {
  it('the catalogue has 79 national and 15 international indicators', () => {
    expect(catalogue.filter((e) => /^\d+:\d+$/.test(e.id))).toHaveLength(79);
    expect(catalogue.filter((e) => /^INT:\d+$/.test(e.id))).toHaveLength(15);
    expect(new Set(catalogue.map((e) => e.id)).size).toBe(94);
  });

  it('the registry loads cleanly and holds exactly the catalogue as bilaga-1', () => {
    expect(diagnostics).toEqual([]);
    const fromCatalogue = [...registry.indicators.values()].filter((i) => i.catalogue === 'bilaga-1').map((i) => i.id);
    expect(fromCatalogue.sort()).toEqual(catalogue.map((e) => e.id).sort());
  });

  describe.each(catalogue.map((e) => [e.id, e] as const))('%s', (id, entry) => {
    const indicator = registry.indicators.get(id) as Indicator;

    it('name, source and definition', () => {
      expect(normalize(indicator.name)).toBe(entry.name);
      expect(normalize(indicator.source)).toBe(entry.source);
      expect(normalize(indicator.definition)).toBe(entry.definition);
    });

    it('uppföljningsområde', () => {
      expect(indicator.uppfoljningsomraden.map(normalize)).toEqual(splitAreas(entry.uppfoljningsomrade));
    });

    it('målområde and inriktningsmål', () => {
      if (id.startsWith('INT:')) {
        expect(entry.malomrade).toBeUndefined();
        expect(indicator.malomrade).toBeNull();
        expect(indicator.inriktningsmalText).toBe(entry.inriktningsmal);
      } else {
        expect(entry.malomrade).toBeDefined();
        expect(malomradeNumber(registry, entry.malomrade ?? '')).toBe(indicator.malomrade);
        expect(indicator.inriktningsmalText).toBeNull();
      }
    });
  });
});
