/**
 * The export format registry: what it offers and refuses, DOCX behind it
 * unchanged, and a format added in this test only, exported from the CLI and
 * through the IPC handlers with nothing else changed.
 */
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../electron/cli';
import { handlers } from '../../electron/handlers';
import { createDispatcher } from '../../electron/ipc';
import { appOrigin } from '../../electron/security';
import { DocumentExports } from '../../electron/services/document-export';
import { exportSpecificationDocx } from '../../electron/services/docx';
import { docxFormat } from '../../electron/services/export-formats/docx';
import type { ExportFormat } from '../../electron/services/export-formats/format';
import { builtInExportFormats, builtInFormats, ExportFormatRegistry } from '../../electron/services/export-formats/registry';
import { TemplateLibraryStore } from '../../electron/services/template-library';
import { KravstudioError } from '../../shared/errors';
import type { ExportChoices } from '../../shared/export-choices';
import { loadSpecification, richFixturePath } from '../support/large-specification';
import { createTestContext, type TestContext } from '../support/test-context';
import { registryWithToyFormat, toyFormat } from '../support/toy-export-format';
import { unzipParts } from '../support/word-package';

const templatesDir = path.resolve(import.meta.dirname, '..', '..', 'templates');
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const clock = { now: () => new Date('2026-11-28T09:00:00Z') };
const rich = loadSpecification(richFixturePath);
const richIds = rich.requirements.map((requirement) => requirement.id);

const needsAProgram: ExportFormat = {
  ...toyFormat,
  id: 'needs-program',
  availability: async () => ({ available: false, reason: { sv: 'LibreOffice saknas.', nb: 'LibreOffice mangler.', en: 'LibreOffice is not installed.' } }),
};

async function cli(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, templatesDir, now: clock.now, ...io });
  return { code, stdout, stderr };
}

/** word/document.xml without the relationship and bookmark ids, which count on from one export to the next. */
function documentXml(bytes: Uint8Array): string {
  return (unzipParts(bytes).get('word/document.xml') ?? '')
    .replace(/r:(id|embed)="[^"]*"/g, '')
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/(<w:bookmark(Start|End)[^>]*w:id=")\d+/g, '$1');
}

describe('the export format registry', () => {
  it('offers DOCX out of the box, named in the UI language, with every export choice', async () => {
    const registry = builtInExportFormats();
    expect(registry.ids()).toEqual(['docx', 'pdf', 'xlsx', 'csv']);
    const [sv] = await registry.summaries('sv');
    expect(sv).toEqual({
      id: 'docx',
      extension: 'docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      name: 'Word-dokument (DOCX)',
      description: expect.stringContaining('Word och LibreOffice') as string,
      unavailableReason: null,
      choices: ['guidanceAnnex', 'responseForm', 'responseFormAppended', 'ssa', 'omitEmptyChapters'],
    });
    expect((await registry.summaries('en'))[0]?.name).toBe('Word documents (DOCX)');
  });

  it('refuses an entry without a name in every language, a bad id or extension, and two formats with one id', () => {
    const withoutNorwegian = { ...toyFormat, name: { sv: 'Text', en: 'Text' } } as unknown as ExportFormat;
    expect(() => new ExportFormatRegistry([withoutNorwegian])).toThrow(/name\.nb/);
    expect(() => new ExportFormatRegistry([{ ...toyFormat, id: 'Id List' }])).toThrow(/idlist|Id List/);
    expect(() => new ExportFormatRegistry([{ ...toyFormat, extension: '.txt' }])).toThrow(/extension/);
    expect(() => new ExportFormatRegistry([...builtInFormats, { ...toyFormat, id: 'docx' }])).toThrow(/Two export formats/);
    expect(() => new ExportFormatRegistry([])).toThrow(/at least one/);
  });

  it('says why a format cannot be written on this computer, and names the known ones for an unknown id', async () => {
    const registry = new ExportFormatRegistry([docxFormat, needsAProgram]);
    expect((await registry.summaries('nb'))[1]).toMatchObject({ id: 'needs-program', unavailableReason: 'LibreOffice mangler.' });
    await expect(registry.usable('needs-program', 'en')).rejects.toMatchObject({ code: 'NOT_ALLOWED', message: 'LibreOffice is not installed.' });
    const unknown = await registry.usable('odt', 'en').catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(KravstudioError);
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: 'choices.format', message: 'one of docx, needs-program' }] });
  });
});

