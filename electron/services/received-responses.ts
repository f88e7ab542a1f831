/**
 * The responses a buyer has received for each open specification, held in
 * the main process while the specification is open: each file is read
 * bounded and hostile, its SHA-256 taken from the very bytes read; a file
 * that cannot be read is refused by name and reason without stopping the
 * others. The window gets file names and hashes, never paths.
 *
 * `readReceivedResponse` is the one place a source is read: a `.kravsvar`
 * or a filled answer matrix (XLSX or semicolon CSV).
 */
import { createHash, randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultTableImportLimits } from '../../shared/import/table';
import type { UiLanguage } from '../../shared/languages';
import { evaluateResponses } from '../../shared/response/evaluate';
import type { SupplierResponse } from '../../shared/response/model';
import { readResponseBytes, responseZipLimits } from '../../shared/response/package';
import type { ReceivedResponse, RefusedResponse, ResponsesOverview } from '../../shared/response/received';
import type { Specification } from '../../shared/specification/model';
import { isAnswerMatrixFileName, readAnswerMatrixBytes } from './answer-matrix-file';
import { fileError } from './file-errors';
import { readRegularFile } from './file-system';
import { ResponseReadError } from './response-file';

/** A response read, with the hash of the file's bytes (for the evaluation record). */
export interface ReadSource {
  fileName: string;
  sha256: string;
  response: SupplierResponse;
}

/** A source that was refused: the problem code and a message that names the file. */
export class ReceivedResponseError extends Error {
  readonly problem: string;

  constructor(problem: string, message: string) {
    super(message);
    this.name = 'ReceivedResponseError';
    this.problem = problem;
  }
}

/** The extensions the buyer's open dialog offers for responses. */
export const responseSourceExtensions = ['kravsvar', 'xlsx', 'csv'] as const;

async function readKravsvar(filePath: string, fileName: string): Promise<ReadSource> {
  const max = responseZipLimits.maxFileBytes;
  const bytes = await readRegularFile(filePath, max, (size) =>
    new ReceivedResponseError('too-large', `${fileName}: The file is ${Math.round(size / 1024 / 1024)} MB, more than the ${max / 1024 / 1024} MB a supplier response may be.`),
  );
  const result = readResponseBytes(bytes, fileName);
  if (!result.ok) throw new ReceivedResponseError(result.problem.code, result.problem.message);
  return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), response: result.response };
}

/**
 * Reads one received response, whatever its source. The specification is
 * what a filled answer matrix needs to be read against (the XLSX/CSV reader
 * joins here); a `.kravsvar` carries its own requirement ids.
 */
export async function readReceivedResponse(filePath: string, specification: Specification, language: UiLanguage): Promise<ReadSource> {
  const fileName = path.basename(filePath);
  const extension = path.extname(filePath).slice(1).toLowerCase();
  if (extension === 'kravsvar') return readKravsvar(filePath, fileName);
  if (isAnswerMatrixFileName(fileName)) return readFilledMatrix(filePath, fileName, specification, language);
  throw new ReceivedResponseError('wrong-format', `${fileName}: Only Kravstudio responses (.kravsvar) and filled answer matrices (.xlsx, .csv) can be evaluated here.`);
}

/** A filled answer matrix, read against the specification whose requirements give each answer cell its type; the hash is of the bytes read. */
async function readFilledMatrix(filePath: string, fileName: string, specification: Specification, language: UiLanguage): Promise<ReadSource> {
  const max = defaultTableImportLimits.maxFileBytes;
  const bytes = await readRegularFile(filePath, max, (size) =>
    new ReceivedResponseError('too-large', `${fileName}: The file is ${Math.round(size / 1024 / 1024)} MB, more than the ${max / 1024 / 1024} MB an answer matrix may be.`),
  );
  const { mtime } = await stat(filePath);
  try {
    const response = await readAnswerMatrixBytes(bytes, fileName, specification, { shownName: fileName, language, updatedAt: mtime });
    return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), response };
  } catch (error) {
    if (error instanceof ResponseReadError) throw new ReceivedResponseError(error.problem.code, error.problem.message);
    throw error;
  }
}

function refusal(error: unknown, filePath: string): RefusedResponse {
  const fileName = path.basename(filePath);
  if (error instanceof ReceivedResponseError) return { fileName, problem: error.problem, message: error.message };
  const typed = fileError(error, filePath);
  return { fileName, problem: typed.problem ?? 'unreadable', message: `${fileName}: ${typed.message}` };
}

interface Received extends ReadSource {
  id: string;
  buyerPrice: number | null;
}

/** The responses received per open specification (by its session id). */
export class ReceivedResponses {
  private readonly bySession = new Map<string, Received[]>();

  private listOf(sessionId: string): Received[] {
    let list = this.bySession.get(sessionId);
    if (list === undefined) {
      list = [];
      this.bySession.set(sessionId, list);
    }
    return list;
  }

  /** Reads every file in turn; each refused one is reported and the rest still read. */
  async add(sessionId: string, filePaths: readonly string[], specification: Specification, language: UiLanguage): Promise<RefusedResponse[]> {
    const list = this.listOf(sessionId);
    const refused: RefusedResponse[] = [];
    for (const filePath of filePaths) {
      try {
        const read = await readReceivedResponse(filePath, specification, language);
        list.push({ ...read, id: randomUUID(), buyerPrice: null });
      } catch (error) {
        refused.push(refusal(error, filePath));
      }
    }
    return refused;
  }

  /** Forgets a received response; false when there is none by that id. */
  remove(sessionId: string, responseId: string): boolean {
    const list = this.listOf(sessionId);
    const index = list.findIndex((entry) => entry.id === responseId);
    if (index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** Sets (or, with null, clears) the price the buyer entered for a response; false when there is none by that id. */
  setPrice(sessionId: string, responseId: string, price: number | null): boolean {
    const entry = this.listOf(sessionId).find((candidate) => candidate.id === responseId);
    if (entry === undefined) return false;
    entry.buyerPrice = price;
    return true;
  }

  /** Forgets everything received for a specification that was closed. */
  forget(sessionId: string): void {
    this.bySession.delete(sessionId);
  }

  /** The responses received and their evaluation against the specification as it is now. */
  overview(sessionId: string, specification: Specification, refused: RefusedResponse[] = []): ResponsesOverview {
    const list = this.listOf(sessionId);
    const evaluation = evaluateResponses(
      specification,
      list.map((entry) => ({ source: entry.id, response: entry.response, ...(entry.buyerPrice === null ? {} : { price: entry.buyerPrice }) })),
    );
    const responses: ReceivedResponse[] = list.map((entry) => ({
      id: entry.id,
      fileName: entry.fileName,
      sha256: entry.sha256,
      supplier: entry.response.supplier,
      ownPrice: entry.response.price ?? null,
      buyerPrice: entry.buyerPrice,
      answers: entry.response.answers,
    }));
    return { responses, refused, evaluation };
  }
}
