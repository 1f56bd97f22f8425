import { parseDocument } from 'yaml';
import type { SourceFile } from '../yaml/source.js';

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
