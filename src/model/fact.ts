import type { MissingReason } from './observation.js';

/** Which way a change goes, as the text prints it (equal printed numbers are unchanged). */
export type Direction = 'increase' | 'decrease' | 'unchanged';

/**
 * The forms a change phrase comes in: perfect "har ökat från …", past "ökade från …", supine "ökat från
 * …", noun "en ökning från …", short "från 8 till 33 procent" (the verb stands elsewhere).
 */
export type Form = 'perfect' | 'past' | 'supine' | 'noun' | 'short';

/**
 * A computed fact: the numbers behind one phrase of the prose and the finished Swedish text. The
 * prose cites it as {{fact "id"}} (its `text`) or {{fact "id" "part"}} (one of its `parts`).
 */
export interface Fact {
  id: string;
  kind: string;
  /** The default phrase, e.g. "har ökat från 37 procent år 2017 till 66 procent år 2020". */
  text: string;
  /** Named phrase parts for sentences that need pieces: from, to, verb, diff, fromYear, … */
  parts: Readonly<Record<string, string>>;
  /** The numbers computed (differences, ratios …), for report.json and tests. */
  values: Readonly<Record<string, number | null>>;
  /** Keys (observationKey) of the observations used. */
  observations: string[];
  /** What is missing, one description per missing observation; non-empty means `text` is a gap marker. */
  missing: string[];
  /**
   * The missing observations behind `missing`, as data (the checklist of `ehalsa status` names each by
   * its codes). A gap over a whole population ("no region entered") leaves the member dimension out of `where`.
   */
  gaps?: { indicator: string; where: Readonly<Record<string, string>>; year: number; reason: MissingReason | 'absent' }[];
  /**
   * For facts that word a change (trend, change, a value in a change unit): the direction as printed
   * and the form of `text`. A later fact with `after` borrows the form's verb when it goes the same way.
   */
  change?: { direction: Direction; form: Form };
  /** For facts that rank members (top, rank, largest-change): the codes in rank order, best first. */
  ranked?: string[];
  /**
   * The place of each member of `ranked` (competition ranking: members still tied share the best place,
   * "1, 1, 3"), so that a claim of a first place fails on a tie. Absent: every place is its position.
   */
  places?: number[];
}
