/**
 * The readiness report as a workbook, for a bid/no-bid meeting that sorts
 * and filters: a sheet of requirements (showstoppers first, a filter on the
 * header row, the status as a column of its own so it can be filtered) and a
 * sheet with what was checked and the summary. Every value is written as
 * text or a number, never as a formula, whatever it starts with.
 */
import ExcelJS from 'exceljs';
import type { ReadinessReport } from '../../shared/response/readiness-report';

/** At most 31 characters and none of []:*?/\ — what Excel accepts as a sheet's name. */
function excelSheetName(name: string, fallback: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  return cleaned === '' ? fallback : cleaned;
}

const statusFill: Record<ReadinessReport['rows'][number]['status'], string> = { meets: 'FFE2EFDA', partly: 'FFFFF2CC', 'does-not': 'FFF8CBAD', unknown: 'FFEDEDED' };

export async function readinessReportXlsx(report: ReadinessReport, date: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kravstudio';
  workbook.created = date;
  workbook.title = report.title;
  const sheet = workbook.addWorksheet(excelSheetName(report.tableTitle, 'Readiness'), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const { columns } = report;
  sheet.columns = [
    { key: 'number', header: columns.number, width: 14 },
    { key: 'text', header: columns.requirement, width: 70 },
    { key: 'obligation', header: columns.obligation, width: 14 },
    { key: 'status', header: columns.status, width: 32 },
    { key: 'answer', header: columns.answer, width: 30 },
    { key: 'evidence', header: columns.evidence, width: 26 },
    { key: 'withinReach', header: columns.withinReach, width: 30 },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of report.rows) {
    const added = sheet.addRow({
      number: row.number,
      text: row.text,
      obligation: row.obligation,
      status: row.statusText,
      answer: row.answer,
      evidence: row.evidence,
      withinReach: row.withinReach,
    });
    added.alignment = { vertical: 'top', wrapText: true };
    // "4.10" stays text, not the number 4.1.
    added.getCell('number').numFmt = '@';
    const status = added.getCell('status');
    status.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: statusFill[row.status] } };
    if (row.showstopper) status.font = { bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, report.rows.length + 1), column: 7 } };

  const summary = workbook.addWorksheet(excelSheetName(report.title, 'Summary'));
  summary.columns = [{ width: 24 }, { width: 90 }];
  summary.addRow([report.title]).font = { bold: true, size: 14 };
  for (const item of report.facts) summary.addRow([item.label, item.value]).getCell(1).font = { bold: true };
  summary.addRow([]);
  for (const line of report.summary) summary.addRow(['', line]);
  // The requirements first: the sheet a reader opens the file to.
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
