import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { uiLanguages } from '../../shared/languages';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;
const templates = path.resolve(import.meta.dirname, '..', '..', 'templates');

async function newDocument(app: AppHarness, title: string, text = en): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: text.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: text.newDocument.title });
  await dialog.getByRole('textbox', { name: text.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('button', { name: text.newDocument.create }).click();
  // Creating a document can take longer than an expectation's default wait on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 });
}

async function openLibrary(page: Page, text = en): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: text.nav.library }).click();
  // The library is loaded on first use, which can take longer than an expectation's default wait on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.library.title, { timeout: 20_000 });
}

function results(page: Page) {
  return page.getByRole('region', { name: en.library.resultsLabel }).getByRole('listitem');
}

for (const language of uiLanguages) {
  const text = catalogues[language];
  test.describe(`library in ${language}`, () => {
    test.use({ preferredLanguages: [{ sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[language]] });

    test('search as you type, filter, and read a requirement in all three languages', async ({ app }) => {
      const { page } = app;
      await app.open();
      await openLibrary(page, text);
      const query = { sv: 'säkerhetskopi', nb: 'sikkerhetskopi', en: 'backup' }[language];
      await page.getByRole('searchbox', { name: text.library.search }).fill(query);
      const list = page.getByRole('region', { name: text.library.resultsLabel }).getByRole('listitem');
      await expect(list.first()).toBeVisible();
      const count = await list.count();
      expect(count).toBeGreaterThan(0);
      await list.first().getByRole('button').click();
      const detail = page.getByRole('region', { name: text.library.detailLabel });
      for (const name of ['Svenska', 'Norsk bokmål', 'English']) await expect(detail.getByText(name, { exact: true })).toBeVisible();
      await expect(detail.getByText(text.library.why, { exact: true })).toBeVisible();
      await app.expectAccessible(`library (${language})`);
      await app.screenshot(`library-${language}`);

      await page.getByRole('combobox', { name: text.library.obligation }).selectOption('evaluated');
      const filtered = await list.count();
      expect(filtered).toBeLessThanOrEqual(count);
    });

    test('shows a parameter value with its unit in the UI language, singular for one and plural otherwise', async ({ app }) => {
      const { page } = app;
      await app.open();
      await openLibrary(page, text);
      await page.getByRole('searchbox', { name: text.library.search }).fill('SLA-SUP-02');
      const list = page.getByRole('region', { name: text.library.resultsLabel }).getByRole('listitem');
      await list.first().getByRole('button').click();
      const parameters = page.getByRole('region', { name: text.library.detailLabel }).getByRole('table', { name: text.library.parameters });
      const shown = { sv: ['1 timme', '4 timmar'], nb: ['1 time', '4 timer'], en: ['1 hour', '4 hours'] }[language];
      for (const value of shown) await expect(parameters.getByRole('cell', { name: value, exact: true })).toBeVisible();
    });
  });
}

test.describe('units in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('adding a requirement shows the units of its values in Swedish, in the dialog and in the requirement editor', async ({ app }) => {
    const { page } = app;
    const sv = catalogues.sv;
    await app.open();
    await newDocument(app, 'Drift och support', sv);
    await openLibrary(page, sv);
    await page.getByRole('searchbox', { name: sv.library.search }).fill('SLA-SUP-02');
    await page.getByRole('region', { name: sv.library.resultsLabel }).getByRole('listitem').first().getByRole('button').click();
    await page.getByRole('region', { name: sv.library.detailLabel }).getByRole('button', { name: sv.library.add }).click();
    const dialog = page.getByRole('dialog');
    // Response time 1 hour, fix time 4 hours: the unit after each field follows its value.
    await expect(dialog.getByText('timme', { exact: true })).toHaveCount(1);
    await expect(dialog.getByText('timmar', { exact: true })).toHaveCount(1);
    await dialog.getByRole('textbox').first().fill('2');
    await expect(dialog.getByText('timmar', { exact: true })).toHaveCount(2);
    await dialog.getByRole('button', { name: sv.library.addConfirm }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('navigation').getByRole('button', { name: 'Drift och support' }).click();
    await page.getByRole('navigation', { name: sv.steps.builder.railLabel }).getByRole('button', { name: new RegExp(sv.steps.builder.names.requirements) }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    // Labelled as the library labels it, in the UI language, not by the placeholder's name.
    await expect(page.getByRole('textbox', { name: /^Responstid prioritet 1/ })).toHaveValue('2');
  });
});

