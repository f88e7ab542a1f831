/**
 * The column mapping of a spreadsheet import as a buyer uses it: the import
 * dialog shows the sheet's first rows with the field guessed for each
 * column above the report; choosing another field for a column reads the
 * sheet again and the report follows; "Save mapping…" writes MAPPING.json;
 * the specification is created from what the report says. A sheet in which
 * the guess finds no requirement is not refused: the mapping step says why,
 * Create waits, and "Use a saved mapping…" makes it importable.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseColumnMapping } from '../../shared/import/table';
import { expect, test, type AppHarness } from './fixtures';

const text = catalogues.sv;
const mappingText = text.tableImport.mapping;

async function writeMatrix(file: string, header: string[], rows: string[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kravmatris');
  sheet.addRow(['Bilaga 2 – Kravmatris']);
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function importFile(app: AppHarness, file: string) {
  app.data.dialogAnswers.import.push(file);
  await app.page.getByRole('button', { name: text.import.homeAction }).click();
  const dialog = app.page.getByRole('dialog', { name: text.import.dialog.title.replace('{{file}}', path.basename(file)) });
  await expect(dialog).toBeVisible();
  return dialog;
}

const fieldOf = (column: string): string => mappingText.columnField.replace('{{column}}', column);

test.describe('the column mapping step in sv', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('a column given another field changes the report; the mapping is saved; the specification has the requirements', async ({ app }) => {
    const { page } = app;
    const file = path.join(app.data.dataDir, 'Kravmatris.xlsx');
    await writeMatrix(
      file,
      ['Kravnr', 'Kravtext', 'Typ', 'Kommentar'],
      [
        ['K-1', 'Systemet ska logga alla inloggningar.', 'A', 'Beskriv loggningen.'],
        ['K-2', 'Systemet bör kunna exportera loggar.', 'V', ''],
        ['K-3', 'Svarstiden ska vara under två sekunder och kortare ger poäng.', 'AV', 'Bifoga mätresultat.'],
      ],
    );
    await app.open();
    const dialog = await importFile(app, file);

    // The guess, above the report: the comment column is not imported.
    await expect(dialog.getByRole('heading', { name: mappingText.heading })).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: fieldOf('B') })).toHaveValue('text');
    const columnD = dialog.getByRole('combobox', { name: fieldOf('D') });
    await expect(columnD).toHaveValue('ignore');
    await expect(dialog.getByRole('region', { name: mappingText.preview }).getByRole('cell', { name: 'Beskriv loggningen.' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: '3 krav: ska-krav 1, bör-krav 1' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: '0 svarsinstruktioner' })).toBeVisible();

    // Keyboard only: to the field of column D, and the instruction chosen.
    await columnD.focus();
    await columnD.selectOption('responseInstruction');
    await expect(dialog.getByRole('listitem').filter({ hasText: '2 svarsinstruktioner' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'kolumn D ”Kommentar” → instruktion till anbudsgivaren' })).toBeVisible();
    await app.expectAccessible('import dialog with the column mapping step (sv)');
    await app.screenshot('import-mapping-step-sv');

    const saved = path.join(app.data.dataDir, 'Plattformens kolumner');
    app.data.dialogAnswers.mappingSave.push(saved);
    await dialog.getByRole('button', { name: mappingText.save }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Plattformens kolumner.json' })).toBeVisible();
    const mapping = parseColumnMapping(await readFile(`${saved}.json`, 'utf8'));
    expect(mapping.ok && mapping.mapping.columns.map((entry) => entry.field)).toEqual(['number', 'text', 'type', 'responseInstruction']);

    app.data.dialogAnswers.save.push(path.join(app.data.documentsDir, 'Kravmatris'));
    await dialog.getByRole('button', { name: text.import.dialog.create }).click();
    await expect(dialog).toBeHidden();
    await page
      .getByRole('navigation', { name: text.steps.builder.railLabel })
      .getByRole('button', { name: new RegExp(text.steps.builder.names.requirements) })
      .click();
    const list = page.getByRole('listbox');
    for (const number of ['K-1', 'K-2', 'K-3']) await expect(list.getByRole('option').filter({ hasText: number }).first()).toBeVisible();
    await expect(list.getByRole('option')).toHaveCount(3);
  });

  test('a sheet without requirements under the guess waits in the mapping step until a saved mapping is used', async ({ app }) => {
    const file = path.join(app.data.dataDir, 'Kravlista.xlsx');
    await writeMatrix(
      file,
      ['Nr', 'Kravtext', 'Leverantörens svar'],
      [
        ['1', '', 'Systemet ska logga alla inloggningar.'],
        ['2', '', 'Systemet bör kunna exportera loggar.'],
      ],
    );
    const saved = path.join(app.data.dataDir, 'kolumner.json');
    await writeFile(saved, JSON.stringify({ version: 1, sheet: 'Kravmatris', headerRow: 2, columns: [{ column: 0, field: 'number' }, { column: 2, field: 'text' }] }));
    await app.open();
    const dialog = await importFile(app, file);
    await expect(dialog.getByText(mappingText.noRequirements)).toBeVisible();
    const create = dialog.getByRole('button', { name: text.import.dialog.create });
    await expect(create).toBeDisabled();
    await app.expectAccessible('import dialog for a sheet without requirements under the guess (sv)');
    await app.screenshot('import-mapping-no-requirements-sv');

    app.data.dialogAnswers.mappingFile.push(saved);
    await dialog.getByRole('button', { name: mappingText.use }).click();
    await expect(dialog.getByText(mappingText.used)).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: fieldOf('C') })).toHaveValue('text');
    await expect(dialog.getByRole('listitem').filter({ hasText: '2 krav: ska-krav 1, bör-krav 1' })).toBeVisible();
    await expect(dialog.getByText(mappingText.noRequirements)).toHaveCount(0);
    await expect(create).toBeEnabled();
  });
});
