/** What a fact kind is: the parameters it takes and how it turns them and the data into a Fact. */
import type { Fact } from '../../model/fact.js';
import type { Reader } from '../reader.js';
import { capitalize } from '../../text/index.js';

export interface FactKind {
  /** Parameter names besides `indicator` and `where`. */
  readonly params: readonly string[];
  /**
   * Reads the kind's parameters (problems go to the reader, at the fact's location) and computes the
   * fact; undefined when a parameter is wrong.
   */
  build(r: Reader): Fact | undefined;
}

/** The verb forms a sentence can ask for: "har ökat" (perfect), "ökade" (past), or no verb (short). */
export type Form = 'perfect' | 'past' | 'short';
export const FORMS: readonly Form[] = ['perfect', 'past', 'short'];

/** A finished fact; `Text` (the text capitalized for the start of a sentence) is added unless given. */
export function makeFact(
  r: Reader,
  text: string,
  parts: Record<string, string>,
  values: Record<string, number | null>,
  observations: readonly string[],
): Fact {
  return {
    id: r.def.id,
    kind: r.def.kind,
    text,
    parts: { Text: capitalize(text), ...parts },
    values,
    observations: [...new Set(observations)],
    missing: [],
  };
}
