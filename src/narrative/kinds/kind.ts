/** What a fact kind is: the parameters it takes and how it turns them and the data into a Fact. */
import type { Direction, Fact, Form } from '../../model/fact.js';
import type { Reader } from '../reader.js';
import { readEnum } from '../reader.js';
import { FINITE_FORMS, FORMS, VERB_SETS, capitalize, splitFinite, type Phrases, type VerbSet } from '../../text/index.js';

export interface FactKind {
  /** Parameter names besides `indicator`, `where` and `words`. */
  readonly params: readonly string[];
  /**
   * Reads the kind's parameters (problems go to the reader, at the fact's location) and computes the
   * fact; undefined when a parameter is wrong.
   */
  build(r: Reader): Fact | undefined;
}

export type { Form };
export { FORMS };

/** The parameters of a kind that words a change: its form, its verbs, and the fact whose verb it borrows. */
export const CHANGE_PARAMS = ['form', 'verbs', 'after'] as const;

export interface ChangeParams {
  form: Form;
  verbs: VerbSet;
}

/** `form` (default perfect) and `verbs` (öka: ökat/minskat, default; stiga: stigit/sjunkit). */
export function readChangeParams(r: Reader): ChangeParams {
  const form = readEnum(r, 'form', FORMS, 'perfect');
  const verbs = readEnum(r, 'verbs', VERB_SETS, 'öka');
  return { form, verbs };
}

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

/**
 * A fact that words a change: every form is a part (perfect, past, supine, noun, short, each with its
 * capitalized twin: Perfect …), and so is `predicative` ("vilket var en ökning med 4 procentenheter" /
 * "vilket var oförändrat"); the text is the chosen form, and the direction is recorded for `after` and
 * for claims. A perfect or past fact also has `head` and `tail`, its form split at the finite verb
 * (src/text/change.ts splitFinite).
 */
export function makeChangeFact(
  r: Reader,
  phrases: Phrases,
  direction: Direction,
  params: ChangeParams,
  parts: Record<string, string>,
  values: Record<string, number | null>,
  observations: readonly string[],
): Fact {
  const forms: Record<string, string> = {};
  for (const form of FORMS) {
    forms[form] = phrases[form];
    forms[capitalize(form)] = capitalize(phrases[form]);
  }
  forms['predicative'] = phrases.predicative;
  forms['Predicative'] = capitalize(phrases.predicative);
  // The chosen form split at its finite verb, for a sentence with the subject between: "Mellan år 2015
  // och 2018 {{head}} andelen … {{tail}}" ("ökade andelen … från 5 till 12 procent", "låg andelen … kvar på 5 procent").
  if (FINITE_FORMS.includes(params.form)) Object.assign(forms, splitFinite(phrases[params.form]));
  const sign = direction === 'increase' ? 1 : direction === 'decrease' ? -1 : 0;
  const fact = makeFact(r, phrases[params.form], { ...forms, ...parts }, { ...values, direction: sign }, observations);
  return { ...fact, change: { direction, form: params.form } };
}
