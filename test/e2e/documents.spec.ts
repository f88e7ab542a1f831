import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { uiLanguages } from '../../shared/languages';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { makeReadOnly } from '../support/read-only-folder';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');

async function createDocument(app: AppHarness, title: string, text = en): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: text.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: text.newDocument.title });
  await dialog.getByRole('textbox', { name: text.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('button', { name: text.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

function field(page: Page, label: string): Locator {
  return page.getByRole('main').getByLabel(label, { exact: true });
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function onlyDocument(app: AppHarness): Promise<string> {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  return path.join(app.data.documentsDir, files[0] ?? '');
}

async function readDocument(file: string) {
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

for (const language of uiLanguages) {
  const text = catalogues[language];
  test.describe(`documents in ${language}`, () => {
    test.use({ preferredLanguages: [{ sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[language]] });

    test('create, edit, close and reopen: the same content comes back', async ({ app }) => {
      const { page } = app;
      await app.open();
      await page.getByRole('button', { name: text.homeDocs.new }).click();
      await app.expectAccessible(`new document dialog (${language})`);
      await app.screenshot(`new-document-${language}`);
      await page.getByRole('button', { name: text.newDocument.cancel }).click();

      const title = { sv: 'E-arkiv för kommunen', nb: 'Sak- og arkivsystem for kommunen', en: 'Case management service' }[language];
      await createDocument(app, title, text);
      const buyer = { sv: 'Ystads kommun', nb: 'Bodø kommune', en: 'City of Example' }[language];
      const orgNumber = { sv: '212000-0142', nb: '974760673', en: 'GB 123 4567' }[language];
      await field(page, text.details.buyerName).fill(buyer);
      await field(page, text.details.orgNumber).fill(orgNumber);
      await field(page, text.details.background).fill('Line one & <two>\n"quoted" — emoji 📄');
      await expectSaved(page);
      await app.expectAccessible(`workspace (${language})`);
      await app.screenshot(`workspace-${language}`);

      await page.getByRole('toolbar').getByRole('button', { name: text.workspace.close }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.home.title);
      const row = page.getByRole('row').filter({ hasText: title });
      await expect(row).toContainText(buyer);
      await app.expectAccessible(`home with recent documents (${language})`);
      await app.screenshot(`home-recent-${language}`);

      await row.getByRole('button', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(field(page, text.details.buyerName)).toHaveValue(buyer);
      await expect(field(page, text.details.orgNumber)).toHaveValue(orgNumber);
      await expect(field(page, text.details.background)).toHaveValue('Line one & <two>\n"quoted" — emoji 📄');

      const saved = await readDocument(await onlyDocument(app));
      expect(saved.buyer).toMatchObject({ name: buyer, organisationNumber: orgNumber });
      expect(saved.primaryLanguage).toBe(language);
    });
  });
}

test('an invalid organisation number is pointed out, and the draft is still saved', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Drift av IT-miljön');
  await page.getByRole('main').getByLabel(en.details.buyerName, { exact: true }).fill('Testkommunen');
  const orgField = field(page, en.details.orgNumber);
  await orgField.fill('123');
  await expectSaved(page);
  const saved = await readDocument(await onlyDocument(app));
  expect(saved.buyer.organisationNumber).toBe('123');
});

test('undo and redo step through edits, one step per field', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Undo test');
  const buyer = field(page, en.details.buyerName);
  await buyer.fill('First buyer');
  // The first edit is on disk before the second begins: the steps are the edits, not the timing.
  await expectSaved(page);
  await field(page, en.details.background).fill('Some background');
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: en.workspace.undo }).click();
  await expect(field(page, en.details.background)).toHaveValue('');
  await toolbar.getByRole('button', { name: en.workspace.undo }).click();
  await expect(buyer).toHaveValue('');
  await toolbar.getByRole('button', { name: en.workspace.redo }).click();
  await expect(buyer).toHaveValue('First buyer');
  await app.emit('menu:command', { command: 'redo' });
  await expect(field(page, en.details.background)).toHaveValue('Some background');
  await app.emit('menu:command', { command: 'undo' });
  await expect(field(page, en.details.background)).toHaveValue('');
  await expectSaved(page);
  expect((await readDocument(await onlyDocument(app))).background).toBe('');
});

test('a backup can be compared with the document and restored', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Version one');
  await field(page, en.details.buyerName).fill('Kommunen');
  await expectSaved(page);
  // The first save took a backup; later saves within 10 minutes do not.
  await page.getByRole('main').getByRole('textbox', { name: en.details.titleLabel }).fill('Version two');
  await expectSaved(page);
  await page.getByRole('toolbar').getByRole('button', { name: en.workspace.versions }).click();
  const dialog = page.getByRole('dialog', { name: en.versions.title });
  await dialog.getByRole('button', { name: /^Compare the version from/ }).first().click();
  await expect(dialog.getByRole('listitem').filter({ hasText: en.versions.titleChanged })).toBeVisible();
  await app.expectAccessible('versions dialog');
  await app.screenshot('versions-en');
  await dialog.getByRole('button', { name: en.versions.restore }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Version one');
  await expect(page.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible();
  await expectSaved(page);
  expect((await readDocument(await onlyDocument(app))).title).toBe('Version one');
});

test('a folder that cannot be written to: the message says so, nothing typed is lost, Save As rescues it', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Read-only test');
  await expectSaved(page);
  const restore = await makeReadOnly(app.data.documentsDir);
  try {
    await field(page, en.details.background).fill('Typed while the folder was read-only');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
    await expect(page.locator('[data-save-state]')).toContainText(
      en.saveState.failed.replace('{{reason}}', en.saveState.reasons['read-only']),
    );
    await app.screenshot('save-failed-en');
    await expect(field(page, en.details.background)).toHaveValue('Typed while the folder was read-only');

    const rescue = path.join(app.data.dataDir, 'Rescued.kravspec');
    app.data.dialogAnswers.save.push(rescue);
    await page.getByRole('toolbar').getByRole('button', { name: en.workspace.saveAs }).click();
    await expectSaved(page);
    expect((await readDocument(rescue)).background).toBe('Typed while the folder was read-only');
  } finally {
    await restore();
  }
});

test('files that are not valid specifications get a precise message and stay untouched', async ({ app }) => {
  const { page } = app;
  await app.open();
  for (const [name, reason, where] of [
    ['not-json.kravspec', en.openProblem.reasons['not-json'], null],
    ['fails-schema.kravspec', en.openProblem.reasons.invalid, '$.requirements[1].obligation'],
    ['newer-version.kravspec', en.openProblem.reasons['newer-version'], null],
    ['proto-key.kravspec', en.openProblem.reasons['forbidden-key'], null],
    ['invalid-utf8.kravspec', en.openProblem.reasons['invalid-utf8'], null],
  ] as const) {
    const file = path.join(fixtures, name);
    const before = await readFile(file);
    app.data.dialogAnswers.open.push(file);
    await page.getByRole('button', { name: en.homeDocs.open }).click();
    const alert = page.getByRole('alert').filter({ hasText: name });
    await expect(alert).toContainText(en.openProblem.title.replace('{{file}}', name));
    await expect(alert).toContainText(reason);
    if (where !== null) await expect(alert).toContainText(where);
    if (name === 'fails-schema.kravspec') {
      await app.expectAccessible('open problem notice');
      await app.screenshot('open-problem-en');
    }
    expect(await readFile(file)).toEqual(before);
    await alert.getByRole('button', { name: en.openProblem.dismiss }).click();
  }
});

test('a damaged file offers its last good backup, opened as a copy beside it', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Avtal som går sönder');
  await field(page, en.details.buyerName).fill('Region Exempel');
  await expectSaved(page);
  await page.getByRole('toolbar').getByRole('button', { name: en.workspace.close }).click();
  const file = await onlyDocument(app);
  await writeFile(file, '{"format": "kravstudio-specification", "schemaVersion": 1, "title": ');
  await page.getByRole('button', { name: 'Avtal som går sönder' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en.openProblem.reasons['not-json']);
  await alert.getByRole('button', { name: /^Open the last good backup/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avtal som går sönder');
  await expect(field(page, en.details.buyerName)).toHaveValue('Region Exempel');
  expect(await readFile(file, 'utf8')).toBe('{"format": "kravstudio-specification", "schemaVersion": 1, "title": ');
  expect((await readdir(app.data.documentsDir)).sort()).toEqual(['Avtal som går sönder (restored).kravspec', 'Avtal som går sönder.kravspec']);
});

test('a file changed by another program is noticed, and the user picks which version to keep', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Mine');
  await expectSaved(page);
  const file = await onlyDocument(app);
  const onDisk = await readDocument(file);
  await writeFile(file, serializeSpecification({ ...onDisk, title: 'Theirs' }));
  await field(page, en.details.background).fill('My edit');
  const conflict = page.getByRole('alertdialog', { name: en.conflict.title });
  await expect(conflict).toBeVisible();
  await app.expectAccessible('conflict dialog');
  await conflict.getByRole('button', { name: en.conflict.useDisk }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theirs');
  expect((await readDocument(file)).title).toBe('Theirs');
});

test('move to trash, then restore from the trash', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Throwaway');
  await expectSaved(page);
  await page.getByRole('toolbar').getByRole('button', { name: en.workspace.more }).click();
  await page.getByRole('menuitem', { name: en.workspace.moveToTrash }).click();
  await page.getByRole('dialog').getByRole('button', { name: en.workspace.trashConfirmOk }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.home.title);
  expect((await readdir(app.data.documentsDir)).filter((n) => n.endsWith('.kravspec'))).toEqual([]);
  await page.getByRole('button', { name: en.homeDocs.trash }).click();
  const trash = page.getByRole('dialog', { name: en.trash.title });
  await app.expectAccessible('trash dialog');
  await trash.getByRole('button', { name: en.trash.restoreNamed.replace('{{title}}', 'Throwaway') }).click();
  await expect(trash.getByRole('status')).toContainText('Throwaway');
  await trash.getByRole('button', { name: en.trash.close }).click();
  await expect(page.getByRole('button', { name: 'Throwaway' })).toBeVisible();
  expect(await readdir(app.data.documentsDir)).toContain('Throwaway.kravspec');
});

/** Opens a fixture in an older format and waits for the notice that it was upgraded. */
async function openOlderFormat(app: AppHarness, name: string): Promise<void> {
  await app.open();
  app.data.dialogAnswers.open.push(path.join(fixtures, name));
  await app.page.getByRole('button', { name: en.homeDocs.open }).click();
  await expect(app.page.getByRole('status').filter({ hasText: en.workspace.migrated })).toBeVisible();
}

test('an older format is upgraded on opening and the user is told', async ({ app }) => {
  await openOlderFormat(app, 'version-0.kravspec');
});

test('a version 1 file opens with the variants question left undecided', async ({ app }) => {
  await openOlderFormat(app, 'version-1.kravspec');
  const variants = app.page.locator('[data-section="procurement-variants"]');
  await variants.scrollIntoViewIfNeeded();
  await expect(variants.getByRole('radio', { name: en.steps.procurement.variants.undecided })).toBeChecked();
});

test('more actions: duplicate, rename and show in folder', async ({ app }) => {
  const { page } = app;
  await app.open();
  await createDocument(app, 'Konsulttjänster');
  await expectSaved(page);
  const more = async (item: string) => {
    await page.getByRole('toolbar').getByRole('button', { name: en.workspace.more }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  // Duplicating asks for the copy's title; the copy is named after it and is listed among the recent documents.
  await more(en.workspace.duplicate);
  const duplicate = page.getByRole('dialog', { name: en.duplicateDialog.title });
  const copyTitle = duplicate.getByRole('textbox', { name: en.duplicateDialog.label });
  await expect(copyTitle).toHaveValue('Copy of Konsulttjänster');
  await app.expectAccessible('duplicate dialog');
  await copyTitle.fill('Konsulttjänster 2028');
  await duplicate.getByRole('button', { name: en.duplicateDialog.ok }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Konsulttjänster 2028.kravspec' })).toBeVisible();
  await more(en.workspace.rename);
  const rename = page.getByRole('dialog', { name: en.rename.title });
  await app.expectAccessible('rename dialog');
  await rename.getByRole('textbox', { name: en.rename.label }).fill('Konsulttjänster 2027');
  await rename.getByRole('button', { name: en.rename.ok }).click();
  await expect(page.getByText(en.workspace.fileLabel.replace('{{file}}', 'Konsulttjänster 2027.kravspec'))).toBeVisible();
  await more(en.workspace.showInFolder);
  await expect.poll(() => app.data.shownInFolder).toEqual([path.join(app.data.documentsDir, 'Konsulttjänster 2027.kravspec')]);
  expect((await readdir(app.data.documentsDir)).sort()).toEqual(['Konsulttjänster 2027.kravspec', 'Konsulttjänster 2028.kravspec']);
  await page.getByRole('navigation').getByRole('button', { name: en.nav.home }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Konsulttjänster 2028', { exact: true })).toBeVisible();
});

test('a file handed over by the operating system opens in the window', async ({ app }) => {
  const { page } = app;
  await app.open();
  const file = path.join(app.data.documentsDir, 'Handed over.kravspec');
  await writeFile(file, await readFile(path.join(fixtures, 'norwegian.kravspec')));
  await app.emit('app:openFile', { path: file });
  const title = (await readDocument(file)).title;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Cancelling Save As changes nothing.
  await page.getByRole('toolbar').getByRole('button', { name: en.workspace.saveAs }).click();
  await expect(page.getByText(en.workspace.fileLabel.replace('{{file}}', 'Handed over.kravspec'))).toBeVisible();
});

test('a path the app never handed to the window is refused, and the window says why in its language', async ({ app }) => {
  const { page } = app;
  await app.open();
  const file = path.join(fixtures, 'norwegian.kravspec');
  const before = await readFile(file);
  // An open request main never sent (a forged event): the window asks for a path it was not given.
  await page.evaluate((forged) => (window as unknown as { __kravstudioEmit: (e: string, p: unknown) => void }).__kravstudioEmit('app:openFile', { path: forged }), file);
  const alert = page.getByRole('alert').filter({ hasText: 'norwegian.kravspec' });
  await expect(alert).toContainText(en.openProblem.reasons['path-not-allowed']);
  expect(await readFile(file)).toEqual(before);
  expect(app.data.context.documents.sessions()).toEqual([]);
  // The same file chosen in the open dialog opens.
  await alert.getByRole('button', { name: en.openProblem.dismiss }).click();
  app.data.dialogAnswers.open.push(file);
  await page.getByRole('button', { name: en.homeDocs.open }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText((await readDocument(file)).title);
});

test.describe('a document double-clicked to start the app', () => {
  test.use({ launchFiles: [path.join(fixtures, 'norwegian.kravspec')] });

  test('opens as soon as the window is ready', async ({ app }) => {
    const { page } = app;
    await page.goto('https://kravstudio.invalid/index.html');
    const title = (await readDocument(path.join(fixtures, 'norwegian.kravspec'))).title;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});
