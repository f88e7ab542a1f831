/**
 * Data tables: a header row marked as such (repeated on every page and read
 * as headers by screen readers), fixed column widths, and cells that always
 * hold at least one paragraph. Tables are written as WordprocessingML text
 * (see prewritten.ts): a large specification has thousands of cells.
 */
import type { RunStyle } from './blocks';
import { escapeXml, PrewrittenBlock } from './prewritten';
import { nonEmptyLines, oneLine, xmlSafe } from './sanitise';

/** The width of the text area in twips: A4 (11,906) less two margins of 1,440. */
export const textWidth = 9026;

export interface Column {
  header: string;
  /** Share of the text width, in parts; the shares of a table's columns are scaled to fit. */
  share: number;
}

/** A paragraph in a table cell: a text in one style, or a link whose text says where it leads. */
export type CellParagraph = { readonly text: string; readonly style: RunStyle } | { readonly text: string; readonly link: string };

/** What a cell holds: its paragraphs, in order. */
export type CellContent = readonly CellParagraph[];

/** The paragraph style of text in table cells (a little smaller than body text). */
export const tableTextStyle = 'TableText';

/** A paragraph of text in a table cell. */
export function cellParagraph(text: string, style: RunStyle = {}): CellParagraph {
  return { text: xmlSafe(text), style };
}

/** A paragraph in a table cell holding a link: its text names what it leads to (not the bare address). */
export function cellLink(text: string, url: string): CellParagraph {
  return { text: oneLine(text), link: oneLine(url) };
}

/** A cell holding a text: one paragraph per non-blank line, none when the text is empty. */
export function textCell(text: string, style: RunStyle = {}): CellContent {
  return nonEmptyLines(text).map((line) => ({ text: line, style }));
}

function widths(columns: readonly Column[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const out = columns.map((column) => Math.floor((column.share / total) * textWidth));
  const rest = textWidth - out.reduce((sum, width) => sum + width, 0);
  out[out.length - 1] = (out.at(-1) ?? 0) + rest;
  return out;
}

const single = 'w:val="single" w:color="auto" w:sz="4"';
const tableProperties = (columnWidths: readonly number[]): string =>
  `<w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/>` +
  `<w:tblBorders><w:top ${single}/><w:left ${single}/><w:bottom ${single}/><w:right ${single}/><w:insideH ${single}/><w:insideV ${single}/></w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  '<w:tblCellMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tblCellMar></w:tblPr>' +
  `<w:tblGrid>${columnWidths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;

const headerShading = '<w:shd w:fill="DCE6F2" w:color="auto" w:val="clear"/>';

function runProperties(style: RunStyle): string {
  const properties =
    (style.bold === true ? '<w:b/><w:bCs/>' : '') +
    (style.italics === true ? '<w:i/><w:iCs/>' : '') +
    (style.size === undefined ? '' : `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`);
  return properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`;
}

const textRun = (text: string, properties: string): string => `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function paragraphXml(paragraph: CellParagraph, linkId: (url: string) => string, keepNext = false): string {
  const properties = `<w:pPr><w:pStyle w:val="${tableTextStyle}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>`;
  if ('link' in paragraph) {
    return `<w:p>${properties}<w:hyperlink w:history="1" r:id="${linkId(paragraph.link)}">${textRun(paragraph.text, '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')}</w:hyperlink></w:p>`;
  }
  return `<w:p>${properties}${textRun(paragraph.text, runProperties(paragraph.style))}</w:p>`;
}

export interface TableOptions {
  /** Rows that should not break across pages (short ones; a row taller than a page has to break). */
  keepRowTogether?: (index: number) => boolean;
}

/** A table with a repeating header row; `rows` has one CellContent per column. */
export function dataTable(columns: readonly Column[], rows: readonly (readonly CellContent[])[], options: TableOptions = {}): PrewrittenBlock {
  const columnWidths = widths(columns);
  return new PrewrittenBlock((linkId) => {
    const cell = (index: number, paragraphs: string, header = false): string =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${columnWidths[index] ?? 0}"/>${header ? headerShading : ''}</w:tcPr>${paragraphs === '' ? '<w:p/>' : paragraphs}</w:tc>`;
    const out: string[] = [`<w:tbl>${tableProperties(columnWidths)}`];
    out.push(
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
      ...columns.map((column, index) => cell(index, paragraphXml(cellParagraph(oneLine(column.header), { bold: true }), linkId, true), true)),
      '</w:tr>',
    );
    rows.forEach((row, rowIndex) => {
      out.push(options.keepRowTogether?.(rowIndex) === true ? '<w:tr><w:trPr><w:cantSplit/></w:trPr>' : '<w:tr>');
      row.forEach((content, index) => out.push(cell(index, content.map((paragraph) => paragraphXml(paragraph, linkId)).join(''))));
      out.push('</w:tr>');
    });
    out.push('</w:tbl>');
    return out.join('');
  });
}
