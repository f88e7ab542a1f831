/**
 * Importing a Word specification as a user does it: File › Import… (the
 * home screen's action or the menu command), the open dialog answered with a
 * synthetic DOCX, the import report read before anything is created, then
 * "Create specification" with the save dialog, and the builder showing the
 * requirements with the buyer's numbers. In Swedish and Norwegian; and a
 * file that cannot be imported, named in the message.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { catalogues } from '../../shared/i18n/catalogues';
import { norwegianSpecification, swedishSpecification } from '../support/import-samples';
import { expect, test, type AppHarness } from './fixtures';

const cases = [
  {
    language: 'sv' as const,
    locale: 'sv-SE',
    fileName: 'Kravspecifikation ärendesystem.docx',
    bytes: swedishSpecification,
    summary: '4 krav: ska-krav 3, bör-krav 1',
    notice: ['tabell 1, rad 4', 'Kravtypen ”Kanske” är okänd; tolkad som ska-krav.'],
    numbers: ['K1', 'K2', 'K3', 'K5'],
    noteHeading: '## Inte förstått (3)',
  },
  {
    language: 'nb' as const,
    locale: 'nb-NO',
    fileName: 'Bilag 1 Kravspesifikasjon.docx',
    bytes: norwegianSpecification,
    summary: '4 krav: skal-krav 3, bør-krav 1',
    notice: null,
    numbers: ['1.1', '1.2', '1.3', '1.4'],
    noteHeading: 'Alt i kilden ble forstått.',
  },
];

async function importThroughDialog(app: AppHarness, file: string, text: (typeof catalogues)['sv']): Promise<void> {
  app.data.dialogAnswers.import.push(file);
  await app.page.getByRole('button', { name: text.import.homeAction }).click();
}

for (const sample of cases) {
  const text = catalogues[sample.language];
  test.describe(`import in ${sample.language}`, () => {
    test.use({ preferredLanguages: [sample.locale] });

    test('the report before anything is created, then the specification in the builder', async ({ app }) => {
      const { page } = app;
      const file = path.join(app.data.dataDir, sample.fileName);
      await writeFile(file, sample.bytes());
      await app.open();
      await importThroughDialog(app, file, text);

      const dialog = page.getByRole('dialog', { name: text.import.dialog.title.replace('{{file}}', sample.fileName) });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('listitem').filter({ hasText: sample.summary })).toBeVisible();
      const tables = dialog.getByRole('table', { name: text.import.dialog.tablesCaption });
      await expect(tables.getByRole('row')).toHaveCount(2);
      await expect(tables.getByRole('row').nth(1)).toContainText(sample.language === 'sv' ? 'Nr · Krav · Ska/Bör · Verifiering' : 'Nr · Krav · Skal/Bør · Krav til besvarelse');
      if (sample.notice !== null) {
        const notices = dialog.getByRole('table', { name: text.import.dialog.noticesCaption });
        await expect(notices.getByRole('row').nth(1)).toContainText(sample.notice[0] ?? '');
        await expect(notices.getByRole('row').nth(1)).toContainText(sample.notice[1] ?? '');
      } else {
        await expect(dialog.getByText(text.import.noticesNone)).toBeVisible();
      }
      // The language was told from the text; the jurisdiction follows it.
      await expect(dialog.getByText(text.import.dialog.languageDetected)).toBeVisible();
      await expect(dialog.getByRole('radio', { name: text.languageNames[sample.language] })).toBeChecked();
      // Nothing is written before the user creates the specification.
      expect((await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'))).toEqual([]);
      await app.expectAccessible(`import report dialog (${sample.language})`);
      await app.screenshot(`import-report-${sample.language}`);

      const target = path.join(app.data.documentsDir, 'Importerad');
      app.data.dialogAnswers.save.push(target);
      await dialog.getByRole('button', { name: text.import.dialog.create }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.fileName.replace(/\.docx$/, ''));
      await page
        .getByRole('navigation', { name: text.steps.builder.railLabel })
        .getByRole('button', { name: new RegExp(text.steps.builder.names.requirements) })
        .click();
      const list = page.getByRole('listbox');
      for (const number of sample.numbers) await expect(list.getByRole('option').filter({ hasText: number }).first()).toBeVisible();
      await expect(list.getByRole('option')).toHaveCount(4);

      const note = await readFile(path.join(app.data.documentsDir, 'Importerad.import-report.md'), 'utf8');
      expect(note).toContain(sample.noteHeading);
    });
  });
}

test.describe('import problems', () => {
  test('a file that is not a Word document is named with the reason, and nothing is created', async ({ app }) => {
    const { page } = app;
    const text = catalogues.en;
    const file = path.join(app.data.dataDir, 'Broken.docx');
    await writeFile(file, 'this is not a zip package');
    await app.open();
    await importThroughDialog(app, file, text);
    const alert = page.getByRole('alertdialog', { name: text.import.dialog.problemTitle.replace('{{file}}', 'Broken.docx') });
    await expect(alert).toContainText(text.import.problem['not-zip']);
    await app.expectAccessible('import problem dialog (en)');
    await alert.getByRole('button', { name: text.import.dialog.close }).click();
    await expect(alert).toBeHidden();
    expect(await readdir(app.data.documentsDir)).toEqual([]);
  });

  test('cancel on the report leaves nothing behind; the menu command opens the same dialog', async ({ app }) => {
    const { page } = app;
    const text = catalogues.en;
    const file = path.join(app.data.dataDir, 'Spec.docx');
    await writeFile(file, swedishSpecification());
    await app.open();
    app.data.dialogAnswers.import.push(file);
    await app.emit('menu:command', { command: 'import' });
    const dialog = page.getByRole('dialog', { name: text.import.dialog.title.replace('{{file}}', 'Spec.docx') });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: text.import.dialog.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => app.data.context.imports.size).toBe(0);
    expect(await readdir(app.data.documentsDir)).toEqual([]);
  });
});

test.describe('spreadsheet import in sv', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('an XLSX requirement matrix: the report says how its columns were read, then the specification with the buyer numbers', async ({ app }) => {
    const { page } = app;
    const text = catalogues.sv;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kravmatris');
    sheet.addRow(['Bilaga 2 – Kravmatris']);
    sheet.addRow([]);
    sheet.addRow(['Kravnr', 'Kravtext', 'Typ']);
    sheet.addRow(['K-1', 'Systemet ska logga alla inloggningar.', 'A']);
    sheet.addRow(['K-2', 'Systemet bör kunna exportera loggar.', 'V']);
    sheet.addRow(['K-3', 'Svarstiden ska vara under två sekunder och kortare ger poäng.', 'AV']);
    const file = path.join(app.data.dataDir, 'Kravmatris.xlsx');
    await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    await app.open();
    await importThroughDialog(app, file, text);

    const dialog = page.getByRole('dialog', { name: text.import.dialog.title.replace('{{file}}', 'Kravmatris.xlsx') });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: '3 krav: ska-krav 1, bör-krav 1' })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: text.import.columnsHeading })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'kolumn C ”Typ” → typ (A, V, AV)' })).toBeVisible();
    await app.expectAccessible('import report dialog for a spreadsheet (sv)');
    await app.screenshot('import-report-spreadsheet-sv');

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
});
