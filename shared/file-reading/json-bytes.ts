/**
 * The first steps of reading any JSON file Kravstudio accepts (documents,
 * template packs): a size limit checked before decoding, not empty, strict
 * UTF-8, a parse budget (before and after parsing), JSON, bounded nesting and
 * no prototype keys. Each failure is a
 * DocumentProblem with a code, a sentence and where in the file.
 */
import { defaultDocumentBudget, scanJsonBytes, findBudgetExcess, type ParseBudget } from './budget';
import { findStructuralProblem, maxNestingDepth } from './json-guards';
import { parseJsonText } from './json-text';
import { documentProblem, type DocumentProblem, overBudgetProblem } from './problem';
import { decodeUtf8 } from './utf8';

const byteOrderMark = [0xef, 0xbb, 0xbf] as const;

function isBlank(bytes: Uint8Array): boolean {
  const start = byteOrderMark.every((byte, index) => bytes[index] === byte) ? byteOrderMark.length : 0;
  for (let index = start; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

export type JsonBytesResult = { ok: true; value: unknown } | { ok: false; problem: DocumentProblem };

/**
 * `what` names the kind of file in the size message ("a specification", "a
 * template pack"); `budget` is the kind's parse budget, checked on the bytes
 * before parsing (how many values) and on the parsed value before anything
 * else looks at it (lists, texts, fields).
 */
export function readJsonBytes(bytes: Uint8Array, maxBytes: number, what: string, budget: ParseBudget = defaultDocumentBudget): JsonBytesResult {
  const fail = (problem: DocumentProblem): JsonBytesResult => ({ ok: false, problem });
  if (bytes.byteLength > maxBytes) {
    return fail(documentProblem('too-large', `The file is ${describeSize(bytes.byteLength)}, more than the ${describeSize(maxBytes)} ${what} may be.`));
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

  const counted = scanJsonBytes(bytes, budget);
  if (!counted.ok && 'tooDeep' in counted) {
    return fail(documentProblem('too-deep', `The file is nested more than ${maxNestingDepth} levels deep.`, [{ path: '$', message: `Nested more than ${maxNestingDepth} levels deep` }]));
  }
  if (!counted.ok) return fail(overBudgetProblem(counted.excess, what));

  const json = parseJsonText(decoded.text);
  if (!json.ok) {
    const where = json.line === null ? '' : ` at line ${json.line}, column ${json.column ?? 1}`;
    return fail(documentProblem('not-json', `The file is not valid JSON${where}: ${json.reason}.`, [{ path: '$', message: `${json.reason}${where}` }]));
  }

  const excess = findBudgetExcess(json.value, budget);
  if (excess !== null) return fail(overBudgetProblem(excess, what));

  const structural = findStructuralProblem(json.value);
  if (structural?.kind === 'too-deep') {
    return fail(documentProblem('too-deep', `The file is nested more than ${maxNestingDepth} levels deep, at ${structural.issue.path}.`, [structural.issue]));
  }
  if (structural?.kind === 'forbidden-key') {
    return fail(documentProblem('forbidden-key', `The file contains a key that is not allowed, at ${structural.issue.path}.`, [structural.issue]));
  }
  return { ok: true, value: json.value };
}
