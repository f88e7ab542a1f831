/**
 * Import of spreadsheets, CSV files and pasted tables: rows of cell texts
 * mapped to requirement fields by a column mapping (guessed from the header,
 * checked by the user, saved for reuse), read into a version 3
 * specification with a report. Pure: the main process reads XLSX files
 * (electron/services/import/spreadsheet-file.ts) and CSV bytes are decoded here.
 */
export { decodeCsvBytes, detectSeparator, parseCsv, parseCsvText, type CsvEncoding, type CsvSeparator, type CsvTable } from './csv';
export { checkSpreadsheetPackage } from './package';
export { checkTableLimits, defaultTableImportLimits, TableImportError, TableImportProblemCode, tableImportProblemCodes, type TableImportLimits } from './limits';
export { ColumnMapping, fieldOfColumn, fieldOfHeader, findHeaderRow, guessMapping, MappedColumn, parseColumnMapping, TableField, tableFields } from './mapping';
export { importSpreadsheet, readRequirementRows, type RowRequirement, type SpreadsheetImport, type SpreadsheetImportOptions } from './recognise';
export { TableImportNotice } from './report';
export { addPastedRequirements, requirementsFromClipboard, type ClipboardTable, type PastedRequirement } from './clipboard';

/** A workbook as the import reads it: each sheet's name and its cells as displayed text. */
export interface SpreadsheetSheet {
  name: string;
  rows: string[][];
}
export interface SpreadsheetWorkbook {
  sheets: SpreadsheetSheet[];
}
