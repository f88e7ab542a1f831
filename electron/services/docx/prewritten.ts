/**
 * Blocks written straight as WordprocessingML text instead of through the
 * docx package's object tree. The docx package builds, formats and
 * serialises an object for every paragraph, run and property; for the
 * thousands of table cells of a large specification that was most of the
 * export's time. A prewritten block stands in the docx tree as a marker
 * paragraph, and once the package is packed the marker paragraphs in
 * word/document.xml are replaced by the blocks' XML (giving plain body text
 * right after a table some space above it), and the blocks' hyperlinks are
 * added to the document's relationships.
 */
import { randomUUID } from 'node:crypto';
import { Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const documentPart = 'word/document.xml';
const relationshipsPart = 'word/_rels/document.xml.rels';
const hyperlinkType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Text escaped for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

/** An external link used by a prewritten block, with the relationship id its XML refers to. */
export interface PrewrittenLink {
  id: string;
  url: string;
}

/** Markers no text a user writes will contain. */
const markerPrefix = `kravstudio-prewritten-${randomUUID()}-`;
let blocksMade = 0;

/** A block of WordprocessingML (a table) holding its place in the docx tree until the package is patched. */
export class PrewrittenBlock extends Paragraph {
  readonly marker: string;
  readonly xml: string;
  readonly links: readonly PrewrittenLink[];

  /** `write` gets a function that registers a link and returns the relationship id to put in the XML. */
  constructor(write: (linkId: (url: string) => string) => string) {
    blocksMade += 1;
    const number = blocksMade;
    const marker = `${markerPrefix}${number}`;
    super({ children: [new TextRun(marker)] });
    const links: PrewrittenLink[] = [];
    this.marker = marker;
    this.xml = write((url) => {
      const id = `rIdKs${number}L${links.length + 1}`;
      links.push({ id, url });
      return id;
    });
    this.links = links;
  }
}

/** A plain paragraph (no properties of its own) as the docx package writes it. */
const plainParagraph = '<w:p><w:r>';
/** Space above a plain paragraph that follows a table, which Word and LibreOffice otherwise set against its border. */
const afterTable = '<w:p><w:pPr><w:spacing w:before="120"/></w:pPr><w:r>';

function withBlocks(documentXml: string, blocks: readonly PrewrittenBlock[]): string {
  const pieces: string[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const at = documentXml.indexOf(block.marker, cursor);
    const start = documentXml.lastIndexOf('<w:p>', at);
    const end = documentXml.indexOf('</w:p>', at);
    if (at === -1 || start < cursor || end === -1) throw new Error(`The place of prewritten block ${block.marker} was not found in the document.`);
    pieces.push(documentXml.slice(cursor, start), block.xml);
    cursor = end + '</w:p>'.length;
    // Body text right after the table (not a heading, which has its own space, nor the next block's marker).
    const next = documentXml.indexOf('</w:p>', cursor);
    if (documentXml.startsWith(plainParagraph, cursor) && !documentXml.slice(cursor, next).includes(markerPrefix)) {
      pieces.push(afterTable);
      cursor += plainParagraph.length;
    }
  }
  pieces.push(documentXml.slice(cursor));
  const out = pieces.join('');
  // A block placed anywhere but the top level of the document (inside a docx table, say) was not handed over.
  if (out.includes(markerPrefix)) throw new Error('A prewritten block stands where it cannot be replaced: blocks belong at the top level of the document.');
  return out;
}

function withLinks(relationshipsXml: string, links: readonly PrewrittenLink[]): string {
  const close = relationshipsXml.lastIndexOf('</Relationships>');
  if (close === -1) throw new Error('The document relationships part has no end.');
  const added = links.map((link) => `<Relationship Id="${link.id}" Type="${hyperlinkType}" Target="${escapeXml(link.url)}" TargetMode="External"/>`).join('');
  return relationshipsXml.slice(0, close) + added + relationshipsXml.slice(close);
}

/** The packed document with its prewritten blocks (given in document order) in place of their markers. */
export function insertPrewritten(packed: Uint8Array, blocks: readonly PrewrittenBlock[]): Uint8Array {
  const files = unzipSync(packed);
  const documentXml = files[documentPart];
  const relationshipsXml = files[relationshipsPart];
  if (documentXml === undefined || relationshipsXml === undefined) throw new Error('The packed document has no main part.');
  files[documentPart] = strToU8(withBlocks(strFromU8(documentXml), blocks));
  const links = blocks.flatMap((block) => block.links);
  if (links.length > 0) files[relationshipsPart] = strToU8(withLinks(strFromU8(relationshipsXml), links));
  return zipSync(files);
}
