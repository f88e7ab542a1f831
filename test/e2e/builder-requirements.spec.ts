/**
 * The Requirements step as a user meets it: a keyboard-only session that
 * writes, moves, deletes and restores requirements, and a 1,000-requirement
 * document that stays a short, scrollable, searchable list.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { sectionRequirements } from '../../shared/builder/requirement-edits';
import { makeLargeSpecification } from '../support/large-specification';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;
const steps = en.steps;
const texts = steps.requirements;

async function savedDocument(app: AppHarness) {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/** Tabs until the element matching the locator has focus (at most 60 presses). */
async function tabTo(
  page: Page,
  name: string | RegExp,
  role: 'button' | 'textbox' | 'listbox' | 'combobox' | 'radio' | 'tree' = 'button',
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  const target = page.getByRole(role, { name });
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.first().evaluate((node) => node === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${role} "${String(name)}"`);
}

test('keyboard only: write two requirements, set their properties, move, delete and bring one back', async ({ app }) => {
  const { page } = app;
  await app.open();
  // New document, keyboard only.
  await tabTo(page, en.homeDocs.new);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hosting of the e-services platform');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosting of the e-services platform');

  // To the Requirements step through the step rail.
  await tabTo(page, new RegExp(`${steps.builder.names.requirements}`));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: steps.builder.names.requirements })).toBeFocused();
  await expect(page.getByText(texts.emptyDocument)).toBeVisible();

  // A first requirement: the editor takes focus, the text goes in, then its properties.
  await tabTo(page, texts.newRequirement);
  await page.keyboard.press('Enter');
  const english = page.getByRole('textbox', { name: texts.textIn.replace('{{language}}', 'English') });
  await expect(english).toBeFocused();
  await page.keyboard.type('The supplier shall restore the service within 4 hours of a reported outage.');
  await tabTo(page, texts.verificationMethod, 'combobox');
  await page.keyboard.press('ArrowDown');
  // A radio group is one tab stop, at the checked option; arrows choose another.
  await tabTo(page, texts.tracingLinked, 'radio');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Contract term required by the framework agreement.');

  // A second one, which becomes evaluated.
  await tabTo(page, texts.newRequirement);
  await page.keyboard.press('Enter');
  await expect(english).toBeFocused();
  await page.keyboard.type('The service should offer a sign language interpreter in the chat.');
  await tabTo(page, texts.obligations.eu.mandatory, 'radio');
  await page.keyboard.press('ArrowDown');

  // In the list (which the editor replaces in a window this narrow): Alt+↑ moves the second requirement above the first.
  const list = page.getByRole('listbox');
  await tabTo(page, texts.backToList, 'button', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(list.getByRole('option').first()).toContainText('sign language');
  await app.screenshot('step-requirements-en');
  await app.expectAccessible('requirements step (en)');

  // Delete removes the selected one; "Undo" brings it back in its place.
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await expect(list.getByRole('option')).toHaveCount(1);
  await tabTo(page, texts.undoDelete, 'button', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option').first()).toContainText('sign language');

  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const saved = await savedDocument(app);
  const [first, second] = sectionRequirements(saved, saved.requirements[0]?.sectionId ?? '');
  expect(first?.text.en).toBe('The service should offer a sign language interpreter in the chat.');
  expect(first?.obligation).toBe('evaluated');
  expect(second?.text.en).toBe('The supplier shall restore the service within 4 hours of a reported outage.');
  expect(second?.verification.method).toBe('declaration');
  expect(second?.tracing).toBe('not-needed');
  expect(second?.tracingReason).toBe('Contract term required by the framework agreement.');
});

test('rich text: a list and a reference inserted by number preview as they print, with the current number', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: en.homeDocs.new }).click();
  await page.keyboard.type('Rich text');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: steps.builder.railLabel }).getByRole('button', { name: new RegExp(steps.builder.names.requirements) }).click();
  const english = page.getByRole('textbox', { name: texts.textIn.replace('{{language}}', 'English') });

  await page.getByRole('button', { name: texts.newRequirement }).click();
  await english.fill('The service shall offer single sign-on.');
  await page.getByRole('button', { name: texts.newRequirement }).click();
  await english.fill('The supplier shall:\n\n- train the **administrators**\n- document the setup\n\nIn the light of ');
  await english.press('End');
  await expect(page.getByText(texts.richText.syntaxHint)).toBeVisible();

  await page.getByRole('button', { name: texts.richText.insertReference }).click();
  await page.getByRole('textbox', { name: texts.richText.chooseRequirement }).fill('single sign-on');
  await page.getByRole('button', { name: /single sign-on/ }).click();
  await expect(english).toHaveValue(/In the light of \[[^\]]+\]\(ref:[^)]+\)$/);

  const preview = page.getByRole('region', { name: texts.richText.preview });
  await expect(preview.getByRole('listitem')).toHaveText(['train the administrators', 'document the setup']);
  await expect(preview.locator('strong')).toHaveText('administrators');
  await expect(preview).toContainText(/In the light of \d/);
  const previewText = (await preview.textContent()) ?? '';
  // The editor has the list's place in a window this narrow: back to the list to read the rows.
  await page.getByRole('button', { name: texts.backToList }).click();
  const list = page.getByRole('listbox');
  const firstNumber = (await list.getByRole('option').first().locator('span').first().textContent()) ?? '';
  expect(previewText).toContain(`In the light of ${firstNumber.trim()}`);
  // The list row reads the text without markup.
  await expect(list.getByRole('option').nth(1)).toContainText('The supplier shall: • train the administrators');
  await app.screenshot('requirement-rich-text-en');
  await app.expectAccessible('rich text editor (en)');
});

test.describe('a 1,000-requirement document', () => {
  test('draws only the rows in view, finds by text, and moves sections by keyboard', async ({ app }) => {
    const { page } = app;
    const file = path.join(app.data.documentsDir, 'Large.kravspec');
    const spec = makeLargeSpecification(1000, 7);
    await writeFile(file, serializeSpecification({ ...spec, title: 'Large document' }));
    await app.open();
    await app.emit('app:openFile', { path: file });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Large document');
    await page.getByRole('navigation', { name: steps.builder.railLabel }).getByRole('button', { name: new RegExp(steps.builder.names.requirements) }).click();

    const list = page.getByRole('listbox');
    await expect(list).toHaveAccessibleName(/1000 shown|1,000 shown/);
    const drawn = await list.getByRole('option').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(40);

    // End jumps to the last requirement; it is drawn and selected.
    await list.focus();
    await page.keyboard.press('End');
    const last = spec.requirements.at(-1);
    await expect(list.getByRole('option', { selected: true })).toBeVisible();

    // Finding by a word of one requirement's text narrows the list.
    const target = spec.requirements[500];
    if (target === undefined || last === undefined) throw new Error('fixture');
    await page.getByRole('searchbox', { name: texts.find }).fill(target.id);
    await expect(list.getByRole('option')).toHaveCount(1);
    await list.getByRole('option').first().click();
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${texts.editorTitle.replace('{{number}}', '')}`) })).toContainText(target.id);
    // The document's findings panel shows one page of findings, not thousands.
    const findingRows = page.getByTestId('findings-panel').getByRole('list', { name: steps.quality.panelTitle }).getByRole('listitem');
    await expect(findingRows.first()).toBeVisible();
    expect(await findingRows.count()).toBeLessThanOrEqual(20);
    await app.expectAccessible('requirements step with 1,000 requirements');
    await app.screenshot('step-requirements-large');
  });
});
