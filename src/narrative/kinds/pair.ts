/**
 * kind: pair — values named one after the other: "73 procent respektive 65 procent", "14 och 11".
 * Parameters: items, a list of `{ where, year?, indicator? }` (where merges into the fact's for the
 * same indicator; year defaults to the report year, `previous` allowed); joiner `respektive` (default)
 * or `och`; the display options decimals and scale. Parts: first, second, third, … (each value),
 * numbers ("73 respektive 65 procent", the unit once when all share it), Text.
 */
import { joinList } from '../../text/index.js';
import { factMessages } from '../messages.js';
import { readEnum, readRelatedSelection } from '../reader.js';
import { gapFact, type MissingValue } from '../gap.js';
import { lookup, type Lookup } from '../series.js';
import { showValue, type ShownValue } from '../../text/index.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { makeFact, type FactKind } from './kind.js';

export const pairKind: FactKind = {
  params: ['items', 'joiner', ...DISPLAY_PARAMS],
  build(r) {
    const joiner = readEnum(r, 'joiner', ['respektive', 'och'] as const, 'respektive');
    const display = readDisplay(r);
    const raw = r.raw('items');
    if (!Array.isArray(raw) || raw.length < 2) {
      r.error('fact/bad-param', raw === undefined || Array.isArray(raw) ? factMessages.tooFewItems(r.def.id) : factMessages.badParam(r.def.id, 'items', 'a list', raw));
      return undefined;
    }
    const items = raw.map((item, i) => readRelatedSelection(r, item, `items[${i}]`));
    if (!r.ok || items.some((i) => i === undefined)) return undefined;

    const found: Lookup[] = items.map((item) => lookup(r.datasets, item!.selection, item!.year ?? r.datasets.year));
    const keys = found.map((f) => f.key).filter((k): k is string => k !== null);
    const missing: MissingValue[] = found.flatMap((f) => (f.ok ? [] : [f.missing]));
    if (missing.length) return gapFact(r.def, r.registry, missing, keys);

    const shown: ShownValue[] = found.map((f, i) => {
      if (!f.ok) throw new Error('unreachable');
      const unit = r.registry.indicators.get(items[i]!.selection.indicator)?.unit ?? r.indicator.unit;
      return showValue(f.observation.value, f.observation.qualifier, unit, display);
    });
    const text = joinList(shown.map((s) => s.text), joiner);
    const unitWord = shown[0]!.unitWord;
    const shared = unitWord !== '' && shown.every((s) => s.unitWord === unitWord);
    const parts: Record<string, string> = {
      numbers: shared ? `${joinList(shown.map((s) => s.number), joiner)} ${unitWord}` : text,
    };
    const values: Record<string, number | null> = {};
    shown.forEach((s, i) => {
      const f = found[i]!;
      parts[itemName(i)] = s.text;
      values[itemName(i)] = f.ok ? f.observation.value : null;
    });
    return makeFact(r, text, parts, values, keys);
  },
};

const NAMES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** first, second, … twelfth, then item13, item14, … */
export function itemName(index: number): string {
  return NAMES[index] ?? `item${index + 1}`;
}
