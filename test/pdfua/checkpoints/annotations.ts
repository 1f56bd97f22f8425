import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { checkpoint, quote, type Checkpoint, type Tally } from '../checkpoint.js';
import type { Annotation, Model } from '../model.js';
import { attribute } from './tags.js';
import { classify } from './structure.js';
import type { Elem } from '../tree.js';

/** The structure element that owns an annotation through an OBJR. */
export function ownerOf(model: Model, annot: Annotation): Elem | undefined {
  return annot.ref ? model.tree.byObj.get(annot.ref.toString())?.[0] : undefined;
}

const where = (annot: Annotation) => ({ page: annot.page.number, object: annot.ref });
const nonEmpty = (model: Model, obj: PDFObject | undefined): boolean => {
  const text = model.pdf.text(obj);
  return text !== undefined && text !== '';
};

/** The annotation subtypes of ISO 32000-1, 12.5.6. */
const standardSubtypes = new Set([
  'Text', 'Link', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly',
  'StrikeOut', 'Stamp', 'Caret', 'Ink', 'Popup', 'FileAttachment', 'Sound', 'Movie', 'Widget', 'Screen', 'PrinterMark',
  'TrapNet', 'Watermark', '3D',
]);

function perAnnotation(
  id: string,
  title: string,
  applies: (a: Annotation) => boolean,
  test: (model: Model, a: Annotation, t: Tally) => void,
): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const annot of model.annotations) {
      if (annot.exempt || !applies(annot)) continue;
      t.saw();
      test(model, annot, t);
    }
  });
}

const describe = (model: Model, annot: Annotation): string => {
  const contents = model.pdf.text(annot.dict.get(PDFName.of('Contents')));
  return `/${annot.subtype} annotation${contents ? ` ${quote(contents, 30)}` : ''}`;
};

export const annotInAnnot = perAnnotation(
  '28-002',
  'An annotation, other than of subtype Widget, Link and PrinterMark, is not a direct child of an <Annot> structure element',
  (a) => !['Widget', 'Link', 'PrinterMark'].includes(a.subtype),
  (model, annot, t) => {
    const owner = ownerOf(model, annot);
    if (owner?.std !== 'Annot') t.fail(where(annot), `${describe(model, annot)} is ${owner ? `in /${owner.type}` : 'in no structure element'}, not in /Annot`);
  },
);

export const annotDescription = perAnnotation(
  '28-004',
  'An annotation, other than of subtype Widget, does not have a Contents entry and does not have an alternative description (in the form of an Alt entry in the enclosing structure element)',
  (a) => a.subtype !== 'Widget',
  (model, annot, t) => {
    const owner = ownerOf(model, annot);
    if (!nonEmpty(model, annot.dict.get(PDFName.of('Contents'))) && !nonEmpty(model, owner?.dict.get(PDFName.of('Alt')))) {
      t.fail(where(annot), `/${annot.subtype} annotation with no /Contents, in ${owner ? `a /${owner.type} with no /Alt` : 'no structure element'}`);
    }
  },
);

/** A widget's field: the widget itself or the nearest parent with an entry (fields inherit). */
function fieldEntry(model: Model, widget: PDFDict, key: string): PDFObject | undefined {
  const seen = new Set<PDFDict>();
  for (let d: PDFDict | undefined = widget; d && !seen.has(d); d = model.pdf.dict(d.get(PDFName.of('Parent')))) {
    seen.add(d);
    if (d.get(PDFName.of(key)) !== undefined) return d.get(PDFName.of(key));
  }
  return undefined;
}

export const fieldDescription = perAnnotation(
  '28-005',
  'A form field does not have a TU entry and does not have an alternative description (in the form of an Alt entry in the enclosing structure element)',
  (a) => a.subtype === 'Widget',
  (model, annot, t) => {
    const owner = ownerOf(model, annot);
    if (!nonEmpty(model, fieldEntry(model, annot.dict, 'TU')) && !nonEmpty(model, owner?.dict.get(PDFName.of('Alt')))) {
      t.fail(where(annot), 'form field with no /TU (tool tip) and no /Alt on its structure element');
    }
  },
);

