/**
 * Text made safe for WordprocessingML: characters XML 1.0 does not allow are
 * dropped (C0 controls other than tab, line feed and carriage return; lone
 * surrogates; U+FFFE and U+FFFF), and runs of spaces or tabs become one
 * space (Word's accessibility checker flags repeated blanks, which screen
 * readers read out one by one). Escaping &, <, > and quotes is left to the
 * writers of the XML.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without XML-illegal characters; line breaks kept, runs of spaces and tabs become one space. */
export function xmlSafe(text: string): string {
  return text.replace(illegal, '').replace(/\r\n?/g, '\n').replace(/[ \t]{2,}|\t/g, ' ');
}

/** The text's lines, XML-safe and trimmed, without blank ones (they would become empty paragraphs). */
export function nonEmptyLines(text: string): string[] {
  return xmlSafe(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One line: XML-safe, with line breaks and runs of spaces folded into single spaces. */
export function oneLine(text: string): string {
  return xmlSafe(text).replace(/\s+/g, ' ').trim();
}
