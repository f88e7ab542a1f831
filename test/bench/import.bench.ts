/**
 * Importing a 150-page Word specification (1,000 requirements in 50 tables,
 * with headings and prose between them), against unzipping it with fflate
 * and parsing its document.xml with fast-xml-parser in the same run: what
 * the import costs beyond reading the XML at all. Budget (issue 15): ≤ 2 s.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { test } from 'vitest';
import { readWorkbook } from '../../electron/services/import/spreadsheet-file';
import { importSpreadsheetSource } from '../../shared/import/sources';
import { parseCsv } from '../../shared/import/table';
import { importWordDocument } from '../../shared/import/word';
import { heading, paragraph, table, wordDocument } from '../support/word-builder';
import { recordComparison, toCase } from './record';

/** 50 chapters, each with a heading, two prose paragraphs and a table of 20 requirements: about 150 pages in Word. */
function largeWordSpecification(): Uint8Array {
  const chapters: string[] = [];
  for (let chapter = 1; chapter <= 50; chapter += 1) {
    const rows = [['Nr', 'Krav', 'Ska/Bör', 'Verifiering']];
    for (let row = 1; row <= 20; row += 1) {
      const number = `${chapter}.${row}`;
      rows.push([
        number,
        `Leverantören ska säkerställa att tjänsten i område ${chapter} uppfyller krav ${number} under hela avtalstiden, med dokumenterade rutiner för uppföljning, se ${chapter}.1.\nAvvikelser ska rapporteras till beställaren inom fem arbetsdagar.`,
        row % 4 === 0 ? 'Bör' : 'Ska',
        'Beskriv hur kravet uppfylls och bifoga rutinbeskrivning.',
      ]);
    }
    chapters.push(
      heading(1, `Område ${chapter}`),
      paragraph(`Det här avsnittet beskriver kraven på område ${chapter}. Kraven gäller under hela avtalstiden och följs upp vid avtalsmöten.`),
      paragraph('Leverantören ska i sitt anbud besvara varje krav och ange var i anbudet svaret finns.'),
      table(rows),
    );
  }
  return wordDocument(chapters.join(''));
}

test('import: a 150-page Word specification with 1,000 requirements', async ({ bench }) => {
  const docx = largeWordSpecification();
  const baseline = 'baseline: fflate unzip + fast-xml-parser on word/document.xml';
  const importer = 'importWordDocument (sections, prose, 1,000 requirements, report)';
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false });
  const now = new Date('2026-12-07T10:00:00Z');
  const results = await bench.compare(
    bench(baseline, () => {
      const files = unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' });
      parser.parse(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    }),
    bench(importer, () => {
      importWordDocument(docx, { language: 'sv', id: '00000000-0000-4000-8000-000000000001', now, fallbackTitle: 'Bench' });
    }),
    { time: 4000, iterations: 5 },
  );
  const check = importWordDocument(docx, { language: 'sv', id: '00000000-0000-4000-8000-000000000001', now, fallbackTitle: 'Bench' });
  await recordComparison('import-docx', {
    title: 'Importing a 150-page Word specification with 1,000 requirements (per import)',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(importer))],
    budgets: { median: '≤ 2 s' },
    extra: {
      'DOCX size (kB)': Math.round(docx.byteLength / 1024),
      requirements: check.report.requirements,
      sections: check.report.sections,
      'peak resident memory during the run (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
    },
  });
});

const benchId = '00000000-0000-4000-8000-000000000001';
const benchNow = new Date('2026-12-07T10:00:00Z');

/** A requirement matrix row: number, section, text, type; every section of 20 rows. */
function matrixRow(index: number): string[] {
  const number = `K${index}`;
  return [number, `Område ${Math.ceil(index / 20)}`, `Leverantören ska säkerställa att tjänsten uppfyller krav ${number} under hela avtalstiden, med dokumenterade rutiner för uppföljning.`, index % 4 === 0 ? 'V' : index % 7 === 0 ? 'AV' : 'A'];
}

test('import: a 1,000-row XLSX requirement matrix', async ({ bench }) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kravmatris');
  sheet.addRow(['Bilaga 2 – Kravmatris']);
  sheet.addRow([]);
  sheet.addRow(['Kravnr', 'Avsnitt', 'Kravtext', 'Typ', 'Leverantörens svar']);
  for (let index = 1; index <= 1_000; index += 1) sheet.addRow(matrixRow(index));
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const baseline = 'baseline: exceljs reads the workbook (after the zip-bomb check) into cell texts';
  const importer = 'read + importSpreadsheetSource (guessed mapping, 1,000 requirements, report)';
  const results = await bench.compare(
    bench(baseline, async () => {
      await readWorkbook(xlsx);
    }),
    bench(importer, async () => {
      importSpreadsheetSource(await readWorkbook(xlsx), { fileName: 'Kravmatris.xlsx', language: 'sv', id: benchId, now: benchNow });
    }),
    { time: 4000, iterations: 5 },
  );
  const check = importSpreadsheetSource(await readWorkbook(xlsx), { fileName: 'Kravmatris.xlsx', language: 'sv', id: benchId, now: benchNow });
  await recordComparison('import-xlsx', {
    title: 'Importing a 1,000-row XLSX requirement matrix (per import)',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(importer))],
    budgets: { median: '≤ 2 s' },
    extra: { 'XLSX size (kB)': Math.round(xlsx.byteLength / 1024), requirements: check.report.requirements, sections: check.report.sections },
  });
});

test('import: a 20,000-row semicolon CSV', async ({ bench }) => {
  // The header and 19,999 requirement rows: the 20,000 rows a CSV may have.
  const lines = ['Nr;Avsnitt;Krav;Typ'];
  for (let index = 1; index < 20_000; index += 1) lines.push(matrixRow(index).join(';'));
  const csv = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  const baseline = 'baseline: parseCsv (decode, separator, quotes) into cell texts';
  const importer = 'parseCsv + importSpreadsheetSource (guessed mapping, 19,999 requirements, report)';
  const results = await bench.compare(
    bench(baseline, () => {
      parseCsv(csv);
    }),
    bench(importer, () => {
      importSpreadsheetSource({ sheets: [{ name: 'Krav', rows: parseCsv(csv).rows }] }, { fileName: 'Krav.csv', language: 'sv', id: benchId, now: benchNow });
    }),
    { time: 4000, iterations: 3 },
  );
  const check = importSpreadsheetSource({ sheets: [{ name: 'Krav', rows: parseCsv(csv).rows }] }, { fileName: 'Krav.csv', language: 'sv', id: benchId, now: benchNow });
  await recordComparison('import-csv', {
    title: 'Importing a 20,000-row semicolon CSV (per import)',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(importer))],
    budgets: { median: '≤ 5 s' },
    extra: { 'CSV size (MB)': Math.round((csv.byteLength / (1024 * 1024)) * 10) / 10, requirements: check.report.requirements, sections: check.report.sections },
  });
});
