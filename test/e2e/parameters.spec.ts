/**
 * The values in a requirement text, as a Norwegian buyer meets them after
 * starting from a pack: named by the library's labels, with the defaults
 * shown, times typed the way people write them, bounds kept, and the
 * sentence shown as it will read.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test, type AppHarness } from './fixtures';

const nb = catalogues.nb;
test.use({ preferredLanguages: ['nb-NO'] });

async function newFromCloudPack(app: AppHarness, title: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: nb.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: nb.newDocument.title });
  await dialog.getByRole('textbox', { name: nb.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('group', { name: nb.newDocument.packsLabel }).getByRole('checkbox', { name: /^Skytjeneste \(SaaS\)/ }).check();
  await dialog.getByRole('button', { name: nb.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 });
  await page.getByRole('navigation', { name: nb.steps.builder.railLabel }).getByRole('button', { name: new RegExp(nb.steps.builder.names.requirements) }).click();
}

async function selectRequirement(page: Page, id: string): Promise<void> {
  await page.getByRole('searchbox', { name: nb.steps.requirements.find }).fill(id);
  await page.getByRole('listbox').getByRole('option', { name: new RegExp(id) }).first().click();
  await expect(page.locator(`[data-requirement-id="${id}"]`)).toBeVisible();
}

async function savedRequirement(app: AppHarness, id: string) {
  await expect(app.page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification.requirements.find((requirement) => requirement.id === id);
}

test('support hours: labelled in Norwegian, defaults shown, "7.30" taken as 07:30, a wrong time refused, the sentence previewed', async ({ app }) => {
  const { page } = app;
  await app.open();
  await newFromCloudPack(app, 'Saksbehandling i skyen');
  await selectRequirement(page, 'SLA-SUP-01');
  const editor = page.locator('[data-requirement-id="SLA-SUP-01"]');
  const start = editor.getByRole('textbox', { name: 'Supporttid starter' });
  const end = editor.getByRole('textbox', { name: 'Supporttid slutter' });
  await expect(start).toHaveValue('08:00');
  await expect(end).toHaveValue('16:00');
  await expect(editor.locator('label', { hasText: '{supportStart}' })).toHaveCount(0);
  await expect(editor.getByText(nb.steps.parameters.default.replace('{{value}}', '08:00'))).toBeVisible();

  await start.fill('7.30');
  await start.blur();
  await expect(start).toHaveValue('07:30');
  const preview = editor.getByTestId('parameter-preview');
  await expect(preview).toContainText('07:30–16:00');

  await end.fill('25');
  await expect(editor.getByText(nb.steps.parameters.notATime)).toBeVisible();
  await end.fill('1600');
  await expect(editor.getByText(nb.steps.parameters.notATime)).toHaveCount(0);
  await app.expectAccessible('parameter fields with a preview (nb)');
  await editor.getByTestId('parameter-preview').scrollIntoViewIfNeeded();
  await app.screenshot('parameters-nb');

  const saved = await savedRequirement(app, 'SLA-SUP-01');
  expect(saved?.parameters.map((parameter) => parameter.value)).toEqual(['07:30', '16:00']);
});

test('availability: 150 % is refused with the allowed range, 99,9 is taken', async ({ app }) => {
  const { page } = app;
  await app.open();
  await newFromCloudPack(app, 'Tilgjengelighet');
  await selectRequirement(page, 'SLA-AVAIL-01');
  const editor = page.locator('[data-requirement-id="SLA-AVAIL-01"]');
  const availability = editor.getByRole('textbox', { name: 'Laveste tilgjengelighet' });
  await expect(availability).toHaveValue('99,5');
  await availability.fill('150');
  await expect(editor.getByText(/Må være mellom 90\s?% og 100\s?%/)).toBeVisible();
  await availability.fill('99,9');
  await expect(editor.getByTestId('parameter-preview')).toContainText('minst 99,9 %');
  const saved = await savedRequirement(app, 'SLA-AVAIL-01');
  expect(saved?.parameters[0]?.value).toBe(99.9);
});

// Wide enough for the editor beside the list, so the row can be watched while the value is typed.
test.describe('in a wide window', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the requirement list shows the sentence with its values, and a value cleared as its label marked as a blank', async ({ app }) => {
    const { page } = app;
    await app.open();
    await newFromCloudPack(app, 'Tilgjengelighet i listen');
    await selectRequirement(page, 'SLA-AVAIL-01');
    const row = page.getByRole('listbox').getByRole('option', { name: /SLA-AVAIL-01/ });
    const rowText = row.locator('[data-row-text]');
    await expect(rowText).toContainText('99,5 %');
    await expect(rowText).not.toContainText('{');

    const editor = page.locator('[data-requirement-id="SLA-AVAIL-01"]');
    const availability = editor.getByRole('textbox', { name: 'Laveste tilgjengelighet' });
    await availability.fill('99,9');
    await expect(rowText).toContainText('99,9 %');
    await availability.fill('');
    await availability.blur();
    // Not set: the list and the preview name the value the way the field does, drawn as a blank.
    await expect(rowText.locator('[data-parameter-blank]')).toHaveText('Laveste tilgjengelighet');
    await expect(editor.getByTestId('parameter-preview').locator('[data-parameter-blank]')).toHaveText('Laveste tilgjengelighet');
    await expect(rowText).not.toContainText('{');
    const saved = await savedRequirement(app, 'SLA-AVAIL-01');
    expect(saved?.parameters[0]?.value).toBeNull();
  });
});
