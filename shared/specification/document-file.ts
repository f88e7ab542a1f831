import { findStructuralProblem, maxNestingDepth } from './json-guards';
import { parseJsonText } from './json-text';
import { migrateToCurrent } from './migrations';
import { currentSchemaVersion, Specification } from './model';
import { documentProblem, type DocumentProblem, invalidDocumentProblem } from './problem';
import { decodeUtf8 } from './utf8';

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

const byteOrderMark = [0xef, 0xbb, 0xbf] as const;

function isBlank(bytes: Uint8Array): boolean {
  const start = byteOrderMark.every((byte, index) => bytes[index] === byte) ? byteOrderMark.length : 0;
  for (let index = start; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

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
  const maxBytes = options.maxBytes ?? defaultMaxDocumentBytes;
  if (bytes.byteLength > maxBytes) {
    return fail(
      documentProblem('too-large', `The file is ${describeSize(bytes.byteLength)}, more than the ${describeSize(maxBytes)} a specification may be.`),
    );
  }
  if (isBlank(bytes)) return fail(documentProblem('empty', 'The file is empty.'));

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return fail(
      documentProblem('invalid-utf8', `The file is not valid UTF-8 text: a malformed byte sequence starts at byte ${decoded.offset} (line ${decoded.line}).`, [
        { path: '$', message: `Malformed UTF-8 at byte ${decoded.offset}, line ${decoded.line}` },
      ]),
    );
  }

  const json = parseJsonText(decoded.text);
  if (!json.ok) {
    const where = json.line === null ? '' : ` at line ${json.line}, column ${json.column ?? 1}`;
    return fail(documentProblem('not-json', `The file is not valid JSON${where}: ${json.reason}.`, [{ path: '$', message: `${json.reason}${where}` }]));
  }

  const structural = findStructuralProblem(json.value);
  if (structural?.kind === 'too-deep') {
    return fail(documentProblem('too-deep', `The file is nested more than ${maxNestingDepth} levels deep, at ${structural.issue.path}.`, [structural.issue]));
  }
  if (structural?.kind === 'forbidden-key') {
    return fail(documentProblem('forbidden-key', `The file contains a key that is not allowed, at ${structural.issue.path}.`, [structural.issue]));
  }

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
  return `${JSON.stringify(Specification.parse(specification), null, 2)}\n`;
}