// The CLI's export first runs the preflight (the quality checker's first run loads its rules): seconds on a loaded machine.
describe('DOCX behind the registry', { timeout: 30_000 }, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-export-formats-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the same document as the DOCX writer given the input the app built before, from the app and from the CLI', async () => {
    const store = new TemplateLibraryStore({ shippedDir: templatesDir, userDataDir: path.join(dir, 'userData') });
    const library = await store.load();
    const direct = await exportSpecificationDocx({
      specification: rich,
      standards: library.standards,
      library,
      options: { language: 'en', guidanceAnnex: true, ssa: null, version: '1.0', date: clock.now(), appendResponseForm: false },
    });
    const choices: ExportChoices = { format: 'docx', language: 'en', guidanceAnnex: true, responseForm: false, responseFormAppended: false, ssa: null };
    await new DocumentExports({ templates: store, clock }).run(rich, choices, path.join(dir, 'app.docx'), () => undefined);
    expect((await cli(['export', richFixturePath, '--format', 'docx', '--lang', 'en', '--guidance', '--out', 'cli', '--allow-incomplete'], { cwd: dir })).code).toBe(0);
    const expected = documentXml(direct);
    expect(expected.length).toBeGreaterThan(10_000);
    // Compared as a boolean: a failure would otherwise print the whole document twice.
    expect(documentXml(new Uint8Array(await readFile(path.join(dir, 'app.docx')))) === expected).toBe(true);
    expect(documentXml(new Uint8Array(await readFile(path.join(dir, 'cli.docx')))) === expected).toBe(true);
  });
});

