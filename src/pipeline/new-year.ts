import { parseDocument } from 'yaml';
import { fileNameFor } from '../datasets/messages.js';
import type { SourceFile } from '../yaml/source.js';
import type { ClaimUse } from '../model/document.js';
import type { ChecklistItem } from './checklist.js';
import { formatCodes, formatCounts, type StatusReport } from './status.js';
import { placeholderComment, STATE_LABEL } from './status-messages.js';

export interface NewYearPlan {
  from: number;
  files: SourceFile[];
}

/**
 * The files `ehalsa new-year` creates, as a pure function of the previous edition: its texts, facts
 * and figure definitions copied (every section marked unrevised), edition.yaml moved to the new year,
 * and datasets/<year>/README.md holding the checklist. No value is copied: data is collected anew.
 */
export function planNewYear(editionFiles: readonly SourceFile[], year: number, checklist: string): NewYearPlan | { error: string } {
  const years = [...new Set(editionFiles.map((f) => /^templates\/editions\/(\d{4})\//.exec(f.path)?.[1]).filter(Boolean).map(Number))].sort((a, b) => a - b);
  if (years.includes(year)) return { error: `templates/editions/${year}/ already exists` };
  const from = years.filter((y) => y < year).pop();
  if (from === undefined) return { error: `there is no earlier edition to start ${year} from` };
  const prefix = `templates/editions/${from}/`;
  const files: SourceFile[] = [];
  for (const f of editionFiles.filter((e) => e.path.startsWith(prefix)).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const rest = f.path.slice(prefix.length);
    const path = `templates/editions/${year}/${rest}`;
    files.push({ path, text: rest === 'edition.yaml' ? moveEdition(f.text, from, year) : f.text });
  }
  files.push({ path: `datasets/${year}/README.md`, text: checklist });
  return { from, files };
}

function moveEdition(text: string, from: number, year: number): string {
  const doc = parseDocument(text);
  const sections = (doc.get('sections') as { toJSON(): string[] } | undefined)?.toJSON() ?? [];
  doc.set('year', year);
  for (const key of ['subtitle', 'subject']) {
    const value = doc.get(key);
    if (typeof value === 'string') doc.set(key, value.replaceAll(String(from), String(year)));
  }
  doc.set('diarienummer', 'ej tilldelat');
  // The government commission asks for the report by 15 April each year.
  doc.set('date', `${year + 1}-04-15`);
  doc.set('copiedFrom', from);
  doc.set('unrevised', sections.filter((s) => s !== 'toc'));
  // The previous edition's header comment describes that edition: drop it (it sits on the map or its first key).
  const contents = doc.contents as { commentBefore?: string | null; items?: { key?: { commentBefore?: string | null } }[] } | null;
  if (contents) {
    contents.commentBefore = null;
    const firstKey = contents.items?.[0]?.key;
    if (firstKey) firstKey.commentBefore = null;
  }
  doc.commentBefore = [
    ' yaml-language-server: $schema=../../../src/edition/edition.schema.json',
    ` Edition ${year}, started by \`ehalsa new-year ${year}\` from the ${from} edition.`,
    ' Fill in diarienummer and date. When a section\'s text is revised, `ehalsa revised --year ' + String(year) + ' <section>`',
    ' takes it off "unrevised" (see templates/editions/README.md).',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

/**
 * The placeholder lines of `new-year`: each value the edition needs from the year that no file holds,
 * one line with its codes and, in a comment, its labels and what reads it, so that entering a value is
 * replacing `missing: not-available` on one line. A file that exists gets the lines appended to its
 * observations; one that does not is created. Items with a dimension left open (a fact's gap over a
 * whole population) cannot be written as one line and stay in the checklist only.
 */
export function planPlaceholders(items: readonly ChecklistItem[], year: number, existing: readonly SourceFile[]): { files: SourceFile[]; skipped: string[] } {
  const wanted = items.filter((i) => i.year === year && i.state === 'not-entered' && i.at === null && i.open.length === 0);
  const byIndicator = new Map<string, ChecklistItem[]>();
  for (const i of wanted) byIndicator.set(i.indicator, [...(byIndicator.get(i.indicator) ?? []), i]);
  const files: SourceFile[] = [];
  const skipped: string[] = [];
  for (const [indicator, list] of byIndicator) {
    const path = `datasets/${year}/${fileNameFor(indicator)}`;
    const lines = list.map((i) => placeholderLine(i, '  '));
    const file = existing.find((f) => f.path === path);
    if (!file) {
      files.push({ path, text: placeholderFile(indicator, year, list[0]!.source, lines) });
      continue;
    }
    const text = appendObservations(file.text, lines);
    if (text === null) skipped.push(path);
    else files.push({ path, text });
  }
  return { files, skipped };
}

/** `  - { teknik: nattillsyn, boendeform: ordinart, missing: not-available }  # Nattillsyn …; Ordinärt boende — Figur 6` */
export function placeholderLine(item: ChecklistItem, indent: string): string {
  const codes = item.dimensions.map((d) => `${d.name}: ${yamlCode(d.code)}`);
  const comment = placeholderComment(
    item.dimensions.map((d) => d.label),
    item.usedBy,
  );
  return `${indent}- { ${[...codes, 'missing: not-available'].join(', ')} }${comment ? `  # ${comment.replace(/\s+/g, ' ')}` : ''}`;
}

/** A code as YAML reads it back as the same string: plain when it is a lower-case word, quoted otherwise ("007", "12"). */
function yamlCode(code: string): string {
  return /^[a-z][a-z0-9-]*$/.test(code) && !['true', 'false', 'null', 'yes', 'no', 'on', 'off'].includes(code) ? code : JSON.stringify(code);
}

function placeholderFile(indicator: string, year: number, source: string, lines: readonly string[]): string {
  return [
    '# yaml-language-server: $schema=../../src/datasets/dataset.schema.json',
    `# Started by \`ehalsa new-year ${year}\`: one line per value the edition needs (\`ehalsa status --year ${year}\`).`,
    '# Enter a value by replacing `missing: not-available` with `value: 66`; when the source has none, give the',
    '# reason instead (not-asked, not-collected, or not-available with a note: saying the source does not publish it).',
    '# Check the source below against the publication the values come from.',
    `indicator: ${JSON.stringify(indicator)}`,
    `year: ${year}`,
    `source: ${JSON.stringify(source)}`,
    'observations:',
    ...lines,
    '',
  ].join('\n');
}

/** The text with the lines added at the end of its `observations` block list; null when it has no such list. */
export function appendObservations(text: string, lines: readonly string[]): string | null {
  const doc = parseDocument(text);
  const seq = doc.get('observations', true) as { items?: { range?: [number, number, number] }[]; flow?: boolean; range?: [number, number, number] } | undefined;
  if (!seq || !Array.isArray(seq.items) || !seq.range) return null;
  if (seq.items.length === 0) {
    if (!seq.flow) return null;
    // `observations: []` becomes a block list
    return `${text.slice(0, seq.range[0]).trimEnd()}\n${lines.join('\n')}\n${text.slice(seq.range[1]).replace(/^[ \t]*\n?/, '')}`;
  }
  if (seq.flow) return null;
  const last = seq.items[seq.items.length - 1]!;
  const end = text.indexOf('\n', last.range![1] - 1);
  const at = end < 0 ? text.length : end;
  const indent = /^([ \t]*)-/m.exec(text.slice(text.lastIndexOf('\n', seq.items[0]!.range![0]) + 1))?.[1] ?? '  ';
  const block = lines.map((l) => l.replace(/^ */, indent)).join('\n');
  return `${text.slice(0, at)}\n${block}${end < 0 ? '\n' : ''}${text.slice(at)}`;
}

/**
 * datasets/<year>/README.md: what to collect, per source and indicator, one box per value with its
 * codes (as the placeholder line writes them) and labels; then the claims of the copied texts to check.
 */
export function formatChecklist(status: StatusReport, from: number, claims: readonly ClaimChange[] = [], placeholders = true): string {
  const year = status.edition;
  const how = placeholders
    ? [
        `Utgåvan ${year} startades från utgåvan ${from}. Varje värde som utgåvan behöver från ${year} står som en rad`,
        `\`missing: not-available\` i datasets/${year}/<indikator>.yaml: byt raden mot värdet (se datasets/README.md).`,
      ]
    : [`Utgåvan ${year} startades från utgåvan ${from}. Lägg varje värde i datasets/${year}/<indikator>.yaml (se datasets/README.md).`];
  const out = [
    `# Data att samla in för ${year}`,
    '',
    ...how,
    `\`ehalsa status --year ${year}\` visar vad som återstår.`,
    '',
    `Totalt ${formatCounts(status.summary)}.`,
    '',
  ];
  for (const source of status.sources) {
    out.push(`## ${source.source}`, '', `${formatCounts(source.counts)}.`, '');
    for (const indicator of source.indicators) {
      out.push(`### ${indicator.indicator} ${indicator.name}${indicator.file ? ` (${indicator.file.path})` : ''}`, '');
      for (const i of indicator.items) {
        const box = i.state === 'not-entered' ? '[ ]' : '[x]';
        const labels = i.dimensions.map((d) => d.label).join('; ') || i.name;
        const reason = i.state === 'not-entered' ? '' : ` (${STATE_LABEL[i.state]})`;
        out.push(`- ${box} \`${formatCodes(i)}\` ${labels}${reason} — ${i.usedBy.join(', ')}`);
      }
      out.push('');
    }
  }
  if (claims.length) {
    out.push('## Påståenden i texten att pröva', '', `Texten vilar på dessa påståenden; så här står de mot data för ${year} jämfört med utgåvan ${from}:`, '');
    for (const c of claims) out.push(`- [ ] ${c.file}:${c.line}: ${c.says} — ${c.before} för ${from}, ${c.now} för ${year}${c.why ? ` (${c.why})` : ''} (${c.id})`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface ClaimChange {
  id: string;
  says: string;
  file: string;
  line: number;
  before: string;
  now: string;
  why: string;
}

const STATE = (holds: boolean | null | undefined) => (holds === true ? 'stämmer' : holds === false ? 'stämmer inte' : holds === null ? 'kan inte prövas' : 'fanns inte');

/** The claims of the new texts whose verdict differs from the old edition's, or that do not hold now. */
export function claimChanges(previous: readonly ClaimUse[], now: readonly ClaimUse[]): ClaimChange[] {
  return now
    .map((c, i) => ({ c, before: previous.filter((p) => p.id === c.id)[now.slice(0, i).filter((x) => x.id === c.id).length] }))
    .filter(({ c, before }) => c.holds !== true || before?.holds !== c.holds)
    .map(({ c, before }) => ({ id: c.id, says: c.says, file: c.file, line: c.line, before: STATE(before?.holds), now: STATE(c.holds), why: c.why }));
}
