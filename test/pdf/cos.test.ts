import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { PdfValue } from '../../src/pdf/postpass/cos.js';
import { PdfDict, PdfName, PdfNumber, PdfReader, PdfRef, PdfString, PdfSyntaxError, serialize } from '../../src/pdf/postpass/cos.js';

const read = (text: string): PdfValue => new PdfReader(Buffer.from(text, 'latin1')).readValue();
const latin1 = (value: PdfValue) => Buffer.from(serialize(value), 'latin1');

/** A value as plain data, for comparing what was read with what was written. */
function plain(value: PdfValue): unknown {
  if (value instanceof PdfName) return { name: value.name };
  if (value instanceof PdfString) return { string: Buffer.from(value.bytes).toString('hex'), hex: value.hex };
  if (value instanceof PdfNumber) return { number: value.text };
  if (value instanceof PdfRef) return { ref: [value.num, value.gen] };
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof PdfDict) return Object.fromEntries([...value.entries].map(([key, item]) => [key.name, plain(item)]));
  return value;
}

describe('PdfReader', () => {
  it.each([
    ['(a\\(b\\)c)', 'a(b)c'],
    ['(nested (parens) kept)', 'nested (parens) kept'],
    ['(\\101\\102\\7)', 'AB\x07'],
    ['(line\\\ncontinued)', 'linecontinued'],
    ['(cr\r\nlf)', 'cr\nlf'],
    ['(\\n\\t\\\\)', '\n\t\\'],
    ['<48 65 6C6C 6F>', 'Hello'],
    ['<414>', 'A@'],
    ['<FEFF00E5>', 'å'],
  ])('reads the string %j as %j', (source, text) => {
    const value = read(source);
    expect(value).toBeInstanceOf(PdfString);
    expect((value as PdfString).decodeText()).toBe(text);
  });

  it('tells references from numbers', () => {
    expect(plain(read('[1 0 R 2 3 4 5 0 R -1 0.5 .5 +7 8 0]'))).toEqual([
      { ref: [1, 0] },
      { number: '2' },
      { number: '3' },
      { number: '4' },
      { ref: [5, 0] },
      { number: '-1' },
      { number: '0.5' },
      { number: '.5' },
      { number: '+7' },
      { number: '8' },
      { number: '0' },
    ]);
  });

  it('reads dictionaries, names with # escapes, keywords and comments', () => {
    expect(plain(read('<</Type /Page % a comment\n/A#20B true /C null /D [/x<</E false>>] /F 3 0 R>>'))).toEqual({
      Type: { name: 'Page' },
      'A B': true,
      C: null,
      D: [{ name: 'x' }, { E: false }],
      F: { ref: [3, 0] },
    });
  });

  it.each([
    ['(never closed', /a string does not end at byte/],
    ['<4G>', /not a hex digit/],
    ['<</Type /Page', /unexpected end of data/],
    ['<</Type>', /unexpected ">"/],
    ['<<1 2>>', /a dictionary key is not a name/],
    ['endobj', /unexpected "endobj"/],
    ['1.2.3', /"1\.2\.3" is not a number/],
    [')', /unexpected "\)"/],
  ])('rejects %j with a PdfSyntaxError naming the byte', (source, message) => {
    expect(() => read(source)).toThrow(PdfSyntaxError);
    expect(() => read(source)).toThrow(message);
  });
});

describe('serialize', () => {
  const name = fc.string({ minLength: 1, maxLength: 8 }).map((s) => PdfName.of(s.replace(/[^\x00-\xff]/g, 'x')));
  const string = fc.tuple(fc.uint8Array({ maxLength: 12 }), fc.boolean()).map(([bytes, hex]) => new PdfString(bytes, hex));
  const number = fc.oneof(fc.integer().map((n) => PdfNumber.of(n)), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => PdfNumber.real(n)));
  const ref = fc.tuple(fc.nat(100_000), fc.nat(65_535)).map(([num, gen]) => new PdfRef(num, gen));
  const { value } = fc.letrec<{ value: PdfValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      name,
      string,
      number,
      ref,
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(fc.tuple(name, tie('value')), { maxLength: 4 }).map((entries) => new PdfDict(entries.map(([key, item]) => [key.name, item] as const))),
    ),
  }));

  it('writes what reads back as the same value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(plain(new PdfReader(latin1(v)).readValue())).toEqual(plain(v));
      }),
    );
  });

  it('writes real numbers without exponents', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (n) => {
        const text = PdfNumber.real(n).text;
        expect(text).toMatch(/^-?\d+(\.\d{1,5})?$/);
        expect(Math.abs(Number(text) - n)).toBeLessThanOrEqual(0.000005 + Math.abs(n) * 1e-15);
      }),
    );
  });

  it('writes text strings as ASCII, or as UTF-16 with a byte order mark', () => {
    expect(serialize(PdfString.text('node00000001'))).toBe('(node00000001)');
    expect(serialize(PdfString.text('Förord'))).toBe('<FEFF004600F60072006F00720064>');
    expect(PdfString.text('Förord').decodeText()).toBe('Förord');
  });
});
