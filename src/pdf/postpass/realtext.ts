import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfNumber, PdfRef, PdfString } from './cos.js';
import type { ContentScan } from './artifacts.js';
import type { PdfFile, PdfPage } from './file.js';

/**
 * Chromium paints some real text outside the tag tree: what CSS generates (the footnote calls' and the
 * notes' numbers, the table of contents' page numbers) and, when a heading starts a page, the heading's
 * first run (the chapter number). Marked as artifacts, a listener would never hear them; PDF/UA wants
 * artifacts for decoration only (the running head, the folio, the draft mark).
 *
 * So an untagged run of text on a page's text lines (between the page's lowest and highest tagged
 * baseline, give or take a raised call: the running head is above them, the folio below) is real
 * content. It is tagged with an MCID of its own and given to the element it belongs to:
 * - inside a link's rectangle (a footnote call, a TOC entry's page number), to the Link, last;
 * - else to the element of the tagged sequence that follows it in the stream (a heading's number, a
 *   note's number), before that sequence; failing that, to the one before it, after it.
 * The one exception is a table's header row repeated on the page a long table continues on
 * (printing/paged.ts copies it, hidden from the tag tree): text that would join a table stays an artifact.
 *
 * Then each footnote (named destination `note-N`) becomes a Note (tagFootnotes), holding its number.
 */
export class RealText {
  /** The text runs claimed, by page number, with where they start and the element that got them. */
  private readonly claimed = new Map<number, Array<{ y: number; element: PdfRef; via: 'link' | 'next' | 'previous' }>>();

  private constructor(
    private readonly file: PdfFile,
    private readonly parentTree: Map<number, { value: PdfValue; holder: number }>,
  ) {}

  /** Null when the file has no structure tree to add to. */
  static read(file: PdfFile): RealText | null {
    const root = file.dict(file.catalog, 'StructTreeRoot');
    const tree = root && root.get('ParentTree');
    if (!(tree instanceof PdfRef)) return null;
    const entries = new Map<number, { value: PdfValue; holder: number }>();
    const walk = (ref: PdfRef): void => {
      const node = file.object(ref.num);
      if (!(node instanceof PdfDict)) return;
      const nums = node.get('Nums');
      if (Array.isArray(nums)) {
        for (let i = 0; i + 1 < nums.length; i += 2) {
          const key = nums[i];
          if (key instanceof PdfNumber) entries.set(key.value, { value: nums[i + 1]!, holder: ref.num });
        }
      }
      const kids = node.get('Kids');
      if (Array.isArray(kids)) for (const kid of kids) if (kid instanceof PdfRef) walk(kid);
    };
    walk(tree);
    return new RealText(file, entries);
  }

  /**
   * For each run of a page's scanned content: the MCID to tag it with, or null (an artifact). The
   * elements and the page's parent tree entry are edited to match.
   */
  claim(page: PdfPage, scan: ContentScan): Array<number | null> {
    const none = scan.runs.map(() => null);
    const key = page.dict.get('StructParents');
    const entry = key instanceof PdfNumber ? this.parentTree.get(key.value) : undefined;
    const owners = entry && this.file.resolve(entry.value);
    if (!entry || !Array.isArray(owners)) return none;
    const links = this.links(page);
    const claimed = this.claimed.get(page.num) ?? [];
    let changed = false;
    const result = scan.runs.map((run): number | null => {
      const at = run.text;
      if (!at || at.y < scan.taggedLow - lineSlack || at.y > scan.taggedHigh + lineSlack) return null;
      const link = links.find(({ rect }) => at.x >= rect[0] - 1.5 && at.x <= rect[2] + 1.5 && at.y >= rect[1] - 1.5 && at.y <= rect[3] + 1.5);
      const beside = run.next !== null ? { mcid: run.next, via: 'next' as const } : run.previous !== null ? { mcid: run.previous, via: 'previous' as const } : null;
      const owner = link ? link.element : beside && owners[beside.mcid];
      if (!(owner instanceof PdfRef) || (!link && this.inTable(owner))) return null;
      const mcid = owners.length;
      owners.push(owner);
      this.addKid(owner, page, mcid, link ? null : beside);
      claimed.push({ y: at.y, element: owner, via: link ? 'link' : beside!.via });
      changed = true;
      return mcid;
    });
    if (changed) {
      this.claimed.set(page.num, claimed);
      if (entry.value instanceof PdfRef) this.file.put(entry.value.num, owners);
      else this.file.put(entry.holder, this.file.object(entry.holder));
    }
    return result;
  }

