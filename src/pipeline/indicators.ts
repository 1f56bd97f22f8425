import { loadDatasets } from '../datasets/load.js';
import { checkMappingFile } from '../import/mapping.js';
import { numberFloats } from '../edition/floats.js';
import { loadEdition } from '../edition/load.js';
import type { Registry } from '../model/registry.js';
import type { Effects } from './effects.js';
import { PipelineFailure } from './failure.js';
import { diagnosticsText } from './print.js';
import type { ProjectFiles } from './project.js';
import { describeIndicator, findIndicator, listIndicators, loadRegistry, renderIndicatorDescription, renderIndicatorList } from '../registry/index.js';

/** `ehalsa indicators`: ID, name and the years with data. */
export async function runIndicatorList(options: { root: string; json: boolean }, effects: Effects): Promise<void> {
  const { project, registry } = await load(options.root, effects);
  const rows = listIndicators(registry, yearsByIndicator(project, registry));
  effects.stdout(options.json ? `${JSON.stringify(rows, null, 2)}\n` : renderIndicatorList(rows));
}

/** `ehalsa indicators show <ID>`: everything about one indicator, and the figures that use it. */
export async function runIndicatorShow(options: { root: string; id: string; json: boolean }, effects: Effects): Promise<void> {
  const { project, registry } = await load(options.root, effects);
  const indicator = findIndicator(registry, options.id);
  if (!indicator) throw new PipelineFailure(`ehalsa: no indicator "${options.id}" (list them with \`ehalsa indicators\`)`, 'usage');
  const description = describeIndicator(registry, indicator.id, usedBy(project, indicator.id))!;
  const years = yearsByIndicator(project, registry).get(indicator.id) ?? [];
  effects.stdout(
    options.json ? `${JSON.stringify({ ...description, yearsWithData: years }, null, 2)}\n` : renderIndicatorDescription(description),
  );
}

async function load(root: string, effects: Effects): Promise<{ project: ProjectFiles; registry: Registry }> {
  const project = await effects.readProject(root);
  const { registry, diagnostics } = loadRegistry(project.indicators);
  if (diagnostics.some((d) => d.severity === 'error')) {
    effects.stderr(diagnosticsText(diagnostics, project, false));
    throw new PipelineFailure('ehalsa: the registry has errors', 'input');
  }
  return { project, registry };
}

function yearsByIndicator(project: ProjectFiles, registry: Registry): Map<string, number[]> {
  const last = project.dataYears[project.dataYears.length - 1] ?? 0;
  const { datasets } = loadDatasets(project.datasets, registry, last, project.sources, checkMappingFile);
  const years = new Map<string, Set<number>>();
  for (const o of datasets.observations) {
    if (o.value === null) continue;
    years.set(o.indicator, (years.get(o.indicator) ?? new Set()).add(o.year));
  }
  return new Map([...years].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}

/** "2020: Figur 6 (valfardsteknik-ordinart)" for each edition's figures, tables and facts that read the indicator. */
function usedBy(project: ProjectFiles, id: string): string[] {
  const years = [...new Set(project.editions.map((f) => /^templates\/editions\/(\d{4})\//.exec(f.path)?.[1]).filter(Boolean).map(Number))].sort();
  const out: string[] = [];
  for (const year of years) {
    const { edition } = loadEdition(project.editions, year);
    if (!edition) continue;
    const { numbers } = numberFloats(edition);
    for (const f of edition.figures) {
      if (f.data.some((s) => s.indicator === id) && numbers.figures.has(f.id)) out.push(`${year}: Figur ${numbers.figures.get(f.id)} (${f.id})`);
    }
    for (const t of edition.tables) {
      if (t.data.some((s) => s.indicator === id) && numbers.tables.has(t.id)) out.push(`${year}: Tabell ${numbers.tables.get(t.id)} (${t.id})`);
    }
    const facts = edition.facts.filter((f) => f.params['indicator'] === id).map((f) => f.id);
    if (facts.length) out.push(`${year}: fakta ${facts.join(', ')}`);
  }
  return out;
}
