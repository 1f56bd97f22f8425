import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, parseYamlSource, type SourceFile, type YamlSource } from '../yaml/source.js';
import { defineSchema, validateWithSchema } from '../schema/schema.js';
import type { SchemaImprover } from '../schema/errors.js';
import type { Origin } from '../model/observation.js';
import schema from './dataset.schema.json' with { type: 'json' };
import { datasetHints, datasetMessages } from './messages.js';

/** A dataset file as written: the YAML's shape after schema validation, before normalization. */
export interface DatasetFileSpec {
  indicator: string;
  year: number;
  source: string;
  note?: string;
  respondents?: number;
  observations: ObservationSpec[];
}

export interface ObservationSpec {
  year?: number;
  value?: number | null;
  missing?: 'not-asked' | 'not-collected' | 'not-available';
  qualifier?: 'drygt' | 'knappt' | 'cirka' | 'over' | 'under';
  source?: string;
  note?: string;
  quote?: string;
  respondents?: number;
  tiebreak?: true;
  origin?: Origin;
  // a dimension value code; the reserved keys above must fit the same signature (tiebreak is only ever true)
  [dimension: string]: string | number | true | Origin | null | undefined;
}

export interface ParsedDatasetFile {
  source: YamlSource;
  spec: DatasetFileSpec;
}

const validate = defineSchema('dataset.schema.json', schema);

/** Text → YAML → schema. Returns no spec when the file cannot be used at all. */
export function parseDatasetFile(file: SourceFile): { parsed: ParsedDatasetFile | null; diagnostics: Diagnostic[] } {
  const { source, diagnostics } = parseYamlSource(file);
  if (diagnostics.length) return { parsed: null, diagnostics };
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined) {
    const message = file.text.trim() ? datasetMessages.onlyComments() : datasetMessages.emptyFile();
    return { parsed: null, diagnostics: [{ ...error('dataset/empty', message, source), hint: datasetHints.emptyFile }] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { parsed: null, diagnostics: [error('dataset/not-a-mapping', datasetMessages.notAMapping(), source)] };
  }
  const schemaDiagnostics = validateWithSchema(validate(), source, data, { prefix: 'dataset', improvers: [decimalComma] });
  const nonFinite = findNonFinite(data as DatasetFileSpec, source);
  const all = [...schemaDiagnostics, ...nonFinite];
  return { parsed: all.length ? null : { source, spec: data as DatasetFileSpec }, diagnostics: all };
}

/** "3,5" where a number belongs: a decimal comma, the commonest slip of a Swedish writer. */
const decimalComma: SchemaImprover = (e, { error, value }) =>
  error.keyword === 'type' && typeof value === 'string' && /^-?\d[\d\s]*,\d+$/.test(value.trim()) ? { ...e, hint: datasetHints.decimalComma(value.trim()) } : undefined;

/** YAML reads .nan and .inf as numbers; JSON Schema's "number" accepts them, the report must not. */
function findNonFinite(spec: DatasetFileSpec, source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!Array.isArray(spec.observations)) return out;
  spec.observations.forEach((o, i) => {
    if (typeof o?.value === 'number' && !Number.isFinite(o.value)) {
      out.push({
        severity: 'error',
        code: 'dataset/not-finite',
        message: datasetMessages.notFinite(),
        location: locate(source, ['observations', i, 'value']),
        hint: datasetHints.missingReason,
      });
    }
  });
  return out;
}

function error(code: string, message: string, source: YamlSource): Diagnostic {
  return { severity: 'error', code, message, location: { file: source.file.path, line: 1, column: 1 } };
}
