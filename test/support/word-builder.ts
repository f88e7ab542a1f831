/**
 * Small Word documents built in a test: just the parts an import reads
 * (document, styles, numbering), zipped with fflate. Enough to write a
 * heading, a paragraph, a list item or a table in a line of test code.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>');
}

export function heading(level: number, text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>${runs(text)}</w:p>`;
}

export function paragraph(text: string): string {
  return `<w:p>${runs(text)}</w:p>`;
}

/** A list paragraph: list 1 is bulleted, list 2 numbered "1.", list 3 numbered "K1" (see `numbering`). */
export function listItem(list: 1 | 2 | 3, level: number, text: string): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${list}"/></w:numPr></w:pPr>${runs(text)}</w:p>`;
}

/** A table; each cell is either plain text or ready-made paragraph XML (starting with "<w:"). */
export function table(rows: readonly (readonly string[])[]): string {
  const cell = (content: string): string => `<w:tc>${content.startsWith('<w:') ? content : paragraph(content)}</w:tc>`;
  return `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${namespace}>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
</w:styles>`;

export const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${namespace}>
  <w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="K%1"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>`;

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespace}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A .docx with the given body XML (or a whole document.xml when `raw` is set), plus any extra entries. */
export function wordDocument(body: string, options: { raw?: boolean; extra?: Zippable; omitDocument?: boolean } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/styles.xml': strToU8(styles),
    'word/numbering.xml': strToU8(numbering),
    ...(options.omitDocument === true ? {} : { 'word/document.xml': strToU8(options.raw === true ? body : documentXml(body)) }),
    ...options.extra,
  };
  return zipSync(files);
}
