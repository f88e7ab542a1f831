/**
 * The requirement matrix from the export dialog: XLSX is listed beside the
 * other formats, shows none of the Word-only choices, and writes a workbook
 * a tenderer opens with the header in the document's language and one row
 * per requirement.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test } from './fixtures';

const en = catalogues.en;
const fixtureDocuments = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');

test('XLSX in the export dialog writes the requirement matrix in the document language', async ({ app }) => {
  const file = path.join(app.data.documentsDir, 'Booking.kravspec');
  await copyFile(path.join(fixtureDocuments, 'norwegian.kravspec'), file);
  const read = parseSpecificationBytes(await readFile(file));
  if (!read.ok) throw new Error(read.problem.message);
  await app.open();
  app.data.dialogAnswers.open.push(file);
  await app.page.getByRole('button', { name: en.homeDocs.open }).click();
  await app.page.getByRole('toolbar').getByRole('button', { name: en.exportDialog.button }).click();
  const dialog = app.page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat });

  const formats = dialog.getByRole('radiogroup', { name: en.exportDialog.format });
  await formats.getByRole('radio', { name: en.exportFormats.xlsx.name }).check();
  await expect(dialog.getByText(en.exportFormats.xlsx.description)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: en.exportDialog.responseForm })).toHaveCount(0);
  await app.expectAccessible('export dialog with XLSX chosen');

  const target = path.join(app.data.documentsDir, 'Booking.xlsx');
  app.data.dialogAnswers.export.push(target);
  await dialog.getByRole('button', { name: en.exportDialog.export }).click();
  // The fixture leaves places to fill in: the preflight lists them first.
  await dialog.getByRole('button', { name: en.exportDialog.exportAnyway }).click();
  await expect(dialog.getByRole('status')).toContainText('Booking.xlsx');
  expect(app.data.exportDialogs.at(-1)?.filter).toEqual({ name: en.exportFormats.xlsx.name, extensions: ['xlsx'] });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(target);
  const sheet = workbook.worksheets[0];
  expect(sheet?.name).toBe('Kravmatrise');
  expect(sheet?.getRow(1).getCell(4).value).toBe('Krav');
  expect(sheet?.getRow(1).getCell(5).value).toBe('Skal/Bør');
  expect(sheet?.actualRowCount).toBe(1 + read.specification.requirements.length);
});
