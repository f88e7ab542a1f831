/**
 * Data tables: a header row marked as such (repeated on every page and read
 * as headers by screen readers), fixed column widths, and cells that always
 * hold at least one paragraph. Where the supplier answers, cells hold Word
 * content controls: tick boxes that tick when clicked, and text fields with a
 * title (read by screen readers) and a placeholder the first keystroke
 * replaces. Tables are written as WordprocessingML text (see prewritten.ts):
 * a large specification has thousands of cells.
 */
import type { PlanRichText } from '../../../shared/tender-document/plan-types';
import type { RunStyle } from './blocks';
import { escapeXml, type ListId, PrewrittenBlock } from './prewritten';
import { richTextXml } from './rich-text';
import { nonEmptyLines, oneLine, xmlSafe } from './sanitise';

/** The width of the text area in twips: A4 (11,906) less two margins of 1,440. */
export const textWidth = 9026;

export interface Column {
  header: string;
  /** Share of the text width, in parts; the shares of a table's columns are scaled to fit. */
  share: number;
}

/**
 * A paragraph in a table cell: a text in one style; a link whose text says
 * where it leads; a tick box with its label; or a text field the supplier
 * fills in, after an optional label.
 */
export type CellParagraph =
  | { readonly text: string; readonly style: RunStyle }
  | { readonly text: string; readonly link: string }
  | { readonly tickBox: string }
  | { readonly field: string; readonly label: string; readonly placeholder: string }
  /** Rich text (paragraphs and lists); `text` is its plain text, for the column widths. */
  | { readonly rich: PlanRichText; readonly text: string };

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

/** A tick box the supplier clicks, followed by its label. */
export function cellTickBox(label: string): CellParagraph {
  return { tickBox: oneLine(label) };
}

/**
 * A text field the supplier fills in: `title` names it for screen readers
 * and Word's field list, `label` (may be empty) is printed before it in
 * italics, and `placeholder` shows until the supplier types.
 */
export function cellField(title: string, label: string, placeholder: string): CellParagraph {
  return { field: oneLine(title), label: oneLine(label), placeholder: oneLine(placeholder) };
}

/** Rich text in a cell: its paragraphs and real Word lists; `plain` is its text without markup. */
export function cellRichText(content: PlanRichText, plain: string): CellParagraph {
  return { rich: content, text: plain };
}

/** A cell holding a text: one paragraph per non-blank line, none when the text is empty. */
export function textCell(text: string, style: RunStyle = {}): CellContent {
  return nonEmptyLines(text).map((line) => ({ text: line, style }));
}

/** What a character of table text takes at most, on average, in twips: 9 pt text at 0.6 em (wide enough for Calibri and the fonts that stand in for it). */
const tableCharWidth = 108;
/** A cell's left and right margins together, in twips (see tblCellMar). */
const cellMargins = 200;
/** No column is widened beyond this to fit a word: a longer word (an address, say) has to break. */
const widestForWord = Math.round(textWidth * 0.3);
/** The most characters a column is widened for (see widthForWords). */
const widestWordLength = Math.floor((widestForWord - cellMargins) / tableCharWidth);

/**
 * The longest stretch of the text, in characters, that should stay on one line, or `longest` if none is
 * longer. A word runs from space to space (a no-break space joins). A compound with a slash or hyphen
 * ("autentisering/signering", "e-tjenester") may break after its slash or hyphen — a break a reader
 * expects, never inside a word — so it needs only its longest part; the punctuation around a word stays
 * on its line. A word longer than `limit` needs `limit` (no column is widened further for it).
 */
const compoundMark = /[-/\u2010\u2013\u2014]/;
const compoundBreak = /(?<=\p{L}[-/\u2010\u2013\u2014])(?=\p{L})/u;

function longestPiece(text: string, longest: number, limit: number): number {
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (word.length <= longest) continue;
    const parts = !compoundMark.test(word) || word.includes('://') || word.includes('@') ? null : word.split(compoundBreak);
    const needed = Math.min(limit, parts === null ? word.length : Math.max(...parts.map((part) => part.length)));
    if (needed > longest) longest = needed;
  }
  return longest;
}

/**
 * Word and LibreOffice break after a hyphen but not after a slash between letters, so a zero-width
 * space (invisible, not copied as a space) follows each such slash: "autentisering/signering" breaks
 * after its slash rather than inside a word. Web and e-mail addresses are left as they are.
 */
export function breakableCompounds(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(/\S+/g, (word) => (word.includes('://') || word.includes('@') ? word : word.replace(/(?<=\p{L})\/(?=\p{L})/gu, '/\u200b')));
}

/** The width a column needs so that none of its words has to break mid-word (bold headers count a little wider). */
function widthForWords(header: string, rows: readonly (readonly CellContent[])[], index: number): number {
  const enough = widestWordLength;
  let longest = Math.ceil(longestPiece(header, 0, Math.floor(enough / 1.1)) * 1.1);
  for (const row of rows) {
    if (longest >= enough) break;
    for (const paragraph of row[index] ?? []) {
      if ('text' in paragraph) longest = longestPiece(paragraph.text, longest, enough);
      else if ('tickBox' in paragraph) longest = longestPiece(paragraph.tickBox, longest, enough);
    }
  }
  return Math.min(widestForWord, longest * tableCharWidth + cellMargins);
}

