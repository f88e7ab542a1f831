/**
 * The mapping step's files over IPC: a spreadsheet whose guessed columns give
 * no requirement waits in the mapping step (and nothing is created from it),
 * "Save mapping…" writes the CLI's MAPPING.json where the save dialog says,
 * "Use a saved mapping…" reads one the open dialog names (bounded, checked,
 * named when refused) and imports the sheet again with it. The paths never
 * go to the window.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { maxMappingBytes } from '../../../electron/services/import/mapping-file';
import { KravstudioError } from '../../../shared/errors';
import { parseColumnMapping } from '../../../shared/import/table';
import { createTestContext, type TestContext } from '../../support/test-context';

/** A matrix whose "Kravtext" column is empty: the requirement texts are under "Leverantörens svar" (a platform that exported them there). */
async function misleadingMatrix(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Krav');
  sheet.addRow(['Nr', 'Kravtext', 'Leverantörens svar', 'Ska/Bör']);
  sheet.addRow(['1', '', 'Systemet ska logga alla inloggningar.', 'Ska']);
  sheet.addRow(['2', '', 'Systemet bör kunna exportera loggar.', 'Bör']);
  sheet.addRow(['3', '', 'Svarstiden ska vara under två sekunder.', 'Ska']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(promise: Promise<unknown>): Promise<KravstudioError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof KravstudioError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the mapping step over IPC', () => {
  let data: TestContext;
  let sources: string;
  let file: string;

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources'), autosaveDelayMs: 600_000 });
    sources = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-import-mapping-'));
    file = path.join(sources, 'Kravlista.xlsx');
    await writeFile(file, await misleadingMatrix());
  });

  afterEach(async () => {
    for (const session of data.context.documents.sessions()) await data.context.documents.close(session.sessionId);
    await data.dispose();
    await rm(sources, { recursive: true, force: true });
  });

  async function choose() {
    data.dialogAnswers.import.push(file);
    const pending = await handlers['import:choose'](data.context, { path: null });
    if (pending === null) throw new Error('cancelled');
    return pending;
  }

  it('keeps a spreadsheet without requirements under the guess waiting for its columns, and creates nothing from it', async () => {
    const pending = await choose();
    expect(pending.report.requirements).toBe(0);
    expect(pending.spreadsheet?.mapping.columns.find((entry) => entry.field === 'text')?.header).toBe('Kravtext');
    data.dialogAnswers.save.push(path.join(data.documentsDir, 'Tom'));
    expect(await refusal(handlers['import:create'](data.context, { importId: pending.importId, language: 'sv', jurisdiction: 'se' }))).toMatchObject({ problem: 'sheet-no-requirements' });
    expect(data.context.documents.sessions()).toHaveLength(0);
  });

  it('saves the chosen mapping as the CLI reads it, and uses it again for the next import of the file', async () => {
    const pending = await choose();
    const guessed = pending.spreadsheet?.mapping;
    if (guessed === undefined) throw new Error('no mapping');
    const chosen = { ...guessed, columns: [...guessed.columns.filter((entry) => entry.column !== 1 && entry.column !== 2), { column: 2, header: 'Leverantörens svar', field: 'text' as const }].sort((a, b) => a.column - b.column) };
    const remapped = await handlers['import:remap'](data.context, { importId: pending.importId, mapping: chosen });
    expect(remapped.report.requirements).toBe(3);

    // The save dialog suggests a name beside the documents; the user's answer gets .json.
    const target = path.join(sources, 'Plattformens kolumner');
    data.dialogAnswers.mappingSave.push(target);
    expect(await handlers['import:saveMapping'](data.context, { importId: pending.importId, mapping: chosen })).toEqual({ fileName: 'Plattformens kolumner.json' });
    const saved = parseColumnMapping(await readFile(`${target}.json`, 'utf8'));
    expect(saved).toEqual({ ok: true, mapping: chosen });
    // The path was never handed to the window.
    await expect(data.context.grants.authorise(`${target}.json`)).rejects.toBeInstanceOf(KravstudioError);

    // The next file from the platform: the guess finds nothing; the saved mapping does.
    const next = await choose();
    expect(next.report.requirements).toBe(0);
    data.dialogAnswers.mappingFile.push(`${target}.json`);
    const used = await handlers['import:useMapping'](data.context, { importId: next.importId });
    expect(used?.report.requirements).toBe(3);
    expect(used?.spreadsheet?.mapping).toEqual(chosen);
    data.dialogAnswers.save.push(path.join(data.documentsDir, 'Loggning'));
    const created = await handlers['import:create'](data.context, { importId: next.importId, language: 'sv', jurisdiction: 'se' });
    if (created?.document.kind !== 'specification') throw new Error('no specification');
    expect(created.document.specification.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation])).toEqual([
      ['1', 'mandatory'],
      ['2', 'evaluated'],
      ['3', 'mandatory'],
    ]);
  });

  it('answers null when a dialog is cancelled, and refuses a file that is not a mapping, naming it', async () => {
    const pending = await choose();
    const mapping = pending.spreadsheet?.mapping;
    if (mapping === undefined) throw new Error('no mapping');
    expect(await handlers['import:saveMapping'](data.context, { importId: pending.importId, mapping })).toBeNull();
    expect(await handlers['import:useMapping'](data.context, { importId: pending.importId })).toBeNull();

    const hostile: [string, string | Uint8Array, RegExp, string][] = [
      ['inte-json.json', '{ "version": 1, ', /not JSON/, 'invalid'],
      ['fel-version.json', JSON.stringify({ version: 2, sheet: 0, headerRow: 0, columns: [] }), /cannot be used/, 'invalid'],
      ['utan-text.json', JSON.stringify({ version: 1, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'number' }] }), /requirement text/, 'invalid'],
      ['latin1.json', new Uint8Array([0x7b, 0xe5, 0x7d]), /not UTF-8/, 'not-utf8'],
      ['stor.json', `{"version":1,"pad":"${'x'.repeat(maxMappingBytes)}"}`, /larger than a column mapping/, 'too-large'],
    ];
    for (const [name, bytes, reason, code] of hostile) {
      const mappingFile = path.join(sources, name);
      await writeFile(mappingFile, bytes);
      data.dialogAnswers.mappingFile.push(mappingFile);
      const error = await refusal(handlers['import:useMapping'](data.context, { importId: pending.importId }));
      expect(error, name).toMatchObject({ code: 'BAD_DOCUMENT', problem: 'mapping-file', file: mappingFile });
      expect(error.message, name).toMatch(reason);
      expect(error.message, name).toContain(name);
      // The reason as a code, for the window to word in the reader's language.
      expect(error.details, name).toEqual([{ path: 'reason', message: code }]);
    }
    data.dialogAnswers.mappingFile.push(sources);
    expect(await refusal(handlers['import:useMapping'](data.context, { importId: pending.importId }))).toMatchObject({ problem: 'mapping-file' });
  });

  it('refuses to save or use a mapping for an import that is not waiting', async () => {
    const mapping = { version: 1 as const, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'text' as const }] };
    expect((await refusal(handlers['import:saveMapping'](data.context, { importId: 'no-such-import', mapping }))).code).toBe('NOT_FOUND');
    expect((await refusal(handlers['import:useMapping'](data.context, { importId: 'no-such-import' }))).code).toBe('NOT_FOUND');
  });
});
