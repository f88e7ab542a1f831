import { existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { locateLibreOffice } from '../../electron/services/libreoffice/locate';
import { catalogues, type Catalogue } from '../../shared/i18n/catalogues';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;

test('export to DOCX with a response form; the choices are remembered; the file can be opened', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: en.homeDocs.new }).click();
  const create = page.getByRole('dialog', { name: en.newDocument.title });
  await create.getByRole('textbox', { name: en.newDocument.titleLabel }).fill('Export test');
  await create.getByRole('checkbox', { name: 'Svenska' }).check();
  await create.getByRole('button', { name: en.newDocument.create }).click();
  await page.getByRole('navigation').getByRole('button', { name: en.nav.library }).click();
  const results = page.getByRole('region', { name: en.library.resultsLabel }).getByRole('listitem');
  for (const index of [0, 1, 2]) await results.nth(index).getByRole('checkbox').check();
  await page.getByRole('button', { name: new RegExp(en.library.addSelected) }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Export test' }).click();

  await page.getByRole('toolbar').getByRole('button', { name: en.exportDialog.button }).click();
  const dialog = page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat });
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Svenska' }).check();
  await dialog.getByRole('checkbox', { name: en.exportDialog.responseForm }).check();
  await app.expectAccessible('export dialog');
  await app.screenshot('export-dialog-en');
  const target = path.join(app.data.documentsDir, 'Export test.docx');
  app.data.dialogAnswers.export.push(target);
  await dialog.getByRole('button', { name: en.exportDialog.export }).click();
  // The new document leaves places empty: the preflight lists them before anything is written.
  await dialog.getByRole('button', { name: en.exportDialog.exportAnyway }).click();
  await expect(dialog.getByRole('status')).toContainText('Export test.docx');
  expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  expect((await readFile(path.join(app.data.documentsDir, 'Export test – svarsformulär.docx'))).subarray(0, 2).toString()).toBe('PK');
  expect(app.data.exportProgress.at(-1)).toBe(1);

  await dialog.getByRole('button', { name: en.exportDialog.open }).click();
  await expect.poll(() => app.data.openedPaths).toEqual([target]);
  await dialog.getByRole('button', { name: en.exportDialog.close }).click();

  // File > Export opens the dialog with the same choices.
  await app.emit('menu:command', { command: 'export' });
  await expect(page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat }).getByRole('radio', { name: 'Svenska' })).toBeChecked();
  await expect(page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat }).getByRole('checkbox', { name: en.exportDialog.responseForm })).toBeChecked();

  // The response form can instead go at the end of the specification: one file.
  const again = page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat });
  const placement = again.getByRole('radiogroup', { name: en.exportDialog.responseFormPlacement });
  await expect(placement.getByRole('radio', { name: en.exportDialog.responseFormSeparate })).toBeChecked();
  // By keyboard: the arrow keys move the choice within the group.
  await placement.getByRole('radio', { name: en.exportDialog.responseFormSeparate }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(placement.getByRole('radio', { name: en.exportDialog.responseFormAppended })).toBeChecked();
  await app.expectAccessible('export dialog with the response form placement');
  const together = path.join(app.data.documentsDir, 'Export test with form.docx');
  app.data.dialogAnswers.export.push(together);
  await again.getByRole('button', { name: en.exportDialog.export }).click();
  await again.getByRole('button', { name: en.exportDialog.exportAnyway }).click();
  await expect(again.getByRole('status')).toContainText(en.exportDialog.doneWithFormAppended.replace('{{file}}', 'Export test with form.docx'));
  expect((await readFile(together)).subarray(0, 2).toString()).toBe('PK');
  expect(existsSync(path.join(app.data.documentsDir, 'Export test with form – svarsformulär.docx'))).toBe(false);
});

test('only files exported in this session can be opened from the window', async ({ app }) => {
  await app.open();
  const result = await app.page.evaluate(async () => (await window.kravstudio.export.open({ path: '/etc/passwd' })) as { ok: boolean; error?: { code: string } });
  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  expect(app.data.openedPaths).toEqual([]);
});

test.describe('with a second export format', () => {
  test.use({ withToyExportFormat: true });

  test('the format is picked in the dialog, which shows only the choices that format uses', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: en.homeDocs.new }).click();
    const create = page.getByRole('dialog', { name: en.newDocument.title });
    await create.getByRole('textbox', { name: en.newDocument.titleLabel }).fill('Format test');
    await create.getByRole('button', { name: en.newDocument.create }).click();

    await page.getByRole('toolbar').getByRole('button', { name: en.exportDialog.button }).click();
    const dialog = page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat });
    const formats = dialog.getByRole('radiogroup', { name: en.exportDialog.format });
    await expect(formats.getByRole('radio', { name: en.exportFormats.docx.name })).toBeChecked();
    await expect(dialog.getByText(en.exportFormats.docx.description)).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: en.exportDialog.guidance })).toBeVisible();

    await formats.getByRole('radio', { name: 'Requirement id list (text)' }).check();
    await expect(dialog.getByText('The ids of the requirements, one a line.')).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: en.exportDialog.guidance })).toHaveCount(0);
    await dialog.getByRole('checkbox', { name: en.exportDialog.responseForm }).check();
    await app.expectAccessible('export dialog with a format picker');
    app.data.dialogAnswers.export.push(path.join(app.data.documentsDir, 'Ids'));
    await dialog.getByRole('button', { name: en.exportDialog.export }).click();
    await dialog.getByRole('button', { name: en.exportDialog.exportAnyway }).click();
    await expect(dialog.getByRole('status')).toContainText(en.exportDialog.doneWithForm.replace('{{file}}', 'Ids.txt').replace('{{form}}', 'Ids – answers.txt'));
    expect(app.data.exportDialogs.at(-1)?.filter).toEqual({ name: 'Requirement id list (text)', extensions: ['txt'] });
    expect(existsSync(path.join(app.data.documentsDir, 'Ids – answers.txt'))).toBe(true);
    await dialog.getByRole('button', { name: en.exportDialog.close }).click();

    // The format is remembered with the other choices.
    await app.emit('menu:command', { command: 'export' });
    await expect(page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat }).getByRole('radio', { name: 'Requirement id list (text)' })).toBeChecked();
  });
});

