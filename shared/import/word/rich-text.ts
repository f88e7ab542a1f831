/**
 * Word blocks written as Kravstudio rich text (shared/text/rich-text.ts): a
 * paragraph per Word paragraph or line, Word lists as real "- " and "1. "
 * lists, nested by their level. Text is escaped first, so nothing a buyer
 * typed becomes markup by accident.
 */
import { escapePlainText } from '../../specification/migrations/v2';
import type { WordBlock, WordParagraph } from './body';

/** A plain line as rich text: collapsed spaces, markup characters escaped, and nothing at its start read as a block marker. */
export function escapeLine(text: string): string {
  const collapsed = text.replace(/[\t\u00a0 ]+/g, ' ').trim();
  return escapePlainText(collapsed)
    .replace(/[`<]|&(?=#?[A-Za-z0-9]{1,32};)/g, (character) => `\\${character}`)
    .replace(/^([#>+=]|-(?! ))/, '\\$1')
    .replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
}

/** The lines of a paragraph, without empty ones. */
export function paragraphLines(paragraph: WordParagraph): string[] {
  return paragraph.text
    .split('\n')
    .map((line) => line.replace(/[\t\u00a0 ]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Plain text of blocks, one line per paragraph (tables row by row): for cells read as numbers, obligations and the like. */
export function plainText(blocks: readonly WordBlock[]): string {
  return blocks
    .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.rows.map((row) => row.cells.map((cell) => plainText(cell.blocks)).join(' – '))))
    .join('\n')
    .trim();
}

interface OpenList {
  level: number;
  indent: number;
  ordered: boolean;
  count: number;
}

/**
 * Rich text of a run of Word blocks. Lines of a paragraph become paragraphs;
 * list paragraphs become list items whose own lines continue the item;
 * a table inside becomes one paragraph per row.
 */
export function richTextOf(blocks: readonly WordBlock[]): string {
  const out: string[] = [];
  const lists: OpenList[] = [];
  let previousWasItem = false;

  const addParagraph = (line: string): void => {
    lists.length = 0;
    out.push(line, '');
    previousWasItem = false;
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      for (const row of block.rows) {
        const cells = row.cells.map((cell) => plainText(cell.blocks).replace(/\n+/g, ' ')).filter((cell) => cell.trim() !== '');
        if (cells.length > 0) addParagraph(escapeLine(cells.join(' – ')));
      }
      continue;
    }
    const lines = paragraphLines(block);
    if (lines.length === 0) continue;
    if (block.list === null) {
      for (const line of lines) addParagraph(escapeLine(line));
      continue;
    }
    while (lists.length > 0 && (lists.at(-1)?.level ?? 0) > block.list.level) lists.pop();
    let open = lists.at(-1);
    if (open === undefined || open.level < block.list.level || open.ordered !== block.list.ordered) {
      if (open !== undefined && open.level === block.list.level) lists.pop();
      const parent = lists.at(-1);
      const indent = parent === undefined ? 0 : parent.indent + (parent.ordered ? `${parent.count}. `.length : 2);
      open = { level: block.list.level, indent, ordered: block.list.ordered, count: 0 };
      lists.push(open);
      if (!previousWasItem && out.length > 0 && out.at(-1) !== '') out.push('');
    }
    open.count += 1;
    const marker = open.ordered ? `${open.count}. ` : '- ';
    const pad = ' '.repeat(open.indent);
    const continuation = ' '.repeat(open.indent + marker.length);
    if (previousWasItem && out.at(-1) === '') out.pop();
    out.push(`${pad}${marker}${escapeLine(lines[0] ?? '')}`);
    for (const line of lines.slice(1)) out.push(`${continuation}${escapeLine(line)}`);
    out.push('');
    previousWasItem = true;
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
