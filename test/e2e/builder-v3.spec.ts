/**
 * What real specifications hold, in the builder: the export's preflight in
 * each UI language with "go to" landing on the requirement it names, and a
 * requirement with a title, a response instruction with a bulleted list and a
 * cross-reference, and its section's settings.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { effectiveSectionNumbering } from '../../shared/builder/requirement-edits';
import { catalogues } from '../../shared/i18n/catalogues';
import type { UiLanguage } from '../../shared/languages';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
import { expect, test, type AppHarness } from './fixtures';
import { screensDir } from './paths';

/** How the editor's labels name a document language, per UI language. */
const languageNames: Record<string, Record<UiLanguage, string>> = {
  sv: { sv: 'svenska', nb: 'svensk', en: 'Swedish' },
  en: { sv: 'engelska', nb: 'engelsk', en: 'English' },
};
const documentLanguageName = (code: string, ui: UiLanguage): string => languageNames[code]?.[ui] ?? code;

async function openDocument(app: AppHarness, spec: Specification): Promise<string> {
  const file = path.join(app.data.documentsDir, `${spec.title}.kravspec`);
  await writeFile(file, serializeSpecification(spec));
  await app.open();
  await app.emit('app:openFile', { path: file });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  return file;
}

async function savedDocument(file: string): Promise<Specification> {
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

const locales: readonly [UiLanguage, string][] = [
  ['en', 'en-GB'],
  ['sv', 'sv-SE'],
  ['nb', 'nb-NO'],
];

for (const [ui, locale] of locales) {
  test.describe(`in ${ui}`, () => {
    test.use({ preferredLanguages: [locale] });

    test('the preflight lists what the export would print empty, and "go to" lands on the requirement', async ({ app }) => {
      const { page } = app;
      const texts = catalogues[ui];
      const base = makeLargeSpecification(6, 3);
      const blank = base.requirements[2];
      if (blank === undefined) throw new Error('no requirement');
      const emptied: Specification = {
        ...base,
        title: `Preflight ${ui}`,
        requirements: base.requirements.map((requirement) => (requirement.id === blank.id ? { ...requirement, text: Object.fromEntries(base.languages.map((language) => [language, ''])) } : requirement)),
      };
      await openDocument(app, emptied);

      await page.getByRole('toolbar').getByRole('button', { name: texts.exportDialog.button }).click();
      const dialog = page.getByRole('dialog', { name: texts.exportDialog.titleAnyFormat });
      await dialog.getByRole('button', { name: texts.exportDialog.export }).click();

      // The list appears in place of the choices and takes focus; nothing has been written.
      await expect(dialog.locator('#preflight-heading')).toBeFocused();
      const item = dialog.locator('[data-preflight-code="requirement.noText"]');
      await expect(item).toBeVisible();
      // Grouped by what the item is: a requirement printed without text is under "printed empty".
      await expect(dialog.getByRole('heading', { level: 4, name: new RegExp(texts.preflight.category.empty) })).toBeVisible();
      await expect(dialog.getByRole('button', { name: texts.exportDialog.exportAnyway })).toBeVisible();
      expect((await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.docx'))).toEqual([]);
      await app.expectAccessible(`the export preflight in ${ui}`);
      await app.screenshot(`export-preflight-${ui}`);

      // Back returns to the choices with focus on Export; Export shows the list again.
      await dialog.getByRole('button', { name: texts.exportDialog.backToChoices }).click();
      await expect(dialog.getByRole('button', { name: texts.exportDialog.export })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog.locator('#preflight-heading')).toBeFocused();

      // Keyboard only: "Go to" on the empty requirement opens it in the editor, its text field focused.
      await item.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toHaveCount(0);
      await expect(page.locator('[data-current-step="requirements"]')).toBeVisible();
      await expect(page.locator(`section[data-requirement-id="${blank.id}"]`)).toBeVisible();
      const label = texts.steps.requirements.textIn.replace('{{language}}', documentLanguageName(emptied.languages[0] ?? 'en', ui));
      await expect(page.getByRole('textbox', { name: label, exact: true })).toBeFocused();
    });
  });
}

test('a requirement with a title, an instruction with a list and a cross-reference, in a section with its own numbering', async ({ app }) => {
  const { page } = app;
  const texts = catalogues.en.steps.requirements;
  const base = makeLargeSpecification(6, 3);
  const [first, second] = base.requirements;
  if (first === undefined || second === undefined) throw new Error('no requirements');
  const spec: Specification = { ...base, title: 'Case management' };
  const file = await openDocument(app, spec);
  await page.getByRole('navigation', { name: catalogues.en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(catalogues.en.steps.builder.names.requirements) }).click();

  // The second requirement: its title in English, and what the tenderer must answer, with a list and a reference to the first.
  await page.getByRole('listbox').getByRole('option', { name: new RegExp(second.id) }).click();
  const editor = page.locator(`section[data-requirement-id="${second.id}"]`);
  await expect(editor).toBeVisible();
  const english = documentLanguageName('en', 'en');
  await editor.getByRole('textbox', { name: texts.titleIn.replace('{{language}}', english), exact: true }).fill('Single sign-on');
  const instruction = `Describe how users sign in:\n\n- with the municipality's identity provider\n- with BankID for citizens\n\nShow how this works with [K1](ref:${first.id}).`;
  await editor.getByRole('textbox', { name: texts.instructionIn.replace('{{language}}', english), exact: true }).fill(instruction);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const saved = (await savedDocument(file)).requirements.find((requirement) => requirement.id === second.id);
  expect(saved?.title).toEqual({ en: 'Single sign-on' });
  expect(saved?.responseInstruction).toEqual({ en: instruction });
  await app.expectAccessible('a requirement with a title and a response instruction');
  await editor.screenshot({ path: path.join(screensDir, 'requirement-title-instruction-en.png') });

  // The section: fixed numbers give the requirement its own number field.
  const tree = page.getByRole('tree');
  await tree.getByRole('treeitem').nth(1).click();
  const settings = page.locator('[data-section-settings]');
  await expect(settings).toBeVisible();
  await settings.getByRole('radio', { name: texts.numbering.fixed }).check();
  await page.getByRole('listbox').getByRole('option').first().click();
  const number = page.getByRole('textbox', { name: texts.fixedNumber, exact: true });
  await expect(number).toBeVisible();
  await number.fill('K 1');
  await expect(page.getByText(texts.fixedNumberInvalid)).toBeVisible();
  await number.fill('K1');
  await expect(page.getByText(texts.fixedNumberInvalid)).toHaveCount(0);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const after = await savedDocument(file);
  const numbered = after.requirements.find((requirement) => requirement.fixedNumber === 'K1');
  expect(numbered).toBeDefined();
  expect(effectiveSectionNumbering(after, numbered?.sectionId ?? '')).toEqual({ scheme: 'fixed' });
  await app.expectAccessible('section settings with fixed numbers');
});

test('a section with prose and no requirements can be written', async ({ app }) => {
  const { page } = app;
  const texts = catalogues.en.steps.requirements;
  const spec: Specification = { ...makeLargeSpecification(3, 2), title: 'Prose sections' };
  const file = await openDocument(app, spec);
  await page.getByRole('navigation', { name: catalogues.en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(catalogues.en.steps.builder.names.requirements) }).click();
  await page.getByRole('button', { name: texts.addSection }).click();
  const tree = page.getByRole('tree');
  // A section the app makes is titled in the document's language, whatever the UI's.
  await tree.getByRole('treeitem', { name: new RegExp(catalogues[spec.primaryLanguage].steps.requirements.newSectionTitle) }).click();
  const settings = page.locator('[data-section-settings]');
  await expect(settings.getByText(texts.proseOnly)).toBeVisible();
  const english = documentLanguageName('en', 'en');
  await settings.getByRole('textbox', { name: texts.sectionIntroIn.replace('{{language}}', english), exact: true }).fill('The supplier trains:\n\n1. administrators\n2. case officers');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const saved = await savedDocument(file);
  expect(saved.sections.find((section) => section.intro?.en?.startsWith('The supplier trains') === true)).toBeDefined();
});

test('the buyer logo: a PNG, an SVG drawn into a PNG, a refused file named in the message, and removing it', async ({ app }) => {
  const { page } = app;
  const logo = catalogues.en.steps.procurement.logo;
  const file = await openDocument(app, { ...makeLargeSpecification(3, 2), title: 'Logo' });
  const input = page.locator('input[type="file"]');
  const onePixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  await input.setInputFiles({ name: 'kommun.png', mimeType: 'image/png', buffer: onePixel });
  await expect(page.getByRole('img', { name: logo.alt.replace('{{file}}', 'kommun.png') })).toBeVisible();

  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#036"/></svg>';
  await input.setInputFiles({ name: 'kommun.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(page.getByRole('img', { name: logo.alt.replace('{{file}}', 'kommun.svg') })).toBeVisible();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const saved = (await savedDocument(file)).buyer.logo;
  expect(saved).toMatchObject({ name: 'kommun.svg', svg, widthPx: 1200, heightPx: 600 });

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  await expect(page.getByRole('alert')).toContainText(logo.type.replace('{{file}}', 'notes.txt'));
  await expect(page.getByRole('img', { name: logo.alt.replace('{{file}}', 'kommun.svg') })).toBeVisible();
  await app.expectAccessible('the buyer logo with a refused file');

  await page.getByRole('button', { name: logo.remove }).click();
  await expect(page.getByRole('img', { name: logo.alt.replace('{{file}}', 'kommun.svg') })).toHaveCount(0);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  expect((await savedDocument(file)).buyer.logo).toBeUndefined();
});