const fixtureDocuments = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');

/** Opens a copy of the Norwegian fixture (a Bilag 1 for an SSA) and its export dialog, in the UI language given. */
async function openNorwegianExport(app: AppHarness, text: Catalogue) {
  const file = path.join(app.data.documentsDir, 'Booking.kravspec');
  await copyFile(path.join(fixtureDocuments, 'norwegian.kravspec'), file);
  await app.open();
  app.data.dialogAnswers.open.push(file);
  await app.page.getByRole('button', { name: text.homeDocs.open }).click();
  await app.page.getByRole('toolbar').getByRole('button', { name: text.exportDialog.button }).click();
  return app.page.getByRole('dialog', { name: text.exportDialog.titleAnyFormat });
}

const libreOffice = locateLibreOffice({ env: process.env, platform: process.platform });

test('PDF is offered beside DOCX; each SSA is explained; with LibreOffice an archival PDF is written', async ({ app }) => {
  test.skip(!libreOffice.found && process.env['CI'] === undefined, 'LibreOffice (soffice) is not installed here; install it or set KRAVSTUDIO_SOFFICE');
  const dialog = await openNorwegianExport(app, en);
  const formats = dialog.getByRole('radiogroup', { name: en.exportDialog.format });
  await expect(formats.getByRole('radio', { name: en.exportFormats.docx.name })).toBeChecked();
  const ssa = dialog.getByRole('combobox', { name: en.exportDialog.ssa });
  await expect(dialog.getByText(en.exportDialog.ssaHint[(await ssa.inputValue()) as 'SSA-L'])).toBeVisible();
  for (const agreement of ['SSA-D', 'SSA-V', 'SSA-T', 'SSA-L'] as const) {
    await ssa.selectOption(agreement);
    await expect(dialog.getByText(en.exportDialog.ssaHint[agreement])).toBeVisible();
  }

  await formats.getByRole('radio', { name: en.exportFormats.pdf.name }).check();
  await expect(dialog.getByText(en.exportFormats.pdf.description)).toBeVisible();
  await dialog.getByRole('checkbox', { name: en.exportDialog.pdfa }).check();
  await expect(dialog.getByText(en.exportDialog.pdfaHint)).toBeVisible();
  await app.expectAccessible('export dialog with PDF chosen');
  await app.screenshot('export-dialog-pdf-en');
  const target = path.join(app.data.documentsDir, 'Booking.pdf');
  app.data.dialogAnswers.export.push(target);
  await dialog.getByRole('button', { name: en.exportDialog.export }).click();
  // The fixture leaves places to fill in: the preflight lists them first.
  await dialog.getByRole('button', { name: en.exportDialog.exportAnyway }).click();
  await expect(dialog.getByRole('status')).toContainText('Booking.pdf', { timeout: 120_000 });
  expect(app.data.exportDialogs.at(-1)?.filter).toEqual({ name: en.exportFormats.pdf.name, extensions: ['pdf'] });
  const pdf = await readFile(target);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.includes('<pdfaid:part>2</pdfaid:part>')).toBe(true);
});

for (const language of ['sv', 'nb', 'en'] as const) {
  test.describe(`without LibreOffice, in ${language}`, () => {
    test.use({ withoutLibreOffice: true, preferredLanguages: [{ sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[language]] });

    test('PDF is listed but cannot be chosen, and the dialog says why and how to get LibreOffice', async ({ app }) => {
      const text = catalogues[language];
      const dialog = await openNorwegianExport(app, text);
      const pdf = dialog.getByRole('radio', { name: new RegExp(text.exportFormats.pdf.name.replace(/[()]/g, '\\$&')) });
      await expect(pdf).toBeDisabled();
      const reason = text.exportFormats.pdf.libreOfficeMissing.replace('{{variable}}', 'KRAVSTUDIO_SOFFICE');
      await expect(dialog.getByText(reason, { exact: false })).toBeVisible();
      await expect(dialog.getByRole('radio', { name: text.exportFormats.docx.name })).toBeChecked();
      await expect(dialog.getByRole('button', { name: text.exportDialog.export })).toBeEnabled();
      await app.expectAccessible(`export dialog without LibreOffice (${language})`);
      if (language === 'nb') await app.screenshot('export-dialog-without-libreoffice-nb');
    });
  });
}
