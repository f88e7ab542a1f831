import { defaultMaxDocumentBytes, readDocumentBytes, type ReadOptions } from '../document-kinds/format';
import { specificationFileFormat } from './format';
import { Specification } from './model';
import type { DocumentProblem } from '../file-reading/problem';

export { defaultMaxDocumentBytes };
export type { ReadOptions };

export type ReadResult =
  | { ok: true; specification: Specification; migratedFrom: number | null }
  | { ok: false; problem: DocumentProblem };

/**
 * Reads the bytes of a specification file: the one pipeline the main
 * process, the command line and the tests share (the same for every kind of
 * document). Checks, in order: size (before decoding), emptiness, UTF-8,
 * JSON syntax, nesting depth, keys that could reach a prototype, format name,
 * format version (refusing newer ones), then migrates older versions and
 * validates against the current schema. Every refusal names the problem, the
 * JSON path and the reason.
 */
export function parseSpecificationBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const result = readDocumentBytes(specificationFileFormat, bytes, options);
  return result.ok ? { ok: true, specification: result.document, migratedFrom: result.migratedFrom } : result;
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
