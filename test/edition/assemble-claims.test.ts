import { describe, expect, it } from '@jest/globals';
import type { Block, DocumentMeta, Inline } from '../../src/model/document.js';
import type { Edition } from '../../src/model/edition.js';
import type { Fact } from '../../src/model/fact.js';
import type { ClaimResult } from '../../src/narrative/claims.js';
import { buildCaption } from '../../src/charts/caption.js';
import { assembleDocument } from '../../src/document/assemble.js';

const FILE = 'templates/editions/2020/sections/10-test.md';

function edition(text: string): Edition {
  return {
    meta: { year: 2020, title: 'T', subtitle: 'S', agency: 'A', diarienummer: '1', date: '2021-04-15', author: 'A', subject: 'S', keywords: [], unrevised: [], copiedFrom: null },
    sections: [{ kind: 'file', file: FILE, text }],
    figures: [],
    tables: [],
    facts: [],
    claims: [{ id: 'c', says: 'Sverige ligger i topp', words: ['topp'], holds: {}, location: { file: 'f.yaml', line: 1, column: 1 } }],
    root: 'templates/editions/2020',
  };
}

const META = { year: 2020, lang: 'sv-SE', draft: null } as unknown as DocumentMeta;

const gap: Fact = {
  id: 'g',
  kind: 'trend',
  text: '[uppgift saknas: 1:1 Nattillsyn 2021]',
  parts: { fromYear: '2017' },
  values: {},
  observations: [],
  missing: ['uppgift saknas: 1:1 Nattillsyn 2021'],
};
/** Another fact that misses the same data (a ratio of the same observation), and one that misses other data. */
const sameGap: Fact = { ...gap, id: 'h', kind: 'ratio', parts: {} };
const otherGap: Fact = { ...gap, id: 'k', kind: 'value', text: '[uppgift saknas: 1:1 Nattillsyn 2019]', missing: ['uppgift saknas: 1:1 Nattillsyn 2019'] };

function build(text: string, holds: boolean | null) {
  const claims = new Map<string, ClaimResult>([['c', { id: 'c', says: 'Sverige ligger i topp', holds, why: holds ? '' : 'Norge 20 > Sverige 18', facts: [], observations: [], location: { file: 'f.yaml', line: 1, column: 1 } }]]);
  const { document, diagnostics } = assembleDocument({ edition: edition(text), meta: META, facts: new Map([['g', gap], ['h', sameGap], ['k', otherGap]]), claims, refs: new Map(), figures: new Map(), tables: new Map() });
  expect(diagnostics).toEqual([]);
  return document;
}

const paragraphs = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.inlines] : []));
const plain = (inlines: readonly Inline[]) => inlines.map((i) => ('text' in i ? i.text : '')).join('');

describe('claims in the document', () => {
  const TEXT = 'Inledning.\n\nSverige ligger i topp.{{claim "c"}} Nästa mening.\n';

  it('a claim that holds prints nothing, and is recorded where it stands', () => {
    const doc = build(TEXT, true);
    expect(plain(paragraphs(doc.blocks)[1]!)).toBe('Sverige ligger i topp. Nästa mening.');
    expect(doc.claims).toEqual([expect.objectContaining({ id: 'c', holds: true, file: FILE, line: 3, column: 23 })]);
  });

  it('a claim that does not hold is flagged where it stands', () => {
    const doc = build(TEXT, false);
    const inlines = paragraphs(doc.blocks)[1]!;
    expect(plain(inlines)).toBe('Sverige ligger i topp.[Påståendet stämmer inte med data: Sverige ligger i topp] Nästa mening.');
    expect(inlines).toContainEqual({ kind: 'missing', text: '[Påståendet stämmer inte med data: Sverige ligger i topp]' });
    expect(doc.claims[0]).toEqual(expect.objectContaining({ holds: false, why: 'Norge 20 > Sverige 18' }));
  });

  it('a claim that cannot be checked says so', () => {
    expect(plain(paragraphs(build(TEXT, null).blocks)[1]!)).toContain('[Påståendet kan inte prövas, uppgift saknas: Sverige ligger i topp]');
  });

  it('an unknown claim is an error at its line', () => {
    const { diagnostics } = assembleDocument({ edition: edition('Text {{claim "x"}}.\n'), meta: META, facts: new Map(), refs: new Map(), figures: new Map(), tables: new Map() });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: 'unknown claim "x"', location: expect.objectContaining({ file: FILE, line: 1 }) })]);
  });
});

