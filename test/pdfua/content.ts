import { PDFName, PDFRef, type PDFDict, type PDFObject } from 'pdf-lib';
import { showString, type Fonts } from './fonts.js';
import { lex, Name, textString, type Operand } from './lexer.js';
import type { Page, Pdf } from './pdf.js';

/**
 * What a page paints and how it is marked (ISO 32000-1, 14.6 and 14.7.4): every marked-content
 * sequence with its tag, MCID and properties, and every run of painting done outside any marked
 * content. Form XObjects are followed; what they paint is marked by the sequences around the Do that
 * draws them as well as by their own.
 */
export interface Sequence {
  tag: string;
  mcid: number | undefined;
  lang: string | undefined;
  alt: string | undefined;
  actualText: string | undefined;
  expansion: string | undefined;
  /** The sequence this one is nested in, crossing into the form XObject's caller. */
  parent: Sequence | undefined;
  page: number;
  /** The content stream (or form XObject) the sequence is in. */
  stream: string;
  /** The form XObject it is in, for MCRs that name it in /Stm. */
  form: PDFRef | undefined;
  offset: number;
  /** The form XObject's own /StructParent makes everything in it tagged content. */
  taggedForm: boolean;
  painted: boolean;
  /** Text shown directly in the sequence (not in sequences nested in it). */
  text: string;
  /** Where its text starts on the page, in default user space: lowest and highest baseline. */
  yMin: number;
  yMax: number;
  /** Some of its text is set on a rotated baseline. */
  rotated: boolean;
}

export interface UntaggedRun {
  page: number;
  stream: string;
  offset: number;
  kinds: Set<string>;
  text: string;
}

export interface PageContent {
  page: Page;
  sequences: Sequence[];
  untagged: UntaggedRun[];
  /** EMC without a sequence to end, a sequence not ended at the end of the page, q/Q across them. */
  unbalanced: Array<{ stream: string; offset: number; message: string }>;
  /** Form XObjects drawn (with Do) on this page. */
  forms: PDFRef[];
}

export interface FormUse {
  ref: PDFRef;
  uses: number;
  hasMcid: boolean;
  isReference: boolean;
}

/** A PDF transformation matrix [a b c d e f] (row vectors), and m × n; also used by test/pdf/page-fill.ts. */
export type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

interface GState {
  ctm: Matrix;
  font: PDFObject | undefined;
  renderMode: number;
  leading: number;
}

const pathPainting = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const textShowing = new Set(['Tj', 'TJ', "'", '"']);

export class ContentReader {
  readonly formUses = new Map<string, FormUse>();
  constructor(
    private readonly pdf: Pdf,
    private readonly fonts: Fonts,
  ) {}

  read(page: Page): PageContent {
    const out: PageContent = { page, sequences: [], untagged: [], unbalanced: [], forms: [] };
    const parts = this.pdf.list(page.dict.get(PDFName.of('Contents')));
    // The page's streams are one content stream (ISO 32000-1, 7.8.2): a sequence may span two.
    const chunks: Array<{ start: number; ref: string }> = [];
    const pieces: Uint8Array[] = [];
    let length = 0;
    for (const part of parts) {
      const bytes = this.pdf.bytes(part);
      if (!bytes) {
        out.unbalanced.push({ stream: String(part), offset: 0, message: 'a content stream that cannot be decoded' });
        continue;
      }
      chunks.push({ start: length, ref: String(part) });
      pieces.push(bytes, newline);
      length += bytes.length + 1;
    }
    const all = new Uint8Array(length);
    let at = 0;
    for (const piece of pieces) {
      all.set(piece, at);
      at += piece.length;
    }
    const streamAt = (offset: number): { stream: string; offset: number } => {
      let chunk = chunks[0] ?? { start: 0, ref: '?' };
      for (const c of chunks) if (c.start <= offset) chunk = c;
      return { stream: chunk.ref, offset: offset - chunk.start };
    };
    const stack = this.run(all, page.resources, identity, [], out, streamAt, undefined, new Set());
    for (const open of stack) {
      out.unbalanced.push({ stream: open.stream, offset: open.offset, message: `/${open.tag} sequence not ended by EMC` });
    }
    return out;
  }

