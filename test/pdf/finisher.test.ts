import { describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { PdfPostPassError } from '../../src/pdf/errors.js';
import { postPassFailed } from '../../src/pdf/messages.js';
import { openFinisher } from '../../src/pdf/postpass/finisher.js';
import { fixtureMeta } from './helpers.js';

describe('the finisher', () => {
  it('finishes a PDF (here in this thread: the sources have no compiled worker beside them)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const finisher = openFinisher();
    try {
      const finished = await finisher.finish(await doc.save({ useObjectStreams: false }), fixtureMeta, []);
      expect((await PDFDocument.load(finished, { updateMetadata: false })).getTitle()).toBe(fixtureMeta.title);
    } finally {
      await finisher.close();
    }
  });

  it('reports a PDF it cannot read as PdfPostPassError, with the reason', async () => {
    const finisher = openFinisher();
    try {
      const error = await finisher.finish(Buffer.from('%PDF-1.4\n1 0 obj\n<<'), fixtureMeta, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfPostPassError);
      expect(error).toMatchObject({ reason: expect.stringMatching(/^no "startxref" at the end/), message: postPassFailed((error as PdfPostPassError).reason) });
    } finally {
      await finisher.close();
    }
  });
});
