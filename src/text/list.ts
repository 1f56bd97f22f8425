/**
 * Lists in running text: "A, B och C" (no serial comma in Swedish), "A samt B", "A eller B", and
 * "73 procent respektive 65 procent" for values that pair up with things named earlier in the sentence.
 * An empty list is an error, never an empty string: a sentence with a hole in it must not reach print.
 */
import type { Unit } from '../model/registry.js';
import { displayValue } from './unit.js';
import type { ValueFormatOptions } from './unit.js';

export type Conjunction = 'och' | 'samt' | 'eller' | 'respektive';

/** ["A"] → "A"; ["A","B"] → "A och B"; ["A","B","C"] → "A, B och C". */
export function joinList(items: readonly string[], conjunction: Conjunction = 'och'): string {
  if (items.length === 0) throw new RangeError('cannot word an empty list');
  if (items.length === 1) return items[0] as string;
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] as string}`;
}

/** ["73 procent","65 procent"] → "73 procent respektive 65 procent". */
export function joinRespective(items: readonly string[]): string {
  return joinList(items, 'respektive');
}

/**
 * Values paired with things named before: [73, 65] procent → "73 procent respektive 65 procent" (the
 * report's usual form); with `repeatUnit: false` → "31 respektive 25 procent".
 */
export function formatRespective(
  values: readonly number[],
  options: ValueFormatOptions & { unit: Unit; repeatUnit?: boolean },
): string {
  const shown = values.map((v) => displayValue(v, options.unit, options));
  const last = shown[shown.length - 1];
  if (options.repeatUnit !== false || last === undefined || last.unitWord === '') {
    return joinRespective(shown.map((s) => s.text));
  }
  const numbers = shown.map((s) => s.number);
  const unit = last.unitWord === '%' ? `\u00A0%` : ` ${last.unitWord}`;
  return `${joinRespective(numbers)}${unit}`;
}
