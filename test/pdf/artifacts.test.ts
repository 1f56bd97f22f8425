import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findArtifactRuns } from '../../src/pdf/postpass/artifacts.js';

/** Applies the inserts to a content stream written as text, for readable expectations. */
function mark(content: string): string | null {
  const bytes = new TextEncoder().encode(content);
  const inserts = findArtifactRuns(bytes);
  if (inserts === null) return null;
  let out = '';
  let from = 0;
  for (const insert of inserts) {
    out += content.slice(from, insert.at) + new TextDecoder().decode(insert.bytes);
    from = insert.at;
  }
  return (out + content.slice(from)).replace(/\s+/g, ' ').trim();
}

describe('findArtifactRuns', () => {
  it('wraps untagged painting, leaves tagged content alone', () => {
    expect(mark('q 1 0 0 1 0 0 cm 0 0 10 10 re f Q /P <</MCID 0>> BDC BT (Text) Tj ET EMC')).toBe(
      'q 1 0 0 1 0 0 cm 0 0 10 10 re /Artifact BMC f EMC Q /P <</MCID 0>> BDC BT (Text) Tj ET EMC',
    );
  });

  it('keeps an Artifact inside the text object it starts in', () => {
    expect(mark('BT /F1 9 Tf (Dokumentnamn: x) Tj [(12) -250 (\\(55\\))] TJ ET')).toBe(
      'BT /F1 9 Tf /Artifact BMC (Dokumentnamn: x) Tj [(12) -250 (\\(55\\))] TJ EMC ET',
    );
  });

  it('is not fooled by operators or brackets inside strings', () => {
    expect(mark('BT (a BT ET EMC \\) (nested) ] Tj) Tj ET')).toBe('BT /Artifact BMC (a BT ET EMC \\) (nested) ] Tj) Tj EMC ET');
  });

  it('closes a run before a tagged sequence starts', () => {
    expect(mark('/Im1 Do /Span <</MCID 1>> BDC /Im2 Do EMC')).toBe('/Artifact BMC /Im1 Do EMC /Span <</MCID 1>> BDC /Im2 Do EMC');
  });

  it('changes nothing when everything is tagged', () => {
    expect(mark('/P <</MCID 0>> BDC BT <00410042> Tj ET EMC')).toBe('/P <</MCID 0>> BDC BT <00410042> Tj ET EMC');
  });

  it('gives up on inline images, which it does not parse', () => {
    expect(mark('BI /W 1 /H 1 ID x EI')).toBeNull();
  });
});

describe('findArtifactRuns on any bytes', () => {
  const contentWords = ['BT', 'ET', 'q', 'Q', 'Tj', 'TJ', 'f', 'Do', 're', 'cm', '/P', '<</MCID 0>>', 'BDC', 'BMC', 'EMC', '(a)', '(b\\))', '<00ff>', '[', ']', '1', '-2.5', 'true', 'false', 'null', 'sh', 'f*', '%c\n'];
  const arbitraryContent = fc.oneof(
    fc.array(fc.constantFrom(...contentWords), { maxLength: 60 }).map((words) => new TextEncoder().encode(words.join(' '))),
    fc.uint8Array({ maxLength: 300 }),
  );

  it('returns balanced runs in stream order', () => {
    fc.assert(
      fc.property(arbitraryContent, (bytes) => {
        const inserts = findArtifactRuns(bytes);
        if (inserts === null) return;
        // Open, close, open, close, …
        const words = inserts.map((insert) => new TextDecoder().decode(insert.bytes).trim());
        expect(words).toEqual(words.map((_, k) => (k % 2 ? 'EMC' : '/Artifact BMC')));
        for (let k = 1; k < inserts.length; k++) expect(inserts[k]!.at).toBeGreaterThanOrEqual(inserts[k - 1]!.at);
        for (const insert of inserts) expect(insert.at).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 500 },
    );
  });
});
