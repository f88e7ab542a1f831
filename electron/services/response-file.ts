/**
 * Supplier responses (`.kravsvar`) and profiles (`.kravprofil`) on disk:
 * read bounded (a regular file, never past the limit), parsed by the pure
 * readers in shared/response, written whole with the safe writer.
 */
import path from 'node:path';
import { readResponseBytes, responseZipLimits, writeResponseBytes, type ReadResponse, type ResponseProblem } from '../../shared/response/package';
import type { SupplierResponse } from '../../shared/response/model';
import { profileKind, type SupplierProfile } from '../../shared/response/profile';
import { readDocumentFile } from './document-file';
import { readRegularFile } from './file-system';
import { writeFileSafely } from './safe-write';

/** A `.kravsvar` file that is refused: the problem names the file and the reason. */
export class ResponseReadError extends Error {
  readonly problem: ResponseProblem;

  constructor(problem: ResponseProblem) {
    super(problem.message);
    this.name = 'ResponseReadError';
    this.problem = problem;
  }
}

/** Reads and checks a `.kravsvar` file; `shownName` is how messages name it (the path given, by default). */
export async function readResponseFile(filePath: string, shownName: string = filePath): Promise<ReadResponse> {
  const max = responseZipLimits.maxFileBytes;
  const bytes = await readRegularFile(filePath, max, (size) =>
    new ResponseReadError({ code: 'too-large', file: shownName, message: `${shownName}: The file is ${Math.round(size / 1024 / 1024)} MB, more than the ${max / 1024 / 1024} MB a supplier response may be.` }),
  );
  const result = readResponseBytes(bytes, shownName);
  if (!result.ok) throw new ResponseReadError(result.problem);
  return { response: result.response, attachments: result.attachments };
}

/** Writes a `.kravsvar` file whole (a temporary file renamed over the target), with the attachments its answers name. */
export async function writeResponseFile(filePath: string, response: SupplierResponse, attachments: ReadonlyMap<string, Uint8Array> = new Map()): Promise<void> {
  await writeFileSafely(path.resolve(filePath), writeResponseBytes(response, attachments));
}

export async function readProfileFile(filePath: string): Promise<SupplierProfile> {
  return (await readDocumentFile(filePath, profileKind)).document;
}

export async function writeProfileFile(filePath: string, profile: SupplierProfile): Promise<void> {
  await writeFileSafely(path.resolve(filePath), profileKind.serialize(profile));
}
