/**
 * Where a buyer's evaluation reads a supplier's answers from: a `.kravsvar`
 * made in Kravstudio, or an answer matrix (.xlsx or semicolon .csv) a
 * supplier without Kravstudio filled in. Both come back as the same
 * SupplierResponse, so the evaluation (shared/response/evaluate.ts) treats
 * them alike: a response to another version of the specification is
 * flagged, one that does not fit its version is refused.
 */
import path from 'node:path';
import type { UiLanguage } from '../../shared/languages';
import type { ReadResponse } from '../../shared/response/package';
import type { Specification } from '../../shared/specification/model';
import { isAnswerMatrixFileName, readAnswerMatrixFile } from './answer-matrix-file';
import { readResponseFile } from './response-file';

export type ResponseSourceKind = 'kravsvar' | 'answer-matrix';

export interface ResponseSource extends ReadResponse {
  kind: ResponseSourceKind;
}

export interface ResponseSourceOptions {
  /** How messages name the file; the path given by default. */
  shownName?: string;
  /** The language of an answer matrix's messages (a `.kravsvar`'s are English); English by default. */
  language?: UiLanguage;
}

/**
 * Reads a supplier's response from a `.kravsvar` or a filled answer matrix
 * (told by the extension: .xlsx and .csv are matrices, anything else is
 * read as a `.kravsvar`). A matrix is read against `specification`, whose
 * requirements give each answer cell its type. Throws ResponseReadError
 * (shared `problem`: code, file, message naming the file and reason) for a
 * file that is refused; the file-system errors of a missing or unreadable file pass through.
 */
export async function readResponseSource(filePath: string, specification: Specification, options: ResponseSourceOptions = {}): Promise<ResponseSource> {
  const shownName = options.shownName ?? filePath;
  if (isAnswerMatrixFileName(path.basename(filePath))) {
    const response = await readAnswerMatrixFile(filePath, specification, { shownName, ...(options.language === undefined ? {} : { language: options.language }) });
    return { kind: 'answer-matrix', response, attachments: new Map() };
  }
  const read = await readResponseFile(filePath, shownName);
  return { kind: 'kravsvar', ...read };
}
