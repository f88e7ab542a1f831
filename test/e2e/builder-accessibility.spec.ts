/**
 * Every step of the guided builder in the themes people rely on (high
 * contrast, dark) and at 200 % zoom (a 1280-pixel window seen at twice the
 * size is 640 CSS pixels wide): no axe violations, nothing wider than the
 * window, and the next/previous step commands move focus to the new step.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { builderSteps } from '../../shared/builder/steps';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');

async function openRich(app: AppHarness): Promise<void> {
  const file = path.join(app.data.documentsDir, 'Rich.kravspec');
  await copyFile(path.join(fixtures, 'rich.kravspec'), file);
  await app.emit('app:openFile', { path: file });
  await expect(app.page.locator('[data-current-step="procurement"]')).toBeVisible();
}

async function currentStepHeading(page: Page, step: (typeof builderSteps)[number]): Promise<void> {
  await expect(page.locator(`[data-current-step="${step}"]`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: en.steps.builder.names[step] })).toBeFocused();
}

for (const theme of ['highContrast', 'dark'] as const) {
  test(`every step in the ${theme} theme passes axe; next and previous step move focus`, async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: en.nav.settings }).click();
    await page.getByRole('radio', { name: en.settings.theme[theme] }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await openRich(app);
    await app.expectAccessible(`procurement step (${theme})`);
    for (const step of builderSteps.slice(1)) {
      await app.emit('menu:command', { command: 'nextStep' });
      await currentStepHeading(page, step);
      await app.expectAccessible(`${step} step (${theme})`);
    }
    await app.screenshot(`step-review-${theme}-en`);
    // At the last step "next" stays; "previous" goes back one.
    await app.emit('menu:command', { command: 'nextStep' });
    await expect(page.locator('[data-current-step="review"]')).toBeVisible();
    await app.emit('menu:command', { command: 'previousStep' });
    await currentStepHeading(page, 'evaluation');
    // Find requirement opens the Requirements step with the search field focused.
    await app.emit('menu:command', { command: 'findRequirement' });
    await expect(page.getByRole('searchbox', { name: en.steps.requirements.find })).toBeFocused();
  });
}

test('at 200 % zoom every step fits the window and passes axe', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 640, height: 410 });
  await app.open();
  await openRich(app);
  for (const step of builderSteps) {
    await page.getByRole('navigation', { name: en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(en.steps.builder.names[step]) }).click();
    await expect(page.locator(`[data-current-step="${step}"]`)).toBeVisible();
    await app.expectAccessible(`${step} step at 200 % zoom`);
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('main');
      return main === null ? 0 : main.scrollWidth - main.clientWidth;
    });
    expect(overflow, `${step}: content wider than the window`).toBeLessThanOrEqual(1);
  }
  await page.getByRole('navigation', { name: en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(en.steps.builder.names.requirements) }).click();
  await app.screenshot('step-requirements-zoom-200-en');
});
