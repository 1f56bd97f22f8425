import { PDFDict, PDFName, PDFRef } from 'pdf-lib';
import { ContentReader, type FormUse, type PageContent, type Sequence } from './content.js';
import { Fonts } from './fonts.js';
import { Pdf, type Page } from './pdf.js';
import { mcrKey, readTree, type Elem, type Tree } from './tree.js';
import { parseXml, type XmlElement } from './xmp.js';

export interface Annotation {
  ref: PDFRef | undefined;
  dict: PDFDict;
  subtype: string;
  page: Page;
  /** Hidden (flag bit 2) or wholly outside the crop box: PDF/UA exempts such annotations. */
  exempt: boolean;
}

/** Everything the checkpoints look at, read once. */
export interface Model {
  pdf: Pdf;
  tree: Tree;
  fonts: Fonts;
  content: PageContent[];
  formUses: Map<string, FormUse>;
  /** For streams outside the pages' content (annotation appearances). */
  reader: ContentReader;
  annotations: Annotation[];
  /** The metadata stream's XML, or why it could not be read. */
  xmp: XmlElement | string | undefined;
  /** The struct element that owns each marked-content sequence with an MCID the tree references. */
  ownerOf(seq: Sequence): Elem | undefined;
}

export async function readModel(bytes: Uint8Array): Promise<Model> {
  const pdf = await Pdf.load(bytes);
  const tree = readTree(pdf);
  const fonts = new Fonts(pdf);
  const reader = new ContentReader(pdf, fonts);
  const content = pdf.encrypted ? [] : pdf.pages.map((page) => reader.read(page));
  const annotations: Annotation[] = [];
  for (const page of pdf.pages) {
    const crop = (pdf.array(pdf.inherited(page.dict, 'CropBox')) ?? pdf.array(pdf.inherited(page.dict, 'MediaBox')))?.map((v) => pdf.number(v) ?? 0);
    for (const obj of pdf.array(page.dict.get(PDFName.of('Annots'))) ?? []) {
      const dict = pdf.dict(obj);
      if (!dict) continue;
      const rect = pdf.array(dict.get(PDFName.of('Rect')))?.map((v) => pdf.number(v) ?? 0);
      const flags = pdf.number(dict.get(PDFName.of('F'))) ?? 0;
      annotations.push({
        ref: obj instanceof PDFRef ? obj : undefined,
        dict,
        subtype: pdf.name(dict.get(PDFName.of('Subtype'))) ?? '',
        page,
        exempt: (flags & 2) === 2 || (crop !== undefined && rect !== undefined && outside(rect, crop)),
      });
    }
  }
  const metadata = pdf.bytes(pdf.catalog.get(PDFName.of('Metadata')));
  const xmp = metadata ? parseXml(new TextDecoder().decode(metadata)) : undefined;
  return {
    pdf,
    tree,
    fonts,
    content,
    formUses: reader.formUses,
    reader,
    annotations,
    xmp,
    ownerOf(seq) {
      if (seq.mcid === undefined) return undefined;
      return tree.byMcr.get(mcrKey(pdf.pages[seq.page - 1]?.ref, seq.form, seq.mcid))?.[0];
    },
  };
}

function outside(rect: number[], box: number[]): boolean {
  const [x0, y0, x1, y1] = [Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)];
  const [bx0, by0, bx1, by1] = [Math.min(box[0]!, box[2]!), Math.min(box[1]!, box[3]!), Math.max(box[0]!, box[2]!), Math.max(box[1]!, box[3]!)];
  return x1 < bx0 || x0 > bx1 || y1 < by0 || y0 > by1;
}

export type { Elem, Page, PageContent, Sequence };
