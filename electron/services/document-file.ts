/**
 * A document of any kind on disk, as a lowdb adapter: reads go through the
 * shared parse pipeline (size, encoding, JSON, nesting, forbidden keys,
 * format, version, migration, the kind's model) and never modify the file;
 * writes are atomic and never follow a planted link (safe-write.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { documentBudgetProblem, fileSizeProblem, maxBytesOf } from '../../shared/document-kinds/format';
import type { DocumentKind, DocumentWriter } from '../../shared/document-kinds/kind';
import type { DocumentKindRegistry } from '../../shared/document-kinds/registry';
import type { DocumentProblem } from '../../shared/file-reading/problem';
import { readRegularFile } from './file-system';
import { SafeFileWriter } from './safe-write';

/** A file that could not be opened as a document; nothing was changed. */
export class DocumentReadError extends Error {
  readonly filePath: string;
  readonly problem: DocumentProblem;

  constructor(filePath: string, problem: DocumentProblem) {
    super(`${filePath}: ${problem.message}`);
    this.name = 'DocumentReadError';
    this.filePath = filePath;
    this.problem = problem;
  }
}

/** A document that went over what its kind may open (its parse budget or size); nothing was written. */
export class DocumentTooLargeError extends Error {
  readonly filePath: string;
  readonly problem: DocumentProblem;

  constructor(filePath: string, problem: DocumentProblem) {
    super(`${filePath}: not saved: ${problem.message}`);
    this.name = 'DocumentTooLargeError';
    this.filePath = filePath;
    this.problem = problem;
  }
}

export interface DiskSignature {
  size: number;
  mtimeMs: number;
}

export async function diskSignature(filePath: string): Promise<DiskSignature | null> {
  const info = await stat(filePath).catch(() => null);
  return info === null ? null : { size: info.size, mtimeMs: info.mtimeMs };
}

export interface DocumentRead<T> {
  kind: DocumentKind<T>;
  document: T;
  migratedFrom: number | null;
  bytes: Uint8Array;
}

/** Reads a regular file and never more than the limit; a folder, device or pipe is refused before any read. */
async function readBounded(filePath: string, maxBytes: number, noun: string): Promise<Uint8Array> {
  return readRegularFile(
    filePath,
    maxBytes,
    (size) =>
      new DocumentReadError(filePath, {
        code: 'too-large',
        message: `The file is ${size > maxBytes && size <= maxBytes + 1 ? 'over the limit' : `${Math.round(size / 1_000_000)} MB`}; ${noun} may be at most ${maxBytes / 1_000_000} MB.`,
        issues: [],
      }),
  );
}

/** Reads and validates a file of one kind without touching it. */
export async function readDocumentFile<T>(filePath: string, kind: DocumentKind<T>): Promise<DocumentRead<T>> {
  const bytes = await readBounded(filePath, maxBytesOf(kind), kind.noun);
  const result = kind.parse(bytes);
  if (!result.ok) throw new DocumentReadError(filePath, result.problem);
  return { kind, document: result.document, migratedFrom: result.migratedFrom, bytes };
}

/** Reads a file of whichever kind it is (by extension, then by the format inside) without touching it. */
export async function readAnyDocumentFile(filePath: string, kinds: DocumentKindRegistry, options: { now?: Date } = {}): Promise<DocumentRead<unknown>> {
  const known = kinds.byFileName(filePath);
  const bytes = await readBounded(filePath, kinds.maxBytes(filePath), known?.noun ?? 'a Kravstudio document');
  const result = kinds.parse(bytes, { fileName: path.basename(filePath), ...options });
  if (!result.ok) throw new DocumentReadError(filePath, result.problem);
  return { kind: result.kind, document: result.document, migratedFrom: result.migratedFrom, bytes };
}

export class DocumentFile<T> implements Adapter<T> {
  readonly filePath: string;
  readonly kind: DocumentKind<T>;
  readonly #writer: SafeFileWriter;
  readonly #bytesOf: DocumentWriter<T>;
  /** The bytes last read or written, to tell our own writes from other programs'. */
  lastBytes: Uint8Array | null = null;
  migratedFrom: number | null = null;

  constructor(filePath: string, kind: DocumentKind<T>) {
    this.filePath = filePath;
    this.kind = kind;
    this.#writer = new SafeFileWriter(filePath);
    this.#bytesOf = kind.writer();
  }

  /** A file already read (by `readAnyDocumentFile`), continuing from what was read. */
  static fromRead<T>(filePath: string, read: DocumentRead<T>): DocumentFile<T> {
    const file = new DocumentFile(filePath, read.kind);
    file.lastBytes = read.bytes;
    file.migratedFrom = read.migratedFrom;
    return file;
  }

  async read(): Promise<T | null> {
    const { document, migratedFrom, bytes } = await readDocumentFile(this.filePath, this.kind);
    this.lastBytes = bytes;
    this.migratedFrom = migratedFrom;
    return document;
  }

  /**
   * Writes a document that came out of the kind's model (every path into a
   * session does), unless it is more than the kind may open: then nothing is
   * written and DocumentTooLargeError says which limit.
   */
  async write(data: T): Promise<void> {
    const overBudget = documentBudgetProblem(this.kind, data);
    if (overBudget !== null) throw new DocumentTooLargeError(this.filePath, overBudget);
    const bytes = this.#bytesOf.bytes(data);
    const overSize = fileSizeProblem(this.kind, bytes);
    if (overSize !== null) throw new DocumentTooLargeError(this.filePath, overSize);
    await this.#writer.write(bytes);
    this.lastBytes = bytes;
  }
}
