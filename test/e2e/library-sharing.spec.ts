/**
 * Sharing packs as files and the organisation library folder, as a user
 * does it: export one's own pack to a .kravmall file, import that file back
 * (the library asks, and keeps both), choose an organisation folder in
 * Settings and find its pack in the library marked as the organisation's,
 * with a damaged file in the folder named and the rest still there.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, test } from './fixtures';

const en = catalogues.en;
const sv = catalogues.sv;
const templates = path.resolve(import.meta.dirname, '..', '..', 'templates');

const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name] ?? '');

async function ownPackFile(dir: string, id: string, title: Record<string, string>): Promise<string> {
  const shipped = JSON.parse(await readFile(path.join(templates, 'packs', 'it-operations.json'), 'utf8')) as Record<string, unknown>;
  const file = path.join(dir, `${id}.json`);
  await writeFile(file, JSON.stringify({ ...shipped, id, title }));
  return file;
}

test('export a pack to a file, import it again as a second copy, and read the organisation folder', async ({ app }) => {
  // A long journey over the whole library (three axe runs); slow on a busy machine.
  test.slow();
  const { page } = app;
  await app.open();
  const own = await ownPackFile(app.data.dataDir, 'our-operations', { sv: 'Våra driftkrav', nb: 'Våre driftskrav', en: 'Our operations requirements' });

  await page.getByRole('navigation').getByRole('button', { name: en.nav.library }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.library.title, { timeout: 20_000 });
  const myPacks = page.getByRole('region', { name: en.library.myPacks });
  app.data.dialogAnswers.pack.push(own);
  await myPacks.getByRole('button', { name: en.library.import }).click();
  await expect(myPacks.getByText(/Our operations requirements/)).toBeVisible();

  // Export: the save dialog answers with a place; the notice names the written file.
  const exported = path.join(app.data.dataDir, 'Our operations requirements.kravmall');
  app.data.dialogAnswers.shareSave.push(exported);
  await myPacks.getByRole('button', { name: fill(en.sharing.exportNamed, { title: 'Our operations requirements' }) }).click();
  await expect(page.getByRole('status').filter({ hasText: fill(en.sharing.exported, { title: 'Our operations requirements', file: 'Our operations requirements.kravmall' }) })).toBeVisible();
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ format: 'kravstudio-template-pack', id: 'our-operations' });

  // Import the exported file: the library already has it, so it asks; "Keep both" adds a copy.
  app.data.dialogAnswers.pack.push(exported);
  await myPacks.getByRole('button', { name: en.library.import }).click();
  const question = page.getByRole('alertdialog', { name: fill(en.sharing.exists.title, { title: 'Our operations requirements' }) });
  await expect(question.getByText(en.sharing.exists.replaceable)).toBeVisible();
  await app.expectAccessible('the question when an imported pack is already in the library');
  await question.getByRole('button', { name: en.sharing.exists.keepBoth }).click();
  await expect(myPacks.getByText(/Our operations requirements \(copy\)/)).toBeVisible();
  await expect(myPacks.getByRole('listitem')).toHaveCount(2);

  // The organisation folder, chosen in Settings: the window shows its name only.
  const folder = path.join(app.data.dataDir, 'Municipal templates');
  await mkdir(folder);
  await writeFile(path.join(folder, 'shared.kravmall'), await readFile(await ownPackFile(app.data.dataDir, 'municipal-operations', { en: 'Municipal operations', sv: 'Kommunens drift' })));
  await writeFile(path.join(folder, 'damaged.kravmall'), '{"format": "kravstudio-template-pack",');
  await page.getByRole('button', { name: en.nav.settings }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings.title);
  const setting = page.getByRole('group', { name: en.sharing.settings.title });
  await expect(setting.getByText(en.sharing.settings.none)).toBeVisible();
  app.data.dialogAnswers.folder.push(folder);
  await setting.getByRole('button', { name: en.sharing.settings.choose }).click();
  await expect(setting.getByText(fill(en.sharing.settings.chosen, { name: 'Municipal templates' }))).toBeVisible();
  await expect(setting.getByText(fill(en.sharing.settings.current, { name: 'Municipal templates' }))).toBeVisible();
  await app.expectAccessible('settings with an organisation folder');

  await page.getByRole('navigation').getByRole('button', { name: en.nav.library }).click();
  const organisation = page.getByRole('region', { name: en.sharing.organisation.title });
  await expect(organisation.getByRole('listitem').filter({ hasText: 'Municipal operations' })).toContainText(en.sharing.organisation.badge);
  await expect(organisation.getByText(/damaged\.kravmall: The file is not valid JSON/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: en.library.pack }).getByRole('option', { name: 'Municipal operations' })).toHaveCount(1);
  // The folder may be written to here, so the user's own packs can be published to it.
  await app.expectAccessible('the library with the organisation folder');
  await myPacks.getByRole('button', { name: fill(en.sharing.publishNamed, { title: 'Our operations requirements' }), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: fill(en.sharing.published, { title: 'Our operations requirements', file: 'our-operations.kravmall' }) })).toBeVisible();
  expect(JSON.parse(await readFile(path.join(folder, 'our-operations.kravmall'), 'utf8'))).toMatchObject({ id: 'our-operations' });
  await organisation.scrollIntoViewIfNeeded();
  await app.screenshot('library-sharing-organisation-en');
});

test.describe('in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('an offline organisation folder is a notice; the rest of the library works', async ({ app }) => {
    test.slow();
    const { page } = app;
    const folder = path.join(app.data.dataDir, 'Nätverksmappen');
    await mkdir(folder);
    await app.data.context.organisation.setFolder(folder);
    await (await import('node:fs/promises')).rm(folder, { recursive: true });
    await app.open();
    await page.getByRole('navigation').getByRole('button', { name: sv.nav.library }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.library.title, { timeout: 20_000 });
    const organisation = page.getByRole('region', { name: sv.sharing.organisation.title });
    await expect(organisation.getByText(fill(sv.sharing.organisation.offline, { name: 'Nätverksmappen' }))).toBeVisible();
    await expect(page.getByRole('region', { name: sv.library.resultsLabel }).getByRole('listitem').first()).toBeVisible();
    const courses = page.getByRole('region', { name: sv.sharing.courses.title });
    await expect(courses.getByRole('listitem').filter({ hasText: 'Att skriva krav: grundkurs' })).toContainText(sv.sharing.courses.origin.shipped);
    await app.expectAccessible('the library with the organisation folder offline (sv)');
    await organisation.scrollIntoViewIfNeeded();
    await app.screenshot('library-sharing-offline-sv');
  });
});
