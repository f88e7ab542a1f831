/**
 * The cover page as the plan gives it (title, the document type, what the
 * document is for, the facts; for Norway the agreement's appendices) and the
 * table of contents Word fills in.
 */
import { type FileChild, HeadingLevel, ImageRun, Paragraph, TableOfContents } from 'docx';
import type { PlanCover, PlanLogo } from '../../../shared/tender-document/plan-types';
import { body, fact, run } from './blocks';
import { fillInParagraph } from './fill-in';
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

/** The logo's room on the cover, in pixels at 96 dpi: at most 6 cm wide and 3 cm tall. */
const logoRoom = { width: 227, height: 113 };

/** The buyer's logo at the top of the cover, scaled down (never up) to fit its room, with its alt text. */
function logoParagraph(logo: PlanLogo | null): FileChild[] {
  if (logo === null || logo.widthPx <= 0 || logo.heightPx <= 0) return [];
  const scale = Math.min(1, logoRoom.width / logo.widthPx, logoRoom.height / logo.heightPx);
  const width = Math.max(1, Math.round(logo.widthPx * scale));
  const height = Math.max(1, Math.round(logo.heightPx * scale));
  const image = new ImageRun({
    type: 'png',
    data: Buffer.from(logo.png, 'base64'),
    transformation: { width, height },
    altText: { name: logo.altText, title: logo.altText, description: logo.altText },
  });
  return [new Paragraph({ spacing: { after: 360 }, children: [image] })];
}

export function coverContent(cover: PlanCover): FileChild[] {
  return [
    ...logoParagraph(cover.logo),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(cover.title)] }),
    new Paragraph({ style: 'Subtitle', spacing: { after: 120 }, children: [run(cover.documentType)] }),
    new Paragraph({ spacing: { after: 480 }, children: [run(cover.role)] }),
    ...cover.facts.map(({ label, value }) => (value === null ? fillInParagraph(label, cover.fillIn) : fact(label, value))),
    ...agreementList(cover.agreement),
  ];
}

/** "Contents" and a table of contents that Word updates when the file opens. */
export function tableOfContents(title: string): FileChild[] {
  return [new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [run(title)] }), new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3' })];
}
