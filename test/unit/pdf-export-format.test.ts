/**
 * The PDF entry of the export registry without LibreOffice itself: where
 * LibreOffice is looked for, what the dialog and the CLI say when it is
 * missing, what the conversion is handed (the DOCX of the same choices, PDF/A
 * when asked), and how a conversion that hangs, fails or is cancelled ends.
 */
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { docxFormat } from '../../electron/services/export-formats/docx';
import type { ExportJob } from '../../electron/services/export-formats/format';
import { createPdfFormat } from '../../electron/services/export-formats/pdf';
import { ExportFormatRegistry } from '../../electron/services/export-formats/registry';
import { convertDocxToPdf, type ConvertOptions } from '../../electron/services/libreoffice/convert';
import { candidates, locateLibreOffice } from '../../electron/services/libreoffice/locate';
import type { ExportChoices } from '../../shared/export-choices';
import { loadSpecification, richFixturePath } from '../support/large-specification';

const rich = loadSpecification(richFixturePath);
const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');
const missing = () => ({ found: false as const, named: null });
const choices: ExportChoices = { format: 'pdf', language: 'sv', guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null };
const job = (overrides: Partial<ExportChoices> = {}): ExportJob => ({ specification: rich, choices: { ...choices, ...overrides }, library: null, date: new Date('2026-11-28T09:00:00Z') });
const hooks = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('where LibreOffice is looked for', () => {
  const only = (existing: readonly string[]) => (candidate: string) => existing.includes(candidate);

  it('uses the program KRAVSTUDIO_SOFFICE names, and only that one', () => {
    const env = { KRAVSTUDIO_SOFFICE: '/home/a/lo/program/soffice', PATH: '/usr/bin' };
    expect(locateLibreOffice({ env, platform: 'linux', isFile: only(['/home/a/lo/program/soffice', '/usr/bin/soffice']) })).toEqual({ found: true, program: '/home/a/lo/program/soffice' });
    expect(locateLibreOffice({ env, platform: 'linux', isFile: only(['/usr/bin/soffice']) })).toEqual({ found: false, named: '/home/a/lo/program/soffice' });
  });

  it('finds soffice or libreoffice on the PATH before the usual places, and the vendor packages in /opt', () => {
    expect(locateLibreOffice({ env: { PATH: '/home/a/bin:/usr/bin' }, platform: 'linux', isFile: only(['/home/a/bin/libreoffice', '/usr/bin/soffice']) })).toEqual({ found: true, program: '/home/a/bin/libreoffice' });
    const opt = candidates({ env: {}, platform: 'linux', listDir: () => ['libreoffice7.6', 'libreoffice24.8', 'other'] });
    expect(opt).toContain('/opt/libreoffice24.8/program/soffice');
    expect(opt).not.toContain('/opt/other/program/soffice');
    expect(locateLibreOffice({ env: { PATH: '' }, platform: 'linux', isFile: only(['/usr/lib/libreoffice/program/soffice']), listDir: () => [] })).toEqual({
      found: true,
      program: '/usr/lib/libreoffice/program/soffice',
    });
  });

  it('knows the macOS application and the Windows program folders', () => {
    expect(locateLibreOffice({ env: { PATH: '/usr/bin' }, platform: 'darwin', isFile: only(['/Applications/LibreOffice.app/Contents/MacOS/soffice']) })).toMatchObject({ found: true });
    const windows = { Path: 'C:\\Windows', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    expect(locateLibreOffice({ env: windows, platform: 'win32', isFile: only(['C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']) })).toEqual({
      found: true,
      program: 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    });
  });

  it('finds nothing where nothing is installed, and ignores relative PATH entries', () => {
    expect(locateLibreOffice({ env: { PATH: 'bin:.' }, platform: 'linux', isFile: () => false, listDir: () => [] })).toEqual({ found: false, named: null });
    expect(candidates({ env: { PATH: 'bin:.' }, platform: 'linux', listDir: () => [] }).some((candidate) => !candidate.startsWith('/'))).toBe(false);
  });
});

describe('the PDF format entry', () => {
  it('is offered with the DOCX choices and PDF/A; without LibreOffice it is listed as unavailable, saying how to get it', async () => {
    const registry = new ExportFormatRegistry([docxFormat, createPdfFormat({ locate: missing })]);
    const [, en] = await registry.summaries('en');
    expect(en).toMatchObject({ id: 'pdf', extension: 'pdf', mimeType: 'application/pdf', name: 'PDF documents (via LibreOffice)', choices: ['guidanceAnnex', 'responseForm', 'responseFormAppended', 'ssa', 'omitEmptyChapters', 'pdfa'] });
    expect(en?.unavailableReason).toContain('LibreOffice is not installed');
    expect(en?.unavailableReason).toContain('libreoffice.org');
    expect(en?.unavailableReason).toContain('KRAVSTUDIO_SOFFICE');
    expect((await registry.summaries('sv'))[1]?.unavailableReason).toContain('LibreOffice är inte installerat');
    expect((await registry.summaries('nb'))[1]?.unavailableReason).toContain('LibreOffice er ikke installert');
    await expect(registry.usable('pdf', 'nb')).rejects.toMatchObject({ code: 'NOT_ALLOWED', message: expect.stringContaining('LibreOffice er ikke installert') as string });
    const named = createPdfFormat({ locate: () => ({ found: false, named: '/nowhere/soffice' }) });
    expect(await named.availability()).toMatchObject({ available: false, reason: { en: expect.stringContaining('/nowhere/soffice') as string } });
    expect(await createPdfFormat({ locate: () => ({ found: true, program: '/usr/bin/soffice' }) }).availability()).toEqual({ available: true });
  });

  it('converts the DOCX of the same choices, each file of the export, as PDF/A-2b only when asked', async () => {
    const seen: { magic: string; options: ConvertOptions }[] = [];
    const format = createPdfFormat({
      locate: () => ({ found: true, program: '/opt/lo/soffice' }),
      convert: async (docx, options) => {
        seen.push({ magic: new TextDecoder().decode(docx.subarray(0, 2)), options });
        return new TextEncoder().encode(`%PDF-1.7 ${seen.length}`);
      },
    });
    const progress: number[] = [];
    const plain = await format.write(job(), { signal: new AbortController().signal, onProgress: (fraction) => progress.push(fraction) });
    expect(plain.map((file) => [file.part, file.suffix, new TextDecoder().decode(file.bytes)])).toEqual([['document', null, '%PDF-1.7 1']]);
    expect(seen[0]).toMatchObject({ magic: 'PK', options: { program: '/opt/lo/soffice', version: 'pdf' } });
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((fraction, index) => index === 0 || fraction >= (progress[index - 1] ?? 0))).toBe(true);

    const archived = await format.write(job({ pdfa: true, responseForm: true }), hooks());
    expect(archived.map((file) => [file.part, file.suffix])).toEqual([
      ['document', null],
      ['responseForm', 'svarsformulär'],
    ]);
    expect(seen.slice(1).map((call) => call.options.version)).toEqual(['pdfa-2b', 'pdfa-2b']);
  });

  it('refuses to write when LibreOffice has gone since the dialog opened', async () => {
    await expect(createPdfFormat({ locate: missing }).write(job(), hooks())).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });
});

