import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, pointerSegments, schemaErrorKey, valueAt, type YamlSource } from '../diagnostics/source.js';
import { parseIndicatorRef } from '../model/registry.js';
import { registryMessages, type Problem } from './messages.js';

/**
 * Turns ajv's errors for one file into diagnostics worded from the catalog, each pointing at the
 * offending key or value. ajv reports one error per failed branch of an if/then/else and a second
 * error for every bad property name; those echoes are dropped so each problem is reported once.
 */
export function translateSchemaErrors(errors: readonly ErrorObject[], source: YamlSource, data: unknown): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    // The pattern error of a bad property name; the propertyNames error beside it carries the name.
    if (e.propertyName !== undefined) continue;
    const key = schemaErrorKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(translateError(e, source, data));
  }
  return out;
}

function translateError(e: ErrorObject, source: YamlSource, data: unknown): Diagnostic {
  const path = pointerSegments(e.instancePath);
  const { problem, target, key } = explainError(e, path, valueAt(data, path));
  return { ...problem, location: locate(source, target ?? path, key) };
}

interface Explanation {
  problem: Problem;
  /** Where to point when not at the failing value itself. */
  target?: readonly string[];
  /** Point at the mapping key rather than its value. */
  key?: boolean;
}

function explainError(e: ErrorObject, path: readonly string[], value: unknown): Explanation {
  const field = describeField(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { problem: registryMessages.unknownKey(key, allowed), target: [...path, key], key: true };
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { problem: registryMessages.missingField(missing, describeOwner(path, value)) };
    }
    case 'type': {
      const expected = describeTypes((e.params as { type: string | string[] }).type);
      const hint = path.length === 0 ? rootHint(e) : typeHint(expected, value);
      return { problem: registryMessages.wrongType(field, expected, describeValue(value), hint) };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        problem:
          typeof value === 'string'
            ? registryMessages.invalidValue(field, value, allowed)
            : registryMessages.wrongType(field, `one of ${allowed.join(', ')}`, describeValue(value)),
      };
    }
    case 'pattern': {
      // IDs are the only values with a pattern (names and codes are keys: see propertyNames).
      const text = String(value);
      return { problem: registryMessages.malformedId(text, parseIndicatorRef(text.toUpperCase())) };
    }
    case 'propertyNames': {
      const name = String((e.params as { propertyName: string }).propertyName);
      const kind = path[path.length - 1] === 'values' ? 'value code' : 'dimension name';
      return { problem: registryMessages.invalidName(kind, name), target: [...path, name], key: true };
    }
    case 'not':
      // The only `not` in the schemas forbids `values` beside `pattern`.
      return {
        problem: registryMessages.valuesAndPattern(String(path[path.length - 1])),
        target: [...path, 'pattern'],
        key: true,
      };
    default:
      return { problem: registryMessages.invalidConstraint(field, e.message ?? 'is invalid') };
  }
}

/** "malomrade", "uppfoljningsomraden item 2", or undefined for the document itself. */
function describeField(path: readonly string[]): string | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  if (/^\d+$/.test(last)) {
    const parent = path[path.length - 2];
    return parent === undefined ? `item ${Number(last) + 1}` : `${parent} item ${Number(last) + 1}`;
  }
  return last;
}

/** Names the mapping a required field is missing from, so the message can be read without the file. */
function describeOwner(path: readonly string[], value: unknown): string | undefined {
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

const typeWords: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
  boolean: 'true or false',
};

function describeTypes(type: string | string[]): string {
  const list = Array.isArray(type) ? type : String(type).split(',');
  return list.map((t) => typeWords[t] ?? t).join(' or ');
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null (empty)';
  if (typeof v === 'string') return `the text "${v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the decimal number ${v}`;
  return `${typeof v} ${String(v)}`;
}

/** For an empty or scalar document: the keys it should start with. */
function rootHint(e: ErrorObject): string | undefined {
  const required = (e.parentSchema as { required?: string[] } | undefined)?.required ?? [];
  return required.length ? `start the file with ${required.map((k) => `"${k}:"`).join(' and ')}` : undefined;
}

function typeHint(expected: string, value: unknown): string | undefined {
  if (typeof value === 'string' && expected.includes('number') && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return `write the number without quotes: ${value.trim()}`;
  }
  if (typeof value === 'number' && expected === 'text') return `put the value in quotes: "${value}"`;
  if (typeof value === 'string' && expected === 'a list') return `write a list: ["${value}"]`;
  return undefined;
}
