/**
 * What a spreadsheet or CSV import accepts, and why it refuses a file. A
 * table from outside is hostile until read: a CSV may be 60 MB of one row,
 * an XLSX may be a zip bomb. Every limit is stated so a message can say it.
 */
import { z } from 'zod';

export interface TableImportLimits {
  /** The file itself (CSV or XLSX). */
  maxFileBytes: number;
  /** Rows in one sheet (or the CSV). */
  maxRows: number;
  /** Cells in one row. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellLength: number;
  /** XLSX: all zip entries together, uncompressed, as the zip declares them. */
  maxUncompressedBytes: number;
  /** XLSX: entries in the zip. */
  maxEntries: number;
}

export const defaultTableImportLimits: TableImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 20_000,
  maxColumns: 200,
  maxCellLength: 32_767,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 2_000,
};

export const tableImportProblemCodes = [
  'too-large',
  'too-many-rows',
  'too-many-columns',
  'cell-too-long',
  'unclosed-quote',
  'empty',
  'not-zip',
  'not-spreadsheet',
  'zip-bomb',
  'too-many-entries',
  'damaged',
  'no-such-sheet',
] as const;
export const TableImportProblemCode = z.enum(tableImportProblemCodes);
export type TableImportProblemCode = z.infer<typeof TableImportProblemCode>;

/** A CSV or spreadsheet that cannot be imported: the reason as a code (for the UI to translate) and an English sentence. */
export class TableImportError extends Error {
  readonly code: TableImportProblemCode;

  constructor(code: TableImportProblemCode, message: string) {
    super(message);
    this.name = 'TableImportError';
    this.code = code;
  }
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Checks a sheet's rows against the row, column and cell limits (for sheets read by a library, which has no limits of its own). */
export function checkTableLimits(rows: readonly (readonly string[])[], limits: TableImportLimits): void {
  if (rows.length > limits.maxRows) throw new TableImportError('too-many-rows', `The table has more than ${limits.maxRows} rows.`);
  rows.forEach((row, index) => {
    if (row.length > limits.maxColumns) throw new TableImportError('too-many-columns', `Row ${index + 1} has more than ${limits.maxColumns} columns.`);
    for (const cell of row) {
      if (cell.length > limits.maxCellLength) throw new TableImportError('cell-too-long', `A cell in row ${index + 1} is longer than ${limits.maxCellLength} characters.`);
    }
  });
}
