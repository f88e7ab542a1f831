/**
 * The `.kravsvar` file: a zip with `response.json` and the attached files
 * under `attachments/`. Reading it is hostile: the zip's limits and entry
 * names (shared/file-reading/zip-entries.ts), the JSON pipeline with the
 * response's parse budget, the model, then every attachment against the
 * SHA-256 its answer names. Every refusal names the file and the reason.
 */
import { zipSync } from 'fflate';
import { readDocumentBytes, readDocumentValue } from '../document-kinds/format';
import { readZipEntries, shownEntryName, type ZipLimits } from '../file-reading/zip-entries';
import { sha256Hex } from './fingerprint';
import { responseJsonFormat, type SupplierResponse } from './model';

export const responseJsonName = 'response.json';
export const attachmentsFolder = 'attachments/';

export const responseZipLimits: ZipLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxEntries: 2_000,
  maxTotalBytes: 400 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

export const responseProblemCodes = [
  'too-large',
  'not-zip',
  'too-many-entries',
  'zip-bomb',
  'unsafe-name',
  'duplicate-name',
  'damaged',
  'unexpected-entry',
  'no-response-json',
  'unreadable-response-json',
  'attachment-missing',
  'attachment-hash-mismatch',
  'attachment-unreferenced',
  // A filled answer matrix (XLSX or CSV) read back by electron/services/answer-matrix-file.ts:
  'too-many-rows',
  'not-answer-matrix',
  'answer-matrix-cell',
] as const;
export type ResponseProblemCode = (typeof responseProblemCodes)[number];

/** Why the app refuses to open a response: the package's problems, or a response to another specification than the one chosen. */
export const responseRefusalCodes = [...responseProblemCodes, 'specification-mismatch'] as const;

/** Why a `.kravsvar` file (or a filled answer matrix) is refused: a code and a sentence that names the file (English for a `.kravsvar`). */
export interface ResponseProblem {
  code: ResponseProblemCode;
  file: string;
  message: string;
}

export interface ReadResponse {
  response: SupplierResponse;
  /** The attached files by name (as under `attachments/`), each checked against its answer's SHA-256. */
  attachments: Map<string, Uint8Array>;
}

export type ResponseReadResult = ({ ok: true } & ReadResponse) | { ok: false; problem: ResponseProblem };

/** The attachments the answers name, file name → SHA-256. */
function attachmentNames(response: SupplierResponse): Map<string, string> {
  const names = new Map<string, string>();
  for (const answer of Object.values(response.answers)) if (answer.kind === 'attachment') names.set(answer.file.fileName, answer.file.sha256);
  return names;
}

/** Reads the bytes of a `.kravsvar` file; `fileName` is named in every message. */
export function readResponseBytes(bytes: Uint8Array, fileName: string, limits: ZipLimits = responseZipLimits): ResponseReadResult {
  const fail = (code: ResponseProblemCode, reason: string): ResponseReadResult => ({ ok: false, problem: { code, file: fileName, message: `${fileName}: ${reason}` } });
  const wanted = (name: string): boolean => name === responseJsonName || (name.startsWith(attachmentsFolder) && !name.slice(attachmentsFolder.length).includes('/'));
  const zip = readZipEntries(bytes, limits, wanted);
  if (!zip.ok) return fail(zip.problem.code, zip.problem.message);
  for (const name of zip.names) {
    if (!wanted(name)) return fail('unexpected-entry', `The entry ${shownEntryName(name)} has no place in a supplier response.`);
  }
  const json = zip.entries.get(responseJsonName);
  if (json === undefined) return fail('no-response-json', `The package has no ${responseJsonName}: it is not a supplier response.`);
  const read = readDocumentBytes(responseJsonFormat, json);
  if (!read.ok) {
    const where = read.problem.issues[0] === undefined ? '' : ` (${read.problem.issues[0].path}: ${read.problem.issues[0].message})`;
    return fail('unreadable-response-json', `${responseJsonName}: ${read.problem.message}${where}`);
  }
  const response = read.document;
  const attachments = new Map<string, Uint8Array>();
  for (const [name, bytesOfEntry] of zip.entries) if (name !== responseJsonName) attachments.set(name.slice(attachmentsFolder.length), bytesOfEntry);
  const referenced = attachmentNames(response);
  for (const [name, sha256] of referenced) {
    const attached = attachments.get(name);
    if (attached === undefined) return fail('attachment-missing', `The attachment ${shownEntryName(name)} an answer names is not in the package.`);
    if (sha256Hex(attached) !== sha256) return fail('attachment-hash-mismatch', `The attachment ${shownEntryName(name)} does not match the SHA-256 its answer names: it was changed after the response was made.`);
  }
  for (const name of attachments.keys()) {
    if (!referenced.has(name)) return fail('attachment-unreferenced', `The attachment ${shownEntryName(name)} is not named by any answer.`);
  }
  return { ok: true, response, attachments };
}

/**
 * The bytes of a `.kravsvar` file. The response is validated by its model
 * first; every attachment an answer names must be given, with the bytes its
 * SHA-256 names, and no other.
 */
export function writeResponseBytes(response: SupplierResponse, attachments: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  const checked = readDocumentValue(responseJsonFormat, response);
  if (!checked.ok) throw new Error(`The response cannot be written: ${checked.problem.message}`);
  const referenced = attachmentNames(checked.document);
  const files: Record<string, Uint8Array> = {
    [responseJsonName]: new TextEncoder().encode(`${JSON.stringify(checked.document, null, 2)}\n`),
  };
  for (const [name, sha256] of referenced) {
    const bytes = attachments.get(name);
    if (bytes === undefined) throw new Error(`The response names the attachment "${name}" but it was not given.`);
    if (sha256Hex(bytes) !== sha256) throw new Error(`The attachment "${name}" does not match the SHA-256 its answer names.`);
    files[`${attachmentsFolder}${name}`] = bytes;
  }
  for (const name of attachments.keys()) if (!referenced.has(name)) throw new Error(`The attachment "${name}" is not named by any answer.`);
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
