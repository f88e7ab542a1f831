/**
 * A kind of Kravstudio document (a specification today; a supplier response,
 * a supplier profile and a course pack next): everything the storage code
 * needs to know about it, so that sessions, atomic writes, autosave, conflict
 * detection, backups, versions, the trash and the recent list work for every
 * kind from one definition and no copy of that code.
 */
import type { z } from 'zod';
import type { VersionComparison } from '../documents';
import { type DocumentFormat, type DocumentReadResult, readDocumentBytes, readDocumentValue, type ReadOptions } from './format';

/** A JSON value as the recent list stores it in the app state. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What the backups and the trash say about a document, whatever its kind. */
export interface DocumentSummary {
  /** The document's own id (kept across renames; backups are filed under it). */
  id: string;
  title: string;
  /** How many requirements it holds, for the Versions list (0 when the kind has none). */
  requirementCount: number;
  /** When the document says it was last changed (ISO date-time with offset), if it keeps that. */
  updatedAt: string | null;
}

/** Writes a document (already parsed by the model) as the bytes of its file. */
export interface DocumentWriter<T> {
  bytes(document: T): Uint8Array;
}

/** The JSON Schema published for a kind in `schema/`. */
export interface PublishedSchema {
  /** The file in `schema/`, e.g. "specification.schema.json". */
  fileName: string;
  $id: string;
  title: string;
  description: string;
}

export interface DocumentKindDefinition<T, Details extends Record<string, JsonValue | undefined> = Record<string, JsonValue | undefined>>
  extends DocumentFormat<T> {
  /** A short stable id, stored in the app state and sent with open documents: "specification". */
  id: string;
  /** The file name extension, without the dot: "kravspec". */
  extension: string;
  /** The property of an open document (in the IPC contract) that holds the content: "specification". */
  contentKey: string;
  /** Used for a new file's name when its title gives none. */
  fallbackFileName: string;
  /** Id, title and size of a document, for backups and the trash. */
  summarise(document: T): DocumentSummary;
  /** The kind's own columns of the recent-documents list, and their model (read back from the app state). */
  recentDetails: { model: z.ZodType<Details>; of(document: T): Details };
  /** What replacing `current` by `stored` would change, for the Versions view. */
  compare(current: T, stored: T): VersionComparison;
  /** The same document under another id (a duplicate gets a new one; a restored version keeps the current one). */
  withId(document: T, id: string): T;
  /** The same document under another title (a duplicate the user named), when the kind has a title of its own. */
  withTitle?(document: T, title: string): T;
  /** A faster writer when the kind has one (it must write what `serialize` writes); one per open file. */
  createWriter?(): DocumentWriter<T>;
  schema: PublishedSchema;
}

export interface DocumentKind<T = unknown, Details extends Record<string, JsonValue | undefined> = Record<string, JsonValue | undefined>>
  extends DocumentKindDefinition<T, Details> {
  /** Reads a file's bytes through the shared pipeline (see format.ts). */
  parse(bytes: Uint8Array, options?: ReadOptions): DocumentReadResult<T>;
  /** The same, for JSON already parsed by the pipeline's first checks. */
  parseValue(value: unknown, options?: Pick<ReadOptions, 'now'>): DocumentReadResult<T>;
  /** The text of a file: validated, keys in the model's order, two-space indent, a final newline. */
  serialize(document: T): string;
  /** A writer for one open file: the kind's faster one, or UTF-8 of the text of a document the model has already parsed. */
  writer(): DocumentWriter<T>;
}

const encoder = new TextEncoder();

/** Adds the shared reading and writing to a kind's definition. */
export function defineDocumentKind<T, Details extends Record<string, JsonValue | undefined>>(
  definition: DocumentKindDefinition<T, Details>,
): DocumentKind<T, Details> {
  return {
    ...definition,
    parse: (bytes, options = {}) => readDocumentBytes(definition, bytes, options),
    parseValue: (value, options = {}) => readDocumentValue(definition, value, options),
    serialize: (document) => `${JSON.stringify(definition.model.parse(document), null, 2)}\n`,
    writer: () => definition.createWriter?.() ?? { bytes: (document) => encoder.encode(`${JSON.stringify(document, null, 2)}\n`) },
  };
}

/** A kind whose content type is not known at this point: the storage services hold documents of any kind. */
export type AnyDocumentKind = DocumentKind<unknown>;
