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

/** A list used by a prewritten block: the placeholder its XML holds for the list's number (numId), replaced when the package is patched. */
export interface PrewrittenList {
  placeholder: string;
  ordered: boolean;
  /** The first number of an ordered list (each list counts on its own). */
  start: number;
  /** The level the list sits at (0 at the top), where its count starts. */
  level: number;
}

/** Registers a list and returns the placeholder to write as its numId. */
export type ListId = (ordered: boolean, start: number, level: number) => string;

/** An external link used by a prewritten block, with the relationship id its XML refers to. */
export interface PrewrittenLink {
  id: string;
  url: string;
}

/** Markers no text a user writes will contain. */
const markerPrefix = `kravstudio-prewritten-${randomUUID()}-`;
/** The placeholders of the lists' numIds, replaced by numbers once the numbering part is known. */
const listPrefix = `kravstudio-list-${randomUUID()}-`;
let blocksMade = 0;

/**
 * A block of WordprocessingML (a table, or paragraphs of rich text) holding
 * its place in the docx tree until the package is patched.
 */
export class PrewrittenBlock extends Paragraph {
  readonly marker: string;
  readonly xml: string;
  readonly links: readonly PrewrittenLink[];
  readonly lists: readonly PrewrittenList[];
  /** A table gets space between it and the body text after it; paragraphs have their own. */
  readonly isTable: boolean;

  /**
   * `write` gets a function that registers a link and returns the relationship id to put in the XML,
   * and one that registers a list and returns the placeholder to put as its numId.
   */
  constructor(write: (linkId: (url: string) => string, listId: ListId) => string, options: { isTable?: boolean } = {}) {
    blocksMade += 1;
    const number = blocksMade;
    const marker = `${markerPrefix}${number}`;
    super({ children: [new TextRun(marker)] });
    const links: PrewrittenLink[] = [];
    const lists: PrewrittenList[] = [];
    this.marker = marker;
    this.xml = write(
      (url) => {
        const id = `rIdKs${number}L${links.length + 1}`;
        links.push({ id, url });
        return id;
      },
      (ordered, start, level) => {
        const placeholder = `${listPrefix}${number}-${lists.length + 1}`;
        lists.push({ placeholder, ordered, start, level });
        return placeholder;
      },
    );
    this.links = links;
    this.lists = lists;
    this.isTable = options.isTable ?? true;
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
    if (block.isTable && documentXml.startsWith(plainParagraph, cursor) && !documentXml.slice(cursor, next).includes(markerPrefix)) {
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

const numberingPart = 'word/numbering.xml';

/** The bullet characters by level, and the number formats of ordered lists by level (1. a. i. …). */
const bulletMarks = ['\u2022', '\u25e6', '\u25aa'] as const;
const numberFormats = ['decimal', 'lowerLetter', 'lowerRoman'] as const;
/** Indent per list level, in twips, and the hanging indent where the number or bullet sits. */
const listIndent = 360;

function abstractList(id: number, ordered: boolean): string {
  const levels = Array.from({ length: 9 }, (_, level) => {
    const format = ordered ? numberFormats[level % numberFormats.length] : 'bullet';
    const text = ordered ? `%${level + 1}.` : (bulletMarks[level % bulletMarks.length] ?? '\u2022');
    return (
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${listIndent * (level + 1)}" w:hanging="${listIndent}"/></w:pPr></w:lvl>`
    );
  }).join('');
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>`;
}

/**
 * The numbering part with a bullet and a numbered list definition added and
 * one numbering instance per list (so each numbered list counts from its own
 * start), and the document with the lists' placeholders replaced by their ids.
 */
function withLists(numberingXml: string, documentXml: string, lists: readonly PrewrittenList[]): { numbering: string; document: string } {
  const highest = (attribute: string): number => Math.max(0, ...[...numberingXml.matchAll(new RegExp(`${attribute}="(\\d+)"`, 'g'))].map((match) => Number(match[1])));
  const bulletId = highest('w:abstractNumId') + 1;
  const orderedId = bulletId + 1;
  let numId = highest('w:numId');
  const ids = new Map<string, number>();
  const instances = lists.map((list) => {
    numId += 1;
    ids.set(list.placeholder, numId);
    return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${list.ordered ? orderedId : bulletId}"/><w:lvlOverride w:ilvl="${list.level}"><w:startOverride w:val="${list.start}"/></w:lvlOverride></w:num>`;
  });
  // Every abstract definition comes before the first instance (the schema's order).
  const firstInstance = numberingXml.indexOf('<w:num ');
  const close = numberingXml.lastIndexOf('</w:numbering>');
  if (close === -1) throw new Error('The numbering part has no end.');
  const abstracts = abstractList(bulletId, false) + abstractList(orderedId, true);
  const at = firstInstance === -1 ? close : firstInstance;
  const withAbstracts = numberingXml.slice(0, at) + abstracts + numberingXml.slice(at);
  const end = withAbstracts.lastIndexOf('</w:numbering>');
  const numbering = withAbstracts.slice(0, end) + instances.join('') + withAbstracts.slice(end);
  const placeholder = new RegExp(`w:val="(${listPrefix}\\d+-\\d+)"`, 'g');
  const document = documentXml.replace(placeholder, (match, name: string) => `w:val="${ids.get(name) ?? 0}"`);
  return { numbering, document };
}

/** The packed document with its prewritten blocks (given in document order) in place of their markers. */
export function insertPrewritten(packed: Uint8Array, blocks: readonly PrewrittenBlock[]): Uint8Array {
  const files = unzipSync(packed);
  const documentXml = files[documentPart];
  const relationshipsXml = files[relationshipsPart];
  if (documentXml === undefined || relationshipsXml === undefined) throw new Error('The packed document has no main part.');
  let document = withBlocks(strFromU8(documentXml), blocks);
  const lists = blocks.flatMap((block) => block.lists);
  if (lists.length > 0) {
    const numberingXml = files[numberingPart];
    if (numberingXml === undefined) throw new Error('The packed document has no numbering part for its lists.');
    const patched = withLists(strFromU8(numberingXml), document, lists);
    files[numberingPart] = strToU8(patched.numbering);
    document = patched.document;
  }
  files[documentPart] = strToU8(document);
  const links = blocks.flatMap((block) => block.links);
  if (links.length > 0) files[relationshipsPart] = strToU8(withLinks(strFromU8(relationshipsXml), links));
  return zipSync(files);
}
