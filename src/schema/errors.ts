import type { ErrorObject } from 'ajv';
import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { describeValue, placeOf, schemaCodes, schemaMessages, subjectOf, typeWords, type Wording } from './messages.js';
import { locate, pointerSegments, schemaErrorKey, valueAt, type YamlSource } from '../yaml/source.js';
import { suggestion } from '../diagnostics/suggest.js';

/**
 * The one translation of ajv's errors into diagnostics, for every file that has a JSON Schema:
 *
 *   ajv errors ──prune──▶ one per mistake ──explain──▶ Explanation ──improvers──▶ Explanation ──▶ Diagnostic
 *
 * `explain` words each kind of mistake once, from src/schema/messages.ts, and points at the
 * offending key or value (file, line, column). A stage's improvers then refine what only it knows —
 * the registry names an indicator ID's form, a dataset's "3,5" is a decimal comma — each a small
 * function that returns a better explanation or leaves it as it is.
 */

/** One mistake as the translator has understood it. */
export interface Explanation {
  /** The whole code, e.g. "dataset/unknown-key" or, from an improver, "registry/malformed-id". */
  code: string;
  message: string;
  hint?: string;
  /** Where to point: the path of the value, or of the key when `key`. */
  target: readonly string[];
  key: boolean;
  /** For an unknown key: the allowed key it is likely a misspelling of. */
  suggestion?: string;
}

/** What an improver can read about the error besides the explanation. */
export interface SchemaErrorContext {
  error: ErrorObject;
  /** The error's instance path as segments: ["observations", "3", "value"]. */
  path: readonly string[];
  /** The value at `path`. */
  value: unknown;
  prefix: string;
}

/** A stage's special case: a better explanation for an error it knows, or undefined to keep the one given. */
export type SchemaImprover = (explanation: Explanation, context: SchemaErrorContext) => Explanation | undefined;

export interface SchemaTranslation {
  /** The code prefix of the stage, e.g. "dataset", "registry". */
  prefix: string;
  improvers?: readonly SchemaImprover[];
}

export function translateSchemaErrors(
  errors: readonly ErrorObject[],
  source: YamlSource,
  data: unknown,
  { prefix, improvers = [] }: SchemaTranslation,
): Diagnostic[] {
  const explained = pruneErrors(errors).map((error) => {
    const path = pointerSegments(error.instancePath);
    const context: SchemaErrorContext = { error, path, value: valueAt(data, path), prefix };
    const explanation = improvers.reduce((e, improve) => improve(e, context) ?? e, explain(context));
    return { error, explanation };
  });
  // A misspelt required key ("sorce") is one mistake: its unknown-key diagnostic says "did you mean
  // "source"?", so the missing-key diagnostic for "source" in the same mapping would only repeat it.
  const misspelt = new Set(
    explained.flatMap(({ error, explanation }) =>
      error.keyword === 'additionalProperties' && explanation.suggestion !== undefined ? [`${error.instancePath}|${explanation.suggestion}`] : [],
    ),
  );
  const kept = explained.filter(
    ({ error }) => !(error.keyword === 'required' && misspelt.has(`${error.instancePath}|${(error.params as { missingProperty: string }).missingProperty}`)),
  );
  return limitPerFile(
    kept.map(({ explanation: e }) => ({
      severity: 'error',
      code: e.code,
      message: e.message,
      location: locate(source, e.target, e.key),
      ...(e.hint === undefined ? {} : { hint: e.hint }),
    })),
  );
}

/**
 * ajv reports one error per failed branch of an if/then/else, anyOf or oneOf, and a second error for
 * every bad property name (the propertyNames error beside it carries the name); keep one error for
 * each mistake a person can act on.
 */
function pruneErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    if (e.propertyName !== undefined) continue;
    const key = schemaErrorKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** The general wording of one error. */
function explain({ error, path, value, prefix }: SchemaErrorContext): Explanation {
  const at = (code: string, wording: Wording, target: readonly string[] = path, key = false): Explanation => ({
    code: `${prefix}/${code}`,
    ...wording,
    target,
    key,
  });
  const subject = subjectOf(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const near = suggestion(key, allowed);
      return { ...at(schemaCodes.unknownKey, schemaMessages.unknownKey(key, allowed, near), [...path, key], true), ...(near === undefined ? {} : { suggestion: near }) };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return at(schemaCodes.missingKey, schemaMessages.missingKey(missing, placeOf(path)));
    }
    case 'type': {
      const types = typeList((error.params as { type: string | string[] }).type);
      const hint = path.length === 0 ? rootHint(error) : typeHint(types, value);
      return at(schemaCodes.wrongType, schemaMessages.wrongType(subject, typeWords(types), describeValue(value), hint));
    }
    case 'enum':
    case 'const': {
      const allowed =
        error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues.map(String) : [String((error.params as { allowedValue: unknown }).allowedValue)];
      const near = typeof value === 'string' ? suggestion(value, allowed) : undefined;
      return at(schemaCodes.invalidValue, schemaMessages.invalidValue(subject, allowed, describeValue(value), near));
    }
    case 'propertyNames': {
      const name = String((error.params as { propertyName: string }).propertyName);
      const pattern = (error.schema as { pattern?: string } | undefined)?.pattern;
      return at(schemaCodes.invalidName, schemaMessages.invalidName(name, placeOf(path), pattern), [...path, name], true);
    }
    default: {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return at(schemaCodes.invalid, schemaMessages.invalid(subject, error.message ?? 'is invalid', description));
    }
  }
}

function typeList(type: string | string[]): string[] {
  return Array.isArray(type) ? type : String(type).split(',');
}

/** For an empty or scalar document: the keys it should start with. */
function rootHint(error: ErrorObject): string | undefined {
  const required = (error.parentSchema as { required?: string[] } | undefined)?.required ?? [];
  return required.length ? schemaMessages.startFileWith(required) : undefined;
}

/** How to write the expected type, for the commonest slips. */
function typeHint(types: readonly string[], value: unknown): string | undefined {
  const numeric = types.includes('number') || types.includes('integer');
  if (numeric && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return schemaMessages.numberInQuotes(value);
  if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) return schemaMessages.quoteIt(value);
  if (types.includes('array')) return typeof value === 'string' ? schemaMessages.textForList(value) : schemaMessages.writeList();
  if (types.includes('object')) return schemaMessages.writeMapping();
  return undefined;
}
