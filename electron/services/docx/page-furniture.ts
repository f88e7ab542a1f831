/**
 * The running header (title and reference number) and footer ("Sida X av Y",
 * with Word's PAGE and NUMPAGES fields) of every page.
 */
import { Footer, Header, PageNumber, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { run } from './blocks';
import type { Texts } from './labels';
import { oneLine } from './sanitise';

/** Joins the parts of a one-line label, such as title and reference, with an en dash. */
export function joinWithDash(...parts: string[]): string {
  return parts
    .map((part) => oneLine(part))
    .filter((part) => part !== '')
    .join(' – ');
}

export function pageHeader(title: string, reference: string, referenceLabel: string): Header {
  const text = oneLine(reference) === '' ? oneLine(title) : joinWithDash(title, `${referenceLabel} ${oneLine(reference)}`);
  return new Header({ children: [new Paragraph({ style: 'Header', children: [run(text)] })] });
}

/**
 * "Page {{page}} of {{pages}}" with the placeholders replaced by the page
 * fields, so translators keep the words and their order.
 */
export function pageFooter(t: Texts): Footer {
  const template = t('footer.page');
  const children: ParagraphChild[] = [];
  for (const piece of template.split(/(\{\{page\}\}|\{\{pages\}\})/)) {
    if (piece === '{{page}}') children.push(new TextRun({ children: [PageNumber.CURRENT] }));
    else if (piece === '{{pages}}') children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
    else if (piece !== '') children.push(run(piece));
  }
  return new Footer({ children: [new Paragraph({ style: 'Footer', children })] });
}