describe('kravstudio export --format pdf', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-cli-pdf-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const cli = async (argv: string[], exportFormats: ExportFormatRegistry, env: Record<string, string> = {}) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, templatesDir, cwd: dir, exportFormats });
    return { code, stdout, stderr };
  };

  it('exits 1 with the reason when LibreOffice is missing, in the terminal language, and writes nothing', async () => {
    const formats = new ExportFormatRegistry([docxFormat, createPdfFormat({ locate: missing })]);
    const result = await cli(['export', richFixturePath, '--format', 'pdf', '--pdfa', '--out', 'x'], formats);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^kravstudio: pdf cannot be written on this computer: LibreOffice is not installed\..*libreoffice\.org/);
    expect((await cli(['export', richFixturePath, '--format', 'pdf', '--out', 'x'], formats, { LANG: 'nb_NO.UTF-8' })).stderr).toContain('LibreOffice er ikke installert');
    expect(await readdir(dir)).toEqual([]);
  });

  it('passes --pdfa to the format, and refuses it for DOCX', async () => {
    const versions: string[] = [];
    const formats = new ExportFormatRegistry([
      docxFormat,
      createPdfFormat({
        locate: () => ({ found: true, program: 'soffice' }),
        convert: async (_docx, options) => {
          versions.push(options.version);
          return new TextEncoder().encode('%PDF-1.7');
        },
      }),
    ]);
    expect(await cli(['export', richFixturePath, '--format', 'pdf', '--pdfa', '--out', 'archive'], formats)).toEqual({ code: 0, stdout: `Wrote ${path.join(dir, 'archive.pdf')}\n`, stderr: '' });
    expect(await cli(['export', richFixturePath, '--format', 'pdf', '--out', 'plain'], formats)).toMatchObject({ code: 0 });
    expect(versions).toEqual(['pdfa-2b', 'pdf']);
    expect(await cli(['export', richFixturePath, '--pdfa', '--out', 'word'], formats)).toEqual({ code: 2, stdout: '', stderr: 'kravstudio: --pdfa does not apply to the docx format (see kravstudio --help)\n' });
    expect((await cli(['--help'], formats)).stdout).toContain('--pdfa: with --format pdf, write PDF/A-2b for archiving.');
  });
});

