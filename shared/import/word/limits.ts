/**
 * What a Word import accepts, and why it refuses a file. A DOCX from
 * outside is hostile until read: the zip may be a bomb, the XML may nest
 * without end, a table may have a million rows. Every limit is stated so a
 * message can say it.
 */
import { z } from 'zod';

export interface WordImportLimits {
  /** The .docx file itself. */
  maxFileBytes: number;
  /** Entries in the zip (a real document has a few dozen). */
  maxEntries: number;
  /** All entries together, uncompressed, as the zip declares them. */
  maxTotalUncompressedBytes: number;
  /** One XML part that is read (document, numbering, styles), counted as it is inflated. */
  maxPartBytes: number;
  /** How deeply XML elements may nest. */
  maxXmlDepth: number;
  /** Rows in one table. */
  maxTableRows: number;
  /** Paragraphs and tables in the whole body, at any depth. */
  maxBlocks: number;
}

export const defaultWordImportLimits: WordImportLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 2_000,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxPartBytes: 60 * 1024 * 1024,
  maxXmlDepth: 256,
  maxTableRows: 5_000,
  maxBlocks: 200_000,
};

export const wordImportProblemCodes = [
  'too-large',
  'not-zip',
  'password-protected',
  'not-word',
  'too-many-entries',
  'zip-bomb',
  'damaged',
  'xml-too-deep',
  'xml-malformed',
  'table-too-large',
  'too-many-blocks',
] as const;
export const WordImportProblemCode = z.enum(wordImportProblemCodes);
export type WordImportProblemCode = z.infer<typeof WordImportProblemCode>;

/** A Word file that cannot be imported: the reason as a code (for the UI to translate) and an English sentence. */
export class WordImportError extends Error {
  readonly code: WordImportProblemCode;

  constructor(code: WordImportProblemCode, message: string) {
    super(message);
    this.name = 'WordImportError';
    this.code = code;
  }
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
