/**
 * A new specification can start from one or more service-type packs: their
 * requirements are in the document from the start, with their origin.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test } from './fixtures';

const en = catalogues.en;

test('a new specification can start from a service-type pack', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: en.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: en.newDocument.title });
  await dialog.getByRole('textbox', { name: en.newDocument.titleLabel }).fill('Cloud case management');
  const packs = dialog.getByRole('group', { name: en.newDocument.packsLabel });
  const cloud = packs.getByRole('checkbox', { name: /^Cloud service \(SaaS\)/ });
  await expect(cloud).toBeVisible();
  await cloud.check();
  await app.expectAccessible('new document dialog with service-type packs');
  // The option says how many requirements the pack brings: "Cloud service (SaaS) (97 requirements)".
  const label = (await packs.getByText(/^Cloud service \(SaaS\)/).textContent()) ?? '';
  const count = Number(/\((\d+) requirements\)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(10);
  await dialog.getByRole('button', { name: en.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cloud case management');
  await page.getByRole('navigation', { name: en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(en.steps.builder.names.requirements) }).click();
  await expect(page.getByRole('listbox')).toHaveAccessibleName(new RegExp(`${count} shown`));
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const saved = parsed.specification;
  expect(saved.requirements).toHaveLength(count);
  expect(saved.requirements.every((requirement) => requirement.provenance?.packId === 'cloud-service')).toBe(true);
});
