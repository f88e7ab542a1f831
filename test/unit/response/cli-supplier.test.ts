/** `kravstudio respond` and `kravstudio evaluate` on real files in a temporary folder. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { readResponseFile, writeResponseFile } from '../../../electron/services/response-file';
import { profileKind } from '../../../shared/response/profile';
import { serializeSpecification } from '../../../shared/specification/document-file';
import { goodAnswers, profileWith, responseTo, reusable, smallTender } from '../../support/supplier-responses';

async function run(argv: string[], cwd: string, env: Record<string, string> = { LANG: 'en_GB.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, now: () => new Date('2026-06-01T09:00:00Z') });
  return { code, stdout, stderr };
}

describe('kravstudio respond and evaluate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-supplier-'));
    const spec = smallTender();
    await writeFile(path.join(dir, 'tender.kravspec'), serializeSpecification(spec));
    const profile = profileWith([
      reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.1 AA.', { kind: 'yes-no', value: true }),
      reusable('DATA-EEA-01', 'Data ska lagras inom Norden.', { kind: 'compliance', complies: 'yes' }),
    ]);
    await writeFile(path.join(dir, 'company.kravprofil'), profileKind.serialize(profile));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('respond writes a response pre-filled from the profile and lists the answers to check', async () => {
    const result = await run(['respond', 'tender.kravspec', '--profile', 'company.kravprofil', '--out', 'svar', '--supplier', 'Molnbyrån Sverige AB'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('R2: the text differs from the one the profile answered');
    expect(result.stdout).toMatch(/svar\.kravsvar: 1 answers filled in from the profile, 1 to check, 0 attachments to add\.\n$/);
    const { response } = await readResponseFile(path.join(dir, 'svar.kravsvar'));
    expect(response.supplier.name).toBe('Molnbyrån Sverige AB');
    expect(response.answers).toEqual({ R1: { kind: 'yes-no', value: true } });
    expect((await run(['respond', 'tender.kravspec', '--profile', 'company.kravprofil', '--out', 'svar'], dir)).code).toBe(2);
  });

  it('evaluate prints the ranking, and with --json the shape the issue gives', async () => {
    const spec = smallTender();
    const older = structuredClone(spec);
    const fourth = spec.requirements[3];
    if (fourth === undefined) throw new Error('the tender has six requirements');
    older.requirements[3] = { ...fourth, text: { sv: 'En äldre formulering.' } };
    await writeResponseFile(path.join(dir, 'a.kravsvar'), responseTo(spec, 'Billig AB', goodAnswers(), 800_000));
    await writeResponseFile(path.join(dir, 'b.kravsvar'), responseTo(spec, 'Nej AB', { ...goodAnswers(), R1: { kind: 'yes-no', value: false } }, 500_000));
    await writeResponseFile(path.join(dir, 'c.kravsvar'), responseTo(older, 'Gammal AB', goodAnswers(), 700_000));
    const text = await run(['evaluate', 'tender.kravspec', 'a.kravsvar', 'b.kravsvar', 'c.kravsvar'], dir, { LANG: 'sv_SE.UTF-8' });
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')).toEqual([
      'a.kravsvar: 1. Billig AB; totalt 90 poäng; kvalitetspoäng 30, avdrag 0 kr',
      'b.kravsvar: - Nej AB (inte rangordnad); kvalitetspoäng 30, avdrag 0 kr; ska-krav som inte uppfylls: R1',
      'c.kravsvar: - Gammal AB (inte rangordnad); svarar på en annan version av specifikationen',
      '',
    ]);
    const json = await run(['evaluate', 'tender.kravspec', 'a.kravsvar', 'b.kravsvar', 'c.kravsvar', '--json'], dir);
    const report = JSON.parse(json.stdout) as { suppliers: { name: string; rank: number | null; mandatoryFailed: string[]; total?: number | null; flags: { kind: string; message: string }[] }[] };
    expect(report.suppliers.map(({ name, rank, mandatoryFailed, total, flags }) => ({ name, rank, mandatoryFailed, total, flags: flags.map((f) => f.kind) }))).toEqual([
      { name: 'Billig AB', rank: 1, mandatoryFailed: [], total: 90, flags: [] },
      { name: 'Nej AB', rank: null, mandatoryFailed: ['R1'], total: null, flags: ['mandatory-failed'] },
      { name: 'Gammal AB', rank: null, mandatoryFailed: [], total: null, flags: ['specification-mismatch'] },
    ]);
    expect(await readdir(dir)).toEqual(['a.kravsvar', 'b.kravsvar', 'c.kravsvar', 'company.kravprofil', 'tender.kravspec']);
  });

  it('evaluate refuses an edited response naming the file and the reason, exit 1, and evaluates the others', async () => {
    const spec = smallTender();
    await writeResponseFile(path.join(dir, 'a.kravsvar'), responseTo(spec, 'Billig AB', goodAnswers(), 800_000));
    await writeResponseFile(path.join(dir, 'edited.kravsvar'), responseTo(spec, 'Ändrad AB', { ...goodAnswers(), 'NO-SUCH': { kind: 'yes-no', value: true } }, 1));
    await writeFile(path.join(dir, 'junk.kravsvar'), 'not a zip');
    const result = await run(['evaluate', 'tender.kravspec', 'a.kravsvar', 'edited.kravsvar', 'junk.kravsvar', 'missing.kravsvar'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('junk.kravsvar: The file is not a zip package.\n');
    expect(result.stdout).toContain('missing.kravsvar: $: the file does not exist\n');
    expect(result.stdout).toContain('edited.kravsvar: An answer is given to the requirement "NO-SUCH", which the specification does not have.\n');
    expect(result.stdout).toContain('a.kravsvar: 1. Billig AB');
    expect(result.stderr).toBe('kravstudio: 3 of the responses were refused (listed above); the others are evaluated.\n');
  });

  it('usage errors exit 2', async () => {
    expect((await run(['evaluate', 'tender.kravspec'], dir)).code).toBe(2);
    expect((await run(['respond', 'tender.kravspec', '--out', 'x.kravsvar'], dir)).code).toBe(2);
    expect((await run(['respond', 'tender.kravspec', '--profile', 'company.kravprofil', '--out', 'x.docx'], dir)).code).toBe(2);
  });
});
