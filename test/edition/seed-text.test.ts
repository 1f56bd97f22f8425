import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Inline } from '../../src/model/document.js';
import { build2020, root } from './document.js';

/**
 * The generated 2020 text against the published one (a copy of the seed under test/fixtures/seed),
 * paragraph by paragraph after normalization. The seed is PDF-extracted: footnote texts, captions and
 * chart labels are interleaved with the prose, footnote calls are glued to words, words are hyphenated
 * at line ends. Normalization joins what a line end broke (a word hyphenated at the end of a line,
 * "inter-⏎nationella", where a hyphen followed by a space, "hälso- ⏎och", is a real one; a year span
 * broken after its dash, "2020–⏎2022"), removes what differs only in typesetting (hyphens, white space)
 * and cuts our own footnote and caption texts out of the seed, so that a paragraph broken by a page end
 * reads whole again. Our paragraphs carry their footnote calls as the extraction prints them, glued to
 * the character before ("(Figur 17).⁵⁵" is "(Figur 17).55", "2025⁹" is "20259", "(eHDSI)⁷⁷," is
 * "(eHDSI)77,"): so every digit is compared, decimals and footnote numbers included. Every paragraph
 * that still differs must be listed, with a reason, in test/fixtures/seed/differences.json.
 */
function normalize(s: string): string {
  return s
    .normalize('NFC')
    .replace(/(?<=\p{L})-\r?\n\s*(?=\p{L})/gu, '')
    .replace(/(?<=\d–)\s*\n\s*(?=\d)/g, '')
    .replace(/[\u00ad\-‐‑]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const text = (inlines: readonly Inline[]) => inlines.map((i) => (i.kind === 'footnote' ? '' : i.text)).join('');
/** A paragraph as the PDF extraction prints it: footnote calls as digits glued to the text before them. */
const printed = (inlines: readonly Inline[]) => inlines.map((i) => (i.kind === 'footnote' ? String(i.number) : i.text)).join('');

interface Difference {
  starts: string;
  reason: string;
}

describe('the 2020 text against the published edition', () => {
  it('matches paragraph by paragraph, apart from the listed deliberate differences', async () => {
    const doc = await build2020();
    let seed = normalize(readFileSync(join(root, 'test/fixtures/seed/edition-2020.txt'), 'utf8'));
    for (const f of doc.footnotes) {
      // The numbered text where it stands; only failing that the text alone (two notes may read alike).
      const note = normalize(text(f.inlines));
      const numbered = `${f.number} ${note}`;
      seed = seed.includes(numbered) ? seed.replace(numbered, ' ') : seed.replace(note, ' ');
    }
    for (const { caption } of [...doc.figures, ...doc.tables]) {
      // A caption's footnote calls stand glued to its source ("Källa: … (SKR).46 (ID 2.3)").
      const called = caption.footnotes.length ? caption.text.replace(caption.source, `${caption.source}${caption.footnotes.join(',')}`) : caption.text;
      const printedCaption = normalize(called);
      seed = seed.includes(printedCaption) ? seed.replace(printedCaption, ' ') : seed.replace(normalize(caption.text), ' ');
    }
    seed = seed.replace(/\s+/g, ' ');

    const paragraphs: string[] = [];
    const collect = (b: Block): void => {
      if (b.kind === 'paragraph') paragraphs.push(printed(b.inlines));
      else if (b.kind === 'list') b.items.forEach((item) => paragraphs.push(printed(item)));
      else if (b.kind === 'quote') b.blocks.forEach(collect);
    };
    doc.blocks.forEach(collect);
    const differing = paragraphs.filter((p) => !seed.includes(normalize(p)));
    const listed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed/differences.json'), 'utf8')) as Difference[];
    const unexplained = differing.filter((p) => !listed.some((d) => normalize(p).startsWith(normalize(d.starts))));
    const share = (paragraphs.length - differing.length) / paragraphs.length;
    process.stdout.write(`seed comparison: ${paragraphs.length - differing.length} of ${paragraphs.length} paragraphs match (${(share * 100).toFixed(1)} %); ${differing.length} listed differences\n`);
    // The 2020 edition has 129 paragraphs and list items; fewer means text went missing.
    expect(paragraphs.length).toBeGreaterThanOrEqual(129);
    expect(unexplained).toEqual([]);
    // The paragraphs that match stand in the seed's order.
    let last = -1;
    const outOfOrder: string[] = [];
    for (const p of paragraphs) {
      const at = seed.indexOf(normalize(p));
      if (at < 0) continue;
      if (at <= last) outOfOrder.push(p.slice(0, 80));
      last = Math.max(last, at);
    }
    expect(outOfOrder).toEqual([]);
    // Listed differences that no longer differ are stale: remove them from the list.
    const stale = listed.filter((d) => !differing.some((p) => normalize(p).startsWith(normalize(d.starts))));
    expect(stale).toEqual([]);
  });
});
