import type { ErrorObject, ValidateFunction } from 'ajv';
import { lazyRequire } from './lazy.js';
import { limitPerFile, type Diagnostic } from './diagnostic.js';
import { locate, pointerSegments, schemaErrorKey, valueAt, type YamlSource } from './source.js';
import { didYouMean } from './suggest.js';

/**
 * JSON Schema validation of a parsed YAML document, with every ajv error turned into a diagnostic that
 * points at the offending line and column. Shared by the registry, datasets and edition loaders.
 */
const ajvModule = lazyRequire<typeof import('ajv')>('ajv');

export function compileSchema(schema: object): ValidateFunction {
  // verbose: errors carry their parentSchema, which lists the allowed keys for "did you mean".
  const { Ajv } = ajvModule();
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  return ajv.compile(schema);
}

/**
 * A validator compiled on first use: compiling is a large part of a cold start, and a run whose
 * inputs come from the cache (src/pipeline/memo.ts) never validates.
 */
export function lazySchema(schema: object): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= compileSchema(schema));
}

export interface SchemaMessages {
  /** Diagnostic code prefix, e.g. "dataset". */
  prefix: string;
  /** Extra hints by JSON path, e.g. a decimal-comma hint for numeric fields. */
  hintFor?: (error: ErrorObject, data: unknown) => string | undefined;
}

export function validateWithSchema(
  validate: ValidateFunction,
  source: YamlSource,
  data: unknown,
  messages: SchemaMessages,
): Diagnostic[] {
  if (validate(data)) return [];
  const errors = pruneErrors(validate.errors ?? []);
  const diagnostics = errors.map((error) => toDiagnostic(error, source, data, messages));
  // A misspelt required key ("sorce") is one mistake: its unknown-key error says "did you mean "source"?",
  // so the missing-key error for "source" in the same mapping would only repeat it.
  const misspelt = new Set(
    errors.flatMap((e, i) => {
      const hint = diagnostics[i]!.hint ?? '';
      const m = e.keyword === 'additionalProperties' ? /^did you mean "([^"]+)"\?$/.exec(hint) : null;
      return m ? [`${e.instancePath}|${m[1]}`] : [];
    }),
  );
  return limitPerFile(
    diagnostics.filter((_, i) => {
      const e = errors[i]!;
      return !(e.keyword === 'required' && misspelt.has(`${e.instancePath}|${(e.params as { missingProperty: string }).missingProperty}`));
    }),
  );
}

/** ajv reports one error per failed branch; keep the ones a person can act on. */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    const key = schemaErrorKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function toDiagnostic(error: ErrorObject, source: YamlSource, data: unknown, messages: SchemaMessages): Diagnostic {
  const path = pointerSegments(error.instancePath);
  const field = path.length ? path[path.length - 1] : '(top level)';
  const p = messages.prefix;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedKeys(error);
      const hint = didYouMean(key, allowed) ?? (allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined);
      return {
        severity: 'error',
        code: `${p}/unknown-key`,
        message: `unknown key "${key}"`,
        location: locate(source, [...path, key], true),
        ...(hint ? { hint } : {}),
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return {
        severity: 'error',
        code: `${p}/missing-key`,
        message: `missing required key "${missing}"${path.length ? ` in ${describePath(path)}` : ''}`,
        location: locate(source, path),
        hint: `add "${missing}: …"`,
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      const actual = valueAt(data, path);
      const hint = messages.hintFor?.(error, actual) ?? typeHint(expected, actual);
      return {
        severity: 'error',
        code: `${p}/wrong-type`,
        message: `"${field}" must be ${article(expected)}, not ${describeValue(actual)}`,
        location: locate(source, path),
        ...(hint ? { hint } : {}),
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const actual = valueAt(data, path);
      return {
        severity: 'error',
        code: `${p}/invalid-value`,
        message: `"${field}" must be one of ${allowed.join(', ')}, not ${describeValue(actual)}`,
        location: locate(source, path),
        hint: didYouMean(String(actual), allowed) ?? `use one of: ${allowed.join(', ')}`,
      };
    }
    default:
      return {
        severity: 'error',
        code: `${p}/invalid`,
        message: `"${field}" ${error.message ?? 'is invalid'}`,
        location: locate(source, path),
      };
  }
}

/** How to write the expected type, for the commonest slips. */
function typeHint(expected: string, actual: unknown): string | undefined {
  if (typeof actual === 'string' && /number|integer/.test(expected) && actual.trim() !== '' && Number.isFinite(Number(actual))) {
    return 'write the number without quotes';
  }
  if (expected.startsWith('list')) return 'write one item per line, each starting with "- "';
  if (expected.startsWith('mapping')) return 'write "key: value" lines, indented under it';
  if (expected.startsWith('text') && (typeof actual === 'number' || typeof actual === 'boolean')) return `quote it: "${String(actual)}"`;
  return undefined;
}

/** JSON Schema's type names in the words of a YAML file. */
const TYPE_NAMES: Record<string, string> = { array: 'list', object: 'mapping', string: 'text', boolean: 'true or false' };

function allowedKeys(error: ErrorObject): string[] {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

function describePath(path: readonly string[]): string {
  return path.map((s) => (/^\d+$/.test(s) ? `[${Number(s) + 1}]` : s)).join(' ');
}

function article(type: string): string {
  if (/^(text|true)/.test(type)) return type;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `the text "${v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}
