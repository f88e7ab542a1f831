/**
 * A spreadsheet cell's text as Kravstudio rich text: everything escaped, so
 * nothing typed becomes markup by accident; a cell's lines become
 * paragraphs, and lines that start like list items ("• ", "- ", "1. ",
 * "a) ") become a Markdown list.
 */
import { escapeRichText } from '../../text/rich-text';

const bulletItem = /^\s*(?:[•·▪◦‣∙*–—-]|o(?=\s))\s+(.*)$/u;
const numberedItem = /^\s*(?:\d{1,3}|[a-z])[.)]\s+(.*)$/u;

function escapeLine(line: string): string {
  return escapeRichText(line.replace(/[\t\u00a0 ]+/g, ' ').trim());
}

/** Rich text of a cell: lines as paragraphs, list-like lines as list items. */
export function cellRichText(cell: string): string {
  const lines = cell
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // One line is a paragraph even when it starts like an item: "1. The system shall …" is not a list of one.
  if (lines.length === 1) return escapeLine(lines[0] ?? '');
  const blocks: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const endList = (): void => {
    if (list !== null) blocks.push(list.items.map((item, index) => `${list?.ordered === true ? `${index + 1}. ` : '- '}${item}`).join('\n'));
    list = null;
  };
  for (const line of lines) {
    const bullet = bulletItem.exec(line);
    const numbered = bullet === null ? numberedItem.exec(line) : null;
    const item = bullet?.[1] ?? numbered?.[1];
    if (item === undefined || item.trim() === '') {
      endList();
      blocks.push(escapeLine(line));
      continue;
    }
    const ordered = numbered !== null;
    if (list !== null && list.ordered !== ordered) endList();
    list ??= { ordered, items: [] };
    list.items.push(escapeLine(item));
  }
  endList();
  return blocks.join('\n\n');
}

/** A cell's text on one line, spaces collapsed: for numbers, titles and obligations. */
export function cellPlainText(cell: string): string {
  return cell.replace(/[\s\u00a0]+/g, ' ').trim();
}