export const unknownSubtype = perAnnotation(
  '28-006',
  'An annotation with subtype undefined in ISO 32000 does not meet 7.18.1',
  (a) => !standardSubtypes.has(a.subtype),
  (model, annot, t) => {
    const owner = ownerOf(model, annot);
    if (owner?.std !== 'Annot') t.fail(where(annot), `annotation of the non-standard subtype /${annot.subtype} is not in an /Annot element`);
    if (!nonEmpty(model, annot.dict.get(PDFName.of('Contents'))) && !nonEmpty(model, owner?.dict.get(PDFName.of('Alt')))) {
      t.fail(where(annot), `annotation of the non-standard subtype /${annot.subtype} has no /Contents and no /Alt`);
    }
  },
);

export const trapNet = perAnnotation(
  '28-007',
  'An annotation of subtype TrapNet exists',
  () => true,
  (_model, annot, t) => {
    if (annot.subtype === 'TrapNet') t.fail(where(annot), 'a /TrapNet annotation');
  },
);

function tabsCheck(id: string, title: string, missing: boolean): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const page of model.pdf.pages) {
      if (!(model.pdf.array(page.dict.get(PDFName.of('Annots')))?.length)) continue;
      t.saw();
      const tabs = page.dict.get(PDFName.of('Tabs'));
      if (missing && tabs === undefined) t.fail({ page: page.number, object: page.ref }, 'page with annotations but no /Tabs');
      if (!missing && tabs !== undefined && model.pdf.name(tabs) !== 'S') t.fail({ page: page.number, object: page.ref }, `page with annotations has /Tabs ${String(tabs)}, not /S`);
    }
  });
}

export const tabsPresent = tabsCheck('28-008', 'A page containing an annotation does not contain a Tabs entry', true);
export const tabsStructure = tabsCheck('28-009', 'A page containing an annotation has a Tabs entry with a value other than S', false);

export const widgetInForm = checkpoint(
  '28-010',
  'A widget annotation is not nested within a <Form> tag',
  'machine',
  (model, t) => {
    for (const annot of model.annotations) {
      if (annot.exempt || annot.subtype !== 'Widget') continue;
      t.saw();
      const owner = ownerOf(model, annot);
      if (owner?.std !== 'Form') t.fail(where(annot), `widget annotation ${owner ? `in /${owner.type}` : 'in no structure element'}, not in /Form`);
    }
    // A Form element without a Role attribute holds its widget and nothing else (ISO 14289-1, 7.18.4).
    for (const form of model.tree.elems.filter((e) => e.std === 'Form')) {
      t.saw();
      if (attribute(model, form, 'PrintField', 'Role') !== undefined) continue;
      if (form.kids.length !== 1 || form.kids[0]!.kind !== 'objr') {
        t.fail({ page: model.pdf.pageOf(form.page)?.number, object: form.ref }, '/Form without a /Role attribute holds more than the one widget annotation (OBJR)');
      }
    }
  },
);

export const linkInLink = perAnnotation(
  '28-011',
  'A link annotation is not nested within a <Link> tag',
  (a) => a.subtype === 'Link',
  (model, annot, t) => {
    const owner = ownerOf(model, annot);
    if (owner?.std !== 'Link') t.fail(where(annot), `${describe(model, annot)} is ${owner ? `in /${owner.type}` : 'in no structure element (no OBJR refers to it)'}, not in /Link`);
  },
);

export const linkContents = perAnnotation(
  '28-012',
  'A link annotation does not include an alternate description in its Contents entry',
  (a) => a.subtype === 'Link',
  (model, annot, t) => {
    if (!nonEmpty(model, annot.dict.get(PDFName.of('Contents')))) t.fail(where(annot), '/Link annotation without /Contents');
  },
);

/** Every dictionary in the file, direct ones included, with the indirect object it is in. */
const dictionaries = new WeakMap<Model, Array<{ dict: PDFDict; ref: PDFRef }>>();
export function allDictionaries(model: Model): Array<{ dict: PDFDict; ref: PDFRef }> {
  let out = dictionaries.get(model);
  if (out) return out;
  out = [];
  const visit = (obj: PDFObject, ref: PDFRef, depth: number): void => {
    if (depth > 32) return;
    if (obj instanceof PDFRawStream) visit(obj.dict, ref, depth + 1);
    else if (obj instanceof PDFDict) {
      out!.push({ dict: obj, ref });
      for (const [, value] of obj.entries()) if (!(value instanceof PDFRef)) visit(value, ref, depth + 1);
    } else if (obj instanceof PDFArray) {
      for (const value of obj.asArray()) if (!(value instanceof PDFRef)) visit(value, ref, depth + 1);
    }
  };
  for (const [ref, obj] of model.pdf.objects()) visit(obj, ref, 0);
  dictionaries.set(model, out);
  return out;
}

