import type { FigureBuild } from '../charts/figure.js';
import type { Fact } from '../model/fact.js';
import { observationKey, type Observation } from '../model/observation.js';
import type { ReportDocument, TableView } from '../model/document.js';
import type { Datasets } from '../model/observation.js';
import type { ClaimResult } from '../narrative/claims.js';

interface JsonInput {
  datasets: Datasets;
  facts: ReadonlyMap<string, Fact>;
  figures: readonly FigureBuild[];
  tables: readonly TableView[];
  document: ReportDocument;
  claims?: ReadonlyMap<string, ClaimResult>;
}

/**
 * report.json — the computed model for reviewers and tools: every fact with its numbers and the
 * observations (value, source, file:line, an imported value's origin) it came from, every claim the
 * text rests on (where it is used, whether it holds, the facts and observations it read), every figure with the data it draws (each
 * datum with its qualifier) and the facts its caption cites.
 */
export function buildReportJson(model: JsonInput) {
  const byKey = new Map<string, Observation>(model.datasets.observations.map((o) => [observationKey(o), o]));
  const observation = (key: string) => {
    const o = byKey.get(key);
    return o
      ? { key, indicator: o.indicator, year: o.year, dims: o.dims, value: o.value, missing: o.missing, qualifier: o.qualifier, source: o.source, at: `${o.location.file}:${o.location.line}`, ...(o.origin ? { origin: o.origin } : {}) }
      : { key };
  };
  return {
    meta: model.document.meta,
    dataYears: model.datasets.years,
    facts: [...model.facts.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((f) => ({ id: f.id, kind: f.kind, text: f.text, parts: f.parts, values: f.values, missing: f.missing, observations: f.observations.map(observation) })),
    claims: model.document.claims.map((c) => {
      const result = model.claims?.get(c.id);
      return { ...c, at: `${c.file}:${c.line}:${c.column}`, facts: result?.facts ?? [], observations: result?.observations ?? [] };
    }),
    figures: model.figures.map((f) => ({
      number: f.view.number,
      id: f.view.id,
      caption: f.view.caption.text,
      captionFacts: f.view.caption.facts,
      placeholder: f.view.placeholder,
      missing: f.view.missing,
      alt: f.view.alt,
      data: f.data,
    })),
    tables: model.tables.map((t) => ({ number: t.number, id: t.id, caption: t.caption.text, captionFacts: t.caption.facts, head: t.head, body: t.body })),
    footnotes: model.document.footnotes.length,
  };
}
