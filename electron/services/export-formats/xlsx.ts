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
import { complianceStates } from '../../../shared/response/answers';
import { answerHint, answerMatrixFormat, answerMatrixVersion, complianceLabels, matrixWord, yesNoLabels } from '../../../shared/response/answer-matrix';
import { specificationFingerprint } from '../../../shared/response/fingerprint';
import type { DocumentLanguage } from '../../../shared/specification/model';
import type { AnswerType } from '../../../shared/specification/model/answer-types';
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

/** Where the matrix keeps what is not printed: a very hidden sheet of this name. */
export const matrixMetaSheet = 'kravstudio';
/** The first row of the meta sheet's table of matrix rows (row number → requirement id). */
export const matrixMetaFirstRow = 10;
/** The meta sheet's columns for the drop-down lists: yes/no, compliance, then one per single-choice requirement. */
const listColumn = { yesNo: 5, compliance: 6, firstChoice: 7 } as const;
/** The answer and comment columns of the matrix (1-based), as `matrixColumns` orders them. */
export const answerColumn = matrixColumns.findIndex((column) => column.key === 'answer') + 1;
export const commentColumn = matrixColumns.findIndex((column) => column.key === 'comment') + 1;
/** On the supplier sheet: the cells the supplier fills (column B). */
export const supplierCells = { name: 'B1', organisationNumber: 'B2', price: 'B3' } as const;

const answerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } };
const lockedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
/**
 * Sheet protection without a password: it keeps a supplier from changing a
 * requirement by mistake, not on purpose (the fingerprint does that). The
 * filter and column widths stay usable.
 */
const protection: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
  insertRows: false,
  deleteRows: false,
};

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A range of the meta sheet as a drop-down's source. */
function listRange(column: number, count: number): string {
  const letter = columnLetter(column);
  return `${matrixMetaSheet}!$${letter}$1:$${letter}$${Math.max(1, count)}`;
}

/** The data validation of an answer cell: the drop-down or the check its answer type asks for; null for free text without a limit (and several choices, written as text). */
function answerValidation(answerType: AnswerType, language: DocumentLanguage, choiceList: string | null): ExcelJS.DataValidation | null {
  const hint = answerHint(answerType, language);
  const common = { allowBlank: true, showInputMessage: true, prompt: hint.slice(0, 255), showErrorMessage: true, errorStyle: 'stop', errorTitle: matrixWord(language, 'errorTitle'), error: hint.slice(0, 255) } as const;
  switch (answerType.kind) {
    case 'yes-no':
    case 'confirmation':
      return { ...common, type: 'list', formulae: [listRange(listColumn.yesNo, 2)] };
    case 'compliance':
      return { ...common, type: 'list', formulae: [listRange(listColumn.compliance, complianceStates.length)] };
    case 'number': {
      const { min, max } = answerType;
      if (min !== undefined && max !== undefined) return { ...common, type: 'decimal', operator: 'between', formulae: [min, max] };
      if (min !== undefined) return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [min] };
      if (max !== undefined) return { ...common, type: 'decimal', operator: 'lessThanOrEqual', formulae: [max] };
      return { ...common, type: 'decimal', operator: 'between', formulae: [-1e15, 1e15] };
    }
    case 'date':
      return { ...common, type: 'date', operator: 'between', formulae: [new Date(Date.UTC(1900, 0, 2)), new Date(Date.UTC(9999, 11, 31))] };
    case 'choice':
      return choiceList === null ? null : { ...common, type: 'list', formulae: [choiceList] };
    case 'text':
      return answerType.maxLength === undefined
        ? null
        : { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [answerType.maxLength] };
    case 'attachment':
      return null;
  }
}

/** The matrix as XLSX bytes: see `writeAnswerMatrix`. */
export async function requirementMatrixXlsx(job: ExportJob, hooks: { signal: AbortSignal; onProgress: (fraction: number) => void }): Promise<Uint8Array> {
  const workbook = await writeAnswerMatrix(job, hooks);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  hooks.signal.throwIfAborted();
  hooks.onProgress(1);
  return bytes;
}

/**
 * The answer matrix as a workbook. The first sheet is the requirement
 * matrix: a frozen header row with a filter, wrapped text, every cell locked
 * except the shaded answer and comment cells; each answer cell offers what
 * its requirement's answer type asks for (a drop-down for yes/no and
 * compliance, a checked number within the requirement's range, a date, a
 * choice among its options, free text). The second sheet takes the
 * tenderer's name, organisation number and price. A very hidden third
 * sheet names the matrix format and version, the specification's id and
 * fingerprint, and the requirement id of each row, for reading it back.
 */
