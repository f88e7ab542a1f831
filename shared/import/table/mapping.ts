/**
 * Which column of a spreadsheet holds what: the column mapping the user
 * checks in the import dialog and can save as MAPPING.json for the next
 * file from the same platform (`kravstudio import --mapping`). The guess
 * reads the header row with the vocabulary the Word import uses, in
 * Swedish, Norwegian, Danish and English; real matrices have title rows
 * above the header, so the header is looked for in the first 20 rows.
 */
import { z } from 'zod';
import { Obligation } from '../../specification/model';
import { columnRole, normaliseLabel, obligationFromCell } from '../word/vocabulary';

export const tableFields = ['number', 'title', 'text', 'obligation', 'type', 'responseInstruction', 'section', 'verification', 'ignore'] as const;
export const TableField = z.enum(tableFields);
export type TableField = z.infer<typeof TableField>;

/** How many rows from the top the header is looked for in. */
export const headerSearchRows = 20;
export const maxMappedColumns = 200;

export const MappedColumn = z
  .object({
    /** The column's index, 0 for the first (A). */
    column: z.number().int().nonnegative().max(maxMappedColumns - 1),
    /** The header the column had when the mapping was made; informative. */
    header: z.string().max(500).optional(),
    field: TableField,
  })
  .strict();
export type MappedColumn = z.infer<typeof MappedColumn>;

export const ColumnMapping = z
  .object({
    version: z.literal(1),
    /** The sheet by name, or by index (0 for the first); a CSV has one sheet. */
    sheet: z.union([z.string().min(1).max(200), z.number().int().nonnegative().max(1_000)]),
    /** The header row's index, 0 for the first row. Rows below it are requirements. */
    headerRow: z.number().int().nonnegative().max(10_000),
    /** The columns that are read; a column not listed is ignored. */
    columns: z.array(MappedColumn).max(maxMappedColumns),
    /** The buyer's own obligation words ("Obl." → mandatory), before the built-in ones; keys as written in the cells. */
    obligationValues: z.record(z.string().min(1).max(100), Obligation).optional(),
  })
  .strict()
  .superRefine((mapping, context) => {
    const seen = new Set<number>();
    for (const entry of mapping.columns) {
      if (seen.has(entry.column)) context.addIssue({ code: 'custom', message: `Column ${entry.column + 1} is mapped twice`, path: ['columns'] });
      seen.add(entry.column);
    }
    const single = ['text', 'number', 'title', 'obligation', 'type', 'section'] as const;
    for (const field of single) {
      if (mapping.columns.filter((entry) => entry.field === field).length > 1) context.addIssue({ code: 'custom', message: `Only one column can be "${field}"`, path: ['columns'] });
    }
    if (!mapping.columns.some((entry) => entry.field === 'text')) context.addIssue({ code: 'custom', message: 'One column must be the requirement text ("text")', path: ['columns'] });
  });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** Reads a saved MAPPING.json; the error names what is wrong in a sentence. */
