import { limitPerFile, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { linkSyntax, parseMarkdown, stripComments, unclosedComment, type RawBlock, type RawInline } from '../edition/markdown.js';
import { MARKER_PATTERN } from '../edition/markers.js';
import { expandTemplate } from '../edition/template.js';
import type { Block, Caption, ClaimUse, DocumentMeta, FigureView, Footnote, Inline, ReportDocument, TableView, TocEntry } from '../model/document.js';
import type { Edition } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import { claimFlag, type ClaimResult } from '../narrative/claims.js';

export interface AssembleInput {
  edition: Edition;
  meta: DocumentMeta;
  facts: ReadonlyMap<string, Fact>;
  refs: ReadonlyMap<string, string>;
  figures: ReadonlyMap<string, FigureView>;
  tables: ReadonlyMap<string, TableView>;
  /** The edition's claims, evaluated (src/narrative/claims.ts). */
  claims?: ReadonlyMap<string, ClaimResult>;
}

/**
 * Edition texts + computed facts + built figures → the document: templates filled, Markdown parsed,
 * headings numbered (chapter 3 → 3.1 → 3.1.1), footnotes numbered continuously in reading order
 * (caption footnotes where their figure stands), the table of contents collected. A claim that does
 * not hold flags its sentence where it stands; a gap is named once per sentence (sentences.ts).
 */
export function assembleDocument(input: AssembleInput): { document: ReportDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const blocks: Block[] = [];
  const footnotes: Footnote[] = [];
  const toc: TocEntry[] = [];
  const figures: FigureView[] = [];
  const tables: TableView[] = [];
  const claimUses: ClaimUse[] = [];
  const claims = input.claims ?? new Map<string, ClaimResult>();
  const counters = [0, 0, 0];
  // The heading of each numbered level in force (level 1 at 0): a heading needs the one above it.
  const open: ({ title: string; numbered: boolean } | null)[] = [null, null, null];
  const usedIds = new UniqueIds();
  const context = { year: input.meta.year, previousYear: input.meta.year - 1, edition: input.edition.meta };

  for (const section of input.edition.sections) {
    if (section.kind === 'toc') {
      blocks.push({ kind: 'toc' });
      continue;
    }
    const unclosed = unclosedComment(section.text);
    if (unclosed !== null) diagnostics.push(unclosedCommentDiagnostic(section.text, section.file, unclosed));
    const source = stripComments(section.text);
    for (const link of linkSyntax(source)) diagnostics.push(linkDiagnostic(link, section.file));
    const expanded = expandTemplate(source, section.file, context, { facts: input.facts, refs: input.refs, claims: new Set(input.edition.claims.map((c) => c.id)) });
    diagnostics.push(...expanded.diagnostics);
    if (expanded.diagnostics.length) continue;
    const parsed = parseMarkdown(expanded.text, section.file);
    diagnostics.push(...parsed.diagnostics);
    const used = new Set<string>();
    const places = claimPlaces(source, section.file);
    const resolveInlines = (raw: RawInline[], line: number): Inline[] =>
      flagClaims(
        nameGapsOnce(withoutDoubleSpaces(raw)),
        (id) => {
          // A claim whose condition is malformed has its own error; here it counts as unknown.
          const result = claims.get(id) ?? { id, says: input.edition.claims.find((c) => c.id === id)?.says ?? id, holds: null, why: '', facts: [], observations: [], location: { file: section.file, line, column: 1 } };
          const at = places.get(id)?.shift() ?? { file: section.file, line, column: 1 };
          claimUses.push({ id, says: result.says, holds: result.holds, why: result.why, ...at });
          return result;
        },
      ).map((r) => {
        if (r.kind !== 'footnote-ref') return r;
        used.add(r.key);
        const def = parsed.footnotes.get(r.key);
        if (!def) {
          diagnostics.push({
            severity: 'error',
            code: 'text/unknown-footnote',
            message: `footnote [^${r.key}] has no text`,
            location: { file: section.file, line, column: 1 },
            hint: `add a line "[^${r.key}]: …" to the file`,
          });
          return { kind: 'text', text: '' };
        }
        const number = footnotes.length + 1;
        footnotes.push({ number, inlines: resolveInlines(def.inlines, def.line) });
        return { kind: 'footnote', number };
      });
    // a caption's own footnotes (filled in with the caption), numbered where the figure stands; the
    // claims it states are recorded at the figure's definition, and their flags stand apart as flags
    const captionFootnotes = (caption: Caption, id: string, defs: readonly { id: string; location: SourceLocation }[]) => {
      const location = defs.find((d) => d.id === id)?.location ?? { file: section.file, line: 1, column: 1 };
      const uses = captionClaimUses(caption.claims, location, claims);
      claimUses.push(...uses);
      const flags = uses.filter((u) => u.holds !== true).map(claimFlag);
      return caption.footnoteTexts.map((text) => {
        const number = footnotes.length + 1;
        footnotes.push({ number, inlines: withFlags(text, flags) });
        return number;
      });
    };
    // A claim in a heading ("#### Allt fler kommuner …{{claim "x"}}") is checked with the paragraph the
    // heading opens: it stands, and flags, at that paragraph's start.
    const opening = { claims: [] as string[], line: 0 };
    const convert = (raw: RawBlock): Block | null => {
      if (opening.claims.length && raw.kind !== 'paragraph') {
        diagnostics.push(headingClaimError(section.file, opening.line));
        opening.claims = [];
      }
      switch (raw.kind) {
        case 'heading': {
          const ids = [...raw.title.matchAll(MARKER_PATTERN)].filter((m) => m[1] === 'C').map((m) => m[2]!);
          if (ids.length) {
            raw = { ...raw, title: raw.title.replace(MARKER_PATTERN, (m, code: string) => (code === 'C' ? '' : m)).trim() };
            Object.assign(opening, { claims: ids, line: raw.line });
          }
          const numbered = !raw.unnumbered && raw.level < 4;
          if (raw.level < 4) {
            const problem = headingLevelProblem(raw, open[raw.level - 2] ?? null);
            if (problem) diagnostics.push({ severity: 'error', ...problem, location: { file: section.file, line: raw.line, column: 1 } });
            open[raw.level - 1] = { title: raw.title, numbered };
            for (let l = raw.level; l < 3; l++) open[l] = null;
          }
          let number: string | null = null;
          if (numbered) {
            counters[raw.level - 1]!++;
            for (let l = raw.level; l < 3; l++) counters[l] = 0;
            number = counters.slice(0, raw.level).join('.');
          }
          const id = usedIds.take(number ? `sec-${number.replace(/\./g, '-')}` : `sec-${slug(raw.title)}`);
          if (raw.level < 4) {
            toc.push({ id, level: raw.level, number, title: raw.title });
            return { kind: 'heading', id, level: raw.level, number, title: raw.title, unnumbered: !numbered, runIn: false };
          }
          // A run-in heading (####) is one level below the heading it stands under, so the outline
          // never skips a level (## then #### would jump from H2 to H4 for a screen reader).
          const depth = open.reduce((d, h, i) => (h ? i + 1 : d), 0);
          const level = Math.min(4, Math.max(2, depth + 1)) as 2 | 3 | 4;
          return { kind: 'heading', id, level, number, title: raw.title, unnumbered: true, runIn: true };
        }
        case 'paragraph': {
          const claimed: RawInline[] = opening.claims.map((id) => ({ kind: 'claim', claim: id, text: '' }));
          // a flag before the paragraph's first word stands apart from it
          if (opening.claims.some((id) => claims.get(id)?.holds !== true)) claimed.push({ kind: 'text', text: ' ' });
          opening.claims = [];
          return { kind: 'paragraph', inlines: resolveInlines([...claimed, ...raw.inlines], raw.line) };
        }
        case 'list':
          return { kind: 'list', ordered: raw.ordered, items: raw.items.map((item) => resolveInlines(item, raw.line)) };
        case 'quote':
          return { kind: 'quote', blocks: raw.blocks.map(convert).filter((b): b is Block => b !== null) };
        case 'figure': {
          const fig = input.figures.get(raw.id);
          if (!fig) return null;
          const numbers = fig.caption.footnotes.length ? fig.caption.footnotes : [];
          const captionNotes = captionFootnotes(fig.caption, raw.id, input.edition.figures);
          figures.push({ ...fig, caption: { ...fig.caption, footnotes: [...numbers, ...captionNotes] } });
          return { kind: 'figure', id: raw.id };
        }
        case 'table': {
          const table = input.tables.get(raw.id);
          if (!table) return null;
          tables.push({ ...table, caption: { ...table.caption, footnotes: captionFootnotes(table.caption, raw.id, input.edition.tables) } });
          return { kind: 'table', id: raw.id };
        }
        case 'page-break':
          return { kind: 'page-break' };
      }
    };
    const fileName = section.file.split('/').pop()!;
    const flagUnrevised = input.edition.meta.unrevised.includes(fileName);
    const hasHeading = parsed.blocks.some((r) => r.kind === 'heading');
    let flagged = false;
    for (const raw of parsed.blocks) {
      const block = convert(raw);
      if (block) blocks.push(block);
      // An unrevised text is flagged right under its first heading (or at its start if it has none).
      if (flagUnrevised && !flagged && (raw.kind === 'heading' || !hasHeading)) {
        blocks.push({ kind: 'paragraph', inlines: [{ kind: 'missing', text: unrevisedMarker(input.edition) }] });
        flagged = true;
      }
    }
    if (opening.claims.length) diagnostics.push(headingClaimError(section.file, opening.line));
    for (const [key, def] of parsed.footnotes) {
      if (!used.has(key)) {
        diagnostics.push({
          severity: 'warning',
          code: 'text/unused-footnote',
          message: `footnote [^${key}] is never referenced`,
          location: { file: section.file, line: def.line, column: 1 },
        });
      }
    }
  }
  const gaps = printedGaps(blocks, footnotes, [...figures, ...tables].map((f) => f.caption), input.facts);
  return { document: { meta: input.meta, claims: claimUses, gaps, blocks, toc, footnotes, figures, tables }, diagnostics: limitPerFile(diagnostics) };
}

/** Where a caption states its claims: the figure's or table's definition (a caption's own line is not tracked). */
export function captionClaimUses(ids: readonly string[], location: SourceLocation, claims: ReadonlyMap<string, ClaimResult>): ClaimUse[] {
  return ids.map((id) => {
    const result = claims.get(id);
    return { id, says: result?.says ?? id, holds: result?.holds ?? null, why: result?.why ?? '', file: location.file, line: location.line, column: location.column };
  });
}

/** A caption footnote's text with the flags it holds as flags. */
function withFlags(text: string, flags: readonly string[]): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (;;) {
    const hit = flags.map((f) => ({ f, at: rest.indexOf(f) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0];
    if (!hit) break;
    if (hit.at > 0) out.push({ kind: 'text', text: rest.slice(0, hit.at) });
    out.push({ kind: 'missing', text: hit.f });
    rest = rest.slice(hit.at + hit.f.length);
  }
  if (rest || !out.length) out.push({ kind: 'text', text: rest });
  return out;
}

function headingClaimError(file: string, line: number): Diagnostic {
  return {
    severity: 'error',
    code: 'text/heading-claim',
    message: 'a claim in a heading is checked with the paragraph the heading opens, and no paragraph follows it',
    location: { file, line, column: 1 },
    hint: 'put the paragraph right under the heading, or the claim in a sentence of the text',
  };
}

/** Where each {{claim "id"}} of a section stands, by id in text order. */
function claimPlaces(text: string, file: string): Map<string, { file: string; line: number; column: number }[]> {
  const out = new Map<string, { file: string; line: number; column: number }[]>();
  let line = 1;
  let lineStart = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf('{{', from);
    if (at < 0) break;
    for (let i = from; i < at; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const id = /^\{\{~?\s*claim\s+"([^"]*)"/.exec(text.slice(at, at + 120))?.[1];
    if (id !== undefined) out.set(id, [...(out.get(id) ?? []), { file, line, column: at - lineStart + 1 }]);
    from = at + 2;
  }
  return out;
}

/** Each missing observation the text prints a marker for, once, in reading order. */
function printedGaps(blocks: readonly Block[], footnotes: readonly Footnote[], captions: readonly Caption[], facts: ReadonlyMap<string, Fact>): string[] {
  const ids: string[] = [];
  const visit = (inlines: readonly Inline[]) => inlines.forEach((i) => i.kind === 'missing' && i.fact && ids.push(i.fact));
  const walk = (b: Block): void => {
    if (b.kind === 'paragraph') visit(b.inlines);
    else if (b.kind === 'list') b.items.forEach(visit);
    else if (b.kind === 'quote') b.blocks.forEach(walk);
  };
  blocks.forEach(walk);
  footnotes.forEach((f) => visit(f.inlines));
  captions.forEach((c) => ids.push(...c.gaps));
  return [...new Set(ids.flatMap((id) => facts.get(id)?.missing ?? []))];
}

/** After each claim that does not hold, its visible flag. */
function flagClaims(raw: RawInline[], resolve: (id: string) => ClaimResult): RawInline[] {
  return raw.flatMap((r): RawInline[] => {
    if (r.kind !== 'claim') return [r];
    const result = resolve(r.claim);
    return result.holds === true ? [r] : [r, { kind: 'missing', text: claimFlag(result) }];
  });
}

/**
 * A part that prints nothing (a claim, an empty word such as a ratio's "nästan" where there is none)
 * leaves no double space behind: "vilket  är en fördubbling" reads "vilket är en fördubbling".
 */
function withoutDoubleSpaces(raw: RawInline[]): RawInline[] {
  const out = raw.map((r) => ({ ...r }));
  for (let i = 1; i < out.length - 1; i++) {
    const here = out[i]!;
    const before = out[i - 1]!;
    const after = out[i + 1]!;
    if (!('text' in here) || here.text !== '' || before.kind !== 'text' || after.kind !== 'text') continue;
    if (/\s$/.test(before.text) && /^\s/.test(after.text)) after.text = after.text.replace(/^\s+/, '');
  }
  return out;
}

/**
 * A gap is named in full once per sentence: a sentence that cites several parts of a fact whose data is
 * missing ("från [uppgift saknas: …] år 2017 till [uppgift saknas: …]"), or several facts that miss the
 * same data ("[uppgift saknas: 2:10 Inloggningar 2020] inloggningar, vilket [uppgift saknas: 2:10
 * Inloggningar 2020] är …"), repeats only "[uppgift saknas]".
 */
function nameGapsOnce(raw: RawInline[]): RawInline[] {
  let facts = new Set<string>();
  let markers = new Set<string>();
  return raw.map((r) => {
    if (r.kind === 'text' || r.kind === 'emphasis') {
      if (/[.!?:](\s|$)/.test(r.text)) {
        facts = new Set();
        markers = new Set();
      }
      return r;
    }
    if (r.kind !== 'missing' || !r.fact) return r;
    if (facts.has(r.fact) || markers.has(r.text)) return { ...r, text: '[uppgift saknas]' };
    facts.add(r.fact);
    markers.add(r.text);
    return r;
  });
}

/**
 * Headings go down one level at a time (a "###" needs a "##" since the last "#", or it is numbered
 * "1.0.1" and skips a level for screen readers), and a numbered one does not stand under an unnumbered
 * one (it would be numbered "0.1"). Run-in headings (####) stand anywhere.
 */
function headingLevelProblem(
  raw: Extract<RawBlock, { kind: 'heading' }>,
  parent: { title: string; numbered: boolean } | null,
): Pick<Diagnostic, 'code' | 'message' | 'hint'> | null {
  if (raw.level === 1) return null;
  const marks = '#'.repeat(raw.level);
  const above = '#'.repeat(raw.level - 1);
  if (!parent) {
    return {
      code: 'text/skipped-heading-level',
      message: `the heading "${marks} ${raw.title}" skips a level: no "${above}" heading stands above it`,
      hint: `write it as "${above} ${raw.title}", or add the "${above}" heading it belongs under`,
    };
  }
  if (!raw.unnumbered && !parent.numbered) {
    return {
      code: 'text/numbered-under-unnumbered',
      message: `the numbered heading "${marks} ${raw.title}" stands under the unnumbered "${above} ${parent.title} {-}"`,
      hint: `mark it unnumbered too ("${marks} ${raw.title} {-}"), or number the heading above it`,
    };
  }
  return null;
}

function linkDiagnostic(link: ReturnType<typeof linkSyntax>[number], file: string): Diagnostic {
  const script = /^<?\s*(javascript|vbscript|data):/i.test(link.address);
  const what = link.image ? 'an image' : script ? `a ${/^<?\s*(\w+)/.exec(link.address)![1]!.toLowerCase()}: link` : 'a link';
  return {
    severity: 'error',
    code: link.image ? 'text/image' : 'text/link',
    message: `${what} cannot stand in the edition texts${link.image ? ` (report.md would load "${link.address}")` : script ? ' (report.md would run it)' : ''}`,
    location: { file, line: link.line, column: link.column },
    hint: link.image ? 'place figures with @figure <id>; write a web address as plain text' : 'write the web address as plain text; the texts have no links',
  };
}

function unclosedCommentDiagnostic(text: string, file: string, offset: number): Diagnostic {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {
    severity: 'error',
    code: 'text/unclosed-comment',
    message: 'the comment "<!--" that opens here is never closed with "-->"',
    location: { file, line, column: offset - lineStart + 1, endLine: line, endColumn: offset - lineStart + 5 },
    hint: 'end the comment with -->; until then the rest of the file would be printed as text',
  };
}

function unrevisedMarker(edition: Edition): string {
  const from = edition.meta.copiedFrom ? ` från utgåvan ${edition.meta.copiedFrom}` : '';
  return `[Texten är kopierad${from} och ännu inte reviderad för år ${edition.meta.year}.]`;
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** HTML ids: the base, else base-2, base-3 …; each base remembers where it got to (linear in the headings). */
class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
