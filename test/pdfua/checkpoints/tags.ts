import { PDFName, type PDFObject } from 'pdf-lib';
import { checkpoint, quote, type Checkpoint, type Tally } from '../checkpoint.js';
import type { Model } from '../model.js';
import { childElems, elemWhere, mcrKey, type Elem } from '../tree.js';

/** The text an element's marked content shows, its descendants' included, in the order of its kids. */
const texts = new WeakMap<Model, Map<string, string>>();
export function elemText(model: Model, elem: Elem): string {
  let byMcr = texts.get(model);
  if (!byMcr) {
    byMcr = new Map();
    for (const page of model.content) {
      for (const seq of page.sequences) {
        if (seq.mcid === undefined || !seq.text) continue;
        const key = mcrKey(page.page.ref, seq.form, seq.mcid);
        byMcr.set(key, (byMcr.get(key) ?? '') + seq.text);
      }
    }
    texts.set(model, byMcr);
  }
  let text = '';
  for (const kid of elem.kids) {
    if (kid.kind === 'elem') text += elemText(model, kid.elem);
    else if (kid.kind === 'mcr') text += byMcr.get(mcrKey(kid.page, kid.stream, kid.mcid)) ?? '';
  }
  return text;
}

/** An attribute of an element (ISO 32000-1, 14.7.5): from /A (dict, or array with revisions) or its classes. */
export function attribute(model: Model, elem: Elem, owner: string, key: string): PDFObject | undefined {
  const { pdf, tree } = model;
  const dicts = [];
  for (const a of pdf.list(elem.dict.get(PDFName.of('A')))) dicts.push(pdf.dictOrStream(a));
  const classMap = pdf.dict(tree.root?.get(PDFName.of('ClassMap')));
  for (const c of pdf.list(elem.dict.get(PDFName.of('C')))) {
    const name = pdf.name(c);
    if (name !== undefined) for (const a of pdf.list(classMap?.get(PDFName.of(name)))) dicts.push(pdf.dictOrStream(a));
  }
  for (const d of dicts) {
    if (d && pdf.name(d.get(PDFName.of('O'))) === owner && d.get(PDFName.of(key)) !== undefined) return pdf.resolve(d.get(PDFName.of(key)));
  }
  return undefined;
}

const kidTypes = (elem: Elem): string[] => childElems(elem).map((k) => k.std ?? k.type);
const label = (elem: Elem): string => (elem.std && elem.std !== elem.type ? `/${elem.type} (as /${elem.std})` : `/${elem.type}`);

/** Checks that elements of some types sit in the right parents and hold the right kids. */
function syntax(
  model: Model,
  t: Tally,
  rules: Record<string, { parents?: string[]; kids?: string[] }>,
): void {
  for (const elem of model.tree.elems) {
    const rule = elem.std ? rules[elem.std] : undefined;
    if (!rule) continue;
    t.saw();
    const where = elemWhere(model.pdf, elem);
    const parent = elem.parent?.std ?? elem.parent?.type ?? 'StructTreeRoot';
    const text = elemText(model, elem).trim();
    const what = `${label(elem)}${text ? ` ${quote(text, 30)}` : ''}`;
    if (rule.parents && !rule.parents.includes(parent)) t.fail(where, `${what} in /${parent}, not in ${rule.parents.map((p) => `/${p}`).join(' or ')}`);
    if (rule.kids) {
      const wrong = [...new Set(kidTypes(elem).filter((k) => !rule.kids!.includes(k)))];
      if (wrong.length) t.fail(where, `${what} holds ${wrong.map((k) => `/${k}`).join(', ')}; it may hold only ${rule.kids.map((k) => `/${k}`).join(', ')}`);
    }
  }
}

function count(kinds: string[], kind: string): number {
  return kinds.filter((k) => k === kind).length;
}

