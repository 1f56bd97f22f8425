/**
 * The finished document (the view model): plain JSON, every number already a Swedish string. The
 * HTML, Markdown and PDF outputs are pure renderings of this; nothing downstream computes.
 */

export interface DocumentMeta {
  year: number;
  title: string; // "Uppföljning Vision e-hälsa 2025"
  subtitle: string; // "Rapport avseende år 2020"
  /** Running header text: "Uppföljning Vision e-hälsa 2025 - Rapport avseende år 2020". */
  documentName: string;
  agency: string; // "E-hälsomyndigheten"
  diarienummer: string; // "2021/00171"
  /** Publication date as printed on the cover, ISO (YYYY-MM-DD). */
  date: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: 'sv-SE';
  /** Set for drafts: every page is marked UTKAST with build date and commit. */
  draft: { date: string; commit: string; reasons: string[] } | null;
}

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; text: string }
  /** A footnote reference; the note's text is in `ReportDocument.footnotes`. */
  | { kind: 'footnote'; number: number }
  /** Text computed from data (kept apart so report.json can trace it; renders as plain text). */
  | { kind: 'fact'; fact: string; text: string }
  /**
   * A visible gap marker: "[uppgift saknas: 2:10 inloggningar 2021]", or the flag of a claim that no
   * longer holds. `fact` names the fact whose data is missing, where one is.
   */
  | { kind: 'missing'; text: string; fact?: string }
  /** Where a sentence rests on a claim ({{claim "id"}}); prints nothing (a false claim flags its paragraph). */
  | { kind: 'claim'; claim: string; text: '' }
  /** A link to a figure or table ("Figur 6"). */
  | { kind: 'ref'; target: string; text: string };

export type Block =
  /**
   * `level` is the heading's place in the outline (H1–H4). A run-in heading (`####` in the text) stands
   * one level below the heading above it, whatever that is, and is styled as a run-in heading.
   */
  | { kind: 'heading'; id: string; level: 1 | 2 | 3 | 4; number: string | null; title: string; unnumbered: boolean; runIn: boolean }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'figure'; id: string }
  | { kind: 'table'; id: string }
  /** The table of contents goes here. */
  | { kind: 'toc' }
  /** Forces the next block onto a new page (chapters start on a new page in the PDF). */
  | { kind: 'page-break' };

export interface Footnote {
  number: number;
  inlines: Inline[];
}

export interface TocEntry {
  id: string;
  level: number;
  number: string | null;
  title: string;
}

export interface Caption {
  /** "Figur 6." or "Tabell 1." */
  label: string;
  /** The caption's title sentence, may be empty (Figur 2 has only a source). */
  title: string;
  /** Notes with their markers: "* Frågan ställdes inte år 2017." */
  notes: string[];
  /** "Källa: …" / "Källor: …", printed as written. */
  source: string;
  /** "(ID 1.1–1.4)", empty when none. */
  ids: string;
  /** Footnote numbers referenced from the caption. */
  footnotes: number[];
  /** The texts of the caption's own footnotes (filled in), numbered by the document. */
  footnoteTexts: string[];
  /** Ids of the facts the caption cites ({{fact …}} in its title, notes, source or footnotes). */
  facts: string[];
  /** The cited facts whose data is missing (they printed a gap marker). */
  gaps: string[];
  /** Ids of the claims the caption states ({{claim …}}); one that does not hold printed its flag. */
  claims: string[];
  /** The whole caption as one line, as the seed prints it. */
  text: string;
}

/** A data table that a figure draws, formatted for reading (the accessible alternative). */
export interface DataTable {
  columns: string[];
  rows: string[][];
  /** The unit of every value, as words ("procent", "per invånare"); empty for counts, mixed units and states. */
  unit: string;
}

export interface FigureView {
  id: string;
  number: number;
  caption: Caption;
  /** Inline SVG (charts) — the one raw insertion into HTML. */
  svg: string;
  /** Text alternative generated from the drawn data; every number in it is one the chart draws. */
  alt: string;
  data: DataTable;
  /** CSV of the data drawn, for figures/figur-NN.csv. */
  csv: string;
  /** Human-readable descriptions of what the figure lacks ("2018: uppgift saknas"). */
  missing: string[];
  /** True when nothing could be drawn and the SVG is a placeholder. */
  placeholder: boolean;
}

export interface TableCell {
  text: string;
  /** Row header cells become <th scope="row">. */
  header: boolean;
  missing: boolean;
}

export interface TableView {
  id: string;
  number: number;
  caption: Caption;
  head: string[][];
  body: TableCell[][];
}

/** A {{claim}} in the text and whether it holds (false: the data contradicts it; null: data is missing). */
export interface ClaimUse {
  id: string;
  says: string;
  holds: boolean | null;
  /** Why it does not hold, or what is missing. */
  why: string;
  /** Where the text uses it: the section file, line and column of the {{claim}}. */
  file: string;
  line: number;
  column: number;
}

export interface ReportDocument {
  meta: DocumentMeta;
  /** Every claim the text rests on, in reading order. */
  claims: ClaimUse[];
  /**
   * What the text lacks where it prints a gap marker (sections, footnotes, captions): each missing
   * observation once, as the markers name it. A fact that is defined but whose missing part the text
   * never prints is not a gap of the report.
   */
  gaps: string[];
  blocks: Block[];
  toc: TocEntry[];
  footnotes: Footnote[];
  figures: FigureView[];
  tables: TableView[];
}
