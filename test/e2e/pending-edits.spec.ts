/**
 * Nothing typed is lost when the main process acts on a document at once:
 * the window holds the newest edits for a moment (they are sent after a
 * pause in typing), so switching documents, exporting and quitting right
 * after the last keystroke must still find every keystroke in the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;
const texts = en.steps.requirements;
const typed = 'The supplier shall answer every support call within 15 minutes.';

/** Creates a document and opens a new requirement on the Requirements step, its text box focused and saved empty; returns the document's file. */
async function openNewRequirement(app: AppHarness, title: string): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: en.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: en.newDocument.title });
  await dialog.getByRole('textbox', { name: en.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('button', { name: en.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('navigation', { name: en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(en.steps.builder.names.requirements) }).click();
  await page.getByRole('button', { name: texts.newRequirement }).first().click();
  const text = page.getByRole('textbox', { name: texts.textIn.replace('{{language}}', 'English') });
  await expect(text).toBeFocused();
  // Wait until the new (empty) requirement is on disk, so what follows is only the typing.
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.startsWith(title) && name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  return path.join(app.data.documentsDir, files[0] ?? '');
}

/** Creates a document, opens a new requirement on the Requirements step and types into it; returns the document's file. */
async function typeIntoNewRequirement(app: AppHarness, title: string): Promise<string> {
  const file = await openNewRequirement(app, title);
  await app.page.keyboard.type(typed);
  return file;
}

async function requirementTextsIn(file: string): Promise<string[]> {
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification.requirements.map((requirement) => requirement.text['en'] ?? '');
}

test('switching to another document right after typing keeps every keystroke', async ({ app }) => {
  const { page } = app;
  const other = path.join(app.data.documentsDir, 'Other.kravspec');
  const fixture = parseSpecificationBytes(await readFile(path.resolve(import.meta.dirname, '..', 'fixtures', 'documents', 'rich.kravspec')));
  if (!fixture.ok) throw new Error(fixture.problem.message);
  await writeFile(other, serializeSpecification({ ...fixture.specification, title: 'The other document' }));
  await app.open();
  const file = await typeIntoNewRequirement(app, 'Support desk');
  // File > Open Recent: the open document is closed and the other one shown, with no pause after typing.
  await app.emit('app:openFile', { path: other });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The other document');
  expect(await requirementTextsIn(file)).toEqual([typed]);
});

test('exporting right after typing exports, and saves, every keystroke', async ({ app }) => {
  const { page } = app;
  await app.open();
  const target = path.join(app.data.documentsDir, 'Support desk.docx');
  app.data.dialogAnswers.export.push(target);
  const file = await typeIntoNewRequirement(app, 'Support desk');
  // File > Export, and Export as soon as the button can be pressed (a click would wait for the dialog's opening animation).
  await app.emit('menu:command', { command: 'export' });
  const dialog = page.getByRole('dialog', { name: en.exportDialog.titleAnyFormat });
  const exportButton = dialog.getByRole('button', { name: en.exportDialog.export });
  await expect(exportButton).toBeEnabled();
  await exportButton.dispatchEvent('click');
  // The preflight is worked out from the text as typed, the unsaved keystrokes included; the export then writes them.
  await dialog.getByRole('button', { name: en.exportDialog.exportAnyway }).click();
  await expect(dialog.getByRole('status')).toContainText('Support desk.docx');
  const documentXml = new TextDecoder().decode(unzipSync(await readFile(target))['word/document.xml']);
  expect(documentXml).toContain(typed);
  expect(await requirementTextsIn(file)).toEqual([typed]);
});

test('quitting right after typing saves every keystroke', async ({ app }) => {
  await app.open();
  const file = await typeIntoNewRequirement(app, 'Support desk');
  // What the app does on before-quit: ask the window for its pending edits, then save every open document.
  await app.quit();
  expect(await requirementTextsIn(file)).toEqual([typed]);
});

test('with a slow main process, the indicator never says Saved while an edit is on its way, and the file ends with the last edit', async ({ app }) => {
  const { page } = app;
  await app.open();
  const file = await openNewRequirement(app, 'Slow saves');
  // From here on, every edit the window sends waits until the test lets it through.
  const updates = app.hold('document:update');
  // Every state the indicator shows from now on, in order.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { shownSaveStates: string[] }).shownSaveStates = shown;
    const note = (): void => {
      const state = document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? '';
      if (shown.at(-1) !== state) shown.push(state);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-save-state'] });
  });
  const shownSaveStates = (): Promise<string[]> => page.evaluate(() => (window as unknown as { shownSaveStates: string[] }).shownSaveStates);

  const first = 'The supplier shall answer.';
  const second = ' Every call, within 15 minutes.';
  await page.keyboard.type(first);
  await expect.poll(() => updates.waiting()).toBeGreaterThan(0);
  await page.keyboard.type(second);
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saved');

  // The first edit reaches the main process, which saves it, while the second is still held or pending in the window.
  const savedBefore = app.data.saveStates.filter((entry) => entry.state.kind === 'saved').length;
  updates.releaseNext();
  await expect.poll(() => app.data.saveStates.filter((entry) => entry.state.kind === 'saved').length).toBeGreaterThan(savedBefore);
  expect((await requirementTextsIn(file))[0]).not.toContain('15 minutes');
  // The page has had the main process's "saved" by now (messages to the page arrive in order).
  expect(await shownSaveStates()).not.toContain('saved');
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saved');

  // Once the last edit is through, it is saved, and the indicator says so.
  updates.releaseAll();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  expect(await requirementTextsIn(file)).toEqual([first + second]);
  expect(await shownSaveStates()).toContain('saved');
});
