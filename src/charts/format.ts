import type { FigureDatum } from './data.js';

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

const MISSING_WORDS = {
  'not-asked': 'frågan ställdes inte',
  'not-collected': 'uppgiften samlades inte in',
  'not-available': 'uppgift saknas',
} as const;

/** One value as a reader sees it: "66", "38,6", or why it is missing. */
export function formatDatum(d: FigureDatum): string {
  if (d.value === null) return MISSING_WORDS[d.missing ?? 'not-available'];
  return NUMBER.format(d.value).replace(/[\u2009\u202f ]/g, '\u00a0').replace('\u2212', '−');
}
