/**
 * A file the user wants to import, read as what its name says it is: a Word
 * document through the bounded Word reader, a spreadsheet (.xlsx, .csv) read
 * into sheets here and imported through shared/import/sources with the
 * column mapping given or guessed. Every refusal is an ImportFileError that
 * names the file and the problem as a code, for a message in the reader's
 * language; nothing is written here.
 */
import path from 'node:path';
import { z } from 'zod';
import { importSourceKindOf, importSpreadsheetSource, isCsvFileName, type ImportSourceKind } from '../../../shared/import/sources';
import { type ColumnMapping, defaultTableImportLimits, parseCsv, TableImportError, tableImportProblemCodes, type SpreadsheetWorkbook } from '../../../shared/import/table';
import { readWorkbook, SpreadsheetFileImportError } from './spreadsheet-file';
import type { ImportReport } from '../../../shared/import/report';
import { defaultWordImportLimits, importWordDocument, WordImportError, type WordImportLimits } from '../../../shared/import/word';
import { megabytes, wordImportProblemCodes } from '../../../shared/import/word/limits';
import type { DocumentLanguage, Jurisdiction, Specification } from '../../../shared/specification/model';
import { NotARegularFileError, readRegularFile } from '../file-system';

/** A spreadsheet's problems are told apart from a Word document's ("sheet-not-zip"), so each is worded for its kind of file. */
const spreadsheetProblemCodes = tableImportProblemCodes.map((code) => `sheet-${code}` as const);

export const ImportProblem = z.enum([...wordImportProblemCodes, ...spreadsheetProblemCodes, 'sheet-no-requirements', 'unknown-kind', 'not-a-file', 'not-found', 'not-readable', 'no-requirements']);
export type ImportProblem = z.infer<typeof ImportProblem>;

/** A file that cannot be imported: which file, and why (a code, with an English sentence as the message). */
export class ImportFileError extends Error {
  readonly filePath: string;
  readonly problem: ImportProblem;
  /** For `too-large`: the limit, as people read it ("50 MB"). */
  readonly limit: string | undefined;

  constructor(filePath: string, problem: ImportProblem, message: string, limit?: string) {
    super(`${path.basename(filePath)}: ${message}`);
    this.name = 'ImportFileError';
    this.filePath = filePath;
    this.problem = problem;
    this.limit = limit;
  }
}

export interface ImportSourceOptions {
  /** The document's language; guessed from the text when absent. */
  language?: DocumentLanguage;
  jurisdiction?: Jurisdiction;
  id: string;
  now: Date;
  /** A spreadsheet's column mapping (read from a --mapping file or chosen in the app, checked with parseColumnMapping); guessed from the header when absent. */
  mapping?: ColumnMapping;
  limits?: WordImportLimits;
  /**
   * A spreadsheet in which no row was read as a requirement is kept (not refused): the app shows it
   * in the column-mapping step, where the user says which column holds what.
   */
  keepWithoutRequirements?: boolean;
}

export interface ImportedSource {
  kind: ImportSourceKind;
  specification: Specification;
  report: ImportReport;
  /** The language the specification was made in, and whether the text said so (false: given by the user, or assumed). */
  language: { value: DocumentLanguage; detected: boolean };
  /** A spreadsheet's column mapping as used (given or guessed). */
  mapping?: ColumnMapping;
}

/** The largest spreadsheet read. */
const maxSpreadsheetBytes = defaultTableImportLimits.maxFileBytes;