export const tableSyntax = checkpoint(
  '09-004',
  'A table-related structure element is used in a way that does not conform to the syntax defined in ISO 32000-1, Table 337 (and the rows of a table do not span the same number of columns)',
  'machine',
  (model, t) => {
    syntax(model, t, {
      Table: { kids: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'] },
      TR: { parents: ['Table', 'THead', 'TBody', 'TFoot'], kids: ['TH', 'TD'] },
      THead: { parents: ['Table'], kids: ['TR'] },
      TBody: { parents: ['Table'], kids: ['TR'] },
      TFoot: { parents: ['Table'], kids: ['TR'] },
      TH: { parents: ['TR'] },
      TD: { parents: ['TR'] },
    });
    for (const table of model.tree.elems.filter((e) => e.std === 'Table')) {
      const where = elemWhere(model.pdf, table);
      const kinds = kidTypes(table);
      if (count(kinds, 'THead') > 1) t.fail(where, `/Table holds ${count(kinds, 'THead')} /THead`);
      if (count(kinds, 'TFoot') > 1) t.fail(where, `/Table holds ${count(kinds, 'TFoot')} /TFoot`);
      if ((kinds.includes('THead') || kinds.includes('TFoot')) && !kinds.includes('TBody')) t.fail(where, '/Table has a /THead or /TFoot but no /TBody');
      if (count(kinds, 'Caption') > 1) t.fail(where, `/Table holds ${count(kinds, 'Caption')} /Caption`);
      if (kinds.slice(1, -1).includes('Caption')) t.fail(where, '/Table holds a /Caption that is neither its first nor its last kid');
      regularity(model, table, t);
    }
  },
);

/** Lays the cells out on a grid (ColSpan, RowSpan): no overlaps, every row as wide as the first. */
function regularity(model: Model, table: Elem, t: Tally): void {
  const rows: Elem[] = [];
  for (const kid of childElems(table)) {
    if (kid.std === 'TR') rows.push(kid);
    else if (kid.std === 'THead' || kid.std === 'TBody' || kid.std === 'TFoot') rows.push(...childElems(kid).filter((r) => r.std === 'TR'));
  }
  const where = elemWhere(model.pdf, table);
  const grid: boolean[][] = rows.map(() => []);
  let deepest = rows.length;
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of childElems(row).filter((c) => c.std === 'TH' || c.std === 'TD')) {
      const span = (key: string): number => Math.max(1, Math.floor(model.pdf.number(attribute(model, cell, 'Table', key)) ?? 1));
      const [colSpan, rowSpan] = [span('ColSpan'), span('RowSpan')];
      while (grid[r]![col]) col++;
      deepest = Math.max(deepest, r + rowSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          if (grid[r + dr]![col + dc]) t.fail(elemWhere(model.pdf, cell), `table cell in row ${r + 1} overlaps another in row ${r + dr + 1}, column ${col + dc + 1}`);
          grid[r + dr]![col + dc] = true;
        }
      }
      col += colSpan;
    }
  });
  if (deepest > rows.length) t.fail(where, `a cell's /RowSpan runs ${deepest - rows.length} row${deepest - rows.length === 1 ? '' : 's'} past the table's last row`);
  const widths = grid.slice(0, rows.length).map((cells) => cells.filter(Boolean).length);
  const first = widths[0] ?? 0;
  widths.forEach((w, r) => {
    if (w !== first) {
      const text = elemText(model, rows[r]!);
      t.fail(elemWhere(model.pdf, rows[r]!), `table row ${r + 1}${text.trim() ? ` ${quote(text, 30)}` : ''} spans ${w} column${w === 1 ? '' : 's'}, row 1 spans ${first}`);
    }
  });
}

export const listSyntax = checkpoint(
  '09-005',
  'A list-related structure element is used in a way that does not conform to Table 336 in ISO 32000-1',
  'machine',
  (model, t) => {
    syntax(model, t, {
      L: { kids: ['L', 'LI', 'Caption'] },
      LI: { parents: ['L'], kids: ['Lbl', 'LBody'] },
      LBody: { parents: ['LI'] },
    });
    for (const elem of model.tree.elems) {
      if (elem.std === 'L' && kidTypes(elem).slice(1).includes('Caption')) t.fail(elemWhere(model.pdf, elem), '/L holds a /Caption that is not its first kid');
      // Table 336: a list item's content is its label and its body, nothing beside them.
      if (elem.std === 'LI' && elem.kids.some((k) => k.kind !== 'elem')) {
        t.fail(elemWhere(model.pdf, elem), `/LI ${quote(elemText(model, elem), 30)} holds content of its own, outside /Lbl and /LBody`);
      }
    }
  },
);

export const tocSyntax = checkpoint(
  '09-006',
  'A TOC-related structure element is used in a way that does not conform to Table 333 in ISO 32000-1',
  'machine',
  (model, t) => {
    syntax(model, t, { TOC: { kids: ['TOC', 'TOCI', 'Caption'] }, TOCI: { parents: ['TOC'] } });
    for (const elem of model.tree.elems) {
      if (elem.std === 'TOC' && kidTypes(elem).slice(1).includes('Caption')) t.fail(elemWhere(model.pdf, elem), '/TOC holds a /Caption that is not its first kid');
    }
  },
);

export const rubySyntax = checkpoint(
  '09-007',
  'A Ruby-related structure element is used in a way that does not conform to Table 338 in ISO 32000-1',
  'machine',
  (model, t) => {
    syntax(model, t, { Ruby: { kids: ['RB', 'RT', 'RP'] }, RB: { parents: ['Ruby'] }, RT: { parents: ['Ruby'] }, RP: { parents: ['Ruby'] } });
    for (const elem of model.tree.elems.filter((e) => e.std === 'Ruby')) {
      const kinds = kidTypes(elem);
      if (!kinds.includes('RB') || !kinds.includes('RT')) t.fail(elemWhere(model.pdf, elem), '/Ruby lacks its /RB or its /RT');
    }
  },
);