describe('the export service and a format', () => {
  it('refuses files from a format that does not put the chosen file first, and writes none of them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-bad-format-'));
    try {
      const twoMainFiles: ExportFormat = {
        ...toyFormat,
        id: 'two-main-files',
        write: async () => [0, 1].map(() => ({ part: 'document' as const, suffix: null, bytes: new Uint8Array([1]) })),
      };
      const exports = new DocumentExports({ clock, formats: new ExportFormatRegistry([twoMainFiles]) });
      const choices: ExportChoices = { format: 'two-main-files', language: 'sv', guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null };
      await expect(exports.run(rich, choices, path.join(dir, 'x.txt'), () => undefined)).rejects.toThrow(/chosen file first/);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('kravstudio export --format', { timeout: 30_000 }, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-cli-format-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('exports DOCX when no format is given, adding the extension', async () => {
    // Without the library the fixture's standards are unknown to the preflight, so the export has to be allowed.
    const result = await cli(['export', richFixturePath, '--out', 'plain', '--allow-incomplete'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.endsWith(`Wrote ${path.join(dir, 'plain.docx')}\n`)).toBe(true);
  });

  it('refuses an unknown format with exit 2, listing the known ones in the terminal language', async () => {
    const result = await cli(['export', richFixturePath, '--format', 'odt', '--out', 'x'], { cwd: dir, env: { LANG: 'sv_SE.UTF-8' } });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'kravstudio: det finns inget exportformat "odt" (kända format: docx, pdf, xlsx, csv)\n' });
    const nb = await cli(['export', richFixturePath, '--format', 'odt', '--out', 'x'], { cwd: dir, env: { LANG: 'nb_NO.UTF-8' }, exportFormats: registryWithToyFormat() });
    expect(nb.stderr).toBe('kravstudio: det finnes ikke noe eksportformat «odt» (kjente formater: docx, pdf, xlsx, csv, idlist)\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it('lists the formats in the help, and refuses a format this computer cannot write', async () => {
    const help = await cli(['--help'], { exportFormats: registryWithToyFormat() });
    expect(help.stdout).toContain('[--format docx|pdf|xlsx|csv|idlist]');
    expect(help.stdout).toContain('known formats: docx (Word documents (DOCX)), pdf (PDF documents (via LibreOffice)), xlsx (Requirement matrix (XLSX)), csv (Answer matrix (CSV, semicolon)), idlist (Requirement id list (text))');
    expect((await cli(['--help'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toContain('kända format: docx (Word-dokument (DOCX)), pdf (PDF-dokument (via LibreOffice))');
    expect((await cli(['--help'], { env: { LANG: 'nb_NO.UTF-8' } })).stdout).toContain('kjente formater: docx (Word-dokumenter (DOCX)), pdf (PDF-dokumenter (via LibreOffice))');
    // The command is right but this computer lacks the program: exit 1, not a usage error.
    const result = await cli(['export', richFixturePath, '--format', 'needs-program', '--out', 'x'], { cwd: dir, exportFormats: new ExportFormatRegistry([docxFormat, needsAProgram]) });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'kravstudio: needs-program cannot be written on this computer: LibreOffice is not installed.\n' });
  });

  it('a format added in the test exports from the CLI, with the options it uses and none it does not', async () => {
    const exportFormats = registryWithToyFormat();
    const result = await cli(['export', richFixturePath, '--format', 'idlist', '--response-form', '--out', 'ids', '--allow-incomplete'], { cwd: dir, exportFormats });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.endsWith(`Wrote ${path.join(dir, 'ids.txt')}\nWrote ${path.join(dir, 'ids – answers.txt')}\n`)).toBe(true);
    expect(await readFile(path.join(dir, 'ids.txt'), 'utf8')).toBe(`${richIds.join('\n')}\n`);
    expect((await readFile(path.join(dir, 'ids – answers.txt'), 'utf8')).split('\n')[0]).toBe(`${richIds[0]}: `);

    const guidance = await cli(['export', richFixturePath, '--format', 'idlist', '--guidance', '--out', 'g'], { cwd: dir, exportFormats });
    expect(guidance).toEqual({ code: 2, stdout: '', stderr: 'kravstudio: --guidance does not apply to the idlist format (see kravstudio --help)\n' });
    expect((await readdir(dir)).sort()).toEqual(['ids – answers.txt', 'ids.txt']);
  });
});

describe('a format added in the test, through the IPC handlers', () => {
  let data: TestContext;
  const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };
  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources'), clock, exportFormats: registryWithToyFormat() });
  });
  afterEach(() => data.dispose());

  it('is offered by export:formats and exported by export:run; every file it writes can be opened', async () => {
    const dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin], logError: () => undefined });
    const call = async (channel: Parameters<typeof dispatch>[1], input: unknown): Promise<unknown> => {
      const result = await dispatch(appFrame, channel, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    };
    const file = path.join(data.documentsDir, 'E-arkiv.kravspec');
    await copyFile(path.join(fixtures, 'rich.kravspec'), file);
    data.dialogAnswers.open.push(file);
    const { sessionId } = (await call('document:open', { path: null })) as { sessionId: string };

    const formats = (await call('export:formats', undefined)) as { id: string; name: string; choices: string[] }[];
    expect(formats.map(({ id, name, choices }) => ({ id, name, choices }))).toEqual([
      { id: 'docx', name: 'Word documents (DOCX)', choices: ['guidanceAnnex', 'responseForm', 'responseFormAppended', 'ssa', 'omitEmptyChapters'] },
      { id: 'pdf', name: 'PDF documents (via LibreOffice)', choices: ['guidanceAnnex', 'responseForm', 'responseFormAppended', 'ssa', 'omitEmptyChapters', 'pdfa'] },
      { id: 'xlsx', name: 'Requirement matrix (XLSX)', choices: [] },
      { id: 'csv', name: 'Answer matrix (CSV, semicolon)', choices: [] },
      { id: 'idlist', name: 'Requirement id list (text)', choices: ['responseForm'] },
    ]);

    const choices = { ...((await call('export:choices', { sessionId })) as ExportChoices), format: 'idlist', responseForm: true };
    data.dialogAnswers.export.push(path.join(data.documentsDir, 'Ids'));
    const result = await call('export:run', { sessionId, choices });
    const target = path.join(data.documentsDir, 'Ids.txt');
    const answers = path.join(data.documentsDir, 'Ids – answers.txt');
    expect(result).toEqual({ path: target, responseFormPath: answers, files: [target, answers] });
    expect(data.exportDialogs.at(-1)?.filter).toEqual({ name: 'Requirement id list (text)', extensions: ['txt'] });
    expect(path.extname(data.exportDialogs.at(-1)?.defaultPath ?? '')).toBe('.txt');
    expect(await readFile(target, 'utf8')).toBe(`${richIds.join('\n')}\n`);
    expect(data.exportProgress.at(-1)).toBe(1);

    await call('export:open', { path: target });
    await call('export:open', { path: answers });
    expect(data.openedPaths).toEqual([target, answers]);
    // The format chosen is remembered with the other choices.
    expect(await call('export:choices', { sessionId })).toMatchObject({ format: 'idlist', responseForm: true });
  });

  it('refuses a format that is not registered before asking where to save', async () => {
    const dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin], logError: () => undefined });
    const created = await dispatch(appFrame, 'document:create', { title: 'T', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' });
    if (!created.ok) throw new Error('not created');
    const { sessionId } = created.value as { sessionId: string };
    const choices = { format: 'odt', language: 'sv', guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null };
    const result = await dispatch(appFrame, 'export:run', { sessionId, choices });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(data.exportDialogs).toEqual([]);
  });
});
