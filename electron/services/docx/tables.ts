/**
 * Data tables: a header row marked as such (repeated on every page and read
 * as headers by screen readers), fixed column widths, and cells that always
 * hold at least one paragraph.
 */
import { Paragraph, type ParagraphChild, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { run, type RunStyle } from './blocks';
import { nonEmptyLines, oneLine } from './sanitise';

/** The width of the text area in twips: A4 (11,906) less two margins of 1,440. */
export const textWidth = 9026;

export interface Column {
  header: string;
  /** Share of the text width, in parts; the shares of a table's columns are scaled to fit. */
  share: number;
}

/** What a cell holds: its paragraphs, in order. */
export type CellContent = readonly Paragraph[];

const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F2' } as const;
const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };

function widths(columns: readonly Column[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const out = columns.map((column) => Math.floor((column.share / total) * textWidth));
  const rest = textWidth - out.reduce((sum, width) => sum + width, 0);
  out[out.length - 1] = (out.at(-1) ?? 0) + rest;
  return out;
}

export interface TableOptions {
  /** Rows that should not break across pages (short ones; a row taller than a page has to break). */
  keepRowTogether?: (index: number) => boolean;
}

/** A table with a repeating header row; `rows` has one CellContent per column. */
export function dataTable(columns: readonly Column[], rows: readonly (readonly CellContent[])[], options: TableOptions = {}): Table {
  const columnWidths = widths(columns);
  const cell = (children: CellContent, index: number, header: boolean): TableCell =>
    new TableCell({
      children: [...children],
      width: { size: columnWidths[index] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: headerShading } : {}),
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell([new Paragraph({ style: tableTextStyle, children: [run(oneLine(column.header), { bold: true })], keepNext: true })], index, true)),
  });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    rows: [
      headerRow,
      ...rows.map(
        (row, rowIndex) =>
          new TableRow({
            children: row.map((content, index) => cell(content, index, false)),
            ...(options.keepRowTogether?.(rowIndex) === true ? { cantSplit: true } : {}),
          }),
      ),
    ],
  });
}

/** The paragraph style of text in table cells (a little smaller than body text). */
export const tableTextStyle = 'TableText';

/** A paragraph in a table cell. */
export function cellParagraph(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ style: tableTextStyle, children });
}

/** A cell holding a text: one paragraph per non-blank line, none when the text is empty. */
export function textCell(text: string, style: RunStyle = {}): CellContent {
  return nonEmptyLines(text).map((value) => cellParagraph([run(value, style)]));
}
