import type { Explanation, SchemaErrorContext, SchemaImprover } from '../schema/errors.js';
import { placeOf, schemaMessages } from '../schema/messages.js';
import { parseIndicatorRef } from '../model/registry.js';
import { missingFieldHint, registryMessages, type Problem } from './messages.js';

/**
 * What only the registry knows about its schema errors, as improvers of the general wording
 * (src/schema/errors.ts): the form of an indicator ID and of dimension names and codes,
 * the one `not` of its schemas, and whose a missing key is and what to write.
 */

/** The registry's own wording of the problem, at the same place unless `at` says otherwise. */
const replace = (e: Explanation, problem: Problem, at: Pick<Explanation, 'target' | 'key'> = e): Explanation => ({
  code: problem.code,
  message: problem.message,
  ...(problem.hint === undefined ? {} : { hint: problem.hint }),
  target: at.target,
  key: at.key,
});

/** An ID is the only value with a pattern (names and codes are keys: see `names`). */
const malformedId: SchemaImprover = (e, { error, path, value }) => {
  if (error.keyword !== 'pattern' || path[path.length - 1] !== 'id') return undefined;
  const text = String(value);
  return replace(e, registryMessages.malformedId(text, parseIndicatorRef(text.toUpperCase())));
};

/** A dimension name (under `dimensions`) or a value code (under `values`) of the wrong form. */
const names: SchemaImprover = (e, { error, path }) => {
  if (error.keyword !== 'propertyNames') return undefined;
  const name = String((error.params as { propertyName: string }).propertyName);
  return replace(e, registryMessages.invalidName(path[path.length - 1] === 'values' ? 'value code' : 'dimension name', name));
};

/** The only `not` of the schemas forbids `values` beside `pattern`. */
const valuesAndPattern: SchemaImprover = (e, { error, path }) => {
  if (error.keyword !== 'not') return undefined;
  return replace(e, registryMessages.valuesAndPattern(String(path[path.length - 1])), { target: [...path, 'pattern'], key: true });
};

/** A missing key: the indicator, dimension or goal it is missing from, by name, and what to write. */
const missingKey: SchemaImprover = (e, context) => {
  if (context.error.keyword !== 'required') return undefined;
  const key = String((context.error.params as { missingProperty: string }).missingProperty);
  const worded = schemaMessages.missingKey(key, ownerOf(context) ?? placeOf(context.path), missingFieldHint(key));
  return { ...e, ...worded };
};

/** Names the mapping a required key is missing from, so the message can be read without the file. */
function ownerOf({ path, value }: SchemaErrorContext): string | undefined {
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const [top, , third] = path;
  if (top === 'indicators' && path.length === 2) {
    return typeof record['id'] === 'string' ? `indicator "${record['id']}"` : 'an indicator';
  }
  if (top === 'dimensions' && path.length === 2) return `dimension "${path[1]}"`;
  if (top === 'indicators' && third === 'dimensions' && path.length === 4) return `dimension "${path[3]}"`;
  if ((top === 'inriktningsmal' || top === 'malomraden') && path.length === 2) {
    const kind = top === 'inriktningsmal' ? 'inriktningsmål' : 'målområde';
    return typeof record['number'] === 'number' ? `${kind} ${record['number']}` : `a ${kind}`;
  }
  return undefined;
}

export const registryImprovers: readonly SchemaImprover[] = [malformedId, names, valuesAndPattern, missingKey];
