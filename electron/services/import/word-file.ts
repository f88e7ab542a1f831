/**
 * A Word file on disk imported as a specification: read as a regular file
 * and never beyond the import's size limit, then handed to the pure import.
 * Every refusal names the file.
 */
import path from 'node:path';
import { defaultWordImportLimits, importWordDocument, WordImportError, type WordImport, type WordImportOptions } from '../../../shared/import/word';
import { megabytes } from '../../../shared/import/word/limits';
import { readRegularFile } from '../file-system';

/** A Word file that could not be imported, with the file's name and the reason. */
export class WordFileImportError extends Error {
  readonly filePath: string;
  readonly code: WordImportError['code'];

  constructor(filePath: string, cause: WordImportError) {
    super(`${path.basename(filePath)}: ${cause.message}`);
    this.name = 'WordFileImportError';
    this.filePath = filePath;
    this.code = cause.code;
  }
}

export async function importWordFile(filePath: string, options: Omit<WordImportOptions, 'fallbackTitle'> & { fallbackTitle?: string }): Promise<WordImport> {
  const limits = options.limits ?? defaultWordImportLimits;
  const bytes = await readRegularFile(
    filePath,
    limits.maxFileBytes,
    (size) => new WordFileImportError(filePath, new WordImportError('too-large', `The file is ${megabytes(size)}; a Word document to import may be at most ${megabytes(limits.maxFileBytes)}.`)),
  );
  try {
    return importWordDocument(bytes, { ...options, fallbackTitle: options.fallbackTitle ?? path.basename(filePath, path.extname(filePath)) });
  } catch (error) {
    if (error instanceof WordImportError) throw new WordFileImportError(filePath, error);
    throw error;
  }
}
