/**
 * A filled answer matrix (the XLSX or semicolon CSV a buyer exported, filled
 * in by a supplier without Kravstudio) read back as the SupplierResponse a
 * `.kravsvar` holds: answers only, never scores. The file is hostile: read
 * as a regular file and never past the size limit, an XLSX checked for zip
 * bombs and entry counts before exceljs opens it (the guards of the table
 * import), sheets and rows counted. The matrix names the specification by
 * id and SHA-256; when they are this specification's, every row must name
 * one of its requirements and every answer cell must hold a value of the
 * requirement's answer type. When they are not, the answers are not read:
 * the response is flagged as answering another version, as a `.kravsvar` is.
 * Every refusal names the file, the sheet, the cell and the reason, in the
 * language asked for.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkSpreadsheetPackage, decodeCsvBytes, defaultTableImportLimits, parseCsvText, TableImportError, type TableImportLimits } from '../../shared/import/table';
import { megabytes } from '../../shared/import/table/limits';
import type { UiLanguage } from '../../shared/languages';
import { UiLanguage as UiLanguageShape } from '../../shared/languages';
import { answerMatrixFormat, answerMatrixVersion, matrixAnswer, matrixWord, maxMatrixCellLength, numberOf, type MatrixCellValue } from '../../shared/response/answer-matrix';
import type { Answer } from '../../shared/response/answers';
import { sha256Pattern, specificationFingerprint } from '../../shared/response/fingerprint';
import { currentResponseVersion, responseFormat, SupplierResponse } from '../../shared/response/model';
import type { ResponseProblemCode } from '../../shared/response/package';
import type { Specification } from '../../shared/specification/model';
import { answerColumn, commentColumn, matrixMetaFirstRow, matrixMetaSheet, supplierCells } from './export-formats/xlsx';
import { csvMatrixColumns, csvMatrixHeaderRows, csvSupplierRows } from './export-formats/csv';
import { readRegularFile } from './file-system';
import { ResponseReadError } from './response-file';

export interface AnswerMatrixReadOptions {
  /** How messages name the file; its base name by default. */
  shownName?: string;
  /** The language of the messages; English by default. */
  language?: UiLanguage;
  limits?: TableImportLimits;
}

interface Context {
  file: string;
  language: UiLanguage;
  specification: Specification;
}

// Read once: the loops below use them for every row.
const answerAt = answerColumn;
const commentAt = commentColumn;
const longestCell = maxMatrixCellLength;

function refuse(context: Context, code: ResponseProblemCode, message: string): ResponseReadError {
  return new ResponseReadError({ code, file: context.file, message });
}

function notMatrix(context: Context, reasonKey: string, values: Record<string, string | number> = {}): ResponseReadError {
  const reason = matrixWord(context.language, `read.${reasonKey}`, values);
  return refuse(context, 'not-answer-matrix', matrixWord(context.language, 'read.notMatrix', { file: context.file, reason }));
}

function cellProblem(context: Context, sheet: string, cell: string, reasonKey: string, values: Record<string, string | number>): ResponseReadError {
  const reason = matrixWord(context.language, `read.${reasonKey}`, values);
  return refuse(context, 'answer-matrix-cell', matrixWord(context.language, 'read.cell', { file: context.file, sheet, cell, reason }));
}

/** A table-import refusal (size, zip bomb, damage) as a response refusal naming the file. */
function fromTableError(context: Context, error: TableImportError): ResponseReadError {
  const code: ResponseProblemCode =
    error.code === 'zip-bomb' || error.code === 'too-many-entries' || error.code === 'not-zip' || error.code === 'too-large' || error.code === 'too-many-rows'
      ? error.code
      : error.code === 'too-many-columns' || error.code === 'cell-too-long'
        ? 'too-large'
        : 'damaged';
  return refuse(context, code, matrixWord(context.language, 'read.unreadable', { file: context.file, reason: error.message }));
}

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A cell's value as the matrix reads it: text, number, truth value or date; a formula by its result, rich text flattened. */
function valueOf(value: ExcelJS.CellValue): MatrixCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  if ('formula' in value || 'sharedFormula' in value) return valueOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return value.error;
  return null;
}

