import { PdfDict, PdfName, PdfRef, PdfStream } from './cos.js';
import type { PdfFile } from './file.js';
import type { PdfMeta } from '../meta.js';

/**
 * XMP metadata (the catalog's /Metadata stream): Chromium writes none, and archiving and
 * accessibility checkers (PDF/A, PDF/UA) read the title, author and language from here rather than
 * from the Info dictionary. Uncompressed, as those checkers expect; dates pinned like the Info dates.
 * pdfuaid:part 1 claims PDF/UA-1 (ISO 14289-1, 5): the checkers look for it first.
 */
export function setXmpMetadata(file: PdfFile, catalog: PdfDict, meta: PdfMeta, date: Date): void {
  const xml = buildXmp(meta, date.toISOString().replace('.000Z', 'Z'));
  const dict = new PdfDict([
    ['Type', PdfName.of('Metadata')],
    ['Subtype', PdfName.of('XML')],
  ]);
  const stream = new PdfStream(dict, new TextEncoder().encode(xml));
  // One metadata stream: a second post-pass replaces the first's.
  const existing = catalog.get('Metadata');
  if (existing instanceof PdfRef) file.put(existing.num, stream);
  else catalog.set('Metadata', file.add(stream));
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
    '    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `   <dc:format>application/pdf</dc:format>`,
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `   <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `   <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `   <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    `   <pdf:Keywords>${escapeXml(meta.keywords.join(' '))}</pdf:Keywords>`,
    '   <pdf:Producer>ehalsa</pdf:Producer>',
    '   <pdfuaid:part>1</pdfuaid:part>',
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
