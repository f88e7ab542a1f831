/**
 * Rich text as WordprocessingML: real paragraphs, real Word lists (a
 * numbering instance per list, bullets or numbers, nested levels), bold and
 * italic runs, links, and cross-references as the number the plan resolved
 * (a reference whose requirement is gone is highlighted so nobody misses
 * it). Used for body text and inside table cells alike; never prints
 * markup or literal "- " lines.
 */
import type { PlanInline, PlanRichBlock, PlanRichText } from '../../../shared/tender-document/plan-types';
import { escapeXml, type ListId, PrewrittenBlock } from './prewritten';
import { xmlSafe } from './sanitise';

export interface RichTextPlace {
  /** The paragraph style (table text in cells); Normal when absent. */
  paragraphStyle?: string;
  linkId: (url: string) => string;
  listId: ListId;
}

/** Indent of a list item's further paragraphs, per level, in twips (as the list definitions in prewritten.ts). */
const listIndent = 360;

function runXml(text: string, properties: string): string {
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(xmlSafe(text))}</w:t></w:r>`;
}

function emphasis(inline: { strong?: true; emphasis?: true }): string {
  return (inline.strong === true ? '<w:b/><w:bCs/>' : '') + (inline.emphasis === true ? '<w:i/><w:iCs/>' : '');
}

function inlineXml(inline: PlanInline, place: RichTextPlace): string {
  switch (inline.kind) {
    case 'text':
      return runXml(inline.text, emphasis(inline));
    case 'lineBreak':
      return '<w:r><w:br/></w:r>';
    case 'link':
      return `<w:hyperlink w:history="1" r:id="${place.linkId(inline.url)}">${runXml(inline.text, `<w:rStyle w:val="Hyperlink"/>${emphasis(inline)}`)}</w:hyperlink>`;
    case 'reference':
      return runXml(inline.text, inline.missing ? '<w:b/><w:bCs/><w:highlight w:val="yellow"/>' : '');
  }
}

interface ListPlace {
  numId: string;
  level: number;
}

function paragraphXml(inlines: readonly PlanInline[], place: RichTextPlace, list: ListPlace | null, indentLevel: number): string {
  const style = place.paragraphStyle === undefined ? '' : `<w:pStyle w:val="${place.paragraphStyle}"/>`;
  const numbering = list === null ? '' : `<w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.numId}"/></w:numPr>`;
  // A list item's second paragraph lines up with its first one's text.
  const indent = list === null && indentLevel > 0 ? `<w:ind w:left="${listIndent * indentLevel}"/>` : '';
  const spacing = list !== null && place.paragraphStyle === undefined ? '<w:spacing w:after="60"/>' : '';
  const properties = style + numbering + spacing + indent;
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${inlines.map((inline) => inlineXml(inline, place)).join('')}</w:p>`;
}

function blocksXml(blocks: readonly PlanRichBlock[], place: RichTextPlace, level: number, out: string[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      out.push(paragraphXml(block.inlines, place, null, level));
      continue;
    }
    const numId = place.listId(block.ordered, block.start, level);
    for (const item of block.items) {
      let numbered = false;
      for (const child of item) {
        if (child.kind === 'paragraph' && !numbered) {
          out.push(paragraphXml(child.inlines, place, { numId, level }, level + 1));
          numbered = true;
        } else if (child.kind === 'paragraph') {
          out.push(paragraphXml(child.inlines, place, null, level + 1));
        } else {
          // An item that opens with a list still shows its own bullet or number.
          if (!numbered) out.push(paragraphXml([], place, { numId, level }, level + 1));
          numbered = true;
          blocksXml([child], place, level + 1, out);
        }
      }
      if (!numbered) out.push(paragraphXml([], place, { numId, level }, level + 1));
    }
  }
}

/** The rich text as Word paragraphs (list items as paragraphs of real Word lists). */
export function richTextXml(content: PlanRichText, place: RichTextPlace): string {
  const out: string[] = [];
  blocksXml(content, place, 0, out);
  return out.join('');
}

/** Rich text as body paragraphs of the document. */
export function richTextBody(content: PlanRichText): PrewrittenBlock {
  return new PrewrittenBlock((linkId, listId) => richTextXml(content, { linkId, listId }), { isTable: false });
}
