/**
 * The answer matrix for suppliers without Kravstudio, end to end on real
 * files: the buyer exports it with `kravstudio export --format xlsx` (or
 * csv), a supplier fills it in with a spreadsheet library as they would in
 * Excel, and `kravstudio evaluate` reads it back with the same result as the
 * same answers given in the app and saved as a `.kravsvar`. A matrix edited
 * where a supplier cannot edit it (the hidden hash, a requirement id), a
 * text in a number cell, a value out of range and a huge sheet are flagged
 * or refused, naming the file, sheet, cell and reason.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { readReceivedResponse } from '../../../electron/services/received-responses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { csvCell } from '../../../electron/services/export-formats/csv';
import { writeResponseFile } from '../../../electron/services/response-file';
import { readResponseSource } from '../../../electron/services/response-sources';
import { decodeCsvBytes, parseCsvText } from '../../../shared/import/table';
import type { Answer } from '../../../shared/response/answers';
import { serializeSpecification } from '../../../shared/specification/document-file';
import type { Specification } from '../../../shared/specification/model';
import { goodAnswers, responseTo, smallTender } from '../../support/supplier-responses';

async function run(argv: string[], cwd: string, env: Record<string, string> = { LANG: 'sv_SE.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, now: () => new Date('2026-06-01T09:00:00Z') });
  return { code, stdout, stderr };
}

interface Report {
  suppliers: ({ file: string; rank: number | null; flags: { kind: string }[] } & Record<string, unknown>)[];
  refused: { file: string; reason: string; message: string }[];
}

/** The evaluation as JSON, without the file names (the one thing that differs between a matrix and a .kravsvar). */
async function evaluate(dir: string, files: string[]): Promise<{ code: number; report: Report; withoutFiles: unknown[] }> {
  const result = await run(['evaluate', 'tender.kravspec', ...files, '--json'], dir);
  const report = JSON.parse(result.stdout) as Report;
  return { code: result.code, report, withoutFiles: report.suppliers.map(({ file: _file, ...rest }) => rest) };
}

/** The answers a supplier gives, as the app's response model holds them. */
function answers(): Record<string, Answer> {
  return {
    ...goodAnswers(),
    R2: { kind: 'compliance', complies: 'addition', comment: 'Se bilaga 6, rad 4.' },
    R6: { kind: 'choice', selected: ['Svenska', 'Engelska'] },
  };
}

/** The same answers as a supplier types them in Excel, by the requirement's text (what they read). */
const typed: Record<string, { answer: ExcelJS.CellValue; comment?: string }> = {
  'Tjänsten ska följa WCAG': { answer: 'Ja' },
  'Data ska lagras inom EES': { answer: 'Uppfylls med tillägg (prissatt)', comment: 'Se bilaga 6, rad 4.' },
  Tillgängligheten: { answer: 99.9 },
  'Tjänsten bör ha en öppen API': { answer: 'Ja' },
  'Support bör ges': { answer: 'Svenska; Engelska' },
};

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
  return workbook;
}

function rowOf(sheet: ExcelJS.Worksheet, textStart: string): ExcelJS.Row {
  for (let number = 2; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    if (String(row.getCell(4).value ?? '').startsWith(textStart)) return row;
  }
  throw new Error(`no row for ${textStart}`);
}

