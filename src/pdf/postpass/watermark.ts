import { deflateSync } from 'node:zlib';
import type { PdfValue } from './cos.js';
import { PdfDict, PdfName, PdfNumber, PdfRef, PdfStream } from './cos.js';
import type { PdfPage } from './file.js';
import { PdfFile } from './file.js';
import { loadFontFile } from '../../assets/fonts.js';
import { draftLine, draftMark } from '../messages.js';

/**
 * Marks every page of a draft: "UTKAST" across the page and "Utkast – byggt <date> från <commit>" at
 * the foot. Drawn after printing (an HTML watermark is fragile under Paged.js).
 *
 * The mark is drawn once per page size, by pdf-lib on a page of its own, with its text set in Source
 * Sans 3 embedded as a subset (a standard PDF font would be an unembedded font in an otherwise fully
 * embedded document). That page becomes one form XObject, shared by every page of the document and
 * drawn last on each, as an Artifact: outside the tag tree, so screen readers skip it. The document's
 * own content streams are left as they are.
 */
export async function drawDraftMark(file: PdfFile, draft: { date: string; commit: string }): Promise<void> {
  const forms = new Map<string, { name: string; form: PdfRef; draw: PdfRef }>();
  // Shared by every page: the page's own content is put between q and Q, so the mark starts from the
  // default graphics state whatever the content left behind.
  const save = file.add(new PdfStream(new PdfDict(), ascii('q\n')));
  const restore = file.add(new PdfStream(new PdfDict(), ascii('\nQ\n')));
  for (const page of file.pages()) {
    const [width, height] = pageSize(file, page);
    const key = `${width}x${height}`;
    let mark = forms.get(key);
    if (!mark) {
      const form = graftForm(file, await markPage(draft, width, height));
      const name = `EhalsaDraft${form.num}`;
      const draw = file.add(new PdfStream(new PdfDict(), ascii(`q\n/Artifact BMC\n/${name} Do\nEMC\nQ\n`)));
      mark = { name, form, draw };
      forms.set(key, mark);
    }
    addXObject(file, page, mark.name, mark.form);
    page.dict.set('Contents', [save, ...file.contents(page), restore, mark.draw]);
    file.put(page.num, page.dict);
  }
}

/** The mark drawn by pdf-lib on a page of the given size, as a PDF file of its own; kept per text and size. */
const drawn = new Map<string, Promise<Uint8Array>>();

function markPage(draft: { date: string; commit: string }, width: number, height: number): Promise<PdfFile> {
  const line = draftLine(draft.date, draft.commit);
  const key = `${line}\n${width}x${height}`;
  let bytes = drawn.get(key);
  if (!bytes) {
    bytes = drawMarkPage(line, width, height);
    drawn.set(key, bytes);
    bytes.catch(() => drawn.delete(key));
  }
  return bytes.then((b) => PdfFile.read(b));
}

const importTools = () => Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit'), loadFontFile(600)]);
let tools: ReturnType<typeof importTools> | undefined;

/**
 * Loads what drawing the mark takes (pdf-lib, fontkit, the font): not at import, since only drafts
 * need them and they take a quarter of a second to load, but as soon as a draft is on its way.
 */
export function loadDraftTools(): ReturnType<typeof importTools> {
  tools ??= importTools();
  return tools;
}

async function drawMarkPage(line: string, width: number, height: number): Promise<Uint8Array> {
  const [lib, { default: fontkit }, fontFile] = await loadDraftTools();
  const doc = await lib.PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontFile, { subset: true });
  const page = doc.addPage([width, height]);
  // The word centred on the page along its diagonal, light enough to read the text through.
  const angle = Math.atan2(height, width);
  const size = Math.min(width, height) / 4;
  const textWidth = font.widthOfTextAtSize(draftMark, size);
  const capHeight = font.heightAtSize(size, { descender: false }) * 0.7;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  // Start point such that the text's centre lands on the page's centre after rotation.
  const x = width / 2 - (textWidth / 2) * cos + (capHeight / 2) * sin;
  const y = height / 2 - (textWidth / 2) * sin - (capHeight / 2) * cos;
  const rotate = lib.degrees((angle * 180) / Math.PI);
  page.drawText(draftMark, { x, y, size, font, color: lib.grayscale(0.55), opacity: 0.25, rotate });
  page.drawText(line, { x: 42, y: 18, size: 8, font, color: lib.grayscale(0.45) });
  return doc.save({ useObjectStreams: false });
}

