/**
 * A file the user wants to import, read as what its name says it is: a Word
 * document through the bounded Word reader, a spreadsheet through the seam
 * that shared/import/table fills. Every refusal is an ImportFileError that
 * names the file and the problem as a code, for a message in the reader's
 * language; nothing is written here.
 */
import path from 'node:path';
import { z } from 'zod';
import { importSourceKindOf, importSpreadsheetSource, ImportNotSupportedError, type ImportSourceKind } from '../../../shared/import/sources';
import type { ImportReport } from '../../../shared/import/report';
import { defaultWordImportLimits, importWordDocument, WordImportError, type WordImportLimits } from '../../../shared/import/word';
import { megabytes, wordImportProblemCodes } from '../../../shared/import/word/limits';
import type { DocumentLanguage, Jurisdiction, Specification } from '../../../shared/specification/model';
import { NotARegularFileError, readRegularFile } from '../file-system';

export const ImportProblem = z.enum([...wordImportProblemCodes, 'not-supported', 'unknown-kind', 'not-a-file', 'not-found', 'not-readable', 'no-requirements']);
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
  /** A spreadsheet's column mapping (read from a --mapping file or chosen in the app), as shared/import/table defines it. */
  mapping?: unknown;
  limits?: WordImportLimits;
}

export interface ImportedSource {
  kind: ImportSourceKind;
  specification: Specification;
  report: ImportReport;
  /** The language the specification was made in, and whether the text said so (false: given by the user, or assumed). */
  language: { value: DocumentLanguage; detected: boolean };
}

/** The largest spreadsheet read (the same bound as a Word document). */
const maxSpreadsheetBytes = defaultWordImportLimits.maxFileBytes;

function fileProblem(filePath: string, error: unknown): ImportFileError | null {
  if (error instanceof ImportFileError) return error;
  if (error instanceof WordImportError) return new ImportFileError(filePath, error.code, error.message);
  if (error instanceof ImportNotSupportedError) return new ImportFileError(filePath, 'not-supported', error.message);
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
  if (kind === null) throw new ImportFileError(filePath, 'unknown-kind', 'Kravstudio imports Word documents (.docx).');
  const maxBytes = kind === 'word' ? limits.maxFileBytes : maxSpreadsheetBytes;
  try {
    const bytes = await readRegularFile(filePath, maxBytes, (size) => new ImportFileError(filePath, 'too-large', `The file is ${megabytes(size)}; a file to import may be at most ${megabytes(maxBytes)}.`, megabytes(maxBytes)));
    return { filePath, kind, bytes };
  } catch (error) {
    const problem = fileProblem(filePath, error);
    if (problem === null) throw error;
    throw problem;
  }
}

/**
 * Imports what was read. A Word document without any recognised requirement is refused too
 * (`no-requirements`): a specification made of it would only hold prose, and the user is
 * better told that its tables were not understood.
 */
export function importSourceBytes(source: ImportSourceBytes, options: ImportSourceOptions): ImportedSource {
  const { filePath, kind, bytes } = source;
  const fileName = path.basename(filePath);
  try {
    if (kind === 'spreadsheet') {
      // Spreadsheet import arrives with shared/import/table: until then the seam refuses with ImportNotSupportedError.
      const imported = importSpreadsheetSource(bytes, { fileName, ...(options.mapping === undefined ? {} : { mapping: options.mapping }) });
      return { kind, ...imported, language: { value: imported.specification.primaryLanguage, detected: false } };
    }
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
    const problem = fileProblem(filePath, error);
    if (problem === null) throw error;
    throw problem;
  }
}

/** Reads and imports a file (the CLI's way: once, with what the user gave). */
export async function importSourceFile(filePath: string, options: ImportSourceOptions): Promise<ImportedSource> {
  return importSourceBytes(await readImportSource(filePath, options.limits), options);
}
