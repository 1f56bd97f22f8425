/**
 * Reviewers compare editions sentence by sentence: the two documents' texts are aligned by section
 * (matched on the heading title, since numbers may shift) and within a section by sentence; a changed
 * sentence carries a word-level diff.
 */
export type WordOp = { op: '=' | '-' | '+'; text: string };

export type SentenceChange =
  | { kind: 'added'; after: string }
  | { kind: 'removed'; before: string }
  | { kind: 'changed'; before: string; after: string; words: WordOp[] }
  /** The same sentence rewritten by more than half of its words: shown whole, old then new, not as word swaps. */
  | { kind: 'replaced'; before: string; after: string };

export interface SectionDiff {
  title: string;
  changes: SentenceChange[];
}
