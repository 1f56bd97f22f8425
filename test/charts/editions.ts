import type { FigureDatum } from '../../src/charts/data.js';
import type { ChartKind } from '../../src/model/edition.js';
import type { FigureView } from '../../src/model/document.js';
import { buildModel } from '../../src/pipeline/build.js';
import { readProject } from '../../src/pipeline/project.js';

/** What the chart tests read of one figure of an edition as `ehalsa report` builds it. */
export interface EditionFigure {
  view: FigureView;
  data: FigureDatum[];
  spec: unknown;
  def: { chart: ChartKind; x: string; color: string | null };
}

/** Every figure of the `year` edition, built from the sources in the test's own process. */
export async function editionFigures(root: string, year: number): Promise<EditionFigure[]> {
  const project = await readProject(root);
  const { model } = await buildModel(project, { year, draft: false, build: { date: '2021-04-15', commit: 'test' } });
  const kinds = new Map(model.edition.figures.map((f) => [f.id, { chart: f.chart, x: f.x, color: f.color }]));
  // Through JSON, as the worker's message once carried them: plain data only.
  return JSON.parse(JSON.stringify(model.figures.map((f) => ({ view: f.view, data: f.data, spec: f.spec, def: kinds.get(f.view.id) })))) as EditionFigure[];
}