/**
 * Column widths from the shares, then adjusted so that a narrow column is wide
 * enough for its longest word ("Handläggare" in a "Who" column), taking the
 * room from the columns that can spare it, in proportion to what they spare.
 */
function widths(columns: readonly Column[], rows: readonly (readonly CellContent[])[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  let wanted = columns.map((column) => (column.share / total) * textWidth);
  // A column already as wide as any word may claim never needs widening: its words are read
  // only when another column needs room from it (most text sits in such columns).
  const least = columns.map((column, index) => ((wanted[index] ?? 0) < widestForWord ? widthForWords(column.header, rows, index) : 0));
  const deficit = wanted.reduce((sum, width, index) => sum + Math.max(0, (least[index] ?? 0) - width), 0);
  if (deficit > 0) {
    columns.forEach((column, index) => {
      if (least[index] === 0) least[index] = widthForWords(column.header, rows, index);
    });
  }
  const spare = wanted.map((width, index) => Math.max(0, width - (least[index] ?? 0)));
  const totalSpare = spare.reduce((sum, width) => sum + width, 0);
  if (deficit > 0 && totalSpare > 0) {
    const give = Math.min(1, totalSpare / deficit);
    const take = Math.min(1, deficit / totalSpare);
    wanted = wanted.map((width, index) => {
      const needed = (least[index] ?? 0) - width;
      return needed > 0 ? width + needed * give : width - (spare[index] ?? 0) * take;
    });
  }
  const out = wanted.map((width) => Math.floor(width));
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

/** The character style of a field's placeholder (defined in styles.ts, dark enough to read). */
export const placeholderStyle = 'PlaceholderText';

const tickBoxFont = 'MS Gothic';
const tickBoxXml = (label: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(label)}"/>` +
  `<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="${tickBoxFont}"/><w14:uncheckedState w14:val="2610" w14:font="${tickBoxFont}"/></w14:checkbox>` +
  `</w:sdtPr><w:sdtContent>${textRun('\u2610', `<w:rPr><w:rFonts w:ascii="${tickBoxFont}" w:eastAsia="${tickBoxFont}" w:hAnsi="${tickBoxFont}"/></w:rPr>`)}</w:sdtContent></w:sdt>` +
  textRun(` ${label}`, '');

/** A text field (a content control) titled `title` for screen readers and Word's field list, showing `placeholder` until filled in. */
export const fieldXml = (title: string, placeholder: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>` +
  `<w:sdtContent>${textRun(placeholder, `<w:rPr><w:rStyle w:val="${placeholderStyle}"/></w:rPr>`)}</w:sdtContent></w:sdt>`;

function paragraphXml(paragraph: CellParagraph, linkId: (url: string) => string, listId: ListId, keepNext = false): string {
  if ('rich' in paragraph) return richTextXml(paragraph.rich, { paragraphStyle: tableTextStyle, linkId, listId });
  const properties = `<w:pPr><w:pStyle w:val="${tableTextStyle}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr>`;
  if ('tickBox' in paragraph) return `<w:p>${properties}${tickBoxXml(paragraph.tickBox)}</w:p>`;
  if ('field' in paragraph) {
    const label = paragraph.label === '' ? '' : textRun(`${paragraph.label} `, runProperties({ italics: true }));
    return `<w:p>${properties}${label}${fieldXml(paragraph.field, paragraph.placeholder)}</w:p>`;
  }
  if ('link' in paragraph) {
    return `<w:p>${properties}<w:hyperlink w:history="1" r:id="${linkId(paragraph.link)}">${textRun(paragraph.text, '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')}</w:hyperlink></w:p>`;
  }
  return `<w:p>${properties}${textRun(breakableCompounds(paragraph.text), runProperties(paragraph.style))}</w:p>`;
}

/** Rows up to about a third of a page of text are kept on one page; longer ones may break (a row taller than a page has to). */
const keepTogetherLength = 1200;

function textLength(row: readonly CellContent[]): number {
  let length = 0;
  for (const content of row) for (const paragraph of content) length += 'tickBox' in paragraph ? paragraph.tickBox.length : 'field' in paragraph ? paragraph.label.length : paragraph.text.length;
  return length;
}

/** A table with a repeating header row; `rows` has one CellContent per column. Short rows never break across pages. */
export function dataTable(columns: readonly Column[], rows: readonly (readonly CellContent[])[]): PrewrittenBlock {
  const columnWidths = widths(columns, rows);
  return new PrewrittenBlock((linkId, listId) => {
    const cell = (index: number, paragraphs: string, header = false): string =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${columnWidths[index] ?? 0}"/>${header ? headerShading : ''}</w:tcPr>${paragraphs === '' ? '<w:p/>' : paragraphs}</w:tc>`;
    const out: string[] = [`<w:tbl>${tableProperties(columnWidths)}`];
    out.push(
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
      ...columns.map((column, index) => cell(index, paragraphXml(cellParagraph(oneLine(column.header), { bold: true }), linkId, listId, true), true)),
      '</w:tr>',
    );
    for (const row of rows) {
      out.push(textLength(row) < keepTogetherLength ? '<w:tr><w:trPr><w:cantSplit/></w:trPr>' : '<w:tr>');
      row.forEach((content, index) => out.push(cell(index, content.map((paragraph) => paragraphXml(paragraph, linkId, listId)).join(''))));
      out.push('</w:tr>');
    }
    out.push('</w:tbl>');
    return out.join('');
  });
}
