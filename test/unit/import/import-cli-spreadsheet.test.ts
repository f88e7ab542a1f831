/**
 * `kravstudio import` for requirement matrices: an XLSX made here with
 * exceljs (a title above, the header on row 3, an A/V/AV type column) and a
 * semicolon CSV in Windows-1252 from older Excel. Without --mapping the
 * columns are guessed and the report says how; --save-mapping writes that
 * mapping, and --mapping with it imports the next file the same way. A bad
 * mapping file is wrong use (exit 2) with the reason; hostile spreadsheets
 * exit 1 with one line naming the file.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { parseSpecificationBytes } from '../../../shared/specification/document-file';
import type { Specification } from '../../../shared/specification/model';

async function readSpecification(file: string): Promise<Specification> {
  const read = parseSpecificationBytes(await readFile(file));
  if (!read.ok) throw new Error(read.problem.message);
  return read.specification;
}

async function run(argv: string[], cwd: string, lang = 'en_GB.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { LANG: lang }, cwd, now: () => new Date('2026-12-07T10:00:00Z') });
  return { code, stdout, stderr };
}

/** A matrix as e-procurement platforms give them: a title, an empty row, then the header on row 3. */
async function matrix(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kravmatris');
  sheet.addRow(['Bilaga 2 – Kravmatris']);
  sheet.addRow([]);
  sheet.addRow(['Kravnr', 'Kravtext', 'Typ', 'Leverantörens svar']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const windows1252 = (text: string): Uint8Array => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));

