import type { MissingReason, Qualifier } from '../../src/model/observation.js';

/**
 * A perturbation case (issue 16): edits to a copy of the datasets, and what the rebuilt 2020 edition
 * must then say — the TRUE new statement, as a careful reader of the changed data would write it, or a
 * visible flag with `--final` refusing. Cases the program gets wrong today carry `pending` (what is
 * wrong) and run as `it.failing`, so that they fail loudly the day the mechanism fixes them.
 */
export interface Case {
  name: string;
  edits: Edit[];
  /** Keyed by the start of the UNPERTURBED paragraph's text (a paragraph, list item or footnote). */
  paragraphs?: Record<string, ParagraphExpectation>;
  /** Keyed by figure id. */
  figures?: Record<string, FigureExpectation>;
  /** refused: the build has draft reasons (`report --final` exits 3); allowed: none. */
  final?: 'refused' | 'allowed';
  /** Also run `ehalsa report --final` on a copied project and check its exit code. */
  cli?: boolean;
  /** What the program gets wrong today; the case runs as it.failing until it holds. */
  pending?: string;
  /**
   * Why no fact, claim or figure reads the changed observation, so that the oracle finds nothing: the
   * expectations are the case's own reading. Stale (an error) once something traces it.
   */
  untraced?: string;
}

/** One observation of a dataset file, named by its dimension values (a subset that matches one). */
export interface Edit {
  /** Project-relative: "datasets/2020/3-2.yaml". */
  file: string;
  where: Record<string, string>;
  value?: number;
  /** null removes the qualifier. */
  qualifier?: Qualifier | null;
  respondents?: number;
  /** Deletes value and qualifier and sets `missing`. */
  missing?: MissingReason;
}

export interface ParagraphExpectation {
  /** Substrings any true wording must contain (e.g. the new leader's name next to its value). */
  contains?: string[];
  /** Substrings that are now false. */
  absent?: string[];
  /** true: the paragraph holds a visible marker (an inline of kind 'missing'); false: it holds none. */
  flagged?: boolean;
  /** Substrings that must stand exactly once (a gap is named once, not once per part). */
  once?: string[];
  /** A visible flag is as good as the true wording (a claim that no longer holds, marked). */
  orFlagged?: boolean;
}

export interface FigureExpectation {
  /** Rows of the figure's data table: each listed cell must stand, exactly, in one row. */
  table?: string[][];
  /** Substrings of the text alternative. */
  alt?: string[];
  altAbsent?: string[];
  /** Substrings of the caption (its whole text, notes included). */
  caption?: string[];
  captionAbsent?: string[];
}

// ── edits, briefly ────────────────────────────────────────────────────────────────────────────────

const file = (id: string) => `datasets/${id}.yaml`;

/** set('2020/3-2', { fraga: 'digital-vard', region: 'stockholm' }, 40) */
export function set(id: string, where: Record<string, string>, value: number, more: Partial<Edit> = {}): Edit {
  return { file: file(id), where, value, ...more };
}

export function qualify(id: string, where: Record<string, string>, qualifier: Qualifier | null): Edit {
  return { file: file(id), where, qualifier };
}

export function missing(id: string, where: Record<string, string>, reason: MissingReason = 'not-available'): Edit {
  return { file: file(id), where, missing: reason };
}

export function respondents(id: string, where: Record<string, string>, count: number): Edit {
  return { file: file(id), where, respondents: count };
}
