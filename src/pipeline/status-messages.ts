/**
 * The Swedish words of the checklist (`ehalsa status`, datasets/<year>/README.md and the placeholder
 * lines of `ehalsa new-year`), in one place; tests compare against these functions.
 */
import type { ItemState } from './checklist.js';

/** An item's state, of "en uppgift": "ej inmatad", "inte publicerad" … */
export const STATE_LABEL: Readonly<Record<ItemState, string>> = {
  entered: 'inmatad',
  'not-entered': 'ej inmatad',
  'not-published': 'inte publicerad',
  'not-asked': 'frågan ställdes inte',
  'not-collected': 'samlades inte in',
};

/** A count of values in a state, agreeing with "värde": "1 ej inmatat", "2 ej inmatade", "3 där frågan inte ställdes". */
const STATE_COUNT: Readonly<Record<ItemState, [string, string]>> = {
  entered: ['inmatat', 'inmatade'],
  'not-entered': ['ej inmatat', 'ej inmatade'],
  'not-published': ['inte publicerat', 'inte publicerade'],
  'not-asked': ['där frågan inte ställdes', 'där frågan inte ställdes'],
  'not-collected': ['som inte samlades in', 'som inte samlades in'],
};

/** "1 värde", "2 värden". */
export function values(n: number): string {
  return `${n} ${n === 1 ? 'värde' : 'värden'}`;
}

/** "1 ej inmatat", "2 ej inmatade". */
export function stateCount(state: ItemState, n: number): string {
  const [one, many] = STATE_COUNT[state];
  return `${n} ${n === 1 ? one : many}`;
}

export const statusMessages = {
  title: (edition: number, year: number | null) =>
    year === null ? `Status för utgåvan ${edition}: alla värden som utgåvan läser, från alla år` : `Status för utgåvan ${edition}: värden från ${year} som utgåvan behöver`,
  scopeHint: (year: number | null) => (year === null ? '(utan --all: bara årets värden)' : `(--all visar också äldre år; --json ger samma uppgifter som JSON)`),
  nothing: 'Utgåvan läser inga värden.',
  allEntered: 'alla inmatade',
  summary: (text: string) => `Sammanfattning: ${text}.`,
  unrevised: (n: number, from: number | null) =>
    `Texter som ännu inte är reviderade${from !== null ? ` (kopierade från utgåvan ${from})` : ''}: ${n} avsnitt`, // avsnitt: the same in singular and plural
  revisedHint: (edition: number) => `  (reviderat avsnitt: ehalsa revised --year ${edition} <avsnitt>)`,
  file: (path: string, exists: boolean) => (exists ? path : `${path} (finns inte än)`),
  usedBy: (uses: readonly string[]) => `← ${uses.join(', ')}`,
  openDimension: '*',
  /** The label of a run of items alike but for their last code. */
  run: (count: string) => `${count}, ett per kod inom [ ]`,
} as const;

/** The placeholder line's comment: the labels beside the codes, and what reads the value. */
export function placeholderComment(labels: readonly string[], uses: readonly string[]): string {
  const what = labels.length ? labels.join('; ') : '';
  return [what, uses.join(', ')].filter(Boolean).join(' — ');
}