/** Fills the exported matrix as a supplier would: the tenderer's sheet, then each answer and comment cell. */
async function fillMatrix(dir: string, from: string, to: string, change: (workbook: ExcelJS.Workbook) => void = () => undefined): Promise<void> {
  const workbook = await loadWorkbook(path.join(dir, from));
  const [matrix, tenderer] = workbook.worksheets;
  if (matrix === undefined || tenderer === undefined) throw new Error('the matrix has two visible sheets');
  tenderer.getCell('B1').value = 'Billig AB';
  tenderer.getCell('B2').value = '556677-8899';
  tenderer.getCell('B3').value = 800_000;
  for (const [text, { answer, comment }] of Object.entries(typed)) {
    const row = rowOf(matrix, text);
    row.getCell(8).value = answer;
    if (comment !== undefined) row.getCell(9).value = comment;
  }
  change(workbook);
  await writeFile(path.join(dir, to), Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('the answer matrix, filled in without Kravstudio and evaluated', () => {
  let dir: string;
  let spec: Specification;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-matrix-'));
    spec = smallTender();
    await writeFile(path.join(dir, 'tender.kravspec'), serializeSpecification(spec));
    await writeResponseFile(path.join(dir, 'app.kravsvar'), responseTo(spec, 'Billig AB', answers(), 800_000));
    const exported = await run(['export', 'tender.kravspec', '--format', 'xlsx', '--lang', 'sv', '--out', 'matris.xlsx', '--allow-incomplete'], dir);
    expect(exported.code, exported.stderr).toBe(0);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is locked except the answers, with drop-downs and checks per answer type, and names the specification in a very hidden sheet', async () => {
    const workbook = await loadWorkbook(path.join(dir, 'matris.xlsx'));
    const [matrix, tenderer, meta] = workbook.worksheets;
    if (matrix === undefined || tenderer === undefined || meta === undefined) throw new Error('three sheets');
    expect([matrix.name, tenderer.name, meta.state]).toEqual(['Kravmatris', 'Anbudsgivare', 'veryHidden']);
    expect(meta.getCell('B4').value).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.getCell('B3').value).toBe(spec.id);
    const wcag = rowOf(matrix, 'Tjänsten ska följa WCAG');
    expect(wcag.getCell(4).protection?.locked).not.toBe(false);
    expect(wcag.getCell(8).protection?.locked).toBe(false);
    expect(wcag.getCell(8).dataValidation).toMatchObject({ type: 'list', prompt: 'Välj Ja eller Nej.' });
    expect(rowOf(matrix, 'Data ska lagras').getCell(8).dataValidation).toMatchObject({ type: 'list', prompt: 'Välj om kravet uppfylls.' });
    expect(rowOf(matrix, 'Tillgängligheten').getCell(8).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [99, 100], prompt: 'Ett tal (%) från 99 till 100.' });
    // An attachment cannot travel in a spreadsheet: its row says so and is locked.
    const attachment = rowOf(matrix, 'Leverantören bör bifoga').getCell(8);
    expect([attachment.value, attachment.protection?.locked]).toEqual(['Bifogas separat i anbudet', undefined]);
    expect(tenderer.getCell('A3').value).toBe('Anbudspris exkl. moms (SEK)');
  });

  it('filled in with a spreadsheet library gives the same evaluation as the same answers given in the app', async () => {
    await fillMatrix(dir, 'matris.xlsx', 'ifylld.xlsx');
    const read = await readResponseSource(path.join(dir, 'ifylld.xlsx'), spec);
    expect(read.kind).toBe('answer-matrix');
    expect(read.response.answers).toEqual(answers());
    expect(read.response.supplier).toEqual({ name: 'Billig AB', organisationNumber: '556677-8899' });

    // The buyer's evaluation screen reads it through the same reader, with the hash of the bytes for the record.
    const received = await readReceivedResponse(path.join(dir, 'ifylld.xlsx'), spec, 'sv');
    expect(received.response.answers).toEqual(answers());
    expect(received.sha256).toBe(createHash('sha256').update(await readFile(path.join(dir, 'ifylld.xlsx'))).digest('hex'));

    const fromMatrix = await evaluate(dir, ['ifylld.xlsx']);
    const fromApp = await evaluate(dir, ['app.kravsvar']);
    expect(fromMatrix.code).toBe(0);
    expect(fromMatrix.withoutFiles).toEqual(fromApp.withoutFiles);
    expect(fromMatrix.report.suppliers[0]).toMatchObject({ name: 'Billig AB', rank: 1, mandatoryFailed: [], total: 90, flags: [] });
  });

  it('as semicolon CSV, filled in as text, gives the same evaluation too', async () => {
    expect((await run(['export', 'tender.kravspec', '--format', 'csv', '--lang', 'sv', '--out', 'matris.csv', '--allow-incomplete'], dir)).code).toBe(0);
    const bytes = await readFile(path.join(dir, 'matris.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsvText(decodeCsvBytes(bytes).text, { separator: ';' }).rows;
    expect(rows[0]?.slice(0, 3)).toEqual(['#kravstudio-answer-matrix', '1', spec.id]);
    expect(rows[4]?.slice(0, 2)).toEqual(['Id', 'Nr']);
    rows[1] = [rows[1]?.[0] ?? '', 'Billig AB'];
    rows[2] = [rows[2]?.[0] ?? '', '556677-8899'];
    rows[3] = [rows[3]?.[0] ?? '', '800 000'];
    for (const row of rows.slice(5)) {
      const entry = Object.entries(typed).find(([text]) => (row[4] ?? '').startsWith(text))?.[1];
      if (entry === undefined) continue;
      row[9] = typeof entry.answer === 'number' ? String(entry.answer).replace('.', ',') : String(entry.answer);
      if (entry.comment !== undefined) row[10] = entry.comment;
    }
    await writeFile(path.join(dir, 'ifylld.csv'), `\ufeff${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`);
    const fromCsv = await evaluate(dir, ['ifylld.csv']);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.withoutFiles).toEqual((await evaluate(dir, ['app.kravsvar'])).withoutFiles);
  });

  it('answering another version (the hidden hash edited) is flagged and not ranked, as a .kravsvar is', async () => {
    await fillMatrix(dir, 'matris.xlsx', 'gammal.xlsx', (workbook) => {
      const meta = workbook.getWorksheet('kravstudio');
      if (meta !== undefined) meta.getCell('B4').value = 'a'.repeat(64);
    });
    const { code, report } = await evaluate(dir, ['gammal.xlsx', 'app.kravsvar']);
    expect(code).toBe(0);
    expect(report.suppliers.map((s) => [s.file, s.rank, s.flags.map((flag) => flag.kind)])).toEqual([
      ['app.kravsvar', 1, []],
      ['gammal.xlsx', null, ['specification-mismatch']],
    ]);
  });

  it('refuses an edited id, a text in a number cell, a value out of range, a huge sheet and a file that is no matrix, naming file, sheet, cell and reason', async () => {
    await fillMatrix(dir, 'matris.xlsx', 'id.xlsx', (workbook) => {
      const meta = workbook.getWorksheet('kravstudio');
      if (meta !== undefined) meta.getCell('B10').value = 'NO-SUCH';
    });
    await fillMatrix(dir, 'matris.xlsx', 'text.xlsx', (workbook) => {
      const matrix = workbook.worksheets[0];
      if (matrix !== undefined) rowOf(matrix, 'Tillgängligheten').getCell(8).value = 'ungefär 99';
    });
    await fillMatrix(dir, 'matris.xlsx', 'range.xlsx', (workbook) => {
      const matrix = workbook.worksheets[0];
      if (matrix !== undefined) rowOf(matrix, 'Tillgängligheten').getCell(8).value = 50;
    });
    await fillMatrix(dir, 'matris.xlsx', 'huge.xlsx', (workbook) => {
      const matrix = workbook.worksheets[0];
      if (matrix !== undefined) for (let row = 10; row < 20_010; row += 1) matrix.getCell(row, 9).value = 'x';
    });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Blad1').getCell('A1').value = 'Ja';
    await writeFile(path.join(dir, 'plain.xlsx'), Buffer.from(await plain.xlsx.writeBuffer()));
    await writeFile(path.join(dir, 'junk.xlsx'), 'not a zip');

    const files = ['id.xlsx', 'text.xlsx', 'range.xlsx', 'huge.xlsx', 'plain.xlsx', 'junk.xlsx', 'app.kravsvar'];
    const text = await run(['evaluate', 'tender.kravspec', ...files], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('id.xlsx, blad kravstudio, cell B10: kravet NO-SUCH finns inte i kravspecifikationen.\n');
    expect(text.stdout).toMatch(/text\.xlsx, blad Kravmatris, cell H\d+: ”ungefär 99” är inte ett tal\.\n/);
    expect(text.stdout).toContain('range.xlsx: The answer to "R3" does not fit: the value 50 is below the minimum 99.\n');
    expect(text.stdout).toContain('huge.xlsx: Filen kan inte läsas: The sheet "Kravmatris" has more than 20000 rows.\n');
    expect(text.stdout).toContain('plain.xlsx: Filen är inte en ifylld svarsmatris från Kravstudio: det dolda bladet med kravspecifikationens id och kontrollsumma saknas eller är ändrat.\n');
    expect(text.stdout).toContain('junk.xlsx: Filen kan inte läsas:');
    expect(text.stdout).toContain('app.kravsvar: 1. Billig AB');
    expect(text.stderr).toBe('kravstudio: 6 av svaren avvisades (se ovan); övriga utvärderas.\n');

    const { report } = await evaluate(dir, files);
    expect(report.refused.map((refusal) => [refusal.file, refusal.reason])).toEqual([
      ['id.xlsx', 'answer-matrix-cell'],
      ['text.xlsx', 'answer-matrix-cell'],
      ['huge.xlsx', 'too-many-rows'],
      ['plain.xlsx', 'not-answer-matrix'],
      ['junk.xlsx', 'not-zip'],
      ['range.xlsx', 'tampered'],
    ]);
    const english = await run(['evaluate', 'tender.kravspec', 'text.xlsx'], dir, { LANG: 'en_GB.UTF-8' });
    expect(english.stdout).toMatch(/text\.xlsx, sheet Kravmatris, cell H\d+: "ungefär 99" is not a number\.\n/);
    const norwegian = await run(['evaluate', 'tender.kravspec', 'id.xlsx'], dir, { LANG: 'nb_NO.UTF-8' });
    expect(norwegian.stdout).toContain('id.xlsx, ark kravstudio, celle B10: kravet NO-SUCH finnes ikke i kravspesifikasjonen.\n');
  }, 60_000);
});
