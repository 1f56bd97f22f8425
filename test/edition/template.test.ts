import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { expandTemplate, expandWithHandlebars, type ProseContext, type ProseLookups } from '../../src/edition/template.js';
import type { Fact } from '../../src/model/fact.js';

/**
 * expandTemplate reads plain templates straight off the parse tree instead of compiling them with
 * Handlebars; whatever the template, the result (text and diagnostics) must be what Handlebars gives.
 */
const fact = (id: string, text: string, parts: Record<string, string>, missing: string[] = []): Fact =>
  ({ id, kind: 'change', text, parts, missing }) as unknown as Fact;

const lookups: ProseLookups = {
  facts: new Map([
    ['andel', fact('andel', '66 procent', { from: '37 procent', to: '66 procent', verb: 'ökat' })],
    ['saknas', fact('saknas', '[uppgift saknas]', {}, ['1:1 år 2021'])],
  ]),
  refs: new Map([['fig-1', 'Figur 1']]),
};
const context: ProseContext = { year: 2020, previousYear: 2019, title: 'Uppföljning', empty: '', nothing: null, flag: true };

const pieces = [
  'Andelen har ',
  '{{fact "andel" "verb"}}',
  ' från {{fact "andel" "from"}}',
  '{{fact "andel"}}',
  '{{fact "saknas"}}',
  '{{fact "okänd"}}',
  '{{fact "andel" "nope"}}',
  '{{ref "fig-1"}}',
  '{{ref "fig-9"}}',
  '{{year}}',
  '{{previousYear}}',
  '{{title}}',
  '{{empty}}',
  '{{nothing}}',
  '{{flag}}',
  '{{missing}}',
  '{{toString}}',
  '{{{year}}}',
  '{{~year~}}',
  '{{! en kommentar }}',
  '\n{{! ensam rad }}\n',
  '{{fact}}',
  '{{fact "andel" 1}}',
  '{{unknown "x"}}',
  '{{this.year}}',
  '{{@index}}',
  '{{fact (ref "fig-1")}}',
  '\n',
  '  ',
  ' – 2017–2020 ',
  '{{',
  '}}',
];

describe('expandTemplate', () => {
  it('gives what Handlebars gives, for any mix of text, values, helpers, comments and mistakes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(expandTemplate(text, 'x.md', context, lookups)).toEqual(expandWithHandlebars(text, 'x.md', context, lookups));
      }),
      { numRuns: 600 },
    );
  });

  it('writes numbers side by side as text (Handlebars on its own adds them: 4039)', () => {
    expect(expandTemplate('{{year}}{{previousYear}}', 'x.md', context, lookups).text).toBe('20202019');
    expect(expandWithHandlebars('{{year}}{{previousYear}}{{fact "nope"}}', 'x.md', context, lookups).diagnostics).toHaveLength(1);
    expect(expandWithHandlebars('{{year}}{{previousYear}}', 'x.md', context, lookups).text).toBe('20202019');
  });

  it('reports a name the context does not have, even one every object inherits', () => {
    for (const name of ['missing', 'toString', 'constructor']) {
      const { text, diagnostics } = expandTemplate(`År {{${name}}}.`, 'x.md', context, lookups);
      expect(text).toBe('');
      expect(diagnostics).toEqual([expect.objectContaining({ code: 'template/error', message: `template value "${name}" is not defined` })]);
    }
  });

  it('expands the usual sentence directly', () => {
    const text = 'Andelen har {{fact "andel" "verb"}} från {{fact "andel" "from"}} år {{previousYear}} till {{fact "andel" "to"}} år {{year}} ({{ref "fig-1"}}).';
    expect(expandTemplate(text, 'x.md', context, lookups)).toEqual(expandWithHandlebars(text, 'x.md', context, lookups));
    expect(expandTemplate(text, 'x.md', context, lookups).diagnostics).toEqual([]);
  });
});

describe('the edition texts use the project helpers only', () => {
  it.each([
    ['{{lookup}}', 'the Handlebars helper {{lookup}} cannot be used in the edition texts'],
    ['{{log "x"}}', 'the Handlebars helper {{log}} cannot be used in the edition texts'],
    ['{{fact (lookup year "andel")}}', 'the Handlebars helper {{lookup}} cannot be used in the edition texts'],
    ['{{with}}', 'the Handlebars helper {{with}} cannot be used in the edition texts'],
    ['{{helperMissing "a"}}', 'the Handlebars helper {{helperMissing}} cannot be used in the edition texts'],
    ['{{this}}', '{{this}} cannot be used in the edition texts'],
    ['{{@root.year}}', '{{@root.year}} cannot be used in the edition texts'],
    ['{{../year}}', '{{../year}} cannot be used in the edition texts'],
    ['{{flag}}', 'template value "flag" is not text or a number'],
    ['{{nothing}}', 'template value "nothing" is not text or a number'],
  ])('%s is an error at its place, on both paths', (template, message) => {
    for (const expand of [expandTemplate, expandWithHandlebars]) {
      const { text, diagnostics } = expand(`År ${template}.`, 'x.md', context, lookups);
      expect(text).toBe('');
      expect(diagnostics).toEqual([expect.objectContaining({ message, location: expect.objectContaining({ line: 1, column: expect.any(Number) }) })]);
    }
  });

  it('never writes to stdout ({{log}} did, strict templates or not)', () => {
    const write = process.stdout.write;
    const written: string[] = [];
    process.stdout.write = ((s: string) => written.push(String(s)) > 0) as typeof process.stdout.write;
    try {
      expandWithHandlebars('{{log "hemligt"}}', 'x.md', context, lookups);
      expandTemplate('{{log "hemligt"}}', 'x.md', context, lookups);
    } finally {
      process.stdout.write = write;
    }
    expect(written).toEqual([]);
  });

  it('refuses the private-use characters its marks are made of', () => {
    const { diagnostics } = expandTemplate('Hela \uE000Fandel\uE00199 procent\uE002.', 'x.md', context, lookups);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'text/private-character', location: expect.objectContaining({ line: 1, column: 6 }) })]);
  });
});