function textOf(value: MatrixCellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** What the matrix says it answers. */
interface MatrixHead {
  specificationId: string;
  fingerprint: string;
}

/** The tenderer's cells. */
interface MatrixSupplier {
  name: MatrixCellValue;
  organisationNumber: MatrixCellValue;
  price: MatrixCellValue;
  /** Where the price cell is, for a message. */
  priceSheet: string;
  priceCell: string;
}

/** One answer row: the requirement id and where it stands, the answer and comment cells. */
interface MatrixAnswerRow {
  requirementId: string;
  idSheet: string;
  idCell: string;
  answerSheet: string;
  answerCell: string;
  answer: MatrixCellValue;
  comment: MatrixCellValue;
}

interface MatrixContent {
  head: MatrixHead;
  supplier: MatrixSupplier;
  rows: MatrixAnswerRow[];
}

function checkHead(context: Context, format: string, version: MatrixCellValue, specificationId: string, fingerprint: string): MatrixHead {
  if (format !== answerMatrixFormat || typeof specificationId !== 'string' || specificationId === '' || !sha256Pattern.test(fingerprint)) throw notMatrix(context, 'noMeta');
  const versionNumber = numberOf(version);
  if (versionNumber === null || !Number.isInteger(versionNumber) || versionNumber < 1) throw notMatrix(context, 'noMeta');
  if (versionNumber > answerMatrixVersion) throw notMatrix(context, 'newerVersion', { version: versionNumber });
  return { specificationId, fingerprint };
}

async function xlsxContent(bytes: Uint8Array, context: Context, limits: TableImportLimits): Promise<MatrixContent> {
  checkSpreadsheetPackage(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new TableImportError('damaged', `The workbook cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > limits.maxRows) throw new TableImportError('too-many-rows', `The sheet "${worksheet.name}" has more than ${limits.maxRows} rows.`);
    if (worksheet.columnCount > limits.maxColumns) throw new TableImportError('too-many-columns', `The sheet "${worksheet.name}" has more than ${limits.maxColumns} columns.`);
  }
  const meta = workbook.getWorksheet(matrixMetaSheet);
  if (meta === undefined) throw notMatrix(context, 'noMeta');
  const metaText = (row: number): string => textOf(valueOf(meta.getCell(row, 2).value));
  const head = checkHead(context, metaText(1), valueOf(meta.getCell(2, 2).value), metaText(3), metaText(4));
  const matrixName = metaText(6);
  const supplierName = metaText(7);
  const matrix = workbook.getWorksheet(matrixName);
  if (matrix === undefined || matrixName === '') throw notMatrix(context, 'noSheet', { sheet: matrixName });
  const supplierSheet = workbook.getWorksheet(supplierName);
  if (supplierSheet === undefined || supplierName === '') throw notMatrix(context, 'noSheet', { sheet: supplierName });
  const supplier: MatrixSupplier = {
    name: valueOf(supplierSheet.getCell(supplierCells.name).value),
    organisationNumber: valueOf(supplierSheet.getCell(supplierCells.organisationNumber).value),
    price: valueOf(supplierSheet.getCell(supplierCells.price).value),
    priceSheet: supplierName,
    priceCell: supplierCells.price,
  };
  const rows: MatrixAnswerRow[] = [];
  for (let metaRow = matrixMetaFirstRow; metaRow <= meta.rowCount; metaRow += 1) {
    const rowValue = valueOf(meta.getCell(metaRow, 1).value);
    const requirementId = textOf(valueOf(meta.getCell(metaRow, 2).value));
    if (rowValue === null && requirementId === '') continue;
    const rowNumber = numberOf(rowValue);
    // The row table is the matrix's own: a row it points outside the matrix's rows was edited.
    if (rowNumber === null || !Number.isInteger(rowNumber) || rowNumber < 2 || rowNumber > matrix.rowCount) throw notMatrix(context, 'noMeta');
    const row = matrix.getRow(rowNumber);
    rows.push({
      requirementId,
      idSheet: matrixMetaSheet,
      idCell: `B${metaRow}`,
      answerSheet: matrixName,
      answerCell: `${columnLetter(answerAt)}${rowNumber}`,
      answer: valueOf(row.getCell(answerAt).value),
      comment: valueOf(row.getCell(commentAt).value),
    });
  }
  return { head, supplier, rows };
}

function csvContent(bytes: Uint8Array, context: Context, sheet: string, limits: TableImportLimits): MatrixContent {
  const { text } = decodeCsvBytes(bytes);
  const { rows } = parseCsvText(text, { separator: ';', limits });
  const first = rows[0] ?? [];
  const head = checkHead(context, (first[0] ?? '').trim().replace(/^#/, ''), first[1] ?? null, (first[2] ?? '').trim(), (first[3] ?? '').trim());
  const cell = (row: number, column: number): MatrixCellValue => {
    const value = rows[row]?.[column] ?? '';
    return value.trim() === '' ? null : value;
  };
  const supplier: MatrixSupplier = {
    name: cell(csvSupplierRows.name, 1),
    organisationNumber: cell(csvSupplierRows.organisationNumber, 1),
    price: cell(csvSupplierRows.price, 1),
    priceSheet: sheet,
    priceCell: `B${csvSupplierRows.price + 1}`,
  };
  const answerIndex = csvMatrixColumns.indexOf('answer');
  const commentIndex = csvMatrixColumns.indexOf('comment');
  const answerRows: MatrixAnswerRow[] = [];
  for (let index = csvMatrixHeaderRows; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    if (row.every((value) => value.trim() === '')) continue;
    answerRows.push({
      requirementId: (row[0] ?? '').trim(),
      idSheet: sheet,
      idCell: `A${index + 1}`,
      answerSheet: sheet,
      answerCell: `${columnLetter(answerIndex + 1)}${index + 1}`,
      answer: cell(index, answerIndex),
      comment: cell(index, commentIndex),
    });
  }
  return { head, supplier, rows: answerRows };
}

/** The matrix's content as a response to `specification`, refused when a row or cell does not fit it. */
function responseOf(content: MatrixContent, context: Context, fallbackName: string, updatedAt: Date): SupplierResponse {
  const { specification, language } = context;
  const answers: Record<string, Answer> = {};
  const answersThisVersion = content.head.specificationId === specification.id && content.head.fingerprint === specificationFingerprint(specification);
  if (answersThisVersion) {
    const requirements = new Map(specification.requirements.map((requirement) => [requirement.id, requirement]));
    for (const row of content.rows) {
      const requirement = requirements.get(row.requirementId);
      if (requirement === undefined) throw cellProblem(context, row.idSheet, row.idCell, 'unknownRequirement', { id: row.requirementId.slice(0, 60) });
      if (Object.hasOwn(answers, row.requirementId)) throw cellProblem(context, row.idSheet, row.idCell, 'duplicateRequirement', { id: row.requirementId });
      for (const value of [row.answer, row.comment]) {
        if (typeof value === 'string' && value.length > longestCell) throw cellProblem(context, row.answerSheet, row.answerCell, 'tooLong', { max: longestCell });
      }
      const read = matrixAnswer(requirement.answerType, row.answer, row.comment, language);
      if (!read.ok) throw cellProblem(context, row.answerSheet, row.answerCell, read.problem.key, read.problem.values);
      if (read.answer !== null) answers[row.requirementId] = read.answer;
    }
  }
  const priceValue = content.supplier.price;
  const price = priceValue === null ? null : numberOf(priceValue);
  if (priceValue !== null && (price === null || price < 0)) throw cellProblem(context, content.supplier.priceSheet, content.supplier.priceCell, 'notPrice', { value: textOf(priceValue).slice(0, 60) });
  const name = textOf(content.supplier.name).slice(0, 300);
  const response = {
    format: responseFormat,
    version: currentResponseVersion,
    specification: {
      id: content.head.specificationId,
      fingerprint: content.head.fingerprint,
      title: answersThisVersion ? specification.title.slice(0, 1_000) : '',
    },
    // Without a name in the matrix, the file's name tells suppliers apart.
    supplier: { name: name === '' ? fallbackName.slice(0, 300) : name, organisationNumber: textOf(content.supplier.organisationNumber).slice(0, 40) },
    ...(price === null ? {} : { price }),
    answers,
    updatedAt: updatedAt.toISOString(),
  };
  const checked = SupplierResponse.safeParse(response);
  // Only the hidden sheet's values can make it fail (an id that is no id): the matrix was changed.
  if (!checked.success) throw notMatrix(context, 'noMeta');
  return checked.data;
}

/** Whether a file name is a filled answer matrix's (.xlsx or .csv), by its extension. */
export function isAnswerMatrixFileName(fileName: string): boolean {
  return /\.(xlsx|csv)$/i.test(fileName);
}

/** A filled answer matrix's bytes as a response to `specification`; `fileName` tells XLSX from CSV and is named in messages. */
export async function readAnswerMatrixBytes(bytes: Uint8Array, fileName: string, specification: Specification, options: AnswerMatrixReadOptions & { updatedAt: Date }): Promise<SupplierResponse> {
  const language = UiLanguageShape.safeParse(options.language).success ? (options.language ?? 'en') : 'en';
  const context: Context = { file: options.shownName ?? fileName, language, specification };
  const limits = options.limits ?? defaultTableImportLimits;
  const extension = path.extname(fileName).toLowerCase();
  const base = path.basename(fileName, path.extname(fileName));
  try {
    if (bytes.byteLength > limits.maxFileBytes) throw new TableImportError('too-large', `The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(limits.maxFileBytes)}.`);
    const content = extension === '.csv' ? csvContent(bytes, context, base, limits) : await xlsxContent(bytes, context, limits);
    return responseOf(content, context, base, options.updatedAt);
  } catch (error) {
    if (error instanceof TableImportError) throw fromTableError(context, error);
    throw error;
  }
}

/** Reads a filled answer matrix (.xlsx or .csv) from disk, bounded by the table import's size limit. */
export async function readAnswerMatrixFile(filePath: string, specification: Specification, options: AnswerMatrixReadOptions = {}): Promise<SupplierResponse> {
  const limits = options.limits ?? defaultTableImportLimits;
  const shownName = options.shownName ?? path.basename(filePath);
  const language = options.language ?? 'en';
  const bytes = await readRegularFile(filePath, limits.maxFileBytes, (size) =>
    new ResponseReadError({
      code: 'too-large',
      file: shownName,
      message: matrixWord(language, 'read.unreadable', { file: shownName, reason: `The file is ${megabytes(size)}; the limit is ${megabytes(limits.maxFileBytes)}.` }),
    }),
  );
  const { mtime } = await stat(filePath);
  return readAnswerMatrixBytes(bytes, filePath, specification, { ...options, shownName, updatedAt: mtime });
}
