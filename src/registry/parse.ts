import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { schemaErrors } from '../schema/schema.js';
import { translateSchemaErrors } from '../schema/errors.js';
import { parseYamlSource, pointerSegments, type SourceFile, type YamlSource } from '../yaml/source.js';
import { registryImprovers } from './schema-improvers.js';
import type { RegistryFileKind, RegistryValidators } from './schemas.js';

/** One registry file after the YAML and schema steps. */
export interface ParsedRegistryFile {
  kind: RegistryFileKind;
  source: YamlSource;
  /** The document as plain data; trusted only where `invalid` does not say otherwise. */
  data: unknown;
  /**
   * Items that failed the schema, by their top-level list or map key and index/name
   * ("indicators/3", "dimensions/kon", "malomraden/0"), and "" when the whole file is unusable.
   * Normalization skips these and keeps the rest, so one typo does not hide a whole file.
   */
  invalid: Set<string>;
  diagnostics: Diagnostic[];
}

/** goals.yaml and dimensions.yaml by name; every other file holds indicators. */
export function classifyRegistryFile(path: string): RegistryFileKind {
  const name = path.split('/').pop() ?? path;
  if (name === 'goals.yaml') return 'goals';
  if (name === 'dimensions.yaml') return 'dimensions';
  return 'indicators';
}

/** Text → YAML → schema, for one file. Never throws on bad input. */
export function parseRegistryFile(file: SourceFile, validators: RegistryValidators): ParsedRegistryFile {
  const kind = classifyRegistryFile(file.path);
  const { source, diagnostics } = parseYamlSource(file);
  if (diagnostics.length > 0) {
    // A syntax error can shift everything after it; schema errors on top would only add noise.
    return { kind, source, data: undefined, invalid: new Set(['']), diagnostics };
  }
  const data: unknown = source.doc.toJS();
  const errors = schemaErrors(validators[kind], data);
  if (!errors) return { kind, source, data, invalid: new Set(), diagnostics: [] };
  return {
    kind,
    source,
    data,
    invalid: new Set(errors.map((e) => invalidItemKey(pointerSegments(e.instancePath)))),
    diagnostics: translateSchemaErrors(errors, source, data, { prefix: 'registry', improvers: registryImprovers }),
  };
}

/** "/indicators/3/unit" → "indicators/3"; "/indicators" or "" → "" (the file as a whole). */
function invalidItemKey(path: readonly string[]): string {
  return path.length >= 2 ? `${path[0]}/${path[1]}` : '';
}

export function isUsable(file: ParsedRegistryFile, item?: string): boolean {
  return !file.invalid.has('') && (item === undefined || !file.invalid.has(item));
}
