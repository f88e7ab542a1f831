/**
 * What can be imported, told by the file's name, and the entry point for a
 * spreadsheet already read into sheets of cell texts: Word documents are
 * imported by ./word, spreadsheets (.xlsx, .csv) by ./table through
 * `importSpreadsheetSource` below, and both give one ImportReport.
 */
import type { DocumentLanguage, Jurisdiction, Specification } from '../specification/model';
import type { ImportReport } from './report';
import { type ColumnMapping, guessMapping, importSpreadsheet, type SpreadsheetWorkbook, TableImportError } from './table';
import { detectTextLanguage } from './word/language';

export { ImportNotice, ImportPlace, ImportReport, RecognisedTable, type ImportNoticeCode } from './report';

export type ImportSourceKind = 'word' | 'spreadsheet';

/** File extensions (without the dot, lower case) per kind of source. */
export const importExtensions: Record<ImportSourceKind, readonly string[]> = {
  word: ['docx'],
  spreadsheet: ['xlsx', 'csv'],
};

/** The kinds the app's open dialog offers and imports. */
export const supportedImportKinds: readonly ImportSourceKind[] = ['word', 'spreadsheet'];

/** The kind of source a file name says, or null for a file that cannot be imported. */
export function importSourceKindOf(fileName: string): ImportSourceKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  for (const kind of Object.keys(importExtensions) as ImportSourceKind[]) if (importExtensions[kind].includes(extension)) return kind;
  return null;
}

/** Whether a file name is a CSV file (one table, whatever a saved mapping calls its sheet). */
export function isCsvFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.csv');
}

export interface SpreadsheetImport {
  specification: Specification;
  report: ImportReport;
  /** The column mapping used: the one given, or the one guessed from the first sheet's header. */
  mapping: ColumnMapping;
  /** The language the specification was made in, and whether the cells said so (false: given by the user, or assumed). */
  language: { value: DocumentLanguage; detected: boolean };
}

export interface SpreadsheetSourceOptions {
  /** The file's name (without its folder): a CSV is told by it, and it titles a specification whose sheet names none. */
  fileName: string;
  /** The sheet's language; guessed from its cells when absent (English when they do not say). */
  language?: DocumentLanguage;
  jurisdiction?: Jurisdiction;
  /** A saved or chosen mapping, already checked with parseColumnMapping; guessed from the header when absent. */
  mapping?: ColumnMapping;
  id: string;
  now: Date;
}

/** The sheet a mapping names: by name, else by index; a refusal (TableImportError) when the workbook has no such sheet. */
export function sheetOf(workbook: SpreadsheetWorkbook, sheet: string | number): { name: string; number: number; rows: string[][] } {
  const index = typeof sheet === 'number' ? sheet : workbook.sheets.findIndex((candidate) => candidate.name === sheet);
  const found = workbook.sheets[index];
  if (index < 0 || found === undefined) {
    const names = workbook.sheets.map((candidate) => `"${candidate.name}"`).join(', ');
    throw new TableImportError('no-such-sheet', `The workbook has no sheet ${typeof sheet === 'number' ? `number ${sheet + 1}` : `"${sheet}"`}; its sheets are ${names}.`);
  }
  return { name: found.name, number: index + 1, rows: found.rows };
}

/** How many rows of a sheet are read to tell its language. */
const languageSampleRows = 300;

/**
 * A spreadsheet read into sheets, imported as a specification with the import report
 * (source 'spreadsheet'). Throws TableImportError for a mapping naming a sheet the workbook lacks.
 */
export function importSpreadsheetSource(workbook: SpreadsheetWorkbook, options: SpreadsheetSourceOptions): SpreadsheetImport {
  const csv = isCsvFileName(options.fileName);
  const first = workbook.sheets[0];
  const mapping = options.mapping ?? guessMapping(first?.rows ?? [], csv ? 0 : (first?.name ?? 0));
  const sheet = sheetOf(workbook, csv ? 0 : mapping.sheet);
  const detected = options.language === undefined ? detectTextLanguage(sheet.rows.slice(mapping.headerRow + 1, mapping.headerRow + 1 + languageSampleRows).map((row) => row.join(' '))) : null;
  const language: DocumentLanguage = options.language ?? detected ?? 'en';
  const dot = options.fileName.lastIndexOf('.');
  const imported = importSpreadsheet(sheet.rows, mapping, {
    language,
    ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
    id: options.id,
    now: options.now,
    fallbackTitle: dot > 0 ? options.fileName.slice(0, dot) : options.fileName,
    ...(csv ? {} : { sheet: { name: sheet.name, number: sheet.number } }),
  });
  return { ...imported, mapping, language: { value: language, detected: detected !== null } };
}