  /**
   * Each footnote a Note: the element that got the number drawn just below its destination's top
   * (`note-N`, where Paged.js placed the note) — or the element around it, when that holds nothing
   * else — gets /S /Note and an /ID, added to the ID tree. Returns how many notes were tagged.
   */
  tagFootnotes(): number {
    const dests = this.file.dict(this.file.catalog, 'Dests');
    if (!dests) return 0;
    const notes: Array<[string, PdfRef]> = [];
    for (const [{ name }, value] of dests.entries) {
      if (!/^note-\d+$/.test(name)) continue;
      const dest = this.file.resolve(value);
      const array = dest instanceof PdfDict ? this.file.resolve(dest.get('D')) : dest;
      if (!Array.isArray(array) || !(array[0] instanceof PdfRef) || !(array[3] instanceof PdfNumber)) continue;
      const top = array[3].value;
      const candidates = (this.claimed.get(array[0].num) ?? []).filter(({ y, via }) => via === 'next' && y <= top + 1 && top - y < 25);
      const nearest = candidates.sort((a, b) => top - a.y - (top - b.y))[0];
      if (nearest) notes.push([name, this.noteElement(nearest.element)]);
    }
    const ids: Array<[string, PdfRef]> = [];
    for (const [name, ref] of notes) {
      const element = this.file.object(ref.num) as PdfDict;
      if (element.get('S') === PdfName.of('Note')) continue;
      element.set('S', PdfName.of('Note'));
      const id = this.file.resolve(element.get('ID'));
      if (!(id instanceof PdfString) || id.decodeText() === '') {
        element.set('ID', PdfString.text(name));
        ids.push([name, ref]);
      }
      this.file.put(ref.num, element);
    }
    addIds(this.file, ids);
    return notes.length;
  }

