/**
 * The words of every schema diagnostic, whatever file it is about: one wording for each kind of
 * mistake (src/schema/errors.ts picks the kind, a stage's improvers may refine it).
 * Each entry returns the message and hint without code or location; tests build their expectations
 * from these functions instead of copying strings.
 */
import { didYouMeanText } from '../diagnostics/suggest.js';

/** The last part of a schema diagnostic's code; the stage's prefix comes first ("dataset/unknown-key"). */
export const schemaCodes = {
  unknownKey: 'unknown-key',
  missingKey: 'missing-key',
  wrongType: 'wrong-type',
  invalidValue: 'invalid-value',
  invalidName: 'invalid-name',
  invalid: 'invalid',
} as const;

export type SchemaCode = (typeof schemaCodes)[keyof typeof schemaCodes];

export interface Wording {
  message: string;
  hint?: string;
}

const worded = (message: string, hint: string | undefined): Wording => (hint === undefined ? { message } : { message, hint });

/** JSON Schema's type names in the words of a YAML file, each with its article. */
const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
  boolean: 'true or false',
};

export const schemaMessages = {
  unknownKey: (key: string, allowed: readonly string[], suggestion: string | undefined): Wording =>
    worded(`unknown key "${key}"`, suggestion !== undefined ? didYouMeanText(suggestion) : allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined),

  /** `owner`: the mapping it is missing from, in words ("indicator "2:90"", "observations item 3"). */
  missingKey: (key: string, owner: string | undefined, hint?: string): Wording =>
    worded(`missing required key "${key}"${owner ? ` in ${owner}` : ''}`, hint ?? `add "${key}: …"`),

  /** `subject` from `subjectOf`, `expected` from `typeWords`, `actual` from `describeValue`. */
  wrongType: (subject: string, expected: string, actual: string, hint: string | undefined): Wording =>
    worded(`${subject} must be ${expected}, not ${actual}`, hint),

  /** A value outside the listed ones (enum, const); `suggestion` the listed value it is closest to. */
  invalidValue: (subject: string, allowed: readonly string[], actual: string, suggestion: string | undefined): Wording =>
    allowed.length === 1
      ? worded(`${subject} must be ${allowed[0]}, not ${actual}`, undefined)
      : worded(
          `${subject} must be one of ${allowed.join(', ')}, not ${actual}`,
          suggestion !== undefined ? didYouMeanText(suggestion) : `use one of: ${allowed.join(', ')}`,
        ),

  /** A key that does not have the form its mapping's keys must have (propertyNames). */
  invalidName: (name: string, owner: string | undefined, pattern: string | undefined): Wording =>
    worded(`invalid key "${name}"${owner ? ` in ${owner}` : ''}`, pattern ? `a key here must match the pattern ${pattern}` : undefined),

  /** A value of the right type that breaks a rule (minimum, minLength, pattern …): ajv's own words, and the schema's description. */
  invalid: (subject: string, rule: string, description: string | undefined): Wording => worded(`${subject} ${rule}`, description),

  // The hints of wrongType, for the commonest slips.
  numberInQuotes: (text: string) => `write the number without quotes: ${text.trim()}`,
  quoteIt: (value: unknown) => `put the value in quotes: "${String(value)}"`,
  textForList: (text: string) => `write a list: ["${text}"]`,
  writeList: () => 'write one item per line, each starting with "- "',
  writeMapping: () => 'write "key: value" lines, indented under it',
  startFileWith: (keys: readonly string[]) => `start the file with ${keys.map((k) => `"${k}:"`).join(' and ')}`,
} as const;

/** "a whole number or null" for ["integer", "null"]. */
export function typeWords(types: readonly string[]): string {
  return types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

/** What a value is, in words: "the text "3,5"", "the number 7", "a mapping", "null (empty)". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null (empty)';
  if (typeof v === 'string') return `the text "${v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the decimal number ${v}`;
  return `${typeof v} ${String(v)}`;
}

/**
 * The subject of a message about the value at `path`: ""malomrade"", "item 2 of "uppfoljningsomraden"",
 * or "the file" for the document itself.
 */
export function subjectOf(path: readonly string[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (!/^\d+$/.test(last)) return `"${last}"`;
  const parent = path[path.length - 2];
  return parent === undefined ? `item ${Number(last) + 1}` : `item ${Number(last) + 1} of "${parent}"`;
}

/** A mapping's place in the file, in words: "observations item 3", "figures item 1 caption". */
export function placeOf(path: readonly string[]): string | undefined {
  if (!path.length) return undefined;
  return path.map((s) => (/^\d+$/.test(s) ? `item ${Number(s) + 1}` : s)).join(' ');
}
