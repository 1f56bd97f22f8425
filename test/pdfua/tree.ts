import { PDFDict, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { finding, type Finding, type Pdf } from './pdf.js';

/** The standard structure types of ISO 32000-1, 14.8.4 (PDF 1.7: no Em, Strong, Title, Aside, …). */
export const standardTypes = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot',
  'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form',
]);

export interface Elem {
  ref: PDFRef | undefined;
  dict: PDFDict;
  /** /S as written. */
  type: string;
  /** The standard type it is, or maps to through the role map; undefined when it maps to none. */
  std: string | undefined;
  parent: Elem | undefined;
  kids: Kid[];
  /** /Pg, or the nearest ancestor's. */
  page: PDFRef | undefined;
  /** Position in the tree's (logical) order. */
  order: number;
}

export type Kid =
  | { kind: 'elem'; elem: Elem }
  | { kind: 'mcr'; mcid: number; page: PDFRef | undefined; stream: PDFRef | undefined }
  | { kind: 'objr'; obj: PDFRef | undefined; page: PDFRef | undefined };

export interface RoleResolution {
  std: string | undefined;
  circular: boolean;
  chain: string[];
}

export interface Tree {
  root: PDFDict | undefined;
  rootRef: PDFRef | undefined;
  roleMap: Map<string, string>;
  elems: Elem[];
  /** Malformed entries met on the walk (the tree-parent checkpoint reports them). */
  problems: Finding[];
  /** Elements by the marked content they own: mcrKey(page, stream, mcid). */
  byMcr: Map<string, Elem[]>;
  /** Elements by the object (annotation, XObject) they own. */
  byObj: Map<string, Elem[]>;
  resolveRole(type: string): RoleResolution;
}

export function mcrKey(page: PDFRef | string | undefined, stream: PDFRef | string | undefined, mcid: number): string {
  return `${String(page)}|${stream === undefined ? '' : String(stream)}|${mcid}`;
}

