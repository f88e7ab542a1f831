/**
 * Text from a file (a field name, a format name) as it may be shown in a
 * message: control characters and bidirectional overrides, which could clear
 * a terminal, fake a line or reverse what a reader sees, are written as
 * \u escapes instead.
 */
export function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += isHidden(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates. */
function isHidden(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}
