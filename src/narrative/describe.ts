import type { Selection } from '../model/edition.js';
import type { Registry } from '../model/registry.js';

/** "1:1 Nattillsyn med digital teknik, Ordinärt boende 2021" — names an observation in a gap marker. */
export function describeSelection(registry: Registry, selection: Selection, year: number): string {
  const indicator = registry.indicators.get(selection.indicator);
  const labels = Object.entries(selection.where).map(([dim, code]) => {
    const d = indicator?.dimensions.find((x) => x.name === dim);
    return d?.values.find((v) => v.code === code)?.label ?? code;
  });
  const what = labels.length ? labels.join(', ') : (indicator?.name ?? '');
  return `${selection.indicator} ${what} ${year}`.replace(/\s+/g, ' ');
}
