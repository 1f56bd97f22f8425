import { describe, expect, it } from '@jest/globals';
import { diffSentences, diffWords, splitSentences } from '../../src/pipeline/diff.js';

describe('splitSentences', () => {
  it.each([
    ['Andelen har ökat. Nästa mening.', ['Andelen har ökat.', 'Nästa mening.']],
    ['Värdet är 38,6 procent. 2020 var det annorlunda.', ['Värdet är 38,6 procent.', '2020 var det annorlunda.']],
    ['Till exempel t.ex. kamera. Slut.', ['Till exempel t.ex. kamera.', 'Slut.']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('diffSentences', () => {
  it('pairs a sentence whose number changed and marks the words', () => {
    const before = ['Första.', 'Andelen har ökat från 37 procent år 2017 till 66 procent år 2020.', 'Sista.'];
    const after = ['Första.', 'Andelen har ökat från 37 procent år 2017 till 76 procent år 2021.', 'Sista.'];
    const changes = diffSentences(before, after);
    expect(changes).toHaveLength(1);
    const change = changes[0]!;
    expect(change.kind).toBe('changed');
    if (change.kind !== 'changed') return;
    expect(change.words.filter((w) => w.op === '-').map((w) => w.text.trim())).toEqual(['66', '2020.']);
    expect(change.words.filter((w) => w.op === '+').map((w) => w.text.trim())).toEqual(['76', '2021.']);
  });
  it('reports unrelated sentences as removed and added', () => {
    expect(diffSentences(['Helt annan text här.'], ['Något nytt om regionerna.']).map((c) => c.kind)).toEqual(['removed', 'added']);
  });
  it('finds nothing in equal texts', () => {
    expect(diffSentences(['A.', 'B.'], ['A.', 'B.'])).toEqual([]);
  });
});

describe('diffWords', () => {
  it('keeps the unchanged words and joins runs', () => {
    expect(diffWords('har ökat till 66 procent', 'har minskat till 60 procent')).toEqual([
      { op: '=', text: 'har ' },
      { op: '-', text: 'ökat' },
      { op: '+', text: 'minskat' },
      { op: '=', text: ' till ' },
      { op: '-', text: '66' },
      { op: '+', text: '60' },
      { op: '=', text: ' procent' },
    ]);
  });
});
