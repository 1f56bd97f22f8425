import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TableCell, TableView } from '../model/document.js';
import type { FigureDef, TableDef } from '../model/edition.js';
import type { ProseContext } from '../edition/template.js';
import type { Fact } from '../model/fact.js';
import type { ClaimResult } from '../narrative/claims.js';
import type { Datasets } from '../model/observation.js';
import type { Registry } from '../model/registry.js';
import { buildCaption, expandCaption } from '../charts/caption.js';
import { collectFigureData, type FigureDatum } from '../charts/data.js';
import { formatDatum } from '../charts/format.js';

/** What a table's caption may read: the report year and the year before. */
export function tableCaptionContext(datasets: Datasets): ProseContext {
  return { year: datasets.year, previousYear: datasets.year - 1 };
}

/** A table definition → rows × columns of formatted values; an absent value reads "uppgift saknas". */
export function buildTable(
  def: TableDef,
  number: number,
  datasets: Datasets,
  registry: Registry,
  facts: ReadonlyMap<string, Fact> = new Map(),
  claims: ReadonlyMap<string, ClaimResult> = new Map(),
): { table: TableView; data: FigureDatum[]; diagnostics: Diagnostic[] } {
  const asFigure: FigureDef = {
    id: def.id,
    chart: 'grouped-bar',
    caption: def.caption,
    data: def.data,
    x: def.rows,
    color: def.columns,
    years: def.years,
    axisTitle: { x: null, y: null },
    options: {},
    location: def.location,
  };
  const data = collectFigureData(asFigure, datasets, registry);
  const expanded = expandCaption(def.caption, def.location, tableCaptionContext(datasets), facts, claims);
  const columns = [...new Set(data.map((d) => d.seriesLabel))];
  const rows = [...new Set(data.map((d) => d.xLabel))];
  const body: TableCell[][] = rows.map((row) => [
    { text: row, header: true, missing: false },
    ...columns.map((col) => {
      const d = data.find((e) => e.xLabel === row && e.seriesLabel === col);
      // No observation for this pair at all (the source reports it for other rows only): "–", as
      // statistical tables print "nothing to report". An empty cell would be read as nothing, and a
      // browser tags no cell for it in the PDF, leaving the row a cell short.
      return { text: d ? formatDatum(d) : '–', header: false, missing: !d || d.value === null };
    }),
  ]);
  const table: TableView = {
    id: def.id,
    number,
    caption: buildCaption(`Tabell ${number}.`, expanded, []),
    // the row headers' column is named too: an empty header cell names nothing for a screen reader
    head: [[def.rowHeader.trim() || def.rows.charAt(0).toUpperCase() + def.rows.slice(1), ...columns]],
    body,
  };
  return { table, data, diagnostics: expanded.diagnostics };
}