/** Copies the mark's page into `file` as a form XObject (its resources, fonts included, copied along). */
function graftForm(file: PdfFile, mark: PdfFile): PdfRef {
  const [page] = mark.pages();
  if (!page) throw new Error('the draft mark has no page');
  const copied = new Map<number, PdfRef>();
  const copy = (value: PdfValue): PdfValue => {
    if (value instanceof PdfRef) {
      const done = copied.get(value.num);
      if (done) return done;
      const ref = file.add(null);
      copied.set(value.num, ref);
      const object = mark.object(value.num);
      file.put(ref.num, object instanceof PdfStream ? new PdfStream(copy(object.dict) as PdfDict, object.data) : copy(object));
      return ref;
    }
    if (Array.isArray(value)) return value.map(copy);
    if (value instanceof PdfDict) return new PdfDict([...value.entries].map(([key, item]) => [key.name, copy(item)] as const));
    return value;
  };
  const parts = mark.contents(page).map((ref) => {
    const stream = mark.object(ref.num);
    const bytes = stream instanceof PdfStream ? stream.decoded() : null;
    if (!bytes) throw new Error('the draft mark has a content stream it cannot read');
    return bytes;
  });
  const [width, height] = pageSize(mark, page);
  const dict = new PdfDict([
    ['Type', PdfName.of('XObject')],
    ['Subtype', PdfName.of('Form')],
    ['BBox', [0, 0, width, height].map(PdfNumber.real)],
    ['Resources', copy(mark.dict(page.dict, 'Resources') ?? new PdfDict())],
    ['Filter', PdfName.of('FlateDecode')],
  ]);
  return file.add(new PdfStream(dict, deflateSync(Buffer.concat(parts.flatMap((part) => [part, ascii('\n')])))));
}

/** Puts the form into the page's resources under `name` (editing the resources where they live). */
function addXObject(file: PdfFile, page: PdfPage, name: string, form: PdfRef): void {
  const resourcesRef = page.dict.get('Resources');
  const resources = file.resolve(resourcesRef);
  if (!(resources instanceof PdfDict)) throw new Error(`page object ${page.num} has no resources of its own`);
  const xobjectsRef = resources.get('XObject');
  const xobjects = file.resolve(xobjectsRef);
  if (xobjects instanceof PdfDict) {
    xobjects.set(name, form);
    if (xobjectsRef instanceof PdfRef) file.put(xobjectsRef.num, xobjects);
  } else {
    resources.set('XObject', new PdfDict([[name, form]]));
  }
  if (resourcesRef instanceof PdfRef) file.put(resourcesRef.num, resources);
}

/** Width and height of a page's media box (inherited from the page tree if need be). */
function pageSize(file: PdfFile, page: PdfPage): [number, number] {
  let node: PdfDict | undefined = page.dict;
  for (let depth = 0; node && depth < 32; depth++) {
    const box = file.resolve(node.get('MediaBox'));
    if (Array.isArray(box) && box.length === 4 && box.every((n) => n instanceof PdfNumber)) {
      const [x0, y0, x1, y1] = box.map((n) => (n as PdfNumber).value) as [number, number, number, number];
      return [x1 - x0, y1 - y0];
    }
    node = file.dict(node, 'Parent');
  }
  throw new Error(`page object ${page.num} has no media box`);
}

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