export function parseColumnMapping(json: string): { ok: true; mapping: ColumnMapping } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `The mapping is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = ColumnMapping.safeParse(raw);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` (at ${issue.path.join('.')})`;
  return { ok: false, message: `The mapping cannot be used: ${issue?.message ?? 'unknown problem'}${where}.` };
}

const sectionHeader = /^(avsnitt|kapitel|kapittel|afsnit|section|chapter|kravområde|område|area|kategori|category|kravkategori|grupp|gruppe|group|del)$/;
const typeHeader = /^(type|typ|kravtype|kravtyp|krav ?\/? ?type|a\/v|a\/v\/av|m\/b|o\/v)$/;
const verificationHeader = /^(verifiering|verifikat|verifikation|verifikasjon|verification|evidence|bevis)$/;

/** The field a header cell names, read with the shared vocabulary; "ignore" when it names none (or an answer column). */
export function fieldOfHeader(header: string): TableField {
  const label = normaliseLabel(header);
  if (label === '') return 'ignore';
  if (sectionHeader.test(label)) return 'section';
  // "Type (A, V, AV)": the values in brackets explain the column.
  if (typeHeader.test(label.replace(/\s*\(.*$/, ''))) return 'type';
  if (verificationHeader.test(label)) return 'verification';
  const role = columnRole(header);
  switch (role) {
    case 'number':
    case 'title':
    case 'text':
    case 'obligation':
      return role;
    case 'instruction':
      return 'responseInstruction';
    case 'answer':
    case 'unknown':
      return 'ignore';
  }
}

/** The fields a row would map to as a header, each field kept for its first column only (the text: exactly one column). */
function fieldsOfRow(row: readonly string[]): TableField[] {
  const fields = row.map(fieldOfHeader);
  const taken = new Set<TableField>();
  return fields.map((field) => {
    if (field === 'ignore' || field === 'responseInstruction' || field === 'verification') return field;
    if (taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/**
 * The header row among the first 20: a row that names exactly one
 * requirement-text column and at least one other known column (a number,
 * an obligation, a type, an instruction…), the one naming most; null when
 * no row does.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  rows.slice(0, headerSearchRows).forEach((row, index) => {
    if (row.filter((cell) => cell.trim() !== '').length < 2) return;
    const fields = row.map(fieldOfHeader);
    if (fields.filter((field) => field === 'text').length !== 1) return;
    const known = fieldsOfRow(row).filter((field) => field !== 'ignore' && field !== 'text').length;
    if (known > bestScore) {
      best = index;
      bestScore = known;
    }
  });
  return best;
}

/** The column whose cells below the header are longest on average: the requirement text when no header names it. */
function longestTextColumn(rows: readonly (readonly string[])[], from: number): number {
  const totals: number[] = [];
  for (const row of rows.slice(from, from + 200)) row.forEach((cell, column) => (totals[column] = (totals[column] ?? 0) + cell.length));
  let best = 0;
  totals.forEach((total, column) => {
    if (total > (totals[best] ?? 0)) best = column;
  });
  return best;
}

/** True when most non-empty cells of the column below the header are obligations (A, V, AV, Ska, Bør …). */
function looksLikeObligations(rows: readonly (readonly string[])[], column: number, from: number): boolean {
  const values = rows.slice(from, from + 200).map((row) => row[column] ?? '').filter((cell) => cell.trim() !== '');
  return values.length > 0 && values.filter((value) => obligationFromCell(value) !== null).length * 2 > values.length;
}

/** True when every non-empty cell of the column is a short requirement number ("K1", "3.2.1", "12"). */
function looksLikeNumbers(rows: readonly (readonly string[])[], column: number): boolean {
  const values = rows.slice(0, 200).map((row) => (row[column] ?? '').trim()).filter((cell) => cell !== '');
  return values.length > 0 && values.every((value) => value.length <= 12 && /\d/.test(value) && /^[\p{L}]{0,4}[-.]?\d+([.\-/]\d+)*[.)]?$/u.test(value));
}

/**
 * A first mapping for a sheet: its header row found and read. Without a
 * recognisable header the first row is taken as the header, the column with
 * the longest texts as the requirement text, and a column of A/V/AV or
 * ska/bør values as the obligation.
 */
export function guessMapping(rows: readonly (readonly string[])[], sheet: string | number = 0): ColumnMapping {
  const found = findHeaderRow(rows);
  if (found !== null) return mappingForHeaderRow(rows, found, sheet);
  const width = sheetWidth(rows);
  const text = longestTextColumn(rows, 0);
  const fields: TableField[] = Array.from({ length: width }, (_unused, column) =>
    column === text ? 'text' : looksLikeNumbers(rows, column) ? 'number' : looksLikeObligations(rows, column, 0) ? 'obligation' : 'ignore',
  );
  for (const field of ['obligation', 'number'] as const) {
    const columns = fields.flatMap((found, column) => (found === field ? [column] : []));
    for (const extra of columns.slice(1)) fields[extra] = 'ignore';
  }
  return withFields(rows, 0, sheet, fields);
}

/** How many columns the top of a sheet uses (at most 200). */
export function sheetWidth(rows: readonly (readonly string[])[]): number {
  return Math.min(maxMappedColumns, Math.max(0, ...rows.slice(0, headerSearchRows + 50).map((row) => row.length)));
}

function withFields(rows: readonly (readonly string[])[], headerRow: number, sheet: string | number, fields: readonly TableField[]): ColumnMapping {
  const header = rows[headerRow] ?? [];
  return {
    version: 1,
    sheet,
    headerRow,
    columns: fields.flatMap((field, column) => (field === 'ignore' ? [] : [{ column, header: (header[column] ?? '').slice(0, 500), field }])),
  };
}

/** The mapping that the given row, read as the header, names (the user's choice of header row in the dialog). */
export function mappingForHeaderRow(rows: readonly (readonly string[])[], headerRow: number, sheet: string | number = 0): ColumnMapping {
  const fields = fieldsOfRow(rows[headerRow] ?? []);
  return withFields(rows, headerRow, sheet, Array.from({ length: sheetWidth(rows) }, (_unused, column) => fields[column] ?? 'ignore'));
}

/** The field of a column under a mapping ("ignore" for a column it does not list). */
export function fieldOfColumn(mapping: ColumnMapping, column: number): TableField {
  return mapping.columns.find((entry) => entry.column === column)?.field ?? 'ignore';
}
