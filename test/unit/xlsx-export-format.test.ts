/**
 * The XLSX requirement matrix as a tenderer opens it: one sheet named in the
 * document's language with a frozen header row in that language, readable
 * column widths, one row per requirement in print order with the number,
 * section, title, text (lists as "•" lines, no markup), obligation ("Ska",
 * "Bör", "Ska + Bör"), response instruction and verification, and empty
 * answer and comment columns. It is in the registry the export dialog and
 * the command line list.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtInExportFormats } from '../../electron/services/export-formats/registry';
import { sheetName, xlsxFormat } from '../../electron/services/export-formats/xlsx';
import type { DocumentLanguage, Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';

const date = new Date('2026-12-07T10:00:00Z');

function sample(): Specification {
  const base = makeLargeSpecification(12, 3);
  return {
    ...base,
    languages: ['sv', 'nb', 'en'].filter((language) => base.languages.includes(language as DocumentLanguage) || language === 'nb') as DocumentLanguage[],
    requirements: base.requirements.map((requirement, index) =>
      index === 0
        ? {
            ...requirement,
            obligation: 'minimum-and-evaluated' as const,
            title: { sv: 'Sökning', nb: 'Søk', en: 'Search' },
            text: { sv: 'Systemet ska ha **sökning** på:\n\n1. ärendenummer\n2. part', nb: 'Systemet skal ha søk på:\n\n- saksnummer\n- part', en: 'The system shall search by:\n\n- case number\n- party' },
            responseInstruction: { sv: 'Beskriv sökningen.', nb: 'Beskriv søket.', en: 'Describe the search.' },
          }
        : requirement,
    ),
  };
}

async function exportMatrix(specification: Specification, language: DocumentLanguage): Promise<ExcelJS.Worksheet> {
  const progress: number[] = [];
  const files = await xlsxFormat.write(
    { specification, choices: { format: 'xlsx', language, guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null }, library: null, date },
    { signal: new AbortController().signal, onProgress: (fraction) => progress.push(fraction) },
  );
  expect(files.map((file) => [file.part, file.suffix])).toEqual([['document', null]]);
  expect(progress.at(-1)).toBe(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(files[0]?.bytes ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
  // The matrix first, then the tenderer's sheet and the very hidden sheet that names the specification (test/unit/response/answer-matrix.test.ts).
  expect(workbook.worksheets.map((worksheet) => worksheet.state)).toEqual(['visible', 'visible', 'veryHidden']);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

/** The row whose title cell reads `title`. */
function rowTitled(sheet: ExcelJS.Worksheet, title: string): string[] {
  for (let row = 2; row <= sheet.actualRowCount; row++) if (rowTexts(sheet, row)[2] === title) return rowTexts(sheet, row);
  throw new Error(`no row titled ${title}`);
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  return Array.from({ length: 9 }, (_unused, index) => {
    const value = sheet.getRow(row).getCell(index + 1).value;
    return value === null || value === undefined ? '' : String(value);
  });
}

describe('the XLSX requirement matrix', () => {
  it('is a sheet a tenderer can fill in: frozen header in Swedish, one row per requirement, empty answer columns', async () => {
    const specification = sample();
    const sheet = await exportMatrix(specification, 'sv');
    expect(sheet.name).toBe('Kravmatris');
    expect(rowTexts(sheet, 1)).toEqual(['Nr', 'Avsnitt', 'Rubrik', 'Krav', 'Ska/Bör', 'Instruktion till anbudsgivaren', 'Verifikat', 'Anbudsgivarens svar', 'Kommentar']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.columns.map((column) => column.width)).toEqual([10, 24, 26, 70, 11, 42, 22, 36, 36]);
    expect(sheet.actualRowCount).toBe(1 + specification.requirements.length);

    const first = rowTitled(sheet, 'Sökning');
    expect(first[3]).toBe('Systemet ska ha sökning på:\n1. ärendenummer\n2. part');
    expect(first[4]).toBe('Ska + Bör');
    expect(first[5]).toBe('Beskriv sökningen.');
    expect(first.slice(7)).toEqual(['', '']);
    const obligations = new Set(Array.from({ length: specification.requirements.length }, (_unused, index) => rowTexts(sheet, index + 2)[4]));
    expect([...obligations].every((label) => ['Ska', 'Bör', 'Ska + Bör'].includes(label ?? ''))).toBe(true);
    // Every row has a number and a text; no rich-text markup reaches a cell.
    for (let row = 2; row <= sheet.actualRowCount; row++) {
      const cells = rowTexts(sheet, row);
      expect(cells[0], `row ${row}`).toMatch(/^\d+(\.\d+)+$/);
      expect(cells[3], `row ${row}`).not.toBe('');
      expect(cells[3], `row ${row}`).not.toMatch(/\*\*|\\/);
    }
  });

  it('speaks the document language: Norwegian and English headers, sheet names and obligations', async () => {
    const nb = await exportMatrix(sample(), 'nb');
    expect(nb.name).toBe('Kravmatrise');
    expect(rowTexts(nb, 1).slice(0, 5)).toEqual(['Nr', 'Kapittel', 'Tittel', 'Krav', 'Skal/Bør']);
    expect(rowTitled(nb, 'Søk').slice(2, 5)).toEqual(['Søk', 'Systemet skal ha søk på:\n• saksnummer\n• part', 'Skal + Bør']);
    const en = await exportMatrix(sample(), 'en');
    expect(en.name).toBe('Requirements');
    expect(rowTexts(en, 1)[4]).toBe('Shall/Should');
    expect(rowTitled(en, 'Search')[5]).toBe('Describe the search.');
  });

  it('is listed with the other formats, named in each UI language, and keeps sheet names Excel accepts', async () => {
    expect(builtInExportFormats().ids()).toContain('xlsx');
    const summaries = await builtInExportFormats().summaries('sv');
    expect(summaries.find((summary) => summary.id === 'xlsx')).toMatchObject({ name: 'Kravmatris (XLSX)', extension: 'xlsx', unavailableReason: null, choices: [] });
    expect(sheetName('Krav: [del 1/2]?')).toBe('Krav del 1 2');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName("''")).toBe('Sheet1');
  });

  it('stops when the export is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const job = { specification: sample(), choices: { format: 'xlsx', language: 'sv' as const, guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null }, library: null, date };
    await expect(xlsxFormat.write(job, { signal: controller.signal, onProgress: () => undefined })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
