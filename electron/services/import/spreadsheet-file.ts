/**
 * A spreadsheet (XLSX) or CSV file on disk read as sheets of cell texts for
 * the table import: read as a regular file and never beyond the size limit;
 * an XLSX checked with fflate (a zip, a workbook, no zip bomb) before
 * exceljs reads it. Cells are the text a buyer sees: numbers plain (a
 * percentage as one), dates as ISO dates, rich text flattened, a formula as
 * its cached result, a merged area's text once. Every refusal names the file.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { importSpreadsheetSource, sheetOf, type SpreadsheetImport, type SpreadsheetSourceOptions } from '../../../shared/import/sources';
import { checkSpreadsheetPackage, checkTableLimits, defaultTableImportLimits, parseCsv, TableImportError, type SpreadsheetWorkbook, type TableImportLimits } from '../../../shared/import/table';
import type { DocumentLanguage } from '../../../shared/specification/model';
import { megabytes } from '../../../shared/import/table/limits';
import { readRegularFile } from '../file-system';

/** A spreadsheet or CSV file that could not be read, with the file's name and the reason. */
export class SpreadsheetFileImportError extends Error {
  readonly filePath: string;
  readonly code: TableImportError['code'];

  constructor(filePath: string, cause: TableImportError) {
    super(`${path.basename(filePath)}: ${cause.message}`);
    this.name = 'SpreadsheetFileImportError';
    this.filePath = filePath;
    this.code = cause.code;
  }
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

function numberText(value: number, numFmt: string | undefined): string {
  if (numFmt !== undefined && /%/.test(numFmt)) {
    const decimals = /\.(0+)%/.exec(numFmt)?.[1]?.length ?? 0;
    return `${(value * 100).toFixed(decimals)} %`;
  }
  return String(value);
}

/** A cell value as displayed text. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
  if ('error' in value) return value.error;
  return '';
}

/** The sheets of an XLSX workbook's bytes, each row's cells as text; throws TableImportError. */
export async function readWorkbook(bytes: Uint8Array, limits: TableImportLimits = defaultTableImportLimits): Promise<SpreadsheetWorkbook> {
  checkSpreadsheetPackage(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new TableImportError('damaged', `The workbook cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const sheets = workbook.worksheets.map((worksheet) => {
    if (worksheet.rowCount > limits.maxRows) throw new TableImportError('too-many-rows', `The sheet "${worksheet.name}" has more than ${limits.maxRows} rows.`);
    if (worksheet.columnCount > limits.maxColumns) throw new TableImportError('too-many-columns', `The sheet "${worksheet.name}" has more than ${limits.maxColumns} columns.`);
    const rows: string[][] = [];
    for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber += 1) {
      const row = worksheet.getRow(rowNumber);
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) {
        const cell = row.getCell(column);
        // A merged area's text stands in its first cell only, as the buyer sees it.
        cells.push(cell.isMerged && cell.master !== cell ? '' : cellText(cell.value, cell.numFmt));
      }
      while (cells.length > 0 && cells.at(-1)?.trim() === '') cells.pop();
      rows.push(cells);
    }
    while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
    checkTableLimits(rows, limits);
    return { name: worksheet.name, rows };
  });
  if (sheets.length === 0) throw new TableImportError('empty', 'The workbook has no sheets.');
  return { sheets };
}

/** An .xlsx or .csv file read as a workbook (a CSV as one sheet named after the file). */
export async function readSpreadsheetFile(filePath: string, limits: TableImportLimits = defaultTableImportLimits): Promise<SpreadsheetWorkbook> {
  const bytes = await readRegularFile(
    filePath,
    limits.maxFileBytes,
    (size) => new SpreadsheetFileImportError(filePath, new TableImportError('too-large', `The file is ${megabytes(size)}; a spreadsheet to import may be at most ${megabytes(limits.maxFileBytes)}.`)),
  );
  try {
    if (path.extname(filePath).toLowerCase() === '.csv') return { sheets: [{ name: path.basename(filePath, path.extname(filePath)), rows: parseCsv(bytes, limits).rows }] };
    return await readWorkbook(bytes, limits);
  } catch (error) {
    if (error instanceof TableImportError) throw new SpreadsheetFileImportError(filePath, error);
    throw error;
  }
}

export interface SpreadsheetFileImportOptions extends Omit<SpreadsheetSourceOptions, 'fileName' | 'language'> {
  /** The sheet's language; guessed from its cells when absent. */
  language?: DocumentLanguage;
  limits?: TableImportLimits;
}

export { sheetOf };

/** An .xlsx or .csv file imported as a specification with its report, under a saved mapping or the guessed one. */
export async function importSpreadsheetFile(filePath: string, options: SpreadsheetFileImportOptions): Promise<SpreadsheetImport> {
  const workbook = await readSpreadsheetFile(filePath, options.limits);
  const { limits: _limits, ...rest } = options;
  try {
    return importSpreadsheetSource(workbook, { ...rest, fileName: path.basename(filePath) });
  } catch (error) {
    if (error instanceof TableImportError) throw new SpreadsheetFileImportError(filePath, error);
    throw error;
  }
}