export function readTree(pdf: Pdf): Tree {
  const rootObj = pdf.catalog.get(PDFName.of('StructTreeRoot'));
  const root = pdf.dict(rootObj);
  const roleMap = new Map<string, string>();
  for (const [key, value] of pdf.dict(root?.get(PDFName.of('RoleMap')))?.entries() ?? []) {
    const target = pdf.name(value);
    if (target !== undefined) roleMap.set(key.decodeText(), target);
  }
  const resolveRole = (type: string): RoleResolution => {
    const chain = [type];
    if (standardTypes.has(type)) return { std: type, circular: false, chain };
    let t = type;
    for (;;) {
      const next = roleMap.get(t);
      if (next === undefined) return { std: undefined, circular: false, chain };
      if (chain.includes(next)) return { std: undefined, circular: true, chain: [...chain, next] };
      chain.push(next);
      if (standardTypes.has(next)) return { std: next, circular: false, chain };
      t = next;
    }
  };
  const tree: Tree = {
    root,
    rootRef: rootObj instanceof PDFRef ? rootObj : undefined,
    roleMap,
    elems: [],
    problems: [],
    byMcr: new Map(),
    byObj: new Map(),
    resolveRole,
  };
  if (!root) return tree;

  const seen = new Set<PDFDict>();
  const add = <K>(map: Map<K, Elem[]>, key: K, elem: Elem): void => {
    const list = map.get(key);
    if (list) list.push(elem);
    else map.set(key, [elem]);
  };
  const pageNumber = (ref: PDFRef | undefined): number | undefined => pdf.pageOf(ref)?.number;

  const visitElem = (obj: PDFObject, parent: Elem | undefined, parentDict: PDFDict): Elem | undefined => {
    const dict = pdf.dict(obj);
    const ref = obj instanceof PDFRef ? obj : undefined;
    if (!dict) return undefined;
    const pg = pdf.resolve(dict.get(PDFName.of('Pg'))) ? (dict.get(PDFName.of('Pg')) as PDFRef) : parent?.page;
    if (seen.has(dict)) {
      tree.problems.push(finding({ page: pageNumber(pg), object: ref }, 'structure element reached twice in the tree (it has two parents, or the tree has a cycle)'));
      return undefined;
    }
    seen.add(dict);
    const type = pdf.name(dict.get(PDFName.of('S')));
    if (type === undefined) tree.problems.push(finding({ page: pageNumber(pg), object: ref }, 'structure element without a /S structure type'));
    const p = dict.get(PDFName.of('P'));
    if (p === undefined) tree.problems.push(finding({ page: pageNumber(pg), object: ref }, 'structure element without /P (its parent)'));
    else if (pdf.dict(p) !== parentDict) tree.problems.push(finding({ page: pageNumber(pg), object: ref }, `structure element whose /P is ${String(p)}, not the element that holds it`));
    const elem: Elem = {
      ref,
      dict,
      type: type ?? '',
      std: type === undefined ? undefined : resolveRole(type).std,
      parent,
      kids: [],
      page: pg instanceof PDFRef ? pg : undefined,
      order: tree.elems.length,
    };
    tree.elems.push(elem);
    for (const kid of pdf.list(dict.get(PDFName.of('K')))) visitKid(kid, elem);
    return elem;
  };

  const visitKid = (obj: PDFObject, elem: Elem): void => {
    const value = pdf.resolve(obj);
    const where = { page: pageNumber(elem.page), object: elem.ref };
    if (value instanceof PDFNumber) {
      if (!elem.page) tree.problems.push(finding(where, `MCID ${value.asNumber()} with no page (/Pg) to be on`));
      elem.kids.push({ kind: 'mcr', mcid: value.asNumber(), page: elem.page, stream: undefined });
      add(tree.byMcr, mcrKey(elem.page, undefined, value.asNumber()), elem);
      return;
    }
    if (!(value instanceof PDFDict)) {
      tree.problems.push(finding(where, `/K holds ${String(obj)}, which is no structure element, MCID, MCR or OBJR`));
      return;
    }
    const type = pdf.name(value.get(PDFName.of('Type')));
    const pgObj = value.get(PDFName.of('Pg'));
    const page = pgObj instanceof PDFRef ? pgObj : elem.page;
    if (type === 'MCR' || (type === undefined && value.get(PDFName.of('MCID')) !== undefined && value.get(PDFName.of('S')) === undefined)) {
      const mcid = pdf.number(value.get(PDFName.of('MCID')));
      if (mcid === undefined) {
        tree.problems.push(finding(where, 'marked-content reference without /MCID'));
        return;
      }
      if (!page) tree.problems.push(finding(where, `MCID ${mcid} with no page (/Pg) to be on`));
      const stmObj = value.get(PDFName.of('Stm'));
      const stream = stmObj instanceof PDFRef ? stmObj : undefined;
      elem.kids.push({ kind: 'mcr', mcid, page, stream });
      add(tree.byMcr, mcrKey(page, stream, mcid), elem);
      return;
    }
    if (type === 'OBJR' || (type === undefined && value.get(PDFName.of('Obj')) !== undefined && value.get(PDFName.of('S')) === undefined)) {
      const target = value.get(PDFName.of('Obj'));
      const ref = target instanceof PDFRef ? target : undefined;
      if (!ref) tree.problems.push(finding(where, 'object reference (OBJR) without an indirect /Obj'));
      elem.kids.push({ kind: 'objr', obj: ref, page });
      if (ref) add(tree.byObj, ref.toString(), elem);
      return;
    }
    const child = visitElem(obj, elem, elem.dict);
    if (child) elem.kids.push({ kind: 'elem', elem: child });
  };

  for (const kid of pdf.list(root.get(PDFName.of('K')))) {
    const elem = visitElem(kid, undefined, root);
    if (!elem && !pdf.dict(kid)) tree.problems.push(finding({ object: tree.rootRef }, `the StructTreeRoot's /K holds ${String(kid)}, which is no structure element`));
  }
  return tree;
}

/** Where an element is: its object and the page of its /Pg or of its first marked content. */
export function elemWhere(pdf: Pdf, elem: Elem): { page: number | undefined; object: PDFRef | undefined } {
  let page = pdf.pageOf(elem.page)?.number;
  if (page === undefined) {
    const stack = [...elem.kids];
    while (stack.length && page === undefined) {
      const kid = stack.shift()!;
      if (kid.kind === 'elem') stack.unshift(...kid.elem.kids);
      else page = pdf.pageOf(kid.page)?.number;
    }
  }
  return { page, object: elem.ref };
}

/** The structure element kids of an element. */
export function childElems(elem: Elem): Elem[] {
  return elem.kids.flatMap((k) => (k.kind === 'elem' ? [k.elem] : []));
}
