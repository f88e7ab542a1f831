import { readJsonBytes } from './json-bytes';
import { migrateToCurrent } from './migrations';
import { currentSchemaVersion, Specification } from './model';
import { type DocumentProblem, invalidDocumentProblem } from './problem';

/** Files above this size are refused before they are decoded. */
export const defaultMaxDocumentBytes = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Largest accepted file size in bytes; defaults to 50 MB. */
  maxBytes?: number;
  /** The moment recorded when an old file is migrated; defaults to now. */
  now?: Date;
}

export type ReadResult =
  | { ok: true; specification: Specification; migratedFrom: number | null }
  | { ok: false; problem: DocumentProblem };

function fail(problem: DocumentProblem): ReadResult {
  return { ok: false, problem };
}

/**
 * Reads the bytes of a specification file: the one pipeline the main
 * process, the command line and the tests share. Checks, in order: size
 * (before decoding), emptiness, UTF-8, JSON syntax, nesting depth, keys that
 * could reach a prototype, format name, format version (refusing newer
 * ones), then migrates older versions and validates against the current
 * schema. Every refusal names the problem, the JSON path and the reason.
 */
export function parseSpecificationBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const json = readJsonBytes(bytes, options.maxBytes ?? defaultMaxDocumentBytes, 'a specification');
  if (!json.ok) return fail(json.problem);

  const migrated = migrateToCurrent(json.value, options.now === undefined ? {} : { now: options.now });
  if (!migrated.ok) return fail(migrated.problem);

  const parsed = Specification.safeParse(migrated.document);
  if (!parsed.success) {
    const what = migrated.fromVersion === currentSchemaVersion ? 'The document' : `The document (migrated from format version ${migrated.fromVersion})`;
    return fail(invalidDocumentProblem(parsed.error, what));
  }
  return {
    ok: true,
    specification: parsed.data,
    migratedFrom: migrated.fromVersion === currentSchemaVersion ? null : migrated.fromVersion,
  };
}

/**
 * The text of a specification file: keys in the order the schema defines,
 * two-space indent, a final newline. Validates first and throws on an
 * invalid document, so that every file Kravstudio writes reads back equal.
 */
export function serializeSpecification(specification: Specification): string {
  return serializeParsedSpecification(Specification.parse(specification));
}

/**
 * The same text for a document that has just come out of `Specification.parse`
 * (an IPC input, a file read): validation and key order are already done, so
 * autosave does not pay for them twice.
 */
export function serializeParsedSpecification(parsed: Specification): string {
  return `${JSON.stringify(parsed, null, 2)}\n`;
}
