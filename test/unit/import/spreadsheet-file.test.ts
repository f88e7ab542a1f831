/**
 * An XLSX requirement matrix made in the test with exceljs, as e-procurement
 * platforms make them: a merged title row, the header on row 3, a type
 * column with A, V and AV; read as cell texts and imported with the guessed
 * mapping saved and read back. Hostile workbooks are refused before exceljs
 * sees them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSpreadsheetPackage, defaultTableImportLimits, guessMapping, importSpreadsheet, parseColumnMapping, TableImportError } from '../../../shared/import/table';
import { importSpreadsheetFile, readSpreadsheetFile, readWorkbook, SpreadsheetFileImportError } from '../../../electron/services/import/spreadsheet-file';

const options = { language: 'nb' as const, id: '6f1c2a52-4a8e-4a55-9d61-3b0f0c6f4e10', now: new Date('2026-12-07T12:00:00Z'), fallbackTitle: 'kravmatrise' };

async function matrix(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Krav');
  sheet.addRow(['Kravspesifikasjon for saksbehandling']);
  sheet.mergeCells('A1:E1');
  sheet.addRow([]);
  sheet.addRow(['Nr.', 'Kravområde', 'Beskrivelse av krav', 'Type (A, V, AV)', 'Krav til besvarelse', 'Leverandørens svar']);
  sheet.addRow(['1.1', 'Sikkerhet', 'Løsningen skal logge all tilgang.', 'A', 'Beskriv loggingen.']);
  sheet.addRow(['1.2', 'Sikkerhet', { richText: [{ text: 'Løsningen bør støtte ' }, { font: { bold: true }, text: 'BankID' }, { text: '.' }] }, 'V', '']);
  sheet.addRow(['2.1', 'Drift', 'Oppetiden skal være minst', 'AV', '']);
  sheet.getCell('F6').value = 0.995;
  sheet.getCell('F6').numFmt = '0.0%';
  sheet.addRow(['2.2', 'Drift', 'Løsningen skal være levert innen', 'A', { formula: 'TEXT(F7,"yyyy")', result: '2027' }]);
  sheet.getCell('F7').value = new Date(Date.UTC(2027, 5, 1));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function refusal(run: () => unknown): TableImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof TableImportError) return error;
    throw error;
  }
  throw new Error('The workbook was accepted');
}

describe('reading an XLSX requirement matrix', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'kravstudio-xlsx-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('gives each cell as the buyer sees it: merged title once, rich text flat, percentages, dates and formula results', async () => {
    const { sheets } = await readWorkbook(await matrix());
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Krav']);
    const rows = sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(['Kravspesifikasjon for saksbehandling']);
    expect(rows[1]).toEqual([]);
    expect(rows[4]?.[2]).toBe('Løsningen bør støtte BankID.');
    expect(rows[5]?.[5]).toBe('99.5 %');
    expect(rows[6]?.[4]).toBe('2027');
    expect(rows[6]?.[5]).toBe('2027-06-01');
  });

  it('imports the matrix with the guessed mapping, saved and read back, with the header on row 3', async () => {
    const filePath = path.join(folder, 'matrise.xlsx');
    await writeFile(filePath, await matrix());
    const { sheets } = await readSpreadsheetFile(filePath);
    const rows = sheets[0]?.rows ?? [];
    const guessed = guessMapping(rows, 'Krav');
    expect(guessed.headerRow).toBe(2);
    const saved = parseColumnMapping(JSON.stringify(guessed, null, 2));
    if (!saved.ok) throw new Error(saved.message);
    const { specification, report } = importSpreadsheet(rows, saved.mapping, { ...options, sheet: { name: 'Krav', number: 1 } });
    expect(specification.title).toBe('Kravspesifikasjon for saksbehandling');
    expect(specification.sections.map((section) => [section.title.nb, section.numbering?.scheme])).toEqual([
      ['Sikkerhet', 'fixed'],
      ['Drift', 'fixed'],
    ]);
    expect(specification.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation])).toEqual([
      ['1.1', 'mandatory'],
      ['1.2', 'evaluated'],
      ['2.1', 'minimum-and-evaluated'],
      ['2.2', 'mandatory'],
    ]);
    expect(report).toMatchObject({ sections: 2, requirements: 4, withFixedNumber: 4, responseInstructions: 2, notices: [] });
  });

  it('reads a CSV file as one sheet named after the file', async () => {
    const filePath = path.join(folder, 'Kravmatris 2026.csv');
    await writeFile(filePath, '\uFEFFNr;Krav;Ska/Bör\n1;Systemet ska logga;Ska\n');
    expect(await readSpreadsheetFile(filePath)).toEqual({ sheets: [{ name: 'Kravmatris 2026', rows: [['Nr', 'Krav', 'Ska/Bör'], ['1', 'Systemet ska logga', 'Ska']] }] });
  });

  it('names the file when it refuses one', async () => {
    const filePath = path.join(folder, 'inte-excel.xlsx');
    await writeFile(filePath, 'Nr;Krav\n1;Systemet ska logga\n');
    const error = await readSpreadsheetFile(filePath).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpreadsheetFileImportError);
    expect((error as SpreadsheetFileImportError).message).toBe('inte-excel.xlsx: The file is not an Excel workbook (.xlsx): it is not a zip package.');
  });
});

/** The zip with every entry's uncompressed size, in its local header and in the central directory, rewritten as 1 byte. */
function declaringOneByte(zip: Uint8Array): Uint8Array {
  const lying = zip.slice();
  const view = new DataView(lying.buffer);
  for (let offset = 0; offset + 30 <= lying.byteLength; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, 1, true);
    else if (signature === 0x02014b50) view.setUint32(offset + 24, 1, true);
  }
  return lying;
}

