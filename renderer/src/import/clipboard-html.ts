/**
 * The cells of a table copied from Word or Excel, read from the clipboard's
 * HTML with the browser's own parser (nothing in it runs or loads): each
 * cell's paragraphs, list items and line breaks become lines, so the table
 * import can recognise lists inside cells.
 */

const blockTags = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'BLOCKQUOTE', 'PRE']);
const skippedTags = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

function textOf(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push((child.textContent ?? '').replace(/[ \t\r\n]+/g, ' '));
      continue;
    }
    if (!(child instanceof Element) || skippedTags.has(child.tagName)) continue;
    if (child.tagName === 'BR') {
      out.push('\n');
      continue;
    }
    const block = blockTags.has(child.tagName);
    if (block) out.push('\n');
    if (child.tagName === 'LI') out.push(child.parentElement?.tagName === 'OL' ? `${Array.from(child.parentElement.children).indexOf(child) + 1}. ` : '- ');
    textOf(child, out);
    if (block) out.push('\n');
  }
}

/** A cell's text, one line per paragraph, list item or line break. */
export function cellTextOf(cell: Element): string {
  const out: string[] = [];
  textOf(cell, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The rows of the tables in clipboard HTML (outer tables only, in order), or null when it has no table. */
export function tableRowsFromHtml(html: string, maxRows: number): string[][] | null {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const tables = Array.from(document.querySelectorAll('table')).filter((table) => (table.parentElement?.closest('table') ?? null) === null);
  if (tables.length === 0) return null;
  const rows: string[][] = [];
  for (const table of tables) {
    for (const row of Array.from(table.rows)) {
      if (rows.length > maxRows) return rows;
      rows.push(Array.from(row.cells).map(cellTextOf));
    }
  }
  return rows;
}