  /** The page's link annotations with the element that owns each. */
  private links(page: PdfPage): Array<{ rect: [number, number, number, number]; element: PdfRef }> {
    const annots = this.file.resolve(page.dict.get('Annots'));
    if (!Array.isArray(annots)) return [];
    return annots.flatMap((ref) => {
      const annot = this.file.resolve(ref);
      if (!(annot instanceof PdfDict) || annot.get('Subtype') !== PdfName.of('Link')) return [];
      const rect = this.file.resolve(annot.get('Rect'));
      const parent = annot.get('StructParent');
      const element = parent instanceof PdfNumber ? this.parentTree.get(parent.value)?.value : undefined;
      if (!Array.isArray(rect) || rect.length !== 4 || !(element instanceof PdfRef)) return [];
      const [x1, y1, x2, y2] = rect.map((v) => (v instanceof PdfNumber ? v.value : 0)) as [number, number, number, number];
      return [{ rect: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)] as [number, number, number, number], element }];
    });
  }

  private inTable(ref: PdfRef): boolean {
    for (let at: PdfValue | undefined = ref, steps = 0; at instanceof PdfRef && steps < 50; steps++) {
      const element = this.file.object(at.num);
      if (!(element instanceof PdfDict)) return false;
      const type = element.get('S');
      if (type instanceof PdfName && tableTypes.has(type.name)) return true;
      at = element.get('P');
    }
    return false;
  }

  /** Adds MCID `mcid` of `page` to an element: before or after the kid holding `beside`, or last. */
  private addKid(ref: PdfRef, page: PdfPage, mcid: number, beside: { mcid: number; via: 'next' | 'previous' } | null): void {
    const element = this.file.object(ref.num) as PdfDict;
    const k = element.get('K');
    const kids: PdfValue[] = Array.isArray(k) ? k : k === undefined ? [] : [k];
    const pg = element.get('Pg');
    const samePage = pg instanceof PdfRef && pg.num === page.num;
    const kid: PdfValue = samePage ? PdfNumber.of(mcid) : new PdfDict([['Type', PdfName.of('MCR')], ['Pg', new PdfRef(page.num, 0)], ['MCID', PdfNumber.of(mcid)]]);
    const index = beside === null ? -1 : kids.findIndex((kid) => this.holds(kid, samePage, page.num, beside.mcid));
    if (index < 0) kids.push(kid);
    else kids.splice(beside!.via === 'next' ? index : index + 1, 0, kid);
    element.set('K', kids);
    this.file.put(ref.num, element);
  }

  private holds(kid: PdfValue, samePage: boolean, pageNum: number, mcid: number): boolean {
    if (kid instanceof PdfNumber) return samePage && kid.value === mcid;
    const mcr = this.file.resolve(kid);
    if (!(mcr instanceof PdfDict) || mcr.get('Type') !== PdfName.of('MCR')) return false;
    const pg = mcr.get('Pg');
    const id = mcr.get('MCID');
    return pg instanceof PdfRef && pg.num === pageNum && id instanceof PdfNumber && id.value === mcid;
  }

  /** The note itself: the element holding a note's text, or its parent when that holds only it. */
  private noteElement(ref: PdfRef): PdfRef {
    const element = this.file.object(ref.num) as PdfDict;
    const parent = element.get('P');
    const up = parent instanceof PdfRef ? this.file.object(parent.num) : undefined;
    if (!(parent instanceof PdfRef) || !(up instanceof PdfDict) || up.get('S') !== PdfName.of('NonStruct')) return ref;
    const k = up.get('K');
    const kids = Array.isArray(k) ? k : [k];
    return kids.length === 1 && kids[0] instanceof PdfRef && kids[0].num === ref.num ? parent : ref;
  }
}

/**
 * How far beyond the page's outermost tagged baselines a run still is on its text lines: a footnote
 * call is raised above its line (the page's first, perhaps). The running head and the folio are some
 * 30 pt further out.
 */
const lineSlack = 8;

const tableTypes = new Set(['Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot']);

/**
 * Adds IDs to the structure tree's ID tree (a name tree). Chromium's IDs ("node00000001", renumbered by
 * structids.ts) all sort before "note-…", so the new names, sorted, go after the last leaf's, and the
 * limits on the way down to it are widened.
 */
function addIds(file: PdfFile, ids: Array<[string, PdfRef]>): void {
  if (ids.length === 0) return;
  ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const root = file.dict(file.catalog, 'StructTreeRoot');
  if (!root) return;
  const names = ids.flatMap(([name, ref]): PdfValue[] => [PdfString.text(name), ref]);
  const treeRef = root.get('IDTree');
  if (!(treeRef instanceof PdfRef)) {
    root.set('IDTree', file.add(new PdfDict([['Names', names]])));
    const rootRef = file.catalog.get('StructTreeRoot');
    if (rootRef instanceof PdfRef) file.put(rootRef.num, root);
    return;
  }
  const last = ids[ids.length - 1]![0];
  for (let ref: PdfRef | undefined = treeRef, steps = 0; ref && steps < 20; steps++) {
    const node = file.object(ref.num);
    if (!(node instanceof PdfDict)) return;
    const limits = node.get('Limits');
    if (Array.isArray(limits) && limits.length === 2) {
      limits[1] = PdfString.text(last);
      file.put(ref.num, node);
    }
    const kids = node.get('Kids');
    if (Array.isArray(kids) && kids.length) {
      const next = kids[kids.length - 1];
      ref = next instanceof PdfRef ? next : undefined;
      continue;
    }
    const leaf = node.get('Names');
    node.set('Names', [...(Array.isArray(leaf) ? leaf : []), ...names]);
    file.put(ref.num, node);
    return;
  }
}
