/**
 * Characters that act instead of showing: C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
 * Printed to a terminal they move the cursor or clear the screen; in an editor or a message they reorder what the reader sees.
 * Text that came from outside (a file name, a cell of an imported table) is passed through here before it is shown.
 */

export interface ActingCharacterOptions {
  /** Tab and line feed are layout the caller wrote itself; when true they count as ordinary characters. */
  readonly keepTabAndLineFeed: boolean;
}

/** Whether the character with this code point acts rather than shows. */
export function isActingCharacter(codePoint: number, options: ActingCharacterOptions): boolean {
  if (options.keepTabAndLineFeed && (codePoint === 0x09 || codePoint === 0x0a)) return false;
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/** The text with every acting character replaced by what `replacement` gives for its code point. */
export function replaceActingCharacters(
  text: string,
  replacement: (codePoint: number) => string,
  options: ActingCharacterOptions,
): string {
  let out = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    out += isActingCharacter(codePoint, options) ? replacement(codePoint) : character;
  }
  return out;
}
