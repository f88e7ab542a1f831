/**
 * XLSX: the requirement matrix, one row per requirement, as buyers put it in
 * the tender documents of an e-procurement platform and tenderers fill it in:
 * the number, section, title, text (rich text as readable plain text, lists
 * kept as "•" and numbered lines), obligation, response instruction and
 * verification, then empty answer and comment columns. The rows are taken
 * from the tender-document plan, so numbers and texts are the ones the Word
 * document prints. The header is in the document's language and is read
 * back by Kravstudio's own spreadsheet import.
 */
import ExcelJS from 'exceljs';
import { catalogues, lookup } from '../../../shared/i18n/catalogues';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import type { DocumentLanguage } from '../../../shared/specification/model';
import { tenderDocumentPlan } from '../../../shared/tender-document/plan';
import type { PlanSection, RequirementRow } from '../../../shared/tender-document/plan-types';
import type { ExportFormat, ExportJob, LocalisedText } from './format';

function catalogueText(key: string): LocalisedText {
  return Object.fromEntries(uiLanguages.map((language) => [language, lookup(catalogues[language], key)])) as Record<UiLanguage, string>;
}

/** The matrix's columns in order: their header key and width in characters. */
export const matrixColumns = [
  { key: 'number', width: 10 },
  { key: 'section', width: 24 },
  { key: 'title', width: 26 },
  { key: 'text', width: 70 },
  { key: 'obligation', width: 11 },
  { key: 'responseInstruction', width: 42 },
  { key: 'verification', width: 22 },
  { key: 'answer', width: 36 },
  { key: 'comment', width: 36 },
] as const;
export type MatrixColumn = (typeof matrixColumns)[number]['key'];

/** One row of the matrix as a reader sees it. */
export interface MatrixRow {
  /** The requirement's id; not printed. */
  id: string;
  number: string;
  section: string;
  title: string;
  text: string;
  obligation: string;
  responseInstruction: string;
  verification: string;
}

/** The matrix's words in the document's language. */
function matrixText(language: DocumentLanguage, key: string): string {
  return lookup(catalogues[language], `exportFormats.xlsx.${key}`);
}

/** The specification's requirements in print order, each with the title of the section it is printed under. */
export function matrixRows(job: ExportJob): MatrixRow[] {
  const { specification, choices, library } = job;
  const plan = tenderDocumentPlan(
    specification,
    { language: choices.language, guidanceAnnex: false, ssa: choices.ssa, version: '1.0', date: job.date, omitEmptyChapters: false },
    { standards: library?.standards ?? [], ...(library === null ? {} : { library }) },
  );
  const rows: MatrixRow[] = [];
  const seen = new Set<string>();
  const visit = (section: PlanSection, sectionTitle: string): void => {
    const title = section.sectionId === null && section.kind !== 'section' ? sectionTitle : section.title;
    for (const block of section.blocks) {
      if (block.kind !== 'requirements' || block.form !== 'specification') continue;
      for (const row of block.rows) {
        // A requirement is printed once; a second table naming it (none today) would not add a row.
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        rows.push(matrixRow(row, title));
      }
    }
    for (const child of section.children) visit(child, title);
  };
  for (const section of plan.sections) visit(section, section.title);
  return rows;
}

function matrixRow(row: RequirementRow, section: string): MatrixRow {
  const verification = [row.verification, row.verificationDescription.trim()].filter((part) => part !== '').join(': ');
  return {
    id: row.id,
    number: row.number,
    section,
    title: row.title ?? '',
    text: row.text,
    obligation: row.obligationLabel,
    responseInstruction: row.responseInstruction?.text ?? '',
    verification,
  };
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ and not starting or ending with an apostrophe. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** The matrix as XLSX bytes: a frozen header row with a filter, wrapped text, and shaded columns for the tenderer to fill in. */
export async function requirementMatrixXlsx(job: ExportJob, hooks: { signal: AbortSignal; onProgress: (fraction: number) => void }): Promise<Uint8Array> {
  const language = job.choices.language;
  const rows = matrixRows(job);
  hooks.signal.throwIfAborted();
  hooks.onProgress(0.2);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kravstudio';
  workbook.created = job.date;
  workbook.title = job.specification.title;
  const sheet = workbook.addWorksheet(sheetName(matrixText(language, 'sheetName')), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = matrixColumns.map((column) => ({ key: column.key, width: column.width, header: matrixText(language, `columns.${column.key}`) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((row, index) => {
    if (index % 200 === 0) hooks.signal.throwIfAborted();
    const { id: _id, ...printed } = row;
    const added = sheet.addRow({ ...printed, answer: '', comment: '' });
    added.alignment = { vertical: 'top', wrapText: true };
    // The number stays text ("4.10" is not 4.1).
    added.getCell('number').numFmt = '@';
    for (const key of ['answer', 'comment'] as const) added.getCell(key).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: matrixColumns.length } };
  hooks.onProgress(0.6);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  hooks.signal.throwIfAborted();
  hooks.onProgress(1);
  return bytes;
}

export const xlsxFormat: ExportFormat = {
  id: 'xlsx',
  extension: 'xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  name: catalogueText('exportFormats.xlsx.name'),
  description: catalogueText('exportFormats.xlsx.description'),
  choices: [],
  availability: async () => ({ available: true }),
  async write(job, hooks) {
    return [{ part: 'document', suffix: null, bytes: await requirementMatrixXlsx(job, hooks) }];
  },
};
