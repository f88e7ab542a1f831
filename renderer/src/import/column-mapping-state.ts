/**
 * The column mapping dialog's logic, apart from its drawing: choosing a
 * sheet (its mapping guessed), a header row (the fields that row names),
 * a field for a column, and what keeps the mapping from being used.
 */
import { type ColumnMapping, fieldOfColumn, guessMapping, mappingForHeaderRow, type TableField } from '../../../shared/import/table/mapping';
import type { SpreadsheetWorkbook } from '../../../shared/import/table';

/** Fields only one column can have. */
const singleFields: readonly TableField[] = ['number', 'title', 'text', 'obligation', 'type', 'section'];

export type MappingProblem = { kind: 'noText' } | { kind: 'twice'; field: TableField };

/** The index of the sheet a mapping names (by name, else by index), or 0. */
export function sheetIndexOf(workbook: SpreadsheetWorkbook, mapping: ColumnMapping): number {
  if (typeof mapping.sheet === 'number') return mapping.sheet < workbook.sheets.length ? mapping.sheet : 0;
  const index = workbook.sheets.findIndex((sheet) => sheet.name === mapping.sheet);
  return index === -1 ? 0 : index;
}

/** The mapping the dialog starts with: a saved one when given, else the guess for the first sheet. */
export function initialMapping(workbook: SpreadsheetWorkbook, saved?: ColumnMapping): ColumnMapping {
  if (saved !== undefined) return saved;
  const first = workbook.sheets[0];
  return guessMapping(first?.rows ?? [], first?.name ?? 0);
}

/** Another sheet chosen: its own mapping, guessed from its header. */
export function withSheet(workbook: SpreadsheetWorkbook, index: number): ColumnMapping {
  const sheet = workbook.sheets[index];
  return guessMapping(sheet?.rows ?? [], sheet?.name ?? index);
}

/** Another header row chosen: the fields that row names; the buyer's obligation words kept. */
export function withHeaderRow(mapping: ColumnMapping, rows: readonly (readonly string[])[], headerRow: number): ColumnMapping {
  const next = mappingForHeaderRow(rows, headerRow, mapping.sheet);
  return mapping.obligationValues === undefined ? next : { ...next, obligationValues: mapping.obligationValues };
}

/** A column given a field; the columns stay in order. */
export function withField(mapping: ColumnMapping, column: number, field: TableField, header: string): ColumnMapping {
  const others = mapping.columns.filter((entry) => entry.column !== column);
  const columns = field === 'ignore' ? others : [...others, { column, header: header.slice(0, 500), field }].sort((a, b) => a.column - b.column);
  return { ...mapping, columns };
}

/** What keeps the mapping from being used: no text column, or a field given to two columns. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.columns.some((entry) => entry.field === 'text')) problems.push({ kind: 'noText' });
  for (const field of singleFields) {
    if (mapping.columns.filter((entry) => entry.field === field).length > 1) problems.push({ kind: 'twice', field });
  }
  return problems;
}

/** "A", "B" … "Z", "AA": a column's letter as spreadsheets show it. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export { fieldOfColumn };