function fileProblem(filePath: string, error: unknown): ImportFileError | null {
  if (error instanceof ImportFileError) return error;
  if (error instanceof WordImportError) return new ImportFileError(filePath, error.code, error.message);
  if (error instanceof TableImportError) return new ImportFileError(filePath, `sheet-${error.code}`, error.message);
  if (error instanceof SpreadsheetFileImportError) return new ImportFileError(filePath, `sheet-${error.code}`, error.message.slice(error.message.indexOf(': ') + 2));
  if (error instanceof NotARegularFileError) return new ImportFileError(filePath, 'not-a-file', error.message);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new ImportFileError(filePath, 'not-found', 'The file does not exist.');
  if (code === 'EISDIR' || code === 'ELOOP' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return new ImportFileError(filePath, 'not-a-file', `This is not a file (${code}).`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportFileError(filePath, 'not-readable', `The file may not be read (${code}).`);
  return null;
}

/** A file read for import: its bytes (bounded) and what kind of source it is. */
export interface ImportSourceBytes {
  filePath: string;
  kind: ImportSourceKind;
  bytes: Uint8Array;
}

/** Reads a file to import, never past the limit; refuses a name that is not a source Kravstudio knows. */
export async function readImportSource(filePath: string, limits: WordImportLimits = defaultWordImportLimits): Promise<ImportSourceBytes> {
  const kind = importSourceKindOf(path.basename(filePath));
  if (kind === null) throw new ImportFileError(filePath, 'unknown-kind', 'Kravstudio imports Word documents (.docx) and spreadsheets (.xlsx, .csv).');
  const maxBytes = kind === 'word' ? limits.maxFileBytes : maxSpreadsheetBytes;
  const tooLarge = kind === 'word' ? 'too-large' : 'sheet-too-large';
  try {
    const bytes = await readRegularFile(filePath, maxBytes, (size) => new ImportFileError(filePath, tooLarge, `The file is ${megabytes(size)}; a file to import may be at most ${megabytes(maxBytes)}.`, megabytes(maxBytes)));
    return { filePath, kind, bytes };
  } catch (error) {
    const problem = fileProblem(filePath, error);
    if (problem === null) throw error;
    throw problem;
  }
}

/** A spreadsheet's bytes as sheets of cell texts: a CSV decoded here, an XLSX checked and read with exceljs. Throws TableImportError. */
export async function spreadsheetWorkbook(source: ImportSourceBytes): Promise<SpreadsheetWorkbook> {
  const fileName = path.basename(source.filePath);
  if (isCsvFileName(fileName)) return { sheets: [{ name: path.basename(fileName, path.extname(fileName)), rows: parseCsv(source.bytes, defaultTableImportLimits).rows }] };
  return readWorkbook(source.bytes, defaultTableImportLimits);
}

/** A refusal as an ImportFileError naming the file, or the error itself when it is not a refusal. */
function asImportProblem(filePath: string, error: unknown): unknown {
  return fileProblem(filePath, error) ?? error;
}

/** A spreadsheet read for import, as sheets; a refusal is an ImportFileError naming the file. */
export async function readSpreadsheetSource(source: ImportSourceBytes): Promise<SpreadsheetWorkbook> {
  try {
    return await spreadsheetWorkbook(source);
  } catch (error) {
    throw asImportProblem(source.filePath, error);
  }
}

/** The refusal of a spreadsheet in which no row under the header is a requirement. */
export function noSpreadsheetRequirements(filePath: string): ImportFileError {
  return new ImportFileError(filePath, 'sheet-no-requirements', 'No row under the header was read as a requirement.');
}

/**
 * Imports a spreadsheet already read into sheets. One without any requirement read is refused
 * (`sheet-no-requirements`): most likely the requirement text is in another column than the mapping says.
 */
export function importSpreadsheetWorkbook(filePath: string, workbook: SpreadsheetWorkbook, options: ImportSourceOptions): ImportedSource {
  try {
    const imported = importSpreadsheetSource(workbook, {
      fileName: path.basename(filePath),
      id: options.id,
      now: options.now,
      ...(options.language === undefined ? {} : { language: options.language }),
      ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
      ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    });
    if (imported.report.requirements === 0 && options.keepWithoutRequirements !== true) throw noSpreadsheetRequirements(filePath);
    return { kind: 'spreadsheet', ...imported };
  } catch (error) {
    throw asImportProblem(filePath, error);
  }
}

/**
 * Imports what was read. A Word document without any recognised requirement is refused too
 * (`no-requirements`): a specification made of it would only hold prose, and the user is
 * better told that its tables were not understood.
 */
export async function importSourceBytes(source: ImportSourceBytes, options: ImportSourceOptions): Promise<ImportedSource> {
  const { filePath, kind, bytes } = source;
  if (kind === 'spreadsheet') return importSpreadsheetWorkbook(filePath, await readSpreadsheetSource(source), options);
  const fileName = path.basename(filePath);
  try {
    const imported = importWordDocument(bytes, {
      language: options.language ?? 'detect',
      id: options.id,
      now: options.now,
      fallbackTitle: path.basename(fileName, path.extname(fileName)),
      ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
      ...(options.limits === undefined ? {} : { limits: options.limits }),
    });
    if (imported.report.requirements === 0) throw new ImportFileError(filePath, 'no-requirements', 'No requirement table, and no numbered requirement, was recognised.');
    return { kind, ...imported };
  } catch (error) {
    throw asImportProblem(filePath, error);
  }
}

/** Reads and imports a file (the CLI's way: once, with what the user gave). */
export async function importSourceFile(filePath: string, options: ImportSourceOptions): Promise<ImportedSource> {
  return importSourceBytes(await readImportSource(filePath, options.limits), options);
}
