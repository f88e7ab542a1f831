/**
 * What can be imported, told by the file's name, and the one entry point for
 * a source that is not Word yet. Word documents are imported by
 * ./word; spreadsheets (.xlsx, .csv) arrive with shared/import/table, which
 * replaces `importSpreadsheetSource` below with its `importSpreadsheet(...)`
 * returning `{ specification, report: ImportReport }` (report.source
 * 'spreadsheet', one RecognisedTable per sheet with its `name`).
 */
import type { Specification } from '../specification/model';
import type { ImportReport } from './report';

export { ImportNotice, ImportPlace, ImportReport, RecognisedTable, type ImportNoticeCode } from './report';

export type ImportSourceKind = 'word' | 'spreadsheet';

/** File extensions (without the dot, lower case) per kind of source. */
export const importExtensions: Record<ImportSourceKind, readonly string[]> = {
  word: ['docx'],
  spreadsheet: ['xlsx', 'csv'],
};

/**
 * The kinds the app's open dialog offers and imports today. Spreadsheet import arrives with
 * shared/import/table, which adds 'spreadsheet' here.
 */
export const supportedImportKinds: readonly ImportSourceKind[] = ['word'];

/** The kind of source a file name says, or null for a file that cannot be imported. */
export function importSourceKindOf(fileName: string): ImportSourceKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  for (const kind of Object.keys(importExtensions) as ImportSourceKind[]) if (importExtensions[kind].includes(extension)) return kind;
  return null;
}

/** A source Kravstudio knows but cannot import yet (spreadsheets, until shared/import/table is merged). */
export class ImportNotSupportedError extends Error {
  readonly kind: ImportSourceKind;

  constructor(kind: ImportSourceKind) {
    super(`Importing a ${kind === 'spreadsheet' ? 'spreadsheet (.xlsx, .csv)' : kind} is not supported yet.`);
    this.name = 'ImportNotSupportedError';
    this.kind = kind;
  }
}

export interface SpreadsheetImport {
  specification: Specification;
  report: ImportReport;
}

/**
 * The seam for spreadsheets. Spreadsheet import arrives with shared/import/table:
 * until then every spreadsheet is refused with ImportNotSupportedError, and the
 * CLI and the app say so in the user's language.
 */
export function importSpreadsheetSource(_bytes: Uint8Array, _options: { fileName: string; mapping?: unknown }): SpreadsheetImport {
  throw new ImportNotSupportedError('spreadsheet');
}
