/**
 * A spreadsheet imported in the app over IPC: import:choose answers with the
 * report under the guessed mapping and a preview of the sheets for the
 * mapping step; import:remap imports the same sheets again under the mapping
 * the user chose (one column's field changed), and import:create makes the
 * specification from that, with the mapping in its revision note.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { KravstudioError } from '../../../shared/errors';
import { createTestContext, type TestContext } from '../../support/test-context';

async function matrix(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kravmatris');
  sheet.addRow(['Bilaga 2 – Kravmatris']);
  sheet.addRow([]);
  sheet.addRow(['Kravnr', 'Kravtext', 'Typ', 'Kommentar']);
  sheet.addRow(['K-1', 'Systemet ska logga alla inloggningar.', 'A', 'Beskriv loggningen.']);
  sheet.addRow(['K-2', 'Systemet bör kunna exportera loggar.', 'V', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('spreadsheet import over IPC', () => {
  let data: TestContext;
  let sources: string;

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources'), autosaveDelayMs: 600_000 });
    sources = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-import-sheets-'));
    await writeFile(path.join(sources, 'Kravmatris.xlsx'), await matrix());
  });

  afterEach(async () => {
    for (const session of data.context.documents.sessions()) await data.context.documents.close(session.sessionId);
    await data.dispose();
    await rm(sources, { recursive: true, force: true });
  });

  it('previews the sheets with the guessed mapping, imports again with the chosen one, and creates the specification from it', async () => {
    data.dialogAnswers.import.push(path.join(sources, 'Kravmatris.xlsx'));
    const pending = await handlers['import:choose'](data.context, { path: null });
    if (pending === null) throw new Error('cancelled');
    expect(pending).toMatchObject({ kind: 'spreadsheet', fileName: 'Kravmatris.xlsx', report: { source: 'spreadsheet', requirements: 2, responseInstructions: 0 } });
    expect(pending.spreadsheet?.sheets[0]).toMatchObject({ name: 'Kravmatris' });
    expect(pending.spreadsheet?.sheets[0]?.rows[2]).toEqual(['Kravnr', 'Kravtext', 'Typ', 'Kommentar']);
    const guessed = pending.spreadsheet?.mapping;
    if (guessed === undefined) throw new Error('no mapping');
    expect(guessed).toMatchObject({ sheet: 'Kravmatris', headerRow: 2 });

    // The user says the comment column is the instruction to the tenderer.
    const chosen = { ...guessed, columns: [...guessed.columns.filter((entry) => entry.column !== 3), { column: 3, header: 'Kommentar', field: 'responseInstruction' as const }] };
    const remapped = await handlers['import:remap'](data.context, { importId: pending.importId, mapping: chosen });
    expect(remapped.importId).toBe(pending.importId);
    expect(remapped.report).toMatchObject({ requirements: 2, responseInstructions: 1 });
    expect(remapped.report.columns).toContainEqual({ column: 3, header: 'Kommentar', field: 'responseInstruction' });
    expect(remapped.spreadsheet?.mapping).toEqual(chosen);

    data.dialogAnswers.save.push(path.join(data.documentsDir, 'Loggning'));
    const created = await handlers['import:create'](data.context, { importId: pending.importId, language: 'sv', jurisdiction: 'se' });
    const document = created?.document;
    if (document?.kind !== 'specification') throw new Error('no specification');
    expect(document.specification.requirements.map((requirement) => [requirement.fixedNumber, requirement.responseInstruction?.sv])).toEqual([
      ['K-1', 'Beskriv loggningen.'],
      ['K-2', undefined],
    ]);
    const note = await readFile(created?.note ?? '', 'utf8');
    expect(note).toContain('## Kolumnkoppling');
    expect(note).toContain('kolumn D ”Kommentar” → instruktion till anbudsgivaren');
  });

  it('refuses a mapping under which no row is a requirement, naming the file, and keeps the import waiting', async () => {
    data.dialogAnswers.import.push(path.join(sources, 'Kravmatris.xlsx'));
    const pending = await handlers['import:choose'](data.context, { path: null });
    if (pending === null) throw new Error('cancelled');
    const error = await handlers['import:remap'](data.context, { importId: pending.importId, mapping: { version: 1, sheet: 'Kravmatris', headerRow: 40, columns: [{ column: 1, field: 'text' }] } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KravstudioError);
    expect(error).toMatchObject({ file: path.join(sources, 'Kravmatris.xlsx'), problem: 'sheet-no-requirements' });
    const again = await handlers['import:remap'](data.context, { importId: pending.importId, mapping: pending.spreadsheet?.mapping ?? { version: 1, sheet: 0, headerRow: 0, columns: [] } });
    expect(again.report.requirements).toBe(2);
    expect(await handlers['import:remap'](data.context, { importId: 'no-such-import', mapping: pending.spreadsheet?.mapping ?? { version: 1, sheet: 0, headerRow: 0, columns: [] } }).catch((caught: unknown) => (caught as KravstudioError).code)).toBe('NOT_FOUND');
  });
});