describe.skipIf(process.platform === 'win32')('a conversion that does not go well', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-convert-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** A stand-in for soffice: a shell script. */
  async function program(script: string): Promise<string> {
    const file = path.join(dir, 'soffice');
    await writeFile(file, `#!/bin/sh\n${script}\n`);
    await chmod(file, 0o755);
    return file;
  }
  const docx = new Uint8Array([0x50, 0x4b, 3, 4]);
  const tempFolders = async () => (await readdir(os.tmpdir())).filter((name) => name.startsWith('kravstudio-pdf-')).length;

  it('kills LibreOffice and what it started when it hangs past the time limit', async () => {
    const before = await tempFolders();
    const hanging = await program('sleep 30 & sleep 30');
    const error = await convertDocxToPdf(docx, { program: hanging, version: 'pdf', signal: new AbortController().signal, timeoutMs: 300 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'IO_FAILED', message: expect.stringContaining('did not finish within') as string });
    expect(await tempFolders()).toBe(before);
  });

  it('stops at once when the user cancels', async () => {
    const controller = new AbortController();
    const pending = convertDocxToPdf(docx, { program: await program('sleep 30'), version: 'pdf', signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says so when LibreOffice writes no PDF, writes something else, reports a failure, or cannot be started', async () => {
    const signal = new AbortController().signal;
    await expect(convertDocxToPdf(docx, { program: await program('echo "source file could not be loaded" >&2'), version: 'pdf', signal })).rejects.toThrow(/wrote no PDF\. source file could not be loaded/);
    // The macro's arguments are file URLs; the stand-in writes where the second one points.
    const target = 'target=$(echo "$8" | sed -e \'s|^.*","file://\\([^"]*document.pdf\\)".*$|\\1|\'); ';
    await expect(convertDocxToPdf(docx, { program: await program(`${target}echo hello > "$target"`), version: 'pdf', signal })).rejects.toThrow(/not a PDF/);
    await expect(convertDocxToPdf(docx, { program: await program(`${target}head -c 2000 /dev/zero > "$target"`), version: 'pdf', signal, maxBytes: 1000 })).rejects.toThrow(/2000 bytes, more than the 1000 allowed/);
    const failure = 'failure=$(echo "$8" | sed -e \'s|^.*","file://\\([^"]*failure.txt\\)".*$|\\1|\'); echo "line 9: Object variable not set." > "$failure"';
    await expect(convertDocxToPdf(docx, { program: await program(failure), version: 'pdf', signal })).rejects.toThrow(/line 9: Object variable not set\./);
    await expect(convertDocxToPdf(docx, { program: path.join(dir, 'no-such-program'), version: 'pdf', signal })).rejects.toThrow(/could not be started \(ENOENT\)/);
  });
});