describe('a claim in a heading', () => {
  const TEXT = '#### Sverige i topp{{claim "c"}}\n\nSverige har flest besök.\n';
  const headings = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [b.title] : []));

  it('leaves the title as written and, holding, prints nothing', () => {
    const doc = build(TEXT, true);
    expect(headings(doc.blocks)).toEqual(['Sverige i topp']);
    expect(plain(paragraphs(doc.blocks)[0]!)).toBe('Sverige har flest besök.');
    expect(doc.claims).toEqual([expect.objectContaining({ id: 'c', holds: true, file: FILE, line: 1, column: 20 })]);
  });

  it('flags, when it does not hold, at the start of the paragraph the heading opens', () => {
    const doc = build(TEXT, false);
    expect(headings(doc.blocks)).toEqual(['Sverige i topp']);
    const inlines = paragraphs(doc.blocks)[0]!;
    expect(plain(inlines)).toBe('[Påståendet stämmer inte med data: Sverige ligger i topp] Sverige har flest besök.');
    expect(inlines).toContainEqual({ kind: 'claim', claim: 'c', text: '' });
    expect(doc.claims).toEqual([expect.objectContaining({ id: 'c', holds: false })]);
  });

  it('is an error where no paragraph follows the heading', () => {
    const claims = new Map<string, ClaimResult>([['c', { id: 'c', says: 's', holds: true, why: '', facts: [], observations: [], location: { file: 'f.yaml', line: 1, column: 1 } }]]);
    for (const text of ['#### Sverige i topp{{claim "c"}}\n', '#### Sverige i topp{{claim "c"}}\n\n#### Nästa\n\nText.\n']) {
      const { diagnostics } = assembleDocument({ edition: edition(text), meta: META, facts: new Map(), claims, refs: new Map(), figures: new Map(), tables: new Map() });
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'text/heading-claim', location: expect.objectContaining({ file: FILE, line: 1 }) })]);
    }
  });
});

describe('a claim in a caption', () => {
  const TABLE_AT = { file: 'templates/editions/2020/figures/10-test.yaml', line: 7, column: 5 };
  function withTable(holds: boolean) {
    const says = 'Bortfallet är ca 5 000 i månaden';
    const flag = `[Påståendet stämmer inte med data: ${says}]`;
    const caption = buildCaption('Tabell 1.', { caption: { title: 'T.', notes: [], source: 'Källa: K.', ids: '', footnotes: [`Bortfallet är ca 5 000 st/månad.${holds ? '' : flag} Mer.`] }, facts: [], gaps: [], claims: ['c'] }, []);
    const table = { id: 't', number: 1, caption, head: [], body: [] };
    const def = { id: 't', caption: caption as never, data: [], rows: 'r', columns: 'c', years: 'latest' as const, rowHeader: 'R', options: {}, location: TABLE_AT };
    const claims = new Map<string, ClaimResult>([['c', { id: 'c', says, holds, why: holds ? '' : 'x', facts: [], observations: [], location: TABLE_AT }]]);
    const text = 'Text.\n\n@table t\n';
    return assembleDocument({ edition: { ...edition(text), tables: [def] }, meta: META, facts: new Map(), claims, refs: new Map(), figures: new Map(), tables: new Map([['t', table]]) });
  }

  it('is recorded at the table’s definition, and its flag in a caption footnote is a flag', () => {
    const failing = withTable(false);
    expect(failing.diagnostics).toEqual([]);
    expect(failing.document.claims).toEqual([expect.objectContaining({ id: 'c', holds: false, ...TABLE_AT })]);
    expect(failing.document.footnotes[0]!.inlines).toEqual([
      { kind: 'text', text: 'Bortfallet är ca 5 000 st/månad.' },
      { kind: 'missing', text: '[Påståendet stämmer inte med data: Bortfallet är ca 5 000 i månaden]' },
      { kind: 'text', text: ' Mer.' },
    ]);
    const holding = withTable(true);
    expect(holding.document.claims).toEqual([expect.objectContaining({ id: 'c', holds: true })]);
    expect(holding.document.footnotes[0]!.inlines).toEqual([{ kind: 'text', text: 'Bortfallet är ca 5 000 st/månad. Mer.' }]);
  });
});

describe('a gap is named once per sentence', () => {
  it('later parts of the same fact in the sentence print a short marker; the known parts print', () => {
    const doc = build('Andelen har {{fact "g" "direction"}} från {{fact "g" "from"}} år {{fact "g" "fromYear"}}. Sedan {{fact "g"}}.\n', true);
    expect(plain(paragraphs(doc.blocks)[0]!)).toBe('Andelen har [uppgift saknas: 1:1 Nattillsyn 2021] från [uppgift saknas] år 2017. Sedan [uppgift saknas: 1:1 Nattillsyn 2021].');
  });

  it.each([
    ['another fact that misses the same data', 'Andelen är {{fact "g"}}, vilket {{fact "h"}} är mycket. Sedan {{fact "h"}}.', 'Andelen är [uppgift saknas: 1:1 Nattillsyn 2021], vilket [uppgift saknas] är mycket. Sedan [uppgift saknas: 1:1 Nattillsyn 2021].'],
    ['a fact that misses other data', 'Andelen är {{fact "g"}} och {{fact "k"}}.', 'Andelen är [uppgift saknas: 1:1 Nattillsyn 2021] och [uppgift saknas: 1:1 Nattillsyn 2019].'],
  ])('%s', (_name, text, expected) => {
    expect(plain(paragraphs(build(`${text}\n`, true).blocks)[0]!)).toBe(expected);
  });
});

describe('a part that prints nothing', () => {
  it('leaves no double space', () => {
    const doc = build('Sverige ligger i topp {{claim "c"}} med 18 besök.\n', true);
    expect(plain(paragraphs(doc.blocks)[0]!)).toBe('Sverige ligger i topp med 18 besök.');
  });
});
