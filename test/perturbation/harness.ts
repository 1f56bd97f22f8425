import type { Block, Inline, ReportDocument } from '../../src/model/document.js';
import { observationKey } from '../../src/model/observation.js';
import type { Case, FigureExpectation, ParagraphExpectation } from './case.js';

/**
 * The perturbation harness: what a build on edited datasets gives (build.ts makes it), the paragraph
 * units of a document, the oracle that says which paragraphs and figures a case's edits affect, and
 * the checks of a case's expectations.
 */

export interface Built {
  document: ReportDocument;
  markdown: string;
  report: ReportJson;
  reasons: string[];
  /** Keys of the observations the edits changed ("3:2@2020[fraga=…,region=…]"). */
  changed: string[];
  /** The edited dataset files: path → text. */
  edited: Record<string, string>;
  ms: number;
}

/** What the oracle reads of report.json. `claims` is the shape the claims of issue 16 are listed in. */
export interface ReportJson {
  facts: { id: string; observations: { key: string }[] }[];
  figures: { id: string; data: { indicator: string; year: number; dims: Record<string, string> }[] }[];
  claims?: { id: string; holds: boolean | null; facts?: string[]; observations?: (string | { key: string })[] }[];
}

// ── paragraph units ──────────────────────────────────────────────────────────────────────────────

/** A paragraph, a list item or a footnote: what an expectation names by its start. */
export interface Unit {
  text: string;
  inlines: Inline[];
}

export function units(doc: ReportDocument): Unit[] {
  const out: Unit[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') out.push(unit(b.inlines));
      else if (b.kind === 'list') out.push(...b.items.map(unit));
      else if (b.kind === 'quote') walk(b.blocks);
    }
  };
  walk(doc.blocks);
  out.push(...doc.footnotes.map((f) => unit(f.inlines)));
  return out;
}

function unit(inlines: Inline[]): Unit {
  return { inlines, text: spaces(inlines.map((i) => ('text' in i ? i.text : '')).join('')) };
}

/** No-break spaces (thousands: "1 073") read as spaces, so that expectations are written plainly. */
export const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Fact and claim ids an inline cites (a claim inline, when the document has one, names its claim). */
function cited(inline: Inline): string[] {
  const i = inline as { fact?: unknown; claim?: unknown };
  return [i.fact, i.claim].filter((v): v is string => typeof v === 'string');
}

export const isFlagged = (u: Unit) => u.inlines.some((i) => i.kind === 'missing');

/** The one unit whose unperturbed text starts with `key`. */
export function findUnit(all: Unit[], key: string): number {
  const found = all.flatMap((u, i) => (u.text.startsWith(key) ? [i] : []));
  if (found.length !== 1) throw new Error(`"${key}" starts ${found.length} paragraphs of the unperturbed edition; it must start one`);
  return found[0]!;
}

// ── the oracle ───────────────────────────────────────────────────────────────────────────────────

/**
 * What a case's edits affect: every fact whose observations include a changed observation; every claim
 * that rests on such a fact or observation; the paragraphs citing any of them; every figure whose drawn
 * data includes a changed observation. Read from both builds (a value made missing may leave a fact's
 * trace in the perturbed one).
 */
export function affected(base: Built, perturbed: Built) {
  const changed = new Set(perturbed.changed);
  const facts = new Set<string>();
  for (const r of [base.report, perturbed.report]) {
    for (const f of r.facts) if (f.observations.some((o) => changed.has(o.key))) facts.add(f.id);
  }
  const claims = new Set<string>();
  for (const r of [base.report, perturbed.report]) {
    for (const c of r.claims ?? []) {
      const observations = (c.observations ?? []).map((o) => (typeof o === 'string' ? o : o.key));
      if (observations.some((k) => changed.has(k)) || (c.facts ?? []).some((f) => facts.has(f))) claims.add(c.id);
    }
  }
  const ids = new Set([...facts, ...claims]);
  const before = units(base.document);
  const after = units(perturbed.document);
  if (before.length !== after.length) throw new Error(`the perturbed edition has ${after.length} paragraphs, the unperturbed ${before.length}`);
  const paragraphs = before.flatMap((u, i) => ([...u.inlines, ...after[i]!.inlines].some((inline) => cited(inline).some((id) => ids.has(id))) ? [i] : []));
  const figures = new Set<string>();
  for (const r of [base.report, perturbed.report]) {
    for (const f of r.figures) if (f.data.some((d) => changed.has(observationKey(d)))) figures.add(f.id);
  }
  return { facts, claims, paragraphs, figures: [...figures] };
}