export const warichuSyntax = checkpoint(
  '09-008',
  'A Warichu-related structure element is used in a way that does not conform to Table 338 in ISO 32000-1',
  'machine',
  (model, t) => {
    syntax(model, t, { Warichu: { kids: ['WT', 'WP'] }, WT: { parents: ['Warichu'] }, WP: { parents: ['Warichu'] } });
    for (const elem of model.tree.elems.filter((e) => e.std === 'Warichu')) {
      if (!kidTypes(elem).includes('WT')) t.fail(elemWhere(model.pdf, elem), '/Warichu lacks its /WT');
    }
  },
);

/** An alternative for a Figure or Formula: a non-empty /Alt, or an /ActualText (ISO 32000-1, Table 323). */
function alternative(type: string, id: string, title: string): Checkpoint {
  return checkpoint(id, title, 'machine', (m, t) => {
    for (const elem of m.tree.elems) {
      if (elem.std !== type) continue;
      t.saw();
      const alt = m.pdf.text(elem.dict.get(PDFName.of('Alt')));
      const actual = elem.dict.get(PDFName.of('ActualText'));
      if ((alt === undefined || alt === '') && actual === undefined) {
        t.fail(elemWhere(m.pdf, elem), `${label(elem)} has ${alt === '' ? 'an empty /Alt' : 'no /Alt'} and no /ActualText`);
      }
    }
  });
}

export const figureAlt = alternative('Figure', '13-004', '<Figure> tag alternative or replacement text missing');
export const formulaAlt = alternative('Formula', '17-002', '<Formula> tag is missing an Alt attribute');

const headingLevel = (elem: Elem): number | undefined => (elem.std && /^H[1-6]$/.test(elem.std) ? Number(elem.std[1]) : undefined);
const headingText = (model: Model, elem: Elem): string => quote(elemText(model, elem), 40);

export const firstHeading = checkpoint(
  '14-002',
  'Does use numbered headings, but the first heading tag is not <H1>',
  'machine',
  (model, t) => {
    const first = model.tree.elems.find((e) => headingLevel(e) !== undefined);
    if (!first) return;
    t.saw();
    if (headingLevel(first) !== 1) t.fail(elemWhere(model.pdf, first), `the first heading is ${label(first)} ${headingText(model, first)}, not /H1`);
  },
);

export const skippedHeadingLevel = checkpoint(
  '14-003',
  'Numbered heading levels in descending sequence are skipped (Example: <H3> follows directly after <H1>)',
  'machine',
  (model, t) => {
    let previous: Elem | undefined;
    for (const elem of model.tree.elems) {
      const level = headingLevel(elem);
      if (level === undefined) continue;
      t.saw();
      const before = previous ? headingLevel(previous)! : 0;
      if (previous && level > before + 1) {
        t.fail(elemWhere(model.pdf, elem), `${label(elem)} ${headingText(model, elem)} follows /H${before} ${headingText(model, previous)}: /H${before + 1} is skipped`);
      }
      previous = elem;
    }
  },
);

export const severalH = checkpoint(
  '14-006',
  'A node contains more than one <H> tag',
  'machine',
  (model, t) => {
    const parents: Array<{ kids: Elem[]; where: ReturnType<typeof elemWhere> }> = [
      { kids: model.tree.elems.filter((e) => !e.parent), where: { page: undefined, object: model.tree.rootRef } },
      ...model.tree.elems.map((e) => ({ kids: childElems(e), where: elemWhere(model.pdf, e) })),
    ];
    for (const { kids, where } of parents) {
      const hs = kids.filter((k) => k.std === 'H').length;
      if (hs) t.saw();
      if (hs > 1) t.fail(where, `the element holds ${hs} /H headings`);
    }
  },
);

export const mixedHeadings = checkpoint(
  '14-007',
  'Document uses both <H> and <H#> tags',
  'machine',
  (model, t) => {
    const h = model.tree.elems.filter((e) => e.std === 'H');
    const hn = model.tree.elems.filter((e) => headingLevel(e) !== undefined);
    t.saw(h.length + hn.length);
    if (h.length && hn.length) t.fail(elemWhere(model.pdf, h[0]!), `the document has ${h.length} /H and ${hn.length} /H1–/H6 headings`);
  },
);

