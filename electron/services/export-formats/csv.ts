/**
 * CSV: the answer matrix as a semicolon-separated text file, for suppliers
 * who cannot open XLSX. UTF-8 with a byte-order mark (so that Excel reads
 * å, ä, ö and ø right) and CRLF line ends. The rows are the XLSX matrix's,
 * from the tender-document plan, with the requirement id first:
 *
 *   1: `#kravstudio-answer-matrix;1;<specification id>;<SHA-256>;<language>`
 *   2–4: the tenderer's name, organisation number and price (label; value)
 *   5: the header row
 *   6…: one requirement per row: id, number, section, title, text,
 *       obligation, response instruction, verification, answer format,
 *       answer, comment
 *
 * Reading it back (electron/services/answer-matrix-file.ts) checks the first
 * row against the specification, as a `.kravsvar` is checked.
 */
import { answerHint, answerMatrixFormat, answerMatrixVersion, matrixWord } from '../../../shared/response/answer-matrix';
import { specificationFingerprint } from '../../../shared/response/fingerprint';
import { catalogues, lookup } from '../../../shared/i18n/catalogues';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import type { ExportFormat, ExportJob, LocalisedText } from './format';
import { matrixRows } from './xlsx';

function catalogueText(key: string): LocalisedText {
  return Object.fromEntries(uiLanguages.map((language) => [language, lookup(catalogues[language], key)])) as Record<UiLanguage, string>;
}

/** The CSV's columns, in order. */
export const csvMatrixColumns = ['id', 'number', 'section', 'title', 'text', 'obligation', 'responseInstruction', 'verification', 'answerFormat', 'answer', 'comment'] as const;
export type CsvMatrixColumn = (typeof csvMatrixColumns)[number];
/** The rows above the requirements: the marker row, three tenderer rows and the header. */
export const csvMatrixHeaderRows = 5;
/** The tenderer's rows (0-based), each "label;value". */
export const csvSupplierRows = { name: 1, organisationNumber: 2, price: 3 } as const;

/**
 * One cell as CSV: quoted when it holds a separator, a quote or a line
 * break; a text a spreadsheet would take for a formula (=, +, @, or a minus
 * before a non-space) starts with an apostrophe, so opening the file runs nothing.
 */
export function csvCell(text: string): string {
  const safe = /^[=+@\t\r]/.test(text) || /^-\S/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function header(language: UiLanguage, column: CsvMatrixColumn): string {
  if (column === 'id' || column === 'answerFormat') return matrixWord(language, column);
  return lookup(catalogues[language], `exportFormats.xlsx.columns.${column}`);
}

/** The answer matrix as CSV text (without the byte-order mark). */
export function answerMatrixCsv(job: ExportJob): string {
  const language = job.choices.language;
  const requirements = new Map(job.specification.requirements.map((requirement) => [requirement.id, requirement]));
  const lines: string[][] = [
    [`#${answerMatrixFormat}`, String(answerMatrixVersion), job.specification.id, specificationFingerprint(job.specification), language],
    [matrixWord(language, 'supplierName'), ''],
    [matrixWord(language, 'organisationNumber'), ''],
    [matrixWord(language, 'price', { currency: job.specification.procurement.currency }), ''],
    csvMatrixColumns.map((column) => header(language, column)),
  ];
  for (const row of matrixRows(job)) {
    const answerType = requirements.get(row.id)?.answerType ?? { kind: 'text' as const };
    lines.push([
      row.id,
      row.number,
      row.section,
      row.title,
      row.text,
      row.obligation,
      row.responseInstruction,
      row.verification,
      answerHint(answerType, language),
      answerType.kind === 'attachment' ? matrixWord(language, 'attachment') : '',
      '',
    ]);
  }
  return `${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export const csvFormat: ExportFormat = {
  id: 'csv',
  extension: 'csv',
  mimeType: 'text/csv',
  name: catalogueText('exportFormats.csv.name'),
  description: catalogueText('exportFormats.csv.description'),
  choices: [],
  availability: async () => ({ available: true }),
  async write(job, hooks) {
    hooks.signal.throwIfAborted();
    const text = answerMatrixCsv(job);
    hooks.onProgress(0.8);
    const body = new TextEncoder().encode(text);
    const bytes = new Uint8Array(body.byteLength + 3);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(body, 3);
    hooks.onProgress(1);
    return [{ part: 'document', suffix: null, bytes }];
  },
};
