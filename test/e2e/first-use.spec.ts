/**
 * What a new user meets first, in Norwegian: a new document's steps are
 * neutral rather than full of warnings, the requirement list of an empty
 * document does not talk about a search nobody made, the search's clear
 * button speaks Norwegian, and renaming the document renames it in the
 * navigation.
 */
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, test } from './fixtures';

const nb = catalogues.nb;
const steps = nb.steps;
test.use({ preferredLanguages: ['nb-NO'] });

test('a new document in Norwegian: neutral steps until worked in or reviewed, an empty list that says so, a Norwegian clear button, the new title in the navigation', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: nb.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: nb.newDocument.title });
  await dialog.getByRole('textbox', { name: nb.newDocument.titleLabel }).fill('Saksbehandling');
  await dialog.getByRole('button', { name: nb.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saksbehandling', { timeout: 20_000 });

  const rail = page.getByRole('navigation', { name: steps.builder.railLabel });
  for (const step of ['procurement', 'needs', 'requirements', 'evaluation', 'review'] as const) {
    const button = rail.locator(`[data-step="${step}"]`);
    await expect(button, step).toHaveAttribute('data-step-state', 'notStarted');
    await expect(button, step).toContainText(steps.builder.stepNotStarted);
  }
  await app.screenshot('new-document-steps-nb');

  // The Requirements step of an empty document: no talk of a search, and the search's clear button in Norwegian.
  await rail.locator('[data-step="requirements"]').click();
  // Beside the editor the list says only that there are none; in its place (a narrow window) it also says how to begin.
  const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const emptyTexts = [steps.requirements.noneYet, steps.requirements.emptyDocument].map(escaped).join('|');
  await expect(page.getByTestId('requirement-rows')).toHaveText(new RegExp(`^(${emptyTexts})$`));
  await expect(page.getByText(steps.requirements.noneInView)).toHaveCount(0);
  const find = page.getByRole('searchbox', { name: steps.requirements.find });
  await find.fill('oppetid');
  await expect(page.getByRole('button', { name: nb.app.clearSearch })).toBeVisible();
  await expect(page.getByRole('button', { name: 'clear', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: nb.app.clearSearch }).click();
  await expect(find).toHaveValue('');

  // Working in a step shows its problems there, and only there; asking for the review shows them all.
  await rail.locator('[data-step="procurement"]').click();
  await page.getByRole('textbox', { name: nb.details.titleLabel, exact: true }).fill('Saksbehandling i skyen');
  await expect(rail.locator('[data-step="procurement"]')).toHaveAttribute('data-step-state', 'open');
  await expect(rail.locator('[data-step="needs"]')).toHaveAttribute('data-step-state', 'notStarted');
  // The navigation names the document by its new title.
  await expect(page.getByRole('navigation', { name: nb.nav.label }).getByRole('button', { name: 'Saksbehandling i skyen' })).toBeVisible();

  await rail.locator('[data-step="review"]').click();
  await expect(rail.locator('[data-step="needs"]')).toHaveAttribute('data-step-state', 'open');
  await expect(rail.locator('[data-step="requirements"]')).toHaveAttribute('data-step-state', 'open');
});
