import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lazyRequire } from '../assets/lazy.js';
import { translateSchemaErrors, type SchemaTranslation } from './errors.js';
import type { YamlSource } from '../yaml/source.js';

/**
 * The one JSON Schema setup: every input file with a schema (registry, datasets, edition texts, import
 * mappings) is validated by one ajv instance with one set of options, and its errors are translated
 * by one translator (schema-errors.ts).
 *
 * Options: allErrors, so a file's mistakes are reported together; verbose, so errors carry their
 * parentSchema (the allowed keys for "did you mean", the required keys, the description); strict, so a
 * misspelt keyword in a schema is an error rather than a rule that checks nothing — except
 * strictRequired (dimensions.schema.json tests `if: {required: [pattern]}`, facts.schema.json
 * `anyOf: [{required: [facts]}, …]` for keys defined beside them) and strictTypes (mapping.schema.json
 * gives one schema to a value that may be a number or a mapping) and strictNumbers (YAML reads .nan
 * and .inf as numbers; the datasets stage says of them that a value must be finite, which is clearer
 * than "must be a number"). Union types are allowed.
 */
const ajvModule = lazyRequire<typeof import('ajv')>('ajv');

let instance: Ajv | undefined;
const added = new Set<string>();

function ajv(): Ajv {
  if (instance) return instance;
  const { Ajv } = ajvModule();
  instance = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false, strictNumbers: false, allowUnionTypes: true });
  return instance;
}

/**
 * A schema's validator, compiled on first use: compiling is a large part of a cold start, and a run
 * whose inputs come from the cache (src/pipeline/memo.ts) never validates. `name` is the file name
 * other schemas refer to it by ("dimensions.schema.json", so that editors resolve the same reference
 * next to the YAML's $schema); `uses` are the schemas it refers to, registered first.
 */
export function defineSchema(name: string, schema: object, uses: readonly (() => ValidateFunction)[] = []): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => {
    if (compiled) return compiled;
    for (const dependency of uses) dependency();
    const a = ajv();
    if (!added.has(name)) {
      a.addSchema(schema, name);
      added.add(name);
    }
    const validate = a.getSchema(name);
    if (!validate) throw new Error(`${name} did not compile`);
    return (compiled = validate);
  };
}

/** ajv's errors for `data`, or null when it is valid. */
export function schemaErrors(validate: ValidateFunction, data: unknown): ErrorObject[] | null {
  return validate(data) ? null : [...(validate.errors ?? [])];
}

/** Validation of a parsed YAML document: every mistake a diagnostic at its line and column. */
export function validateWithSchema(validate: ValidateFunction, source: YamlSource, data: unknown, translation: SchemaTranslation): Diagnostic[] {
  const errors = schemaErrors(validate, data);
  return errors ? translateSchemaErrors(errors, source, data, translation) : [];
}