function mediaClips(model: Model): Array<{ dict: PDFDict; ref: PDFRef }> {
  const { pdf } = model;
  return allDictionaries(model).filter(({ dict }) => pdf.name(dict.get(PDFName.of('Type'))) === 'MediaClip' && pdf.name(dict.get(PDFName.of('S'))) === 'MCD');
}

export const mediaClipType = checkpoint(
  '28-014',
  'CT entry is missing from the media clip data dictionary',
  'machine',
  (model, t) => {
    for (const clip of mediaClips(model)) {
      t.saw();
      if (clip.dict.get(PDFName.of('CT')) === undefined) t.fail({ object: clip.ref }, 'media clip data without /CT (its content type)');
    }
  },
);

export const mediaClipAlt = checkpoint(
  '28-015',
  'Alt entry is missing from the media clip data dictionary',
  'machine',
  (model, t) => {
    for (const clip of mediaClips(model)) {
      t.saw();
      // A multi-language text array: pairs of language and text (ISO 32000-1, 7.9.2.2 and 13.2.4.2).
      const alt = model.pdf.array(clip.dict.get(PDFName.of('Alt')));
      const ok = alt !== undefined && alt.length >= 2 && alt.length % 2 === 0 && alt.every((v) => model.pdf.text(v) !== undefined);
      if (!ok) t.fail({ object: clip.ref }, alt ? 'media clip data whose /Alt is not pairs of language and text' : 'media clip data without /Alt');
    }
  },
);

/** ISO 14289-1, 7.11: an embedded file's specification has non-empty /F and /UF. */
export function fileSpecProblem(model: Model, spec: PDFDict | undefined): string | undefined {
  if (!spec) return 'has no file specification';
  if (spec.get(PDFName.of('EF')) === undefined) return undefined;
  const missing = ['F', 'UF'].filter((k) => !nonEmpty(model, spec.get(PDFName.of(k))));
  return missing.length ? `embeds a file whose specification has no ${missing.map((k) => `/${k}`).join(' or ')}` : undefined;
}

export const fileAttachment = perAnnotation(
  '28-016',
  'File attachment annotations do not conform to 7.11',
  (a) => a.subtype === 'FileAttachment',
  (model, annot, t) => {
    const problem = fileSpecProblem(model, model.pdf.dict(annot.dict.get(PDFName.of('FS'))));
    if (problem) t.fail(where(annot), `the /FileAttachment annotation ${problem}`);
  },
);

export const printerMarkInTree = perAnnotation(
  '28-017',
  'A PrinterMark annotation is included in the logical structure',
  (a) => a.subtype === 'PrinterMark',
  (model, annot, t) => {
    const owner = ownerOf(model, annot);
    if (owner || annot.dict.get(PDFName.of('StructParent')) !== undefined) t.fail(where(annot), `/PrinterMark annotation in the structure tree${owner ? ` (in /${owner.type})` : ' (it has a /StructParent)'}`);
  },
);

export const printerMarkArtifact = perAnnotation(
  '28-018',
  'The appearance stream of a PrinterMark annotation is not marked as Artifact',
  (a) => a.subtype === 'PrinterMark',
  (model, annot, t) => {
    const ap = model.pdf.dict(annot.dict.get(PDFName.of('AP')));
    const normal = model.pdf.resolve(ap?.get(PDFName.of('N')));
    const streams = normal instanceof PDFRawStream ? [ap!.get(PDFName.of('N'))] : normal instanceof PDFDict ? normal.entries().map(([, v]) => v) : [];
    for (const stream of streams) {
      const content = model.reader.readAppearance(stream, annot.page);
      const unmarked = content.untagged.length + content.sequences.filter((s) => s.painted && classify(model, s) !== 'artifact').length;
      if (unmarked) t.fail(where(annot), `the /PrinterMark's appearance ${String(stream)} paints ${unmarked} time${unmarked === 1 ? '' : 's'} outside an Artifact`);
    }
  },
);

export const annotationCheckpoints = [
  annotInAnnot,
  annotDescription,
  fieldDescription,
  unknownSubtype,
  trapNet,
  tabsPresent,
  tabsStructure,
  widgetInForm,
  linkInLink,
  linkContents,
  mediaClipType,
  mediaClipAlt,
  fileAttachment,
  printerMarkInTree,
  printerMarkArtifact,
];