describe('hostile workbooks', () => {
  it('refuses a zip bomb at once by the sizes it declares', () => {
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024) }, { level: 6 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const error = refusal(() => checkSpreadsheetPackage(bomb, { ...defaultTableImportLimits, maxUncompressedBytes: 16 * 1024 * 1024 }));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toBe('The workbook says it unpacks to more than 16 MB; it is refused as a possible zip bomb.');
  });

  it('refuses a zip bomb that lies about its sizes by the bytes it inflates', () => {
    const bomb = declaringOneByte(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024) }, { level: 6 }));
    const error = refusal(() => checkSpreadsheetPackage(bomb, { ...defaultTableImportLimits, maxUncompressedBytes: 16 * 1024 * 1024 }));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toBe('The workbook would unpack to more than 16 MB; it is refused as a possible zip bomb.');
  });

  it('refuses a file that is not a zip, a zip without a workbook, and an encrypted workbook', () => {
    expect(refusal(() => checkSpreadsheetPackage(strToU8('Nr;Krav'), defaultTableImportLimits)).code).toBe('not-zip');
    expect(refusal(() => checkSpreadsheetPackage(zipSync({ 'word/document.xml': strToU8('<w/>') }), defaultTableImportLimits)).code).toBe('not-spreadsheet');
    expect(refusal(() => checkSpreadsheetPackage(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), defaultTableImportLimits)).message).toMatch(/password-protected/);
    const truncated = zipSync({ 'xl/workbook.xml': strToU8('<workbook>'.repeat(1000)) }).subarray(0, 60);
    expect(['damaged', 'not-spreadsheet']).toContain(refusal(() => checkSpreadsheetPackage(truncated, defaultTableImportLimits)).code);
  });
});

describe('importing a file under a saved mapping', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'kravstudio-csv-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('imports a semicolon CSV from older Excel (Windows-1252) with the mapping saved from the first one', async () => {
    const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
    const first = path.join(folder, 'Kravspecifikation för ärendehantering.csv');
    await writeFile(first, latin1('Kravspecifikation för ärendehantering;;;\r\n;;;\r\nNr;Krav;Ska/Bör;Pris\r\n1.1;Systemet ska hantera ärenden på svenska, norska och engelska;Ska;12,50\r\n1.2;"Systemet bör stödja:\r\n- BankID\r\n- Freja eID";Bör;3,0\r\n'));
    const guessed = await importSpreadsheetFile(first, { language: 'sv', id: options.id, now: options.now });
    expect(guessed.specification.title).toBe('Kravspecifikation för ärendehantering');
    expect(guessed.specification.sections.map((section) => section.title.sv)).toEqual(['Kravspecifikation för ärendehantering']);
    expect(guessed.specification.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation, requirement.text.sv])).toEqual([
      ['1.1', 'mandatory', 'Systemet ska hantera ärenden på svenska, norska och engelska'],
      ['1.2', 'evaluated', 'Systemet bör stödja:\n\n- BankID\n- Freja eID'],
    ]);

    const saved = parseColumnMapping(JSON.stringify(guessed.mapping));
    if (!saved.ok) throw new Error(saved.message);
    const next = path.join(folder, 'nästa.csv');
    await writeFile(next, latin1('Kravspecifikation 2027;;;\r\n;;;\r\nNr;Krav;Ska/Bör;Pris\r\n2.1;Leverantören ska ha ISO 27001;Ska;0\r\n'));
    const reused = await importSpreadsheetFile(next, { language: 'sv', id: options.id, now: options.now, mapping: saved.mapping });
    expect(reused.report).toMatchObject({ requirements: 1, withFixedNumber: 1, notices: [] });
    expect(reused.specification.requirements[0]?.text.sv).toBe('Leverantören ska ha ISO 27001');
  });

  it('names the file and the sheets when the saved mapping names a sheet the workbook lacks', async () => {
    const filePath = path.join(folder, 'matris.xlsx');
    await writeFile(filePath, await matrix());
    const error = await importSpreadsheetFile(filePath, { language: 'nb', id: options.id, now: options.now, mapping: { version: 1, sheet: 'Krav 2025', headerRow: 2, columns: [{ column: 2, field: 'text' }] } }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('matris.xlsx: The workbook has no sheet "Krav 2025"; its sheets are "Krav".');
  });
});
