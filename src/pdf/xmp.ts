import type { PDFDocument } from 'pdf-lib';
import { PDFName } from 'pdf-lib';
import type { PdfMeta } from './meta.js';

/**
 * XMP metadata (the catalog's /Metadata stream): Chromium writes none, and archiving and
 * accessibility checkers (PDF/A, PDF/UA) read the title, author and language from here rather than
 * from the Info dictionary. Uncompressed, as those checkers expect; dates pinned like the Info dates.
 */
export function setXmpMetadata(doc: PDFDocument, meta: PdfMeta, date: Date): void {
  const xml = buildXmp(meta, date.toISOString().replace('.000Z', 'Z'));
  // UTF-8 bytes: given a string, pdf-lib would write one byte per UTF-16 unit (å → 0xE5).
  const stream = doc.context.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

export function buildXmp(meta: PdfMeta, isoDate: string): string {
  const lang = escapeXml(meta.lang);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `   <dc:format>application/pdf</dc:format>`,
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `   <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `   <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `   <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    `   <pdf:Keywords>${escapeXml(meta.keywords.join(' '))}</pdf:Keywords>`,
    '   <pdf:Producer>ehalsa</pdf:Producer>',
    `   <xmp:CreatorTool>${escapeXml(meta.creator ?? 'ehalsa')}</xmp:CreatorTool>`,
    `   <xmp:CreateDate>${isoDate}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${isoDate}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${isoDate}</xmp:MetadataDate>`,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
