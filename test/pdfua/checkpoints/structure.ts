import { PDFName } from 'pdf-lib';
import { checkpoint, quote } from '../checkpoint.js';
import type { Model, Sequence } from '../model.js';
import { elemWhere, mcrKey, standardTypes } from '../tree.js';
import { elemText } from './tags.js';

/** The tree the other checkpoints read: tagged, rooted, well-formed, and consistent with its parent tree. */

export const treeMarked = checkpoint(
  'tree-marked',
  'The catalog has no /MarkInfo with /Marked true (ISO 14289-1, 6.2)',
  'integrity',
  ({ pdf }, t) => {
    t.saw();
    const info = pdf.dict(pdf.catalog.get(PDFName.of('MarkInfo')));
    if (!info) t.fail({}, 'the catalog has no /MarkInfo');
    else if (pdf.bool(info.get(PDFName.of('Marked'))) !== true) t.fail({}, '/MarkInfo /Marked is not true');
  },
);

export const treeRoot = checkpoint(
  'tree-root',
  'The catalog has no /StructTreeRoot holding structure elements (ISO 14289-1, 7.1)',
  'integrity',
  ({ tree }, t) => {
    t.saw();
    if (!tree.root) t.fail({}, 'the catalog has no /StructTreeRoot');
    else if (tree.elems.length === 0) t.fail({ object: tree.rootRef }, 'the structure tree holds no structure element');
  },
);

export const treeParent = checkpoint(
  'tree-parent',
  'A structure element is malformed: no /S, no /P or a wrong one, reached twice, or a /K entry that is none of element, MCID, MCR, OBJR (ISO 14289-1, 7.1; ISO 32000-1, 14.7.2)',
  'integrity',
  ({ tree }, t) => {
    t.saw(tree.elems.length);
    t.findings.push(...tree.problems);
  },
);

export const treeParentTree = checkpoint(
  'tree-parenttree',
  'The parent tree does not lead back from marked content or an annotation to the element that owns it (ISO 32000-1, 14.7.4.4)',
  'integrity',
  ({ pdf, tree }, t) => {
    const parents = pdf.numberTree(tree.root?.get(PDFName.of('ParentTree')));
    for (const elem of tree.elems) {
      const where = elemWhere(pdf, elem);
      for (const kid of elem.kids) {
        if (kid.kind === 'mcr') {
          t.saw();
          const holder = kid.stream ? pdf.dictOrStream(kid.stream) : pdf.pageOf(kid.page)?.dict;
          const key = pdf.number(holder?.get(PDFName.of('StructParents')));
          const page = pdf.pageOf(kid.page)?.number ?? where.page;
          const what = kid.stream ? `form XObject ${String(kid.stream)}` : 'page';
          if (key === undefined) {
            t.fail({ page, object: elem.ref }, `MCID ${kid.mcid} is in the tree but its ${what} has no /StructParents`);
            continue;
          }
          const entry = pdf.array(parents.get(key))?.[kid.mcid];
          if (pdf.dict(entry) !== elem.dict) {
            t.fail({ page, object: elem.ref }, `the parent tree's entry ${key} gives ${entry === undefined ? 'nothing' : String(entry)} for MCID ${kid.mcid}, not this /${elem.type}`);
          }
        } else if (kid.kind === 'objr' && kid.obj) {
          t.saw();
          const target = pdf.dictOrStream(kid.obj);
          const key = pdf.number(target?.get(PDFName.of('StructParent')));
          if (key === undefined) {
            t.fail(where, `${String(kid.obj)}, which this /${elem.type} owns (OBJR), has no /StructParent`);
            continue;
          }
          const entry = parents.get(key);
          if (pdf.dict(entry) !== elem.dict) {
            t.fail(where, `the parent tree's entry ${key} (the /StructParent of ${String(kid.obj)}) gives ${entry === undefined ? 'nothing' : String(entry)}, not this /${elem.type}`);
          }
        }
      }
    }
  },
);

