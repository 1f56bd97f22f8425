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
}
