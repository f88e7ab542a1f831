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
  const reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/\s*at position \d+/, '')
    .trim();
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