export const treeContent = checkpoint(
  'tree-mcr',
  'A marked-content reference points at no marked content, or one MCID is used twice (ISO 32000-1, 14.7.4.2)',
  'integrity',
  ({ pdf, tree, content }, t) => {
    if (pdf.encrypted) return; // the content was not read: see the scope checkpoint
    const sequences = new Map<string, Sequence[]>();
    for (const page of content) {
      for (const seq of page.sequences) {
        if (seq.mcid === undefined) continue;
        const key = mcrKey(page.page.ref, seq.form, seq.mcid);
        const list = sequences.get(key) ?? [];
        // A form drawn twice on a page repeats its sequences; that is 30-002's business.
        if (!list.some((s) => s.form !== undefined && s.form === seq.form)) list.push(seq);
        sequences.set(key, list);
      }
    }
    for (const [key, list] of sequences) {
      if (list.length > 1) {
        const first = list[0]!;
        t.fail({ page: first.page, object: first.stream }, `MCID ${first.mcid} marks ${list.length} sequences on the page (${key.split('|')[1] ? 'in its form XObject' : 'in its content'})`);
      }
    }
    for (const [key, elems] of tree.byMcr) {
      t.saw();
      const first = elems[0]!;
      const where = elemWhere(pdf, first);
      const mcid = key.split('|')[2];
      if (elems.length > 1) t.fail(where, `MCID ${mcid} is owned by ${elems.length} structure elements`);
      if (!sequences.has(key)) t.fail(where, `/${first.type} owns MCID ${mcid}, which marks nothing on its page`);
    }
  },
);

/** What marks a sequence's content: an Artifact, a structure element (through its MCID), or nothing. */
export function classify(model: Model, seq: Sequence): 'artifact' | 'tagged' | 'untagged' {
  for (let s: Sequence | undefined = seq; s; s = s.parent) {
    if (s.tag === 'Artifact') return 'artifact';
    if (s.taggedForm) return 'tagged';
    if (s.mcid !== undefined && model.ownerOf(s)) return 'tagged';
  }
  return 'untagged';
}

const isTaggedSequence = (model: Model, s: Sequence): boolean => s.taggedForm || (s.mcid !== undefined && model.ownerOf(s) !== undefined);

export const artifactInTagged = checkpoint(
  '01-003',
  'Content marked as Artifact is present inside tagged content',
  'machine',
  (model, t) => {
    for (const seq of model.content.flatMap((c) => c.sequences)) {
      if (seq.tag !== 'Artifact') continue;
      t.saw();
      for (let p = seq.parent; p; p = p.parent) {
        if (isTaggedSequence(model, p)) {
          t.fail({ page: seq.page, object: seq.stream }, `an Artifact ${seq.text ? `holding ${quote(seq.text)} ` : ''}inside /${p.tag} MCID ${p.mcid ?? '(form)'}`);
          break;
        }
      }
    }
  },
);

export const taggedInArtifact = checkpoint(
  '01-004',
  'Tagged content is present inside content marked as Artifact',
  'machine',
  (model, t) => {
    for (const seq of model.content.flatMap((c) => c.sequences)) {
      if (seq.mcid === undefined) continue;
      t.saw();
      for (let p = seq.parent; p; p = p.parent) {
        if (p.tag === 'Artifact') {
          t.fail({ page: seq.page, object: seq.stream }, `/${seq.tag} MCID ${seq.mcid} inside an Artifact`);
          break;
        }
      }
    }
  },
);

export const untaggedContent = checkpoint(
  '01-005',
  'Content is neither marked as Artifact nor tagged as real content',
  'machine',
  (model, t) => {
    for (const page of model.content) {
      for (const run of page.untagged) {
        t.saw();
        const what = [...run.kinds].join(', ');
        t.fail({ page: run.page, object: run.stream }, `${what}${run.text.trim() ? ` ${quote(run.text)}` : ''} outside any marked content`);
      }
      for (const seq of page.sequences) {
        if (!seq.painted) continue;
        t.saw();
        if (classify(model, seq) !== 'untagged') continue;
        const why = seq.mcid === undefined ? 'without an MCID' : `with MCID ${seq.mcid}, which no structure element owns`;
        t.fail({ page: seq.page, object: seq.stream }, `content${seq.text.trim() ? ` ${quote(seq.text)}` : ''} in a /${seq.tag} sequence ${why}`);
      }
    }
  },
);

export const suspects = checkpoint(
  '01-007',
  'Suspects entry has a value of true',
  'machine',
  ({ pdf }, t) => {
    t.saw();
    const info = pdf.dict(pdf.catalog.get(PDFName.of('MarkInfo')));
    if (pdf.bool(info?.get(PDFName.of('Suspects'))) === true) t.fail({}, '/MarkInfo /Suspects is true');
  },
);

