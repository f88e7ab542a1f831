/** Parsing JSON text with a reason a person can act on: what went wrong and where. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; reason: string; line: number | null; column: number | null };

export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, ...locate(raw, text) };
  }
}

/**
 * Engines word their errors differently; V8 says "… in JSON at position 11
 * (line 3 column 1)". Takes the line and column when given, works them out
 * from a position when only that is given, and trims both from the reason.
 */
function locate(raw: string, text: string): { reason: string; line: number | null; column: number | null } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(raw);
  const position = /at position (\d+)/.exec(raw);
  const reason = reasonWithoutContents(raw);
  if (lineColumn !== null) {
    return { reason, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  }
  if (position !== null) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { reason, line, column };
  }
  return { reason, line: null, column: null };
}

/**
 * The engine's reasons quote the file ("Unexpected token 'h', "hello…" is not
 * valid JSON"), which would show the contents of any file a path pointed at.
 * Only the engine's own words are kept: known reasons as they are, anything
 * else as a plain "not valid JSON".
 */
const knownReasons: readonly string[] = [
  'Unexpected end of JSON input',
  'Unexpected non-whitespace character after JSON',
  'Unexpected token',
  'Bad control character in string literal',
  'Bad escaped character',
  'Bad Unicode escape',
  'Unterminated string',
  'Expected property name or',
  'Expected double-quoted property name',
  "Expected ',' or '}' after property value",
  "Expected ',' or ']' after array element",
  "Expected ':' after property name",
  'Exponent part is missing a number',
  'No number after minus sign',
  'Unterminated fractional number',
];

function reasonWithoutContents(raw: string): string {
  const known = knownReasons.find((reason) => raw.startsWith(reason));
  if (known === undefined) return 'Not valid JSON';
  return known === 'Expected property name or' ? "Expected property name or '}'" : known;
}
