/**
 * `kravstudio import`: a Word document becomes a specification file and a
 * revision note beside it; the report is printed in the terminal's language;
 * wrong use exits 2, a file that cannot be imported exits 1 naming it, and
 * nothing is written unless everything went right.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { parseSpecificationBytes } from '../../../shared/specification/document-file';
import type { Specification } from '../../../shared/specification/model';
import { norwegianSpecification, proseOnlyDocument, swedishSpecification, wordlessSpecification } from '../../support/import-samples';

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

describe('kravstudio import', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-import-cli-'));
    await writeFile(path.join(dir, 'Kravspec.docx'), swedishSpecification());
    await writeFile(path.join(dir, 'Bilag 1.docx'), norwegianSpecification());
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the specification and its revision note, and prints the report in the terminal language', async () => {
    const result = await run(['import', 'Kravspec.docx', '--out', 'ny'], dir, 'sv_SE.UTF-8');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Språk: svenska (avgjort ur texten)');
    expect(result.stdout).toContain('4 krav: ska-krav 3, bör-krav 1');
    expect(result.stdout).toContain('4 krav behåller beställarens nummer');
    expect(result.stdout).toContain('tabell 1: Nr | Krav | Ska/Bör | Verifiering (4 krav)');
    expect(result.stdout).toContain('tabell 1, rad 4: Kravtypen ”Kanske” är okänd; tolkad som ska-krav.');
    expect(result.stdout).toContain('tabell 1, rad 5: En rad utan kravtext: inte importerad.');
    expect(result.stdout).toContain('tabell 2: Inte en kravtabell');
    expect(result.stdout).toContain(`Skapade ${path.join(dir, 'ny.kravspec')}`);

    const specification = await readSpecification(path.join(dir, 'ny.kravspec'));
    expect(specification.primaryLanguage).toBe('sv');
    expect(specification.jurisdiction).toBe('se');
    expect(specification.requirements.map((requirement) => requirement.fixedNumber)).toEqual(['K1', 'K2', 'K3', 'K5']);
    expect(specification.revisions.at(-1)?.summary).toBe('Importerad från Kravspec.docx: 4 krav, 3 saker som inte förstods (se ny.import-report.md)');

    const note = await readFile(path.join(dir, 'ny.import-report.md'), 'utf8');
    expect(note).toMatch(/^# Importrapport: /);
    expect(note).toContain('Importerad från Kravspec.docx den 7 december 2026 (Word-dokument).');
    expect(note).toContain('| tabell 1 | Nr · Krav · Ska/Bör · Verifiering | 4 |');
    expect(note).toContain('- **tabell 1, rad 4**: Kravtypen ”Kanske” är okänd; tolkad som ska-krav. “Leverantören ska utbilda användarna.”');
    expect(note).toContain('## Inte förstått (3)');
  });

  it('writes the note in the document language even when the terminal speaks another', async () => {
    const result = await run(['import', 'Bilag 1.docx', '--out', 'bilag.kravspec'], dir, 'en_GB.UTF-8');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Language: Norwegian (bokmål) (detected from the text)');
    expect(result.stdout).toContain('4 requirements: mandatory 3, evaluated 1');
    expect(result.stdout).toContain('1 cross-reference');
    const note = await readFile(path.join(dir, 'bilag.import-report.md'), 'utf8');
    expect(note).toContain('## Gjenkjent');
    expect(note).toContain('Alt i kilden ble forstått.');
    const specification = await readSpecification(path.join(dir, 'bilag.kravspec'));
    expect(specification.jurisdiction).toBe('no');
  });

  it('--lang and --jurisdiction override what the text says; --json gives the report as data', async () => {
    const result = await run(['import', 'Kravspec.docx', '--out', 'eng', '--lang', 'en', '--jurisdiction', 'eu', '--json'], dir);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { language: string; languageDetected: boolean; report: { requirements: number; source: string } };
    expect(printed).toMatchObject({ language: 'en', languageDetected: false, report: { requirements: 4, source: 'word' } });
    const specification = await readSpecification(path.join(dir, 'eng.kravspec'));
    expect([specification.primaryLanguage, specification.jurisdiction]).toEqual(['en', 'eu']);
  });

  it('asks for --lang when the text does not tell the language', async () => {
    await writeFile(path.join(dir, 'kort.docx'), wordlessSpecification());
    const result = await run(['import', 'kort.docx', '--out', 'kort'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give --lang sv, nb or en');
    expect(await readdir(dir)).not.toContain('kort.kravspec');
    expect((await run(['import', 'kort.docx', '--out', 'kort', '--lang', 'en'], dir)).code).toBe(0);
  });

  it('usage errors exit 2 and write nothing', async () => {
    const before = (await readdir(dir)).sort();
    for (const argv of [
      ['import'],
      ['import', 'Kravspec.docx'],
      ['import', 'Kravspec.docx', '--out', 'x.docx'],
      ['import', 'Kravspec.docx', '--out', 'x', '--lang', 'de'],
      ['import', 'Kravspec.docx', '--out', 'x', '--jurisdiction', 'dk'],
      ['import', 'Kravspec.docx', '--out', 'x', '--mapping', 'm.json'],
      ['import', 'Kravspec.pdf', '--out', 'x'],
      ['import', 'Kravspec.docx', 'extra', '--out', 'x'],
    ]) {
      const result = await run(argv, dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('never overwrites the document or its note without --force', async () => {
    expect((await run(['import', 'Kravspec.docx', '--out', 'a'], dir)).code).toBe(0);
    const again = await run(['import', 'Kravspec.docx', '--out', 'a'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('a.kravspec');
    // Only the note is in the way: still refused, and the document is not written.
    await rm(path.join(dir, 'a.kravspec'));
    expect((await run(['import', 'Kravspec.docx', '--out', 'a'], dir)).code).toBe(2);
    expect(await readdir(dir)).not.toContain('a.kravspec');
    expect((await run(['import', 'Kravspec.docx', '--out', 'a', '--force'], dir)).code).toBe(0);
  });

  it('a file that cannot be imported exits 1 with one line naming it and the reason', async () => {
    await writeFile(path.join(dir, 'text.docx'), 'this is not a zip');
    await writeFile(path.join(dir, 'prosa.docx'), proseOnlyDocument());
    await writeFile(path.join(dir, 'locked.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    await mkdir(path.join(dir, 'folder.docx'));
    await writeFile(path.join(dir, 'matrix.xlsx'), 'PK');
    const cases: [string, string][] = [
      ['text.docx', 'it is not a zip package'],
      ['prosa.docx', 'No requirement table'],
      ['locked.docx', 'protected by a password'],
      ['folder.docx', 'It is not a file'],
      ['missing.docx', 'does not exist'],
      ['matrix.xlsx', 'not an Excel workbook'],
    ];
    for (const [file, reason] of cases) {
      const result = await run(['import', file, '--out', `out-${file}`.replace(/\.\w+$/, ''), '--lang', 'sv'], dir);
      expect(result.code, file).toBe(1);
      expect(result.stdout, file).toMatch(new RegExp(`^${file.replace('.', '\\.')}: .*${reason}`));
      expect(result.stdout.trim().split('\n'), file).toHaveLength(1);
    }
    expect((await readdir(dir)).filter((name) => name.endsWith('.kravspec') || name.endsWith('.md'))).toEqual([]);
  });

  it('is listed in --help', async () => {
    const result = await run(['--help'], dir);
    expect(result.stdout).toContain('import FILE.docx --out FILE.kravspec');
    expect(result.stdout).toContain('NAME.import-report.md');
  });
});
