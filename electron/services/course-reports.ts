/**
 * The trainer's exports of a checked class: the class overview as a
 * spreadsheet (one row per trainee, a column per reference requirement with
 * its status, then the most common misses on a second sheet) and each
 * trainee's feedback as a Word document (score, each reference requirement's
 * status, the points to work on). Texts in the UI language; pure functions
 * to bytes, written by the caller.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { ClassOverview, TraineeRow } from '../../shared/course/class-overview';
import type { FeedbackPoint } from '../../shared/course/feedback';
import { catalogues, lookup } from '../../shared/i18n/catalogues';
import { formatNumber } from '../../shared/format/numbers';
import type { UiLanguage } from '../../shared/languages';
import { documentStyles } from './docx/styles';
import { oneLine, xmlSafe } from './docx/sanitise';

function textsFor(language: UiLanguage) {
  const catalogue = catalogues[language];
  return (key: string, values: Record<string, string | number> = {}): string => lookup(catalogue, key, values);
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet';
}

/** The class overview as XLSX bytes: the matrix on the first sheet (frozen header, filter), the misses on the second. */
export async function classOverviewXlsx(overview: ClassOverview, exerciseTitle: string, language: UiLanguage, now: Date): Promise<Uint8Array> {
  const t = textsFor(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kravstudio';
  workbook.created = now;
  workbook.title = oneLine(exerciseTitle);
  const matrix = workbook.addWorksheet(sheetName(t('courseScreens.trainer.matrixTitle')), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  matrix.columns = [
    { key: 'trainee', header: t('courseScreens.trainer.colTrainee'), width: 28 },
    { key: 'score', header: t('courseScreens.trainer.colScore'), width: 10 },
    ...overview.items.map((item) => ({ key: `item:${item.id}`, header: xmlSafe(item.title), width: 22 })),
  ];
  const header = matrix.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const trainee of overview.trainees) {
    const row: Record<string, string | number> = { trainee: xmlSafe(trainee.file), score: trainee.result.score };
    for (const item of overview.items) row[`item:${item.id}`] = t(`course.statuses.${trainee.statuses.get(item.id) ?? 'missing'}`);
    matrix.addRow(row);
  }
  matrix.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, overview.trainees.length + 1), column: overview.items.length + 2 } };

  const misses = workbook.addWorksheet(sheetName(t('courseScreens.trainer.missesTitle')));
  misses.columns = [
    { key: 'item', header: t('courseScreens.trainer.reference'), width: 48 },
    { key: 'missing', header: t('course.statuses.missing'), width: 12 },
    { key: 'partly', header: t('course.statuses.partly'), width: 12 },
  ];
  misses.getRow(1).font = { bold: true };
  for (const miss of overview.misses) misses.addRow({ item: xmlSafe(miss.item.title), missing: miss.missing, partly: miss.partly });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold })] })] });
}

/** One trainee's feedback as DOCX bytes: the exercise, the score, each reference requirement's status, the points to work on. */
export async function traineeFeedbackDocx(
  overview: ClassOverview,
  trainee: TraineeRow,
  points: readonly FeedbackPoint[],
  exerciseTitle: string,
  language: UiLanguage,
): Promise<Uint8Array> {
  const t = textsFor(language);
  const titleOf = new Map(overview.items.map((item) => [item.id, item.title]));
  const rows = [
    new TableRow({ tableHeader: true, children: [cell(t('courseScreens.check.colItem'), true), cell(t('courseScreens.check.colStatus'), true), cell(t('courseScreens.check.colMatch'), true)] }),
    ...trainee.result.items.map(
      (item) => new TableRow({ children: [cell(titleOf.get(item.id) ?? item.id), cell(t(`course.statuses.${item.status}`)), cell(item.matchedRequirementId ?? '—')] }),
    ),
  ];
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(oneLine(exerciseTitle)))] }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(trainee.file), bold: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('courseScreens.check.score', { score: formatNumber(trainee.result.score, language) }))] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('courseScreens.check.itemsTitle'))] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('courseScreens.check.pointsTitle'))] }),
    ...(points.length === 0
      ? [new Paragraph({ children: [new TextRun(t('courseScreens.check.noPoints'))] })]
      : points.map((point) => new Paragraph({ bullet: { level: 0 }, alignment: AlignmentType.LEFT, children: [new TextRun(xmlSafe(oneLine(point.message)))] }))),
  ];
  const document = new Document({
    title: xmlSafe(oneLine(exerciseTitle)),
    subject: xmlSafe(trainee.file),
    creator: 'Kravstudio',
    styles: documentStyles(language),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
