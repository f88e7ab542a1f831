/**
 * Specification files from older format versions: which version a file is
 * in, and bringing it up to the current one. The steps are in
 * migrations/steps.ts; the walk is the one every document kind shares.
 */
import {
  type MigrationResult,
  migrateToCurrentVersion,
  readFormatVersionOf,
  type FormatVersionResult,
  type ReadOptions,
} from '../document-kinds/format';
import { specificationFileFormat } from './format';

export type { MigrationResult };
export type MigrationOptions = Pick<ReadOptions, 'now'>;

/** Tells which format version a parsed file is in. Version 1 and later say so in `schemaVersion`; version 0 used `version`. */
export function readFormatVersion(raw: unknown): FormatVersionResult {
  return readFormatVersionOf(specificationFileFormat, raw);
}

/**
 * Brings a parsed document from whatever older format version it is in up to
 * the current one, one step at a time. The result is not yet validated
 * against the current schema; the reader does that next.
 */
export function migrateToCurrent(raw: unknown, options: MigrationOptions = {}): MigrationResult {
  return migrateToCurrentVersion(specificationFileFormat, raw, options);
}
