import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { linkSyntax, parseHeading, stripComments, unclosedComment } from '../../src/edition/markdown.js';

/**
 * The hand-written readers that replaced patterns taking time growing with the square of a line (the
 * heading pattern on a line of spaces, the comment pattern after an unclosed "<!--") read exactly what
 * the patterns read. (Their speed is test/fuzz/large.test.ts's.)
 */
const OLD_HEADING = /^(#{1,4})\s+(.+?)(\s+\{-\})?\s*$/;
const OLD_COMMENTS = (text: string) => text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''));

const headingPieces = ['#', '##', '####', '#####', ' ', '  ', '\t', '\u00a0', 'Inledning', 'x', '{-}', '{', '-', '}', ' {-}', 'a b'];
const commentPieces = ['<!--', '-->', '<!-', '--', '>', '<', '!', '-', 'text', '\n', ' '];

describe('parseHeading', () => {
  it('reads what the heading pattern read (titles with a character that is not white space)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...headingPieces), { maxLength: 8 }), (parts) => {
        const line = parts.join('');
        const old = OLD_HEADING.exec(line);
        const expected = old && old[2]!.trim() !== '' ? { level: old[1]!.length, title: old[2]!, unnumbered: Boolean(old[3]) } : null;
        expect(parseHeading(line)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('is no heading without a title, and keeps a lone {-} as the title', () => {
    expect(parseHeading('#    ')).toBeNull();
    expect(parseHeading('##### Fem')).toBeNull();
    expect(parseHeading('# {-}')).toEqual({ level: 1, title: '{-}', unnumbered: false });
    expect(parseHeading('# Förord {-}')).toEqual({ level: 1, title: 'Förord', unnumbered: true });
  });
});

describe('stripComments and unclosedComment', () => {
  it('strip what the comment pattern stripped, keeping line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...commentPieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(stripComments(text)).toBe(OLD_COMMENTS(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('find the first <!-- that nothing closes, after the closed ones', () => {
    expect(unclosedComment('a <!-- b --> c')).toBeNull();
    expect(unclosedComment('a <!-- b --> c <!-- d')).toBe(15);
    expect(unclosedComment('<!-- <!-- -->')).toBeNull();
    expect(unclosedComment('x <!-- y')).toBe(2);
  });
});

describe('linkSyntax', () => {
  it('finds links and images, one per line, but not a footnote reference before a parenthesis', () => {
    expect(linkSyntax('Se ![karta](http://x/k.png) och [a](b).\nEn not[^1](se ovan).\n[mer]( javascript:alert(1) )')).toEqual([
      { line: 1, column: 4, image: true, address: 'http://x/k.png' },
      { line: 3, column: 1, image: false, address: 'javascript:alert(1' },
    ]);
    expect(linkSyntax('[a] (b) och [c]\n(d)')).toEqual([]);
  });
});