  /** An annotation's appearance stream (a form XObject), as if drawn on its page. */
  readAppearance(ref: PDFObject | undefined, page: Page): PageContent {
    const out: PageContent = { page, sequences: [], untagged: [], unbalanced: [], forms: [] };
    const stream = this.pdf.stream(ref);
    const bytes = this.pdf.bytes(stream);
    if (!stream || !bytes) return out;
    const resources = this.pdf.dict(stream.dict.get(PDFName.of('Resources')));
    const label = String(ref);
    const left = this.run(bytes, resources, identity, [], out, () => ({ stream: label, offset: 0 }), undefined, new Set([label]));
    for (const open of left) out.unbalanced.push({ stream: label, offset: open.offset, message: `/${open.tag} sequence not ended by EMC` });
    return out;
  }

  /** Interprets one content stream; returns the sequences it left open. */
  private run(
    bytes: Uint8Array,
    resources: PDFDict | undefined,
    ctm: Matrix,
    outer: Sequence[],
    out: PageContent,
    locate: (offset: number) => { stream: string; offset: number },
    form: PDFRef | undefined,
    drawing: Set<string>,
  ): Sequence[] {
    const { pdf, fonts } = this;
    const stack: Sequence[] = [];
    const states: GState[] = [];
    let gs: GState = { ctm, font: undefined, renderMode: 0, leading: 0 };
    let tm: Matrix = identity;
    let tlm: Matrix = identity;
    let run: UntaggedRun | undefined;
    const current = (): Sequence | undefined => stack[stack.length - 1] ?? outer[outer.length - 1];
    const resource = (category: string, name: Operand | undefined): PDFObject | undefined => {
      if (!(name instanceof Name)) return undefined;
      return pdf.dict(resources?.get(PDFName.of(category)))?.get(PDFName.of(name.name));
    };
    const paint = (kind: string, at: number, text = ''): void => {
      const seq = current();
      if (seq) {
        seq.painted = true;
        return;
      }
      if (!run) {
        const where = locate(at);
        run = { page: out.page.number, stream: where.stream, offset: where.offset, kinds: new Set(), text: '' };
        out.untagged.push(run);
      }
      run.kinds.add(kind);
      run.text += text;
    };
    const show = (strings: Uint8Array[], at: number): void => {
      const font = fonts.get(gs.font);
      const where = locate(at);
      let text = '';
      for (const s of strings) text += font ? showString(font, s, gs.renderMode, { page: out.page.number, stream: where.stream }) : '';
      const seq = current();
      paint('text', at, text);
      if (!seq) return;
      seq.text += text;
      const m = multiply(tm, gs.ctm);
      const y = m[5];
      seq.yMin = Math.min(seq.yMin, y);
      seq.yMax = Math.max(seq.yMax, y);
      if (Math.abs(m[1]) > 1e-6 * Math.abs(m[0]) || Math.abs(m[2]) > 1e-6 * Math.abs(m[3])) seq.rotated = true;
    };

    lex(bytes, (op, args, at) => {
      const num = (k: number): number => {
        const v = args[k];
        return typeof v === 'number' ? v : 0;
      };
      switch (op) {
        case 'BMC':
        case 'BDC': {
          run = undefined;
          const tag = args[0] instanceof Name ? args[0].name : '';
          const props = op === 'BDC' ? properties(pdf, args[1], resources) : undefined;
          const where = locate(at);
          const seq: Sequence = {
            tag,
            mcid: props?.number('MCID'),
            lang: props?.text('Lang'),
            alt: props?.text('Alt'),
            actualText: props?.text('ActualText'),
            expansion: props?.text('E'),
            parent: current(),
            page: out.page.number,
            stream: where.stream,
            form,
            offset: where.offset,
            taggedForm: false,
            painted: false,
            text: '',
            yMin: Infinity,
            yMax: -Infinity,
            rotated: false,
          };
          stack.push(seq);
          out.sequences.push(seq);
          break;
        }
        case 'EMC': {
          run = undefined;
          if (!stack.pop()) {
            const where = locate(at);
            out.unbalanced.push({ ...where, message: 'EMC without a marked-content sequence to end' });
          }
          break;
        }
        case 'q':
          states.push({ ...gs });
          break;
        case 'Q':
          gs = states.pop() ?? gs;
          break;
        case 'cm':
          gs.ctm = multiply([num(0), num(1), num(2), num(3), num(4), num(5)], gs.ctm);
          break;
        case 'BT':
          tm = tlm = identity;
          break;
        case 'Tm':
          tm = tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
          break;
        case 'Td':
          tm = tlm = multiply([1, 0, 0, 1, num(0), num(1)], tlm);
          break;
        case 'TD':
          gs.leading = -num(1);
          tm = tlm = multiply([1, 0, 0, 1, num(0), num(1)], tlm);
          break;
        case 'T*':
          tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
          break;
        case 'TL':
          gs.leading = num(0);
          break;
        case 'Tf':
          gs.font = resource('Font', args[0]);
          break;
        case 'Tr':
          gs.renderMode = num(0);
          break;
        case 'Do': {
          const ref = resource('XObject', args[0]);
          const xobject = pdf.stream(ref);
          const subtype = pdf.name(xobject?.dict.get(PDFName.of('Subtype')));
          if (subtype !== 'Form' || !xobject) {
            paint('image', at);
            break;
          }
          const key = String(ref);
          const formRef = ref instanceof PDFRef ? ref : undefined;
          const use = this.formUses.get(key) ?? {
            ref: formRef!,
            uses: 0,
            hasMcid: false,
            isReference: xobject.dict.get(PDFName.of('Ref')) !== undefined,
          };
          use.uses++;
          this.formUses.set(key, use);
          if (formRef) out.forms.push(formRef);
          if (drawing.has(key)) break; // a form that draws itself
          const bytes = pdf.bytes(xobject);
          if (!bytes) break;
          const matrix = pdf.array(xobject.dict.get(PDFName.of('Matrix')))?.map((v) => pdf.number(v) ?? 0);
          const formCtm = multiply(matrix?.length === 6 ? (matrix as Matrix) : identity, gs.ctm);
          const formResources = pdf.dict(xobject.dict.get(PDFName.of('Resources'))) ?? resources;
          let enclosing = [...outer, ...stack];
          if (xobject.dict.get(PDFName.of('StructParent')) !== undefined) {
            // The whole form is one content item of the tree (ISO 32000-1, 14.7.4.3).
            const where = locate(at);
            const seq: Sequence = {
              tag: '(form)', mcid: undefined, lang: undefined, alt: undefined, actualText: undefined, expansion: undefined,
              parent: current(), page: out.page.number, stream: where.stream, form, offset: where.offset,
              taggedForm: true, painted: false, text: '', yMin: Infinity, yMax: -Infinity, rotated: false,
            };
            enclosing = [...enclosing, seq];
          }
          const before = out.sequences.length;
          const left = this.run(bytes, formResources, formCtm, enclosing, out, () => ({ stream: key, offset: 0 }), formRef, new Set([...drawing, key]));
          if (out.sequences.slice(before).some((s) => s.mcid !== undefined && s.form === formRef)) use.hasMcid = true;
          for (const open of left) out.unbalanced.push({ stream: key, offset: open.offset, message: `/${open.tag} sequence not ended within its form XObject` });
          break;
        }
        case 'BI':
          paint('inline image', at);
          break;
        case 'sh':
          paint('shading', at);
          break;
        default:
          if (pathPainting.has(op)) {
            paint('path', at);
          } else if (textShowing.has(op)) {
            if (op === "'" || op === '"') tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
            const strings: Uint8Array[] = [];
            const last = args[args.length - 1];
            if (last instanceof Uint8Array) strings.push(last);
            else if (Array.isArray(last)) for (const item of last) if (item instanceof Uint8Array) strings.push(item);
            show(strings, at);
          }
      }
    });
    return stack;
  }
}

const newline = new Uint8Array([0x0a]);

/** A BDC's property list: inline, or a name in the resources' /Properties. */
function properties(pdf: Pdf, operand: Operand | undefined, resources: PDFDict | undefined) {
  if (operand instanceof Map) {
    return {
      number: (key: string) => {
        const v = operand.get(key);
        return typeof v === 'number' ? v : undefined;
      },
      text: (key: string) => {
        const v = operand.get(key);
        return v instanceof Uint8Array ? textString(v) : undefined;
      },
    };
  }
  if (operand instanceof Name) {
    const dict = pdf.dict(pdf.dict(resources?.get(PDFName.of('Properties')))?.get(PDFName.of(operand.name)));
    return {
      number: (key: string) => pdf.number(dict?.get(PDFName.of(key))),
      text: (key: string) => pdf.text(dict?.get(PDFName.of(key))),
    };
  }
  return undefined;
}

