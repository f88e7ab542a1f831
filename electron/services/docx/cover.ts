/**
 * The cover page as the plan gives it (title, the document type, what the
 * document is for, the facts; for Norway the agreement's appendices) and the
 * table of contents Word fills in.
 */
import { type FileChild, HeadingLevel, Paragraph, TableOfContents } from 'docx';
import type { PlanCover } from '../../../shared/tender-document/plan-types';
import { body, fact, run } from './blocks';
import { cellContent } from './plan-writer';
import { dataTable } from './tables';

function agreementList(agreement: PlanCover['agreement']): FileChild[] {
  if (agreement === null) return [];
  return [
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [run(agreement.title, { bold: true })] }),
    ...body(agreement.intro),
    dataTable(agreement.columns, agreement.rows.map((row) => row.map(cellContent))),
    new Paragraph({ style: 'Note', spacing: { before: 120 }, children: [run(agreement.note)] }),
  ];
}

export function coverContent(cover: PlanCover): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(cover.title)] }),
    new Paragraph({ style: 'Subtitle', spacing: { after: 120 }, children: [run(cover.documentType)] }),
    new Paragraph({ spacing: { after: 480 }, children: [run(cover.role)] }),
    ...cover.facts.map(({ label, value }) => fact(label, value)),
    ...agreementList(cover.agreement),
  ];
}

/** "Contents" and a table of contents that Word updates when the file opens. */
export function tableOfContents(title: string): FileChild[] {
  return [new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [run(title)] }), new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3' })];
}