export const headerScope = checkpoint(
  '15-003',
  'In a table not organized with Headers attributes and IDs, a <TH> cell does not contain a Scope attribute',
  'machine',
  (model, t) => {
    const { pdf } = model;
    for (const table of model.tree.elems.filter((e) => e.std === 'Table')) {
      const cells: Elem[] = [];
      const stack = [...childElems(table)];
      while (stack.length) {
        const e = stack.shift()!;
        if (e.std === 'TH' || e.std === 'TD') cells.push(e);
        else if (e.std !== 'Table') stack.unshift(...childElems(e));
      }
      const ids = new Set(cells.map((c) => pdf.text(c.dict.get(PDFName.of('ID')))).filter((id): id is string => id !== undefined));
      const byHeaders = cells.filter((c) => c.std === 'TD').every((c) => attribute(model, c, 'Table', 'Headers') !== undefined);
      for (const cell of cells) {
        t.saw();
        const headers = pdf.array(attribute(model, cell, 'Table', 'Headers'));
        for (const h of headers ?? []) {
          const id = pdf.text(h);
          if (id === undefined || !ids.has(id)) t.fail(elemWhere(pdf, cell), `/${cell.std}'s /Headers names ${id === undefined ? String(h) : quote(id)}, which no cell of the table has as /ID`);
        }
        if (cell.std !== 'TH' || byHeaders) continue;
        const scope = pdf.name(attribute(model, cell, 'Table', 'Scope'));
        if (!scope || !['Row', 'Column', 'Both'].includes(scope)) {
          t.fail(elemWhere(pdf, cell), `/TH ${quote(elemText(model, cell), 30)} has ${scope ? `/Scope /${scope}` : 'no /Scope'}, and the table's cells do not name their headers (/Headers)`);
        }
      }
    }
  },
);

export const noteId = checkpoint(
  '19-003',
  'ID entry of the <Note> tag is not present',
  'machine',
  (model, t) => {
    for (const note of model.tree.elems.filter((e) => e.std === 'Note')) {
      t.saw();
      const id = model.pdf.text(note.dict.get(PDFName.of('ID')));
      if (!id) t.fail(elemWhere(model.pdf, note), `${label(note)} ${quote(elemText(model, note), 30)} has ${id === '' ? 'an empty /ID' : 'no /ID'}`);
    }
  },
);

export const uniqueNoteId = checkpoint(
  '19-004',
  'ID entry of the <Note> tag is non-unique',
  'machine',
  (model, t) => {
    const byId = new Map<string, Elem[]>();
    for (const elem of model.tree.elems) {
      const id = model.pdf.text(elem.dict.get(PDFName.of('ID')));
      if (id) byId.set(id, [...(byId.get(id) ?? []), elem]);
    }
    for (const note of model.tree.elems.filter((e) => e.std === 'Note')) {
      const id = model.pdf.text(note.dict.get(PDFName.of('ID')));
      if (!id) continue;
      t.saw();
      const others = byId.get(id)!.filter((e) => e !== note);
      if (others.length) t.fail(elemWhere(model.pdf, note), `${label(note)}'s /ID ${quote(id)} is also the /ID of ${others.map((o) => `${String(o.ref)} (/${o.type})`).join(', ')}`);
    }
  },
);

/**
 * The part of 19-001 (footnotes not tagged as Note, a human checkpoint) that shows in this report:
 * each footnote call is a link to the named destination of its footnote ("note-7", described
 * "Fotnot 7"), so the document calls that many footnotes, and its tree must hold as many Notes.
 */
export const footnotesAsNotes = checkpoint(
  '19-001',
  'Footnotes or endnotes are not tagged as <Note> (heuristic: fewer Note elements than footnotes called)',
  'heuristic',
  (model, t) => {
    const { pdf } = model;
    const called = new Set<string>();
    for (const annot of model.annotations) {
      if (annot.subtype !== 'Link') continue;
      const dest = pdf.resolve(annot.dict.get(PDFName.of('Dest'))) ?? pdf.get(pdf.dict(annot.dict.get(PDFName.of('A'))), 'D');
      const name = pdf.name(dest) ?? pdf.text(dest);
      const contents = pdf.text(annot.dict.get(PDFName.of('Contents'))) ?? '';
      const m = /^(?:fn|note|footnote|fotnot)[-_:]?(\d+)$/i.exec(name ?? '') ?? /^(?:fotnot|footnote)\s+(\d+)\b/i.exec(contents);
      if (m) called.add(m[1]!);
    }
    t.saw(called.size);
    const notes = model.tree.elems.filter((e) => e.std === 'Note').length;
    if (called.size > notes) {
      t.fail({ object: model.tree.rootRef }, `${called.size} footnotes are called (links to their notes) but the tree has ${notes ? `only ${notes}` : 'no'} /Note element${notes === 1 ? '' : 's'}`);
    }
  },
);

export const tagCheckpoints = [
  tableSyntax,
  listSyntax,
  tocSyntax,
  rubySyntax,
  warichuSyntax,
  figureAlt,
  firstHeading,
  skippedHeadingLevel,
  severalH,
  mixedHeadings,
  headerScope,
  formulaAlt,
  footnotesAsNotes,
  noteId,
  uniqueNoteId,
];