export async function writeAnswerMatrix(job: ExportJob, hooks: { signal: AbortSignal; onProgress: (fraction: number) => void }): Promise<ExcelJS.Workbook> {
  const language = job.choices.language;
  const rows = matrixRows(job);
  const requirements = new Map(job.specification.requirements.map((requirement) => [requirement.id, requirement]));
  hooks.signal.throwIfAborted();
  hooks.onProgress(0.2);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kravstudio';
  workbook.created = job.date;
  workbook.title = job.specification.title;
  const matrixName = sheetName(matrixText(language, 'sheetName'));
  const supplierName = sheetName(matrixWord(language, 'supplierSheet'));
  const sheet = workbook.addWorksheet(matrixName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const supplier = workbook.addWorksheet(supplierName, { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const meta = workbook.addWorksheet(matrixMetaSheet, { state: 'veryHidden' });

  meta.getColumn(1).values = ['format', 'version', 'specification', 'sha256', 'language', 'matrixSheet', 'supplierSheet'];
  meta.getColumn(2).values = [answerMatrixFormat, answerMatrixVersion, job.specification.id, specificationFingerprint(job.specification), language, matrixName, supplierName];
  meta.getCell(matrixMetaFirstRow - 1, 1).value = 'row';
  meta.getCell(matrixMetaFirstRow - 1, 2).value = 'requirement';
  yesNoLabels(language).forEach((label, index) => (meta.getCell(index + 1, listColumn.yesNo).value = label));
  complianceLabels(language).forEach((label, index) => (meta.getCell(index + 1, listColumn.compliance).value = label));
  let nextChoiceColumn: number = listColumn.firstChoice;

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
    const { id, ...printed } = row;
    const answerType = requirements.get(id)?.answerType ?? { kind: 'text' };
    const added = sheet.addRow({ ...printed, answer: '', comment: '' });
    added.alignment = { vertical: 'top', wrapText: true };
    // The number stays text ("4.10" is not 4.1).
    added.getCell('number').numFmt = '@';
    meta.getCell(matrixMetaFirstRow + index, 1).value = added.number;
    meta.getCell(matrixMetaFirstRow + index, 2).value = id;
    const answer = added.getCell('answer');
    const comment = added.getCell('comment');
    if (answerType.kind === 'attachment') {
      // A file cannot travel in a matrix: the row says so and takes a comment (where in the tender it is) only.
      answer.value = matrixWord(language, 'attachment');
      answer.fill = lockedFill;
      answer.font = { italic: true, color: { argb: 'FF595959' } };
    } else {
      let choiceList: string | null = null;
      if (answerType.kind === 'choice' && !answerType.multiple) {
        answerType.options.forEach((option, optionIndex) => (meta.getCell(optionIndex + 1, nextChoiceColumn).value = option));
        choiceList = listRange(nextChoiceColumn, answerType.options.length);
        nextChoiceColumn += 1;
      }
      const validation = answerValidation(answerType, language, choiceList);
      if (validation !== null) answer.dataValidation = validation;
      if (answerType.kind === 'date') answer.numFmt = 'yyyy-mm-dd';
      if (answerType.kind === 'text' || answerType.kind === 'choice') answer.numFmt = '@';
      answer.fill = answerFill;
      answer.protection = { locked: false };
    }
    comment.fill = answerFill;
    comment.protection = { locked: false };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: matrixColumns.length } };
  await sheet.protect('', protection);
  hooks.onProgress(0.5);

  supplier.getColumn(1).width = 42;
  supplier.getColumn(2).width = 48;
  const currency = job.specification.procurement.currency;
  const labels: [keyof typeof supplierCells, string][] = [
    ['name', matrixWord(language, 'supplierName')],
    ['organisationNumber', matrixWord(language, 'organisationNumber')],
    ['price', matrixWord(language, 'price', { currency })],
  ];
  for (const [key, label] of labels) {
    const cell = supplier.getCell(supplierCells[key]);
    const row = Number(supplierCells[key].slice(1));
    supplier.getCell(row, 1).value = label;
    supplier.getCell(row, 1).font = { bold: true };
    cell.fill = answerFill;
    cell.protection = { locked: false };
    cell.border = { bottom: { style: 'thin' } };
    if (key === 'price') {
      cell.numFmt = '#,##0.00';
      cell.dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: matrixWord(language, 'errorTitle'), error: label };
    } else {
      cell.numFmt = '@';
    }
  }
  const intro = supplier.getCell('A5');
  intro.value = matrixWord(language, 'intro', { sheet: matrixName });
  intro.alignment = { wrapText: true, vertical: 'top' };
  supplier.mergeCells('A5:B5');
  supplier.getRow(5).height = 60;
  await supplier.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  hooks.onProgress(0.6);
  return workbook;
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
