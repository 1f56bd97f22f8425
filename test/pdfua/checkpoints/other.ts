import { PDFName, PDFRawStream, PDFRef, type PDFDict } from 'pdf-lib';
import { checkpoint, type Checkpoint } from '../checkpoint.js';
import type { Model } from '../model.js';
import { allDictionaries, fileSpecProblem } from './annotations.js';

/** The optional content configurations: the default (D) and the others (Configs). */
function configs(model: Model): Array<{ dict: PDFDict; ref: PDFRef | undefined; role: 'D' | 'Configs' }> {
  const { pdf } = model;
  const props = pdf.dict(pdf.catalog.get(PDFName.of('OCProperties')));
  if (!props) return [];
  const out: Array<{ dict: PDFDict; ref: PDFRef | undefined; role: 'D' | 'Configs' }> = [];
  const d = props.get(PDFName.of('D'));
  if (pdf.dict(d)) out.push({ dict: pdf.dict(d)!, ref: d instanceof PDFRef ? d : undefined, role: 'D' });
  for (const c of pdf.array(props.get(PDFName.of('Configs'))) ?? []) {
    if (pdf.dict(c)) out.push({ dict: pdf.dict(c)!, ref: c instanceof PDFRef ? c : undefined, role: 'Configs' });
  }
  return out;
}

function configName(id: string, title: string, role: 'D' | 'Configs'): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    for (const c of configs(model).filter((x) => x.role === role)) {
      t.saw();
      const name = model.pdf.text(c.dict.get(PDFName.of('Name')));
      if (!name) t.fail({ object: c.ref }, `an optional content configuration (${role === 'D' ? 'the default, /D' : 'in /Configs'}) with ${name === '' ? 'an empty' : 'no'} /Name`);
    }
  });
}

export const configsName = configName('20-001', 'Name entry is missing or has an empty string as its value in an Optional Content Configuration Dictionary in the Configs entry in the OCProperties entry in the Catalog dictionary', 'Configs');
export const defaultConfigName = configName('20-002', 'Name entry is missing or has an empty string as its value in an Optional Content Configuration Dictionary that is the value of the D entry in the OCProperties entry in the Catalog dictionary', 'D');

export const configAS = checkpoint(
  '20-003',
  'An AS entry appears in an Optional Content Configuration Dictionary',
  'machine',
  (model, t) => {
    for (const c of configs(model)) {
      t.saw();
      if (c.dict.get(PDFName.of('AS')) !== undefined) t.fail({ object: c.ref }, 'an optional content configuration with /AS');
    }
  },
);

export const embeddedFileSpec = checkpoint(
  '21-001',
  'The file specification dictionary for an embedded file does not contain F and UF entries',
  'machine',
  (model, t) => {
    for (const { dict, ref } of allDictionaries(model)) {
      if (dict.get(PDFName.of('EF')) === undefined) continue;
      t.saw();
      const problem = fileSpecProblem(model, dict);
      if (problem) t.fail({ object: ref }, `a file specification that ${problem.replace(/^embeds a file whose specification has/, 'embeds a file but has')}`);
    }
  },
);

export const dynamicXfa = checkpoint(
  '25-001',
  'File contains the dynamicRender element with value "required"',
  'machine',
  (model, t) => {
    const { pdf } = model;
    const form = pdf.dict(pdf.catalog.get(PDFName.of('AcroForm')));
    const xfa = form?.get(PDFName.of('XFA'));
    if (xfa === undefined) return;
    t.saw();
    const packets = pdf.resolve(xfa) instanceof PDFRawStream ? [xfa] : (pdf.array(xfa) ?? []).filter((_, i) => i % 2 === 1);
    for (const packet of packets) {
      const bytes = pdf.bytes(packet);
      const text = bytes ? new TextDecoder().decode(bytes) : '';
      if (/<dynamicRender\b[^>]*>\s*required\s*<\/dynamicRender>/.test(text)) t.fail({ object: packet instanceof PDFRef ? packet : undefined }, 'an XFA form with <dynamicRender>required</dynamicRender> (dynamic XFA)');
    }
  },
);

function encryption(id: string, title: string, test: (p: number | undefined) => string | undefined): Checkpoint {
  return checkpoint(id, title, 'machine', (model, t) => {
    const encrypt = model.pdf.dict(model.pdf.trailer.get(PDFName.of('Encrypt')));
    if (!encrypt) return;
    t.saw();
    const problem = test(model.pdf.number(encrypt.get(PDFName.of('P'))));
    if (problem) t.fail({ object: model.pdf.trailer.get(PDFName.of('Encrypt')) instanceof PDFRef ? (model.pdf.trailer.get(PDFName.of('Encrypt')) as PDFRef) : undefined }, problem);
  });
}

export const encryptP = encryption('26-001', 'The file is encrypted but does not contain a P entry in its encryption dictionary', (p) => (p === undefined ? 'the encryption dictionary has no /P' : undefined));
export const encryptExtract = encryption('26-002', 'The file is encrypted and does contain a P entry but the 10th bit position of the P entry is false', (p) =>
  p !== undefined && (p & 512) === 0 ? `the encryption's /P ${p} does not allow extracting text for accessibility (bit 10)` : undefined,
);

/** What the checker could not read: then the checkpoints above have not seen everything they check. */
export const scope = checkpoint(
  'scope',
  'The checker could not read part of the file (encrypted, or a content stream it cannot decode or that leaves marked content open)',
  'integrity',
  (model, t) => {
    t.saw();
    if (model.pdf.encrypted) t.fail({}, 'the file is encrypted: its content was not read, and the content checkpoints did not run');
    for (const page of model.content) {
      for (const u of page.unbalanced) t.fail({ page: page.page.number, object: u.stream }, u.message);
    }
  },
);

export const otherCheckpoints = [configsName, defaultConfigName, configAS, embeddedFileSpec, dynamicXfa, encryptP, encryptExtract, scope];
