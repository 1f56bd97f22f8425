import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type YamlSource } from '../yaml/source.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ChartKind } from '../model/edition.js';
import { formatProblem } from './format.js';

/**
 * The `options` each chart kind reads (src/charts/kinds/), with the type each must have. A key no
 * kind reads, or a value of the wrong type, would be ignored in silence (a format the renderer cannot
 * parse would stop the build far from its cause): each is reported at its key or value.
 */
type OptionType = 'boolean' | 'number' | 'text' | 'texts' | 'format' | 'levels' | 'dimension' | readonly string[];

const PLACEHOLDER = { placeholder: 'text' } as const;
const VALUES = { format: 'format', labels: 'boolean', legend: 'boolean', yMax: 'number', ...PLACEHOLDER } as const;
const BARS = { ...VALUES, sort: ['value'] } as const;

export const CHART_OPTIONS: Readonly<Record<ChartKind, Readonly<Record<string, OptionType>>>> = {
  'grouped-bar': { ...BARS, stacked: 'boolean' },
  'horizontal-bar': { ...BARS, stacked: 'boolean' },
  'stacked-bar': { ...BARS, stacked: 'boolean', horizontal: 'boolean' },
  line: VALUES,
  'dot-matrix': { y: 'dimension', levels: 'levels', ...PLACEHOLDER },
  // `diagram` names the picture (the one there is: strategi).
  diagram: { diagram: ['strategi'], inriktningsmal: 'texts', forutsattningar: 'texts', ...PLACEHOLDER },
  placeholder: PLACEHOLDER,
};

const TYPE_WORDS: Record<Exclude<OptionType, readonly string[]>, string> = {
  boolean: 'true or false',
  number: 'a number',
  text: 'a text',
  texts: 'a list of texts',
  format: 'a number format',
  levels: 'a mapping of values to labels ({ "2": "Under utveckling" })',
  dimension: 'the name of a dimension',
};

/** The options of one figure or table definition of figures/*.yaml (`path` leads to it). */
export function checkFigureOptions(def: Record<string, unknown>, path: (string | number)[], source: YamlSource): Diagnostic[] {
  const options = def['options'];
  if (options === undefined || options === null || typeof options !== 'object' || Array.isArray(options)) return [];
  const isTable = path[0] === 'tables';
  const kind = def['chart'] as ChartKind;
  const allowed = isTable ? {} : CHART_OPTIONS[kind];
  if (!allowed) return []; // an unknown chart kind is the schema's to report
  const what = `${isTable ? 'table' : 'figure'} ${typeof def['id'] === 'string' ? def['id'] : `[${Number(path[1]) + 1}]`}`;
  const out: Diagnostic[] = [];
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    const at = [...path, 'options', key];
    const type = allowed[key];
    if (!type) {
      const names = Object.keys(allowed);
      const hint = didYouMean(key, names) ?? (names.length ? `options of a ${kind} chart: ${names.join(', ')}` : 'a table takes no options');
      out.push({ severity: 'error', code: 'figure/unknown-option', message: `${what}: unknown option "${key}"${isTable ? '' : ` for a ${kind} chart`}`, location: locate(source, at, true), hint });
      continue;
    }
    const problem = typeProblem(type, value);
    if (problem) out.push({ severity: 'error', code: 'figure/bad-option', message: `${what}: option "${key}" ${problem.message}`, location: locate(source, at), hint: problem.hint });
  }
  return out;
}

function typeProblem(type: OptionType, value: unknown): { message: string; hint: string } | null {
  const must = (words: string, hint: string) => ({ message: `must be ${words}, not ${show(value)}`, hint });
  if (Array.isArray(type)) return type.includes(value as string) ? null : must(`one of ${type.join(', ')}`, didYouMean(String(value), type) ?? `write ${type.join(' or ')}`);
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : must(TYPE_WORDS.boolean, 'write true or false, without quotes');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : must(TYPE_WORDS.number, 'write the number without quotes, e.g. 100');
    case 'text':
    case 'dimension':
      return typeof value === 'string' && value.trim() !== '' ? null : must(TYPE_WORDS[type], 'write it as text');
    case 'texts':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== '') ? null : must(TYPE_WORDS.texts, 'one text per line, each starting with "- "');
    case 'levels':
      return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')
        ? null
        : must(TYPE_WORDS.levels, 'one "value: label" per line, e.g. "2": Under utveckling');
    case 'format': {
      if (typeof value !== 'string') return must(TYPE_WORDS.format, 'quote it: ",.1f"');
      const problem = formatProblem(value.trim());
      return problem ? { message: `is not a number format: "${value}" (${problem})`, hint: 'a d3 format such as ",.1f" (grouped thousands, one decimal), ",.0f" or ",~r"' } : null;
    }
  }
  return null;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : String(value);
}