describe('kravstudio import of a spreadsheet', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-import-sheet-cli-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('guesses the columns of an XLSX, says how in the report, saves the mapping, and imports the next matrix with it', async () => {
    await writeFile(
      path.join(dir, 'matris-2026.xlsx'),
      await matrix([
        ['K-1', 'Systemet ska logga alla inloggningar.', 'A', ''],
        ['K-2', 'Systemet bör kunna exportera loggar.', 'V', ''],
        ['K-3', 'Svarstiden ska vara under 2 sekunder, kortare ger poäng.', 'AV', ''],
        ['K-4', 'Mörkt tema', '?', ''],
      ]),
    );
    const first = await run(['import', 'matris-2026.xlsx', '--out', 'ny', '--lang', 'sv', '--save-mapping', 'matris.json'], dir, 'sv_SE.UTF-8');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('3 krav: ska-krav 1, bör-krav 1');
    expect(first.stdout).toContain('Kolumnkoppling:');
    expect(first.stdout).toContain('kolumn A ”Kravnr” → nummer');
    expect(first.stdout).toContain('kolumn B ”Kravtext” → kravtext');
    expect(first.stdout).toContain('kolumn C ”Typ” → typ (A, V, AV)');
    expect(first.stdout).toContain('blad ”Kravmatris”, rad 7: Kravtypen ”?” är okänd och texten har inget ska: inte importerad. “Mörkt tema”');
    expect(first.stdout).toContain(`Kolumnkopplingen sparad som ${path.join(dir, 'matris.json')}`);
    const created = await readSpecification(path.join(dir, 'ny.kravspec'));
    expect(created.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation])).toEqual([
      ['K-1', 'mandatory'],
      ['K-2', 'evaluated'],
      ['K-3', 'minimum-and-evaluated'],
    ]);
    const note = await readFile(path.join(dir, 'ny.import-report.md'), 'utf8');
    expect(note).toContain('## Kolumnkoppling');
    expect(note).toContain('**blad ”Kravmatris”, rad 7**');

    const saved = JSON.parse(await readFile(path.join(dir, 'matris.json'), 'utf8')) as { headerRow: number; sheet: string };
    expect(saved).toMatchObject({ version: 1, sheet: 'Kravmatris', headerRow: 2 });

    // Next year's matrix has headers nobody would guess; the saved mapping reads it anyway.
    const next = new ExcelJS.Workbook();
    const sheet = next.addWorksheet('Kravmatris');
    sheet.addRow(['Bilaga 2 – Kravmatris 2027']);
    sheet.addRow([]);
    sheet.addRow(['Id', 'Beskrivning', 'Kategori', 'Svar']);
    sheet.addRow(['K-10', 'Leverantören ska ha ISO 27001.', 'A', '']);
    sheet.addRow(['K-11', 'Utbildning av användare.', 'V', '']);
    await writeFile(path.join(dir, 'matris-2027.xlsx'), Buffer.from(await next.xlsx.writeBuffer()));
    const second = await run(['import', 'matris-2027.xlsx', '--out', 'nästa', '--lang', 'sv', '--mapping', 'matris.json', '--json'], dir);
    expect(second.code).toBe(0);
    const json = JSON.parse(second.stdout) as { report: { source: string; requirements: number; requirementTables: { name?: string }[] } };
    expect(json.report).toMatchObject({ source: 'spreadsheet', requirements: 2, requirementTables: [{ name: 'Kravmatris' }] });
    const reused = await readSpecification(path.join(dir, 'nästa.kravspec'));
    expect(reused.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation, requirement.text.sv])).toEqual([
      ['K-10', 'mandatory', 'Leverantören ska ha ISO 27001.'],
      ['K-11', 'evaluated', 'Utbildning av användare.'],
    ]);
  });

  it('imports a semicolon CSV in Windows-1252 with a saved mapping, in Norwegian', async () => {
    const mapping = { version: 1, sheet: 0, headerRow: 1, columns: [{ column: 0, field: 'number' }, { column: 1, field: 'text' }, { column: 2, field: 'obligation' }, { column: 3, field: 'responseInstruction' }] };
    await writeFile(path.join(dir, 'kobling.json'), JSON.stringify(mapping));
    await writeFile(
      path.join(dir, 'Kravliste.csv'),
      windows1252('Kravliste for saksbehandling;;;\r\nNr;Beskrivelse;Skal/Bør;Besvarelse\r\n1.1;Løsningen skal støtte BankID og ID-porten;Skal;Beskriv løsningen\r\n1.2;"Løsningen bør ha:\r\n- mørk modus\r\n- store bokstaver";Bør;\r\n'),
    );
    const result = await run(['import', 'Kravliste.csv', '--out', 'krav', '--lang', 'nb', '--jurisdiction', 'no', '--mapping', 'kobling.json'], dir, 'nb_NO.UTF-8');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 krav: skal-krav 1, bør-krav 1');
    const created = await readSpecification(path.join(dir, 'krav.kravspec'));
    expect(created.title).toBe('Kravliste for saksbehandling');
    expect(created.jurisdiction).toBe('no');
    expect(created.requirements.map((requirement) => requirement.fixedNumber)).toEqual(['1.1', '1.2']);
    expect(created.requirements[0]?.text.nb).toBe('Løsningen skal støtte BankID og ID-porten');
    expect(created.requirements[0]?.responseInstruction?.nb).toBe('Beskriv løsningen');
    expect(created.requirements[1]?.text.nb).toContain('mørk modus');
  });

  it('refuses a mapping file that cannot be used as wrong use, with the reason, and writes nothing', async () => {
    await writeFile(path.join(dir, 'matris.xlsx'), await matrix([['K-1', 'Systemet ska logga.', 'A', '']]));
    await writeFile(path.join(dir, 'ingen-text.json'), JSON.stringify({ version: 1, sheet: 0, headerRow: 2, columns: [{ column: 0, field: 'number' }] }));
    await writeFile(path.join(dir, 'trasig.json'), '{ "version": 1, ');
    await writeFile(path.join(dir, 'stor.json'), ' '.repeat(300 * 1024));
    const cases: [string, RegExp][] = [
      ['ingen-text.json', /One column must be the requirement text/],
      ['trasig.json', /The mapping is not JSON/],
      ['stor.json', /larger than a column mapping may be/],
      ['saknas.json', /does not exist/],
    ];
    for (const [file, reason] of cases) {
      const result = await run(['import', 'matris.xlsx', '--out', 'ut', '--lang', 'sv', '--mapping', file], dir);
      expect(result.code, file).toBe(2);
      expect(result.stderr, file).toContain(`--mapping ${file}`);
      expect(result.stderr, file).toMatch(reason);
    }
    expect((await readdir(dir)).filter((name) => name.endsWith('.kravspec') || name.endsWith('.md'))).toEqual([]);
  });

  it('refuses hostile spreadsheets with one line naming the file and the reason', async () => {
    // A zip whose one entry unpacks to 300 MB of zeros: refused from the zip's own directory, before anything is unpacked.
    await writeFile(path.join(dir, 'bomb.xlsx'), zipSync({ 'xl/workbook.xml': new Uint8Array(300 * 1024 * 1024) }, { level: 9 }));
    await writeFile(path.join(dir, 'text.xlsx'), 'Nr;Krav\n1;Systemet ska logga\n');
    // A password-protected workbook is an OLE compound file, not a zip.
    await writeFile(path.join(dir, 'locked.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    await writeFile(path.join(dir, 'huge.csv'), Buffer.alloc(60 * 1024 * 1024, 'a'));
    await writeFile(path.join(dir, 'wide.csv'), `Nr;Krav${';x'.repeat(1_000_000)}\n`);
    await writeFile(path.join(dir, 'bara-rubriker.csv'), 'Nr;Krav;Typ\n');
    const cases: [string, string][] = [
      ['bomb.xlsx', 'unpacks to far more than a workbook'],
      ['text.xlsx', 'not a zip package'],
      ['locked.xlsx', 'without a password'],
      ['huge.csv', 'larger than a spreadsheet to import may be (50 MB)'],
      ['wide.csv', 'more columns than an import reads'],
      ['bara-rubriker.csv', 'No row under the header was read as a requirement'],
    ];
    for (const [file, reason] of cases) {
      const result = await run(['import', file, '--out', `ut-${file}`.replace(/\.\w+$/, ''), '--lang', 'sv'], dir);
      expect(result.code, file).toBe(1);
      expect(result.stdout, file).toContain(`${file}: `);
      expect(result.stdout, file).toContain(reason);
      expect(result.stdout.trim().split('\n'), file).toHaveLength(1);
    }
    expect((await readdir(dir)).filter((name) => name.endsWith('.kravspec') || name.endsWith('.md'))).toEqual([]);
  });
});
