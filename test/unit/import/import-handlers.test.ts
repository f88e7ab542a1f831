/**
 * The app's import over IPC, with the real handlers: the open dialog's file
 * is read and reported, nothing is written until the user creates the
 * specification where the save dialog says, a cancel leaves nothing behind,
 * and paths the window names itself are refused.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { maxPendingImports } from '../../../electron/services/import/pending-imports';
import { KravstudioError } from '../../../shared/errors';
import { createTestContext, type TestContext } from '../../support/test-context';
import { norwegianSpecification, swedishSpecification, wordlessSpecification } from '../../support/import-samples';

describe('import over IPC', () => {
  let data: TestContext;
  let sources: string;

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources'), autosaveDelayMs: 600_000 });
    sources = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-import-sources-'));
    await writeFile(path.join(sources, 'Kravspec.docx'), swedishSpecification());
    await writeFile(path.join(sources, 'Bilag.docx'), norwegianSpecification());
  });

  afterEach(async () => {
    for (const session of data.context.documents.sessions()) await data.context.documents.close(session.sessionId);
    await data.dispose();
    await rm(sources, { recursive: true, force: true });
  });

  async function refusal(promise: Promise<unknown>): Promise<KravstudioError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!(error instanceof KravstudioError)) throw new Error(`expected a typed refusal, got ${String(error)}`);
    return error;
  }

  it('reports the chosen file and writes nothing until the user creates the specification', async () => {
    data.dialogAnswers.import.push(path.join(sources, 'Kravspec.docx'));
    const pending = await handlers['import:choose'](data.context, { path: null });
    expect(pending).toMatchObject({ fileName: 'Kravspec.docx', kind: 'word', language: { value: 'sv', detected: true }, jurisdiction: 'se' });
    expect(pending?.report.requirements).toBe(4);
    expect(pending?.report.notices.map((notice) => notice.at)).toEqual([
      { kind: 'table-row', table: 1, row: 4 },
      { kind: 'table-row', table: 1, row: 5 },
      { kind: 'table', table: 2 },
    ]);
    expect(await readdir(data.documentsDir)).toEqual([]);

    const target = path.join(data.documentsDir, 'Ärendesystem');
    data.dialogAnswers.save.push(target);
    const created = await handlers['import:create'](data.context, { importId: pending?.importId ?? '', language: 'sv', jurisdiction: 'se' });
    expect(created?.document.path).toBe(`${target}.kravspec`);
    expect(created?.note).toBe(path.join(data.documentsDir, 'Ärendesystem.import-report.md'));
    expect(created?.document.kind === 'specification' ? created.document.specification.requirements.length : 0).toBe(4);
    expect(await readFile(created?.note ?? '', 'utf8')).toContain('## Inte förstått (3)');
    expect((await readdir(data.documentsDir)).sort()).toEqual(['Ärendesystem.import-report.md', 'Ärendesystem.kravspec']);
    // The import is done: it cannot be created twice.
    expect((await refusal(handlers['import:create'](data.context, { importId: pending?.importId ?? '', language: 'sv', jurisdiction: 'se' }))).code).toBe('NOT_FOUND');
  });

  it('makes the specification in the language and jurisdiction the user chose', async () => {
    await writeFile(path.join(sources, 'kort.docx'), wordlessSpecification());
    data.dialogAnswers.import.push(path.join(sources, 'kort.docx'));
    const pending = await handlers['import:choose'](data.context, { path: null });
    expect(pending?.language).toEqual({ value: 'en', detected: false });
    data.dialogAnswers.save.push(path.join(data.documentsDir, 'kort.kravspec'));
    const created = await handlers['import:create'](data.context, { importId: pending?.importId ?? '', language: 'nb', jurisdiction: 'no' });
    const document = created?.document;
    if (document?.kind !== 'specification') throw new Error('no specification');
    expect([document.specification.primaryLanguage, document.specification.jurisdiction]).toEqual(['nb', 'no']);
    expect(document.specification.requirements[0]?.text['nb']).toBe('API');
    expect(await readFile(path.join(data.documentsDir, 'kort.import-report.md'), 'utf8')).toMatch(/^# Importrapport: /);
  });

  it('a cancelled open dialog, save dialog or import leaves nothing behind', async () => {
    expect(await handlers['import:choose'](data.context, { path: null })).toBeNull();
    data.dialogAnswers.import.push(path.join(sources, 'Bilag.docx'));
    const pending = await handlers['import:choose'](data.context, { path: null });
    const importId = pending?.importId ?? '';
    // The save dialog cancelled: still waiting, nothing written.
    expect(await handlers['import:create'](data.context, { importId, language: 'nb', jurisdiction: 'no' })).toBeNull();
    expect(data.context.imports.has(importId)).toBe(true);
    await handlers['import:cancel'](data.context, { importId });
    expect(data.context.imports.size).toBe(0);
    expect(await readdir(data.documentsDir)).toEqual([]);
    expect((await refusal(handlers['import:create'](data.context, { importId, language: 'nb', jurisdiction: 'no' }))).code).toBe('NOT_FOUND');
  });

  it('keeps only the last few imports waiting; an older one must be imported again', async () => {
    const ids: string[] = [];
    for (let round = 0; round < maxPendingImports + 1; round += 1) {
      data.dialogAnswers.import.push(path.join(sources, 'Kravspec.docx'));
      ids.push((await handlers['import:choose'](data.context, { path: null }))?.importId ?? '');
    }
    expect(data.context.imports.size).toBe(maxPendingImports);
    expect((await refusal(handlers['import:create'](data.context, { importId: ids[0] ?? '', language: 'sv', jurisdiction: 'se' }))).code).toBe('NOT_FOUND');
    expect(data.context.imports.has(ids.at(-1) ?? '')).toBe(true);
  });

  it('refuses paths the window was never given, before reading them', async () => {
    for (const requested of [path.join(sources, 'Kravspec.docx'), '/etc/passwd', 'relative.docx', '\\\\server\\share\\x.docx']) {
      const error = await refusal(handlers['import:choose'](data.context, { path: requested }));
      expect([error.code, error.problem]).toEqual(['NOT_ALLOWED', 'path-not-allowed']);
    }
  });

  it('names the file and the reason for a file it cannot import', async () => {
    await writeFile(path.join(sources, 'trasig.docx'), 'not a zip at all');
    await mkdir(path.join(sources, 'mapp.docx'));
    await writeFile(path.join(sources, 'matris.xlsx'), 'PK');
    await writeFile(path.join(sources, 'bild.png'), 'x');
    const expected: [string, string][] = [
      ['trasig.docx', 'not-zip'],
      ['mapp.docx', 'not-a-file'],
      ['matris.xlsx', 'sheet-not-zip'],
      ['bild.png', 'unknown-kind'],
    ];
    for (const [name, problem] of expected) {
      data.dialogAnswers.import.push(path.join(sources, name));
      const error = await refusal(handlers['import:choose'](data.context, { path: null }));
      expect([error.file, error.problem], name).toEqual([path.join(sources, name), problem]);
    }
    expect(data.context.imports.size).toBe(0);
  });
});
