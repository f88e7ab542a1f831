/**
 * Turns what went wrong with a file into the typed error the renderer shows:
 * which file, which problem, and where in the document.
 */
import { KravstudioError } from '../../shared/errors';
import { DocumentReadError, DocumentTooLargeError } from './document-file';
import { NotARegularFileError } from './file-system';

export function fileError(error: unknown, filePath: string): KravstudioError {
  if (error instanceof KravstudioError) return error;
  if (error instanceof DocumentReadError) {
    return new KravstudioError({
      code: 'BAD_DOCUMENT',
      message: error.problem.message,
      file: error.filePath,
      problem: error.problem.code,
      details: error.problem.issues,
      ...(error.problem.budget === undefined ? {} : { budget: error.problem.budget }),
    });
  }
  if (error instanceof DocumentTooLargeError) {
    return new KravstudioError({
      code: 'NOT_ALLOWED',
      message: error.problem.message,
      file: error.filePath,
      problem: error.problem.code,
      details: error.problem.issues,
      ...(error.problem.budget === undefined ? {} : { budget: error.problem.budget }),
    });
  }
  if (error instanceof NotARegularFileError) {
    return new KravstudioError({ code: 'IO_FAILED', message: error.message, file: error.filePath, problem: 'not-a-file' });
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') {
    return new KravstudioError({ code: 'NOT_FOUND', message: 'The file does not exist.', file: filePath, problem: 'not-found' });
  }
  if (code === 'ELOOP' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') {
    return new KravstudioError({ code: 'IO_FAILED', message: `The file could not be read (${code}).`, file: filePath, problem: 'unreadable' });
  }
  if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC' || code === 'EROFS' || code === 'EDQUOT') {
    return new KravstudioError({ code: 'IO_FAILED', message: `The file could not be used (${code}).`, file: filePath, problem: code.toLowerCase() });
  }
  throw error;
}