test('add a requirement with its parameter values, then several at once; they are saved with their origin', async ({ app }) => {
  const { page } = app;
  await app.open();
  await newDocument(app, 'Molntjänst för e-arkiv');
  await openLibrary(page);
  await page.getByRole('combobox', { name: en.library.pack }).selectOption({ label: 'Cloud service (SaaS)' });
  await page.getByRole('searchbox', { name: en.library.search }).fill('availability');
  const first = results(page).first();
  await first.getByRole('button').click();
  const detail = page.getByRole('region', { name: en.library.detailLabel });
  await detail.getByRole('button', { name: en.library.add }).click();
  const dialog = page.getByRole('dialog');
  await app.expectAccessible('add requirement dialog');
  const inputs = dialog.getByRole('textbox');
  const parameterCount = await inputs.count();
  // Set the first parameter to a value of our own, inside its allowed range (one more or less than the default).
  let chosen: string | number = '';
  if (parameterCount > 0) {
    const initial = await inputs.first().inputValue();
    const asNumber = Number(initial);
    chosen = Number.isNaN(asNumber) ? `${initial} (adapted)` : asNumber > 1 ? asNumber - 1 : asNumber;
    await inputs.first().fill(String(chosen));
  }
  await dialog.getByRole('button', { name: en.library.addConfirm }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 requirement was added' })).toBeVisible();

  await page.getByRole('searchbox', { name: en.library.search }).fill('');
  for (const index of [3, 4, 5]) await results(page).nth(index).getByRole('checkbox').check();
  await page.getByRole('button', { name: new RegExp(en.library.addSelected) }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 requirements were added' })).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: 'Molntjänst för e-arkiv' }).click();
  await page.getByRole('navigation', { name: en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(en.steps.builder.names.requirements) }).click();
  const list = page.getByRole('listbox').getByRole('option');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await expect(list).toHaveCount(4);
  await app.expectAccessible('workspace with requirements and their quality findings');
  await app.screenshot('workspace-with-requirements-en');

  const file = path.join(app.data.documentsDir, 'Molntjänst för e-arkiv.kravspec');
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  expect(parsed.specification.requirements).toHaveLength(4);
  expect(parsed.specification.requirements.every((r) => r.provenance !== null && r.provenance.packVersion !== '')).toBe(true);
  if (parameterCount > 0) expect(parsed.specification.requirements[0]?.parameters[0]?.value).toBe(chosen);
});

test('import a pack, see it under My packs, remove it; a broken pack is refused with the place of the problem', async ({ app }) => {
  const { page } = app;
  await app.open();
  const shipped = JSON.parse(await readFile(path.join(templates, 'packs', 'it-consultancy.json'), 'utf8')) as { id: string; title: Record<string, string> };
  const own = path.join(app.data.dataDir, 'our-consultancy.json');
  await writeFile(own, JSON.stringify({ ...shipped, id: 'our-consultancy', title: { sv: 'Våra konsultkrav', nb: 'Våre konsulentkrav', en: 'Our consultancy requirements' } }));
  const broken = path.join(app.data.dataDir, 'broken.json');
  await writeFile(broken, JSON.stringify({ ...shipped, id: 'broken', version: 'one' }));

  await openLibrary(page);
  app.data.dialogAnswers.pack.push(own);
  await page.getByRole('button', { name: en.library.import }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Our consultancy requirements' })).toBeVisible();
  const myPacks = page.getByRole('region', { name: en.library.myPacks });
  await expect(myPacks.getByText(/Our consultancy requirements/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: en.library.pack }).getByRole('option', { name: 'Our consultancy requirements' })).toHaveCount(1);

  app.data.dialogAnswers.pack.push(broken);
  await page.getByRole('button', { name: en.library.import }).click();
  await expect(page.getByRole('status').filter({ hasText: '$.version' })).toBeVisible();

  await myPacks.getByRole('button', { name: en.library.removeNamed.replace('{{title}}', 'Our consultancy requirements') }).click();
  await expect(myPacks.getByText(en.library.noMyPacks)).toBeVisible();
  // The intro and "no packs yet" are sentences of their own, never run together ("…this computer.You have…").
  await expect(myPacks.locator('p').filter({ hasText: en.library.noMyPacks })).toHaveText(en.library.noMyPacks);
  await expect(myPacks.locator('p').filter({ hasText: en.library.myPacksIntro })).toHaveText(en.library.myPacksIntro);
});

test("a specification's requirements can be saved as the organisation's own pack", async ({ app }) => {
  const { page } = app;
  await app.open();
  await newDocument(app, 'Drift 2027');
  await openLibrary(page);
  for (const index of [0, 1]) await results(page).nth(index).getByRole('checkbox').check();
  await page.getByRole('button', { name: new RegExp(en.library.addSelected) }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Drift 2027' }).click();
  await page.getByRole('toolbar').getByRole('button', { name: en.workspace.more }).click();
  await page.getByRole('menuitem', { name: en.library.saveAsPack }).click();
  const dialog = page.getByRole('dialog', { name: en.library.saveAsPackTitle });
  await dialog.getByRole('textbox', { name: en.library.packTitle }).fill('Kommunens driftkrav');
  await dialog.getByRole('button', { name: en.library.save }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kommunens driftkrav' })).toBeVisible();
  await openLibrary(page);
  await expect(page.getByRole('region', { name: en.library.myPacks }).getByText(/Kommunens driftkrav/)).toBeVisible();
});

test('thresholds show their validity and which values must be checked', async ({ app }) => {
  const { page } = app;
  await app.open();
  await openLibrary(page);
  const rules = page.getByRole('region', { name: en.rules.title });
  await rules.getByRole('tab', { name: en.jurisdiction.no }).click();
  const verify = rules.getByText(en.rules.verify);
  expect(await verify.count()).toBeGreaterThan(0);
  await expect(rules.getByRole('cell', { name: /NOK\s?1,300,000/ })).toBeVisible();
  await app.expectAccessible('rules panel');
});

test('the library works from the keyboard alone: search, pick, read, add', async ({ app }) => {
  const { page } = app;
  await app.open();
  await newDocument(app, 'Keyboard test');
  await openLibrary(page);
  const search = page.getByRole('searchbox', { name: en.library.search });
  await search.focus();
  await page.keyboard.type('backup');
  // Tab past the filters to the first result's checkbox, tick it with Space, then open it with Enter.
  const firstCheckbox = results(page).first().getByRole('checkbox');
  for (let i = 0; i < 40 && !(await firstCheckbox.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(firstCheckbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstCheckbox).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(results(page).first().getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: en.library.detailLabel }).getByRole('heading', { level: 2 })).toBeVisible();
  // Back up with Shift+Tab to "Add selected", which sits above the results.
  const addSelected = page.getByRole('button', { name: new RegExp(en.library.addSelected) });
  for (let i = 0; i < 10 && !(await addSelected.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Shift+Tab');
  await expect(addSelected).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '1 requirement was added' })).toBeVisible();
});