/** What the case leaves unexamined: affected paragraphs and figures without an expectation. */
export function unexamined(c: Case, base: Built, perturbed: Built): string[] {
  const before = units(base.document);
  const hit = affected(base, perturbed);
  const expected = new Set(Object.keys(c.paragraphs ?? {}).map((k) => findUnit(before, k)));
  const out = hit.paragraphs.filter((i) => !expected.has(i)).map((i) => `paragraph: ${before[i]!.text.slice(0, 120)}`);
  out.push(...hit.figures.filter((id) => !(c.figures && id in c.figures)).map((id) => `figure: ${id}`));
  return out;
}

// ── the checks ───────────────────────────────────────────────────────────────────────────────────

/** Every expectation of the case that does not hold, said plainly (empty: the case holds). */
export function failures(c: Case, base: Built, perturbed: Built): string[] {
  const out: string[] = [];
  const before = units(base.document);
  const after = units(perturbed.document);
  for (const [key, e] of Object.entries(c.paragraphs ?? {})) {
    const u = after[findUnit(before, key)]!;
    out.push(...paragraphFailures(e, u).map((f) => `"${key}…": ${f}\n    the paragraph reads: ${u.text}`));
  }
  for (const [id, e] of Object.entries(c.figures ?? {})) {
    const fig = perturbed.document.figures.find((f) => f.id === id);
    if (!fig) out.push(`figure ${id} is not in the document`);
    else out.push(...figureFailures(e, fig.data.rows, fig.alt, fig.caption.text).map((f) => `figure ${id}: ${f}`));
  }
  // A caption is plain text: a claim that does not hold flags it in its text, a missing fact by its gaps.
  const captions = [...perturbed.document.figures, ...perturbed.document.tables].map((f) => f.caption);
  const flagged = after.some(isFlagged) || captions.some((cap) => cap.gaps.length > 0 || /\[Påståendet (stämmer inte|kan inte prövas)/.test(cap.text));
  if (c.final === 'refused' && !perturbed.reasons.length) out.push('final: the build has no draft reasons; --final would print it');
  if (c.final === 'allowed' && perturbed.reasons.length) out.push(`final: the build is a draft: ${perturbed.reasons.join(' ')}`);
  if (flagged && !perturbed.reasons.length) out.push('a paragraph or caption is flagged, yet the build has no draft reasons');
  if (!flagged && perturbed.reasons.length) out.push(`the build is a draft (${perturbed.reasons.join(' ')}), yet no paragraph or caption is flagged`);
  return out;
}

function paragraphFailures(e: ParagraphExpectation, u: Unit): string[] {
  const flagged = isFlagged(u);
  if (e.flagged === true && !flagged) return ['it is not flagged'];
  if (e.flagged === false && flagged) return ['it is flagged'];
  if (e.orFlagged && flagged) return [];
  return [
    ...(e.contains ?? []).filter((s) => !u.text.includes(s)).map((s) => `it lacks "${s}"`),
    ...(e.absent ?? []).filter((s) => u.text.includes(s)).map((s) => `it still says "${s}"`),
    ...(e.once ?? []).filter((s) => u.text.split(s).length !== 2).map((s) => `"${s}" stands ${u.text.split(s).length - 1} times`),
  ];
}

function figureFailures(e: FigureExpectation, cells: string[][], altText: string, captionText: string): string[] {
  const rows = cells.map((row) => row.map(spaces));
  const alt = spaces(altText);
  const caption = spaces(captionText);
  return [
    ...(e.caption ?? []).filter((s) => !caption.includes(s)).map((s) => `the caption lacks "${s}"`),
    ...(e.captionAbsent ?? []).filter((s) => caption.includes(s)).map((s) => `the caption still says "${s}"`),
    ...(e.table ?? []).filter((cells) => !rows.some((row) => cells.every((c) => row.includes(c)))).map((cells) => `no row of the data table holds ${JSON.stringify(cells)}`),
    ...(e.alt ?? []).filter((s) => !alt.includes(s)).map((s) => `the text alternative lacks "${s}"`),
    ...(e.altAbsent ?? []).filter((s) => alt.includes(s)).map((s) => `the text alternative still says "${s}"`),
  ];
}