/**
 * The part of 01-002 (real content marked as artifact, a human checkpoint) that shows in this report:
 * its only artifacts are the running head and the folio, in the page margins, and the draft mark,
 * set on a slant. Artifact text on a level baseline between the document's lowest and highest tagged
 * line of text is real content: a footnote number, a page number in the table of contents, a heading's
 * chapter number. But for one decoration: a long table's header row, repeated on each page the table
 * continues on, is a pagination artifact (the first row is the tagged one), so artifact text that is
 * the text of a header cell (TH), or one line of a header cell's text wrapped over several ("Barn",
 * "och", "unga"), passes. (Compared without white space: a tagged cell's text has none at its line
 * breaks; a piece without a word in it must be a whole cell.)
 */
export const realContentAsArtifact = checkpoint(
  '01-002',
  'Real content is marked as artifact (heuristic: artifact text inside the text area)',
  'heuristic',
  (model, t) => {
    const sequences = model.content.flatMap((c) => c.sequences);
    let low = Infinity;
    let high = -Infinity;
    for (const seq of sequences) {
      if (!seq.text.trim() || classify(model, seq) !== 'tagged') continue;
      low = Math.min(low, seq.yMin);
      high = Math.max(high, seq.yMax);
    }
    const squash = (text: string) => text.replace(/\s+/g, '');
    const headers = model.tree.elems.filter((e) => e.std === 'TH').map((e) => squash(elemText(model, e))).filter(Boolean);
    // A whole cell's text, or one line of it with a word in it: a footnote number, a page number or a
    // chapter number ("7", "3.4") is never taken for a piece of a header.
    const inHeader = (text: string) => {
      const piece = squash(text);
      return headers.some((h) => h === piece || (/\p{L}{2}/u.test(piece) && h.includes(piece)));
    };
    for (const seq of sequences) {
      if (!seq.text.trim() || classify(model, seq) !== 'artifact') continue;
      t.saw();
      if (seq.rotated || seq.yMax < low - 1 || seq.yMin > high + 1 || inHeader(seq.text)) continue;
      t.fail({ page: seq.page, object: seq.stream }, `Artifact text ${quote(seq.text)} inside the text area (baseline at y ${Math.round(seq.yMin)}; the tagged text runs from ${Math.round(low)} to ${Math.round(high)})`);
    }
  },
);

export const unmappedTypes = checkpoint('02-001', "One or more non-standard tag's mapping does not terminate with a standard type", 'machine', ({ pdf, tree }, t) => {
  for (const elem of tree.elems) {
    if (standardTypes.has(elem.type)) continue;
    t.saw();
    const role = tree.resolveRole(elem.type);
    if (role.std === undefined && !role.circular) {
      const chain = role.chain.map((s) => `/${s}`).join(' → ');
      t.fail(elemWhere(pdf, elem), role.chain.length > 1 ? `${chain} ends at no standard type` : `/${elem.type} is no standard structure type and the role map does not map it`);
    }
  }
});

export const circularRoles = checkpoint(
  '02-002',
  'A circular mapping exists',
  'machine',
  ({ tree }, t) => {
    const reported = new Set<string>();
    for (const type of tree.roleMap.keys()) {
      t.saw();
      const role = tree.resolveRole(type);
      if (!role.circular) continue;
      const cycle = role.chain.slice(role.chain.indexOf(role.chain[role.chain.length - 1]!));
      const key = [...cycle.slice(0, -1)].sort().join();
      if (reported.has(key)) continue;
      reported.add(key);
      t.fail({ object: tree.rootRef }, `the role map maps in a circle: ${cycle.map((s) => `/${s}`).join(' → ')}`);
    }
  },
);

export const remappedStandard = checkpoint(
  '02-003',
  'One or more standard types are remapped',
  'machine',
  ({ tree }, t) => {
    for (const [from, to] of tree.roleMap) {
      t.saw();
      if (standardTypes.has(from)) t.fail({ object: tree.rootRef }, `the role map maps the standard type /${from} to /${to}`);
    }
  },
);

export const structureCheckpoints = [
  treeMarked,
  treeRoot,
  treeParent,
  treeParentTree,
  treeContent,
  realContentAsArtifact,
  artifactInTagged,
  taggedInArtifact,
  untaggedContent,
  suspects,
  unmappedTypes,
  circularRoles,
  remappedStandard,
];
