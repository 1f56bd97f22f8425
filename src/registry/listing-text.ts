import type { IndicatorDescription, IndicatorRow } from './listing.js';

/**
 * Plain-text renderings of the listing values for the terminal: aligned columns, no colour, no
 * trailing spaces, so output can be compared byte for byte.
 */

/**
 *   ID     YEARS      NAME
 *   1:1    2017–2020  Kommunal välfärdsteknik i olika typer av boenden
 *   1:2    –          Kommunal vårdplanering via video
 */
export function renderIndicatorList(rows: readonly IndicatorRow[]): string {
  const table = [['ID', 'YEARS', 'NAME'], ...rows.map((r) => [r.id, formatYears(r.years), r.name])];
  return alignColumns(table).join('\n');
}

/**
 *   2:3 Digitala utomlänskontakter
 *     source      Sveriges Kommuner och Regioner (SKR), Digitala utomlänskontakter
 *     …
 */
export function renderIndicatorDescription(d: IndicatorDescription): string {
  const fields: [string, string[]][] = [
    ['source', d.source.split('\n')],
    ['definition', [d.definition]],
    ['unit', [d.unit]],
    ['polarity', [d.polarity]],
    ['goal area', [d.malomrade ? `${d.malomrade.number} – ${d.malomrade.name}` : '–']],
    ['targets', d.inriktningsmal.length ? d.inriktningsmal.map((g) => `${g.number} – ${g.name}`) : ['–']],
    ...(d.inriktningsmalText !== null ? [['as printed', [d.inriktningsmalText]] as [string, string[]]] : []),
    ['follow-up areas', d.uppfoljningsomraden.length ? d.uppfoljningsomraden : ['–']],
    ['dimensions', d.dimensions.length ? d.dimensions.map(describeDimension) : ['–']],
    ['catalogue', [d.catalogue === 'addition' ? 'addition (not in Bilaga 1)' : 'Bilaga 1']],
    ['defined at', [`${d.file}:${d.line}`]],
    ['used by', d.usedBy.length ? [d.usedBy.join(', ')] : ['–']],
  ];
  const width = Math.max(...fields.map(([label]) => textWidth(label)));
  const lines = [`${d.id} ${d.name}`];
  for (const [label, values] of fields) {
    values.forEach((value, i) => {
      const head = i === 0 ? padEnd(label, width) : ' '.repeat(width);
      lines.push(`  ${head}  ${value}`.trimEnd());
    });
  }
  return lines.join('\n');
}

function describeDimension(d: IndicatorDescription['dimensions'][number]): string {
  const values = d.pattern !== null ? `pattern ${d.pattern}` : d.values.map((v) => v.code).join(', ');
  return `${d.name} (${d.label}): ${values}`;
}

/** [2017, 2018, 2019, 2020, 2022] → "2017–2020, 2022"; [] → "–". */
export function formatYears(years: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === (years[j] ?? 0) + 1) j++;
    parts.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return parts.length ? parts.join(', ') : '–';
}

/** Pads every column but the last to its widest cell, two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, textWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : padEnd(cell, widths[c] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Width in characters as a terminal shows them (code points, so "å" counts once). */
function textWidth(s: string): number {
  return [...s.normalize('NFC')].length;
}

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - textWidth(s)));
}
