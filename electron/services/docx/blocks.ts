/**
 * Paragraph building blocks: headings, body text, label–value facts and
 * small notes. All text passes through the XML sanitiser here, and spacing
 * comes from paragraph properties, never from empty paragraphs.
 */
import { HeadingLevel, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { nonEmptyLines, oneLine, xmlSafe } from './sanitise';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Font size in half-points. */
  size?: number;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), ...style });
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A numbered heading, e.g. "4.2 Ärendehantering", in the built-in Heading 1–6 styles. */
export function heading(level: number, number: string, title: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const style = headingLevels[Math.min(Math.max(level, 1), headingLevels.length) - 1] ?? HeadingLevel.HEADING_1;
  const text = oneLine(number === '' ? title : `${number} ${title}`);
  return new Paragraph({ heading: style, children: [new TextRun(text)], ...(options.pageBreakBefore === true ? { pageBreakBefore: true } : {}) });
}

/** Body text: one paragraph per non-blank line. */
export function body(text: string, style: RunStyle = {}): Paragraph[] {
  return nonEmptyLines(text).map((line) => new Paragraph({ children: [run(line, style)] }));
}

/**
 * A sentence that introduces what follows it (a table, a list, a quoted text),
 * kept on the same page as the start of that, so it never ends a page alone.
 */
export function leadIn(text: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [run(oneLine(text))] });
}

/** "Label: value" with the label in bold; the value may be several lines. */
export function fact(label: string, value: string): Paragraph {
  const parts = nonEmptyLines(value);
  const children: ParagraphChild[] = [run(`${label}: `, { bold: true })];
  parts.forEach((part, index) => {
    children.push(new TextRun({ text: part, ...(index > 0 ? { break: 1 } : {}) }));
  });
  return new Paragraph({ children });
}

/** A bulleted list item. */
export function bullet(text: string): Paragraph {
  return new Paragraph({ children: [run(oneLine(text))], bullet: { level: 0 } });
}
