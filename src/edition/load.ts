import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidateFunction } from 'ajv';
import { defineSchema, validateWithSchema } from '../schema/schema.js';
import { locate, parseYamlSource, type SourceFile, type YamlSource } from '../yaml/source.js';
import type {
  CaptionDef,
  ClaimDef,
  Edition,
  EditionMeta,
  FactDef,
  FigureDef,
  Selection,
  SectionEntry,
  TableDef,
  YearSpan,
} from '../model/edition.js';
import editionSchema from './edition.schema.json' with { type: 'json' };
import factsSchema from './facts.schema.json' with { type: 'json' };
import figuresSchema from './figures.schema.json' with { type: 'json' };
import { didYouMean } from '../diagnostics/suggest.js';
import { editionHints, editionMessages } from './messages.js';
import type { CaptionSpec, EditionSpec, FactsFileSpec, FigureSpec, FiguresSpec, SelectionSpec, TableSpec, YearsSpec } from './spec.js';

const validateEdition = defineSchema('edition.schema.json', editionSchema);
const validateFigures = defineSchema('figures.schema.json', figuresSchema);
const validateFacts = defineSchema('facts.schema.json', factsSchema);

/** The years that have an edition.yaml among the files, ascending. */
function editionYears(files: readonly SourceFile[]): number[] {
  return files
    .map((f) => /^templates\/editions\/(\d{4})\/edition\.yaml$/.exec(f.path)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * templates/editions/<year>/** (project-relative paths, already read) → Edition. Pure. Problems are
 * collected; the edition is null only when edition.yaml itself is unusable.
 */
export function loadEdition(files: readonly SourceFile[], year: number): { edition: Edition | null; diagnostics: Diagnostic[] } {
  const root = `templates/editions/${year}`;
  const mine = files.filter((f) => f.path.startsWith(`${root}/`));
  const byPath = new Map(mine.map((f) => [f.path, f]));
  const editionFile = byPath.get(`${root}/edition.yaml`);
  if (!editionFile) {
    return {
      edition: null,
      diagnostics: [{ severity: 'error', code: 'edition/missing', message: editionMessages.noEdition(year), hint: editionHints.noEdition(year, editionYears(files)) }],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const metaResult = readYaml(editionFile, validateEdition(), 'edition', diagnostics);
  if (!metaResult) return { edition: null, diagnostics };
  const spec = metaResult.data as EditionSpec;
  if (spec.year !== year) {
    diagnostics.push({
      severity: 'error',
      code: 'edition/year-mismatch',
      message: editionMessages.yearMismatch(spec.year, year),
      location: locate(metaResult.source, ['year']),
    });
  }
  const impossible = impossibleDate(spec.date);
  if (impossible) {
    diagnostics.push({ severity: 'error', code: 'edition/impossible-date', message: editionMessages.impossibleDate(spec.date, impossible), location: locate(metaResult.source, ['date']), hint: editionHints.impossibleDate });
  }
  const meta: EditionMeta = {
    year,
    title: spec.title,
    subtitle: spec.subtitle,
    agency: spec.agency,
    diarienummer: spec.diarienummer,
    date: spec.date,
    author: spec.author ?? spec.agency,
    subject: spec.subject ?? spec.title,
    keywords: spec.keywords ?? [],
    unrevised: spec.unrevised ?? [],
    copiedFrom: spec.copiedFrom ?? null,
  };
  const sections: SectionEntry[] = [];
  const listed = new Map<string, number>();
  spec.sections.forEach((name, i) => {
    const first = listed.get(name);
    if (first !== undefined) {
      // Twice in the list would be two chapters with the same numbers' ids (or two tables of contents).
      diagnostics.push({ severity: 'error', code: 'edition/duplicate-section', message: editionMessages.duplicateSection(name, first + 1), location: locate(metaResult.source, ['sections', i]), hint: editionHints.duplicateSection });
      return;
    }
    listed.set(name, i);
    if (name === 'toc') return void sections.push({ kind: 'toc' });
    const path = `${root}/sections/${name}`;
    const file = byPath.get(path);
    if (!file) {
      diagnostics.push({
        severity: 'error',
        code: 'edition/missing-section',
        message: editionMessages.missingSection(name),
        location: locate(metaResult.source, ['sections', i]),
        hint: editionHints.missingSection,
      });
      return;
    }
    sections.push({ kind: 'file', file: path, text: file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') });
  });
  (spec.unrevised ?? []).forEach((name, i) => {
    if (listed.has(name)) return;
    diagnostics.push({
      severity: 'error',
      code: 'edition/unknown-unrevised',
      message: editionMessages.unknownUnrevised(name),
      location: locate(metaResult.source, ['unrevised', i]),
      hint: didYouMean(name, [...listed.keys()].filter((n) => n !== 'toc')) ?? editionHints.unknownUnrevised,
    });
  });
  for (const f of mine) {
    const m = new RegExp(`^${root}/sections/([^/]+\\.md)$`).exec(f.path);
    if (m && !spec.sections.includes(m[1]!)) {
      diagnostics.push({
        severity: 'warning',
        code: 'edition/unlisted-section',
        message: editionMessages.unlistedSection(m[1]!),
        location: { file: f.path, line: 1, column: 1 },
        hint: editionHints.unlistedSection,
      });
    }
  }
  const figures: FigureDef[] = [];
  const tables: TableDef[] = [];
  const facts: FactDef[] = [];
  const claims: ClaimDef[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (kind: string, id: string, loc: { file: string; line: number; column: number }): boolean => {
    const key = `${kind}:${id}`;
    const prior = firstSeen.get(key);
    if (prior) {
      diagnostics.push({ severity: 'error', code: `edition/duplicate-${kind}`, message: editionMessages.duplicateId(kind, id, prior), location: loc, hint: editionHints.duplicateId(kind) });
      return false;
    }
    firstSeen.set(key, `${loc.file}:${loc.line}:${loc.column}`);
    return true;
  };
  for (const f of sortedUnder(mine, `${root}/figures/`)) {
    const r = readYaml(f, validateFigures(), 'figures', diagnostics);
    if (!r) continue;
    const data = r.data as FiguresSpec;
    (data.figures ?? []).forEach((fig, i) => {
      const loc = locate(r.source, ['figures', i, 'id']);
      if (claim('figure', fig.id, loc)) figures.push(normalizeFigure(fig, locate(r.source, ['figures', i])));
    });
    (data.tables ?? []).forEach((t, i) => {
      const loc = locate(r.source, ['tables', i, 'id']);
      if (claim('table', t.id, loc)) tables.push(normalizeTable(t, locate(r.source, ['tables', i])));
    });
  }
  for (const f of sortedUnder(mine, `${root}/facts/`)) {
    const r = readYaml(f, validateFacts(), 'facts', diagnostics);
    if (!r) continue;
    const data = r.data as FactsFileSpec;
    for (const [id, def] of Object.entries(data.facts ?? {})) {
      const loc = locate(r.source, ['facts', id], true);
      if (!claim('fact', id, loc)) continue;
      const { kind, ...params } = def;
      facts.push({ id, kind, params, location: loc });
    }
    for (const [id, def] of Object.entries(data.claims ?? {})) {
      const loc = locate(r.source, ['claims', id], true);
      if (!claim('claim', id, loc)) continue;
      claims.push({ id, says: def.says, words: def.words ?? [], holds: def.holds, location: locate(r.source, ['claims', id, 'holds']) });
    }
  }
  return { edition: { meta, sections, figures, tables, facts, claims, root }, diagnostics };
}

/** Why a YYYY-MM-DD date is not a day of the calendar ("2021-02-30"), or null when it is one. */
export function impossibleDate(date: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12) return `there is no month ${m}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d < 1 || d > days ? `${MONTHS[m - 1]} ${y} has ${days} days` : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function normalizeCaption(c: CaptionSpec): CaptionDef {
  return { title: c.title ?? '', notes: c.notes ?? [], source: c.source, ids: c.ids ?? '', footnotes: c.footnotes ?? [] };
}

function normalizeSelection(s: SelectionSpec): Selection {
  const where: Record<string, string> = {};
  for (const k of Object.keys(s.where ?? {}).sort()) where[k] = String(s.where![k]);
  return { indicator: s.indicator, where };
}

export function normalizeYears(y: YearsSpec | undefined): YearSpan {
  if (y === undefined || y === 'latest') return y === 'latest' ? 'latest' : { from: 'first', to: 'latest' };
  if (y.list) return { list: [...y.list].sort((a, b) => a - b) };
  return { from: y.from ?? 'first', to: y.to ?? 'latest' };
}

function normalizeFigure(f: FigureSpec, location: FigureDef['location']): FigureDef {
  return {
    id: f.id,
    chart: f.chart,
    caption: normalizeCaption(f.caption),
    data: (f.data ?? []).map(normalizeSelection),
    x: f.x ?? 'year',
    color: f.color === undefined ? null : f.color,
    years: normalizeYears(f.years),
    axisTitle: { x: f.axis?.x ?? null, y: f.axis?.y ?? null },
    options: f.options ?? {},
    location,
  };
}

function normalizeTable(t: TableSpec, location: TableDef['location']): TableDef {
  return {
    id: t.id,
    caption: normalizeCaption(t.caption),
    data: t.data.map(normalizeSelection),
    rows: t.rows,
    columns: t.columns,
    years: normalizeYears(t.years ?? 'latest'),
    rowHeader: t.rowHeader ?? '',
    options: t.options ?? {},
    location,
  };
}

function sortedUnder(files: readonly SourceFile[], prefix: string): SourceFile[] {
  return files.filter((f) => f.path.startsWith(prefix) && f.path.endsWith('.yaml')).sort((a, b) => (a.path < b.path ? -1 : 1));
}

function readYaml(
  file: SourceFile,
  validate: ValidateFunction,
  prefix: string,
  diagnostics: Diagnostic[],
): { source: YamlSource; data: unknown } | null {
  const { source, diagnostics: syntax } = parseYamlSource(file);
  diagnostics.push(...syntax);
  if (syntax.length) return null;
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined) {
    diagnostics.push({ severity: 'error', code: `${prefix}/empty`, message: editionMessages.emptyFile(), location: { file: file.path, line: 1, column: 1 } });
    return null;
  }
  const problems = validateWithSchema(validate, source, data, { prefix });
  diagnostics.push(...problems);
  return problems.length ? null : { source, data };
}
