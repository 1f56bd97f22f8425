import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Block, ReportDocument, TableView } from '../../src/model/document.js';
import { renderMarkdown } from '../../src/render/markdown.js';

/**
 * report.md keeps the document's structure whatever its texts hold: a label, a note or a paragraph
 * cannot start a heading, quote, list, code block or link definition, break a table row, or become an
 * image or a link.
 */
const meta: ReportDocument['meta'] = {
  year: 2020, title: 'Titel', subtitle: 'Under', documentName: 'Titel - Under', agency: 'Myndigheten', diarienummer: '1',
  date: '2021-04-15', author: 'A', subject: 'S', keywords: [], lang: 'sv-SE', draft: null,
};
const table = (cell: string): TableView => ({
  id: 't', number: 1, caption: { label: 'Tabell 1.', title: cell, notes: [cell], source: 'Källa', ids: '', footnotes: [], footnoteTexts: [], facts: [], gaps: [], claims: [], text: '' },
  head: [['Rad', cell]], body: [[{ text: cell, header: true, missing: false }, { text: '1', header: false, missing: false }]],
});
const render = (s: string, blocks: (s: string) => Block[]) =>
  renderMarkdown({ meta, claims: [], gaps: [], blocks: [...blocks(s), { kind: 'table', id: 't' }], toc: [], footnotes: [{ number: 1, inlines: [{ kind: 'text', text: s }] }], figures: [], tables: [table(s)] });

const hostile = ['#', '# ', '>', '- ', '+ ', '* ', '1. ', '2) ', '```', '~~~', '---', '***', '[x]: ', '![a](http://e/x.png)', '[b](javascript:alert(1))', '|', '\n', '\r\n', '\u2028', '<b>', 'text', ' ', '='];
const blocksOf = (s: string): Block[] => [
  { kind: 'heading', id: 'h', level: 1, number: '1', title: s, unnumbered: false, runIn: false },
  { kind: 'paragraph', inlines: [{ kind: 'text', text: s }] },
  { kind: 'list', ordered: false, items: [[{ kind: 'text', text: s }]] },
  { kind: 'quote', blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: s }] }] },
];

describe('renderMarkdown', () => {
  it('gives the same lines, each of the kind it was made as, whatever the texts hold', () => {
    const plain = render('text', blocksOf).split('\n');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...hostile), { minLength: 1, maxLength: 6 }), (parts) => {
        const s = parts.join('');
        const lines = render(s, blocksOf).split('\n');
        // No line break from a text: the document has its shape line for line.
        expect(lines.length).toBe(plain.length);
        lines.forEach((line, i) => {
          const made = plain[i]!;
          // What the renderer put at the start of the line stays; what follows cannot begin a block.
          const prefix = /^(#+ 1 |> |- |\[\^1\]: |\| |\*\*)?/.exec(made)![0];
          // (The last line loses its trailing space when the file is trimmed.)
          expect(line.startsWith(i === lines.length - 2 ? prefix.trimEnd() : prefix)).toBe(true);
          const rest = line.slice(prefix.length);
          if (prefix !== '| ' && prefix !== '**' && prefix !== '[^1]: ' && !made.startsWith('#')) {
            expect(rest).not.toMatch(/^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~|([-*_])\s*\1\s*\1|\[[^\]]*\]:)/);
          }
          if (made.startsWith('|')) expect(line.split(/(?<!\\)\|/).length).toBe(made.split('|').length);
        });
        expect(lines.join('\n')).not.toMatch(/!\[|\]\(|<b>/);
      }),
      { numRuns: 1500 },
    );
  });

  it('escapes the start of a line rather than dropping anything', () => {
    const md = render('# Rubrik', blocksOf);
    expect(md).toContain('\n\\# Rubrik\n');
    expect(md).toContain('\n- \\# Rubrik\n');
    expect(md).toContain('\n> \\# Rubrik\n');
    expect(render('2020. Året', blocksOf)).toContain('\n2020\\. Året\n');
    expect(render('a | b\nc', blocksOf)).toContain('| a \\| b c |');
  });
});
