/**
 * The readiness report as a Word document, for a company's bid/no-bid
 * meeting: a title, what was checked against which profile and when, the
 * summary (showstoppers, counts, points within reach), and one table row per
 * requirement with the showstoppers first. Written in the report's language
 * with the same styles, footer and tables as the tender documents.
 */
import { Document, Paragraph, TextRun } from 'docx';
import type { ReadinessReport } from '../../../shared/response/readiness-report';
import { body, fact, heading } from './blocks';
import { buildDocx, type Part } from './build';
import type { ExportHooks } from './context';
import { documentTexts } from './labels';
import { pageFooter, pageHeader } from './page-furniture';
import { oneLine } from './sanitise';
import { documentStyles } from './styles';
import { cellParagraph, dataTable, textCell, type CellContent } from './tables';

function statusCell(statusText: string, showstopper: boolean): CellContent {
  return [cellParagraph(statusText, showstopper ? { bold: true } : {})];
}

export async function exportReadinessReportDocx(report: ReadinessReport, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const { columns } = report;
  const t = documentTexts(report.language);
  const parts: Part[] = [
    () => [
      new Paragraph({ style: 'Title', children: [new TextRun(oneLine(report.title))] }),
      ...report.facts.map((item) => fact(item.label, item.value)),
      ...report.summary.flatMap((line) => body(line)),
    ],
    () => [
      heading(1, '', report.tableTitle),
      dataTable(
        [
          { header: columns.number, share: 1 },
          { header: columns.requirement, share: 4 },
          { header: columns.obligation, share: 1 },
          { header: columns.status, share: 2 },
          { header: `${columns.answer} · ${columns.evidence}`, share: 2 },
          { header: columns.withinReach, share: 2 },
        ],
        report.rows.map((row) => [
          textCell(row.number),
          textCell(row.text),
          textCell(row.obligation),
          statusCell(row.statusText, row.showstopper),
          [...textCell(row.answer), ...textCell(row.evidence, { italics: true })],
          textCell(row.withinReach),
        ]),
      ),
    ],
  ];
  const title = oneLine(report.title);
  return buildDocx(
    parts,
    (children) =>
      new Document({
        title,
        subject: title,
        creator: 'Kravstudio',
        styles: documentStyles(report.language),
        sections: [{ headers: { default: pageHeader(title, '', '') }, footers: { default: pageFooter(t) }, children }],
      }),
    hooks,
  );
}
