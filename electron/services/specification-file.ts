/**
 * A specification document on disk, as a lowdb adapter: reads go through the
 * shared parse pipeline (size, encoding, JSON, nesting, forbidden keys,
 * format, version, migration, schema) and never modify the file; writes are
 * atomic (steno: temporary file, then rename).
 */
import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { Writer } from 'steno';
import {
  defaultMaxDocumentBytes as maxDocumentBytes,
  parseSpecificationBytes,
} from '../../shared/specification/document-file';
import { IncrementalSerializer } from '../../shared/specification/incremental-serializer';
import type { DocumentProblem } from '../../shared/specification/problem';
import type { Specification } from '../../shared/specification/model';

/** A file that could not be opened as a specification; nothing was changed. */
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

export interface DiskSignature {
  size: number;
  mtimeMs: number;
}

export async function diskSignature(filePath: string): Promise<DiskSignature | null> {
  const info = await stat(filePath).catch(() => null);
  return info === null ? null : { size: info.size, mtimeMs: info.mtimeMs };
}

/** Reads and validates a specification file without touching it. */
export async function readSpecificationFile(
  filePath: string,
): Promise<{ specification: Specification; migratedFrom: number | null; bytes: Uint8Array }> {
  const info = await stat(filePath);
  if (info.size > maxDocumentBytes) {
    throw new DocumentReadError(filePath, {
      code: 'too-large',
      message: `The file is ${Math.round(info.size / 1_000_000)} MB; specifications may be at most ${maxDocumentBytes / 1_000_000} MB.`,
      issues: [],
    });
  }
  const bytes = await readFile(filePath);
  const result = parseSpecificationBytes(bytes);
  if (!result.ok) throw new DocumentReadError(filePath, result.problem);
  return { specification: result.specification, migratedFrom: result.migratedFrom, bytes };
}

export class SpecificationFile implements Adapter<Specification> {
  readonly filePath: string;
  readonly #writer: Writer;
  readonly #serializer = new IncrementalSerializer();
  /** The bytes last read or written, to tell our own writes from other programs'. */
  lastBytes: Uint8Array | null = null;
  migratedFrom: number | null = null;

  constructor(filePath: string) {
    this.filePath = filePath;
    this.#writer = new Writer(filePath);
  }

  async read(): Promise<Specification | null> {
    const { specification, migratedFrom, bytes } = await readSpecificationFile(this.filePath);
    this.lastBytes = bytes;
    this.migratedFrom = migratedFrom;
    return specification;
  }

  /** Writes a document that came out of Specification.parse (every path into a session does). */
  async write(data: Specification): Promise<void> {
    const bytes = this.#serializer.bytes(data);
    await this.#writer.write(bytes);
    this.lastBytes = bytes;
  }
}
