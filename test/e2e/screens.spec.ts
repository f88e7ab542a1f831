import { catalogues } from '../../shared/i18n/catalogues';
import { uiLanguages } from '../../shared/languages';
import { expect, test } from './fixtures';

const osLanguage = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' } as const;

for (const language of uiLanguages) {
  const text = catalogues[language];

  test.describe(`in ${language}`, () => {
    test.use({ preferredLanguages: [osLanguage[language]] });

    test('home, settings, shortcuts and About follow the OS language and pass axe', async ({ app }) => {
      const { page } = app;
      await app.open();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.home.title);
      await expect(page.getByRole('navigation', { name: text.nav.label })).toBeVisible();
      await expect(page.getByRole('heading', { name: text.home.steps.requirements.title, exact: true })).toBeVisible();
      await app.expectAccessible(`home (${language})`);
      await app.screenshot(`home-${language}`);

      await page.getByRole('button', { name: text.nav.settings }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.settings.title);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.getByRole('radiogroup').first()).toBeVisible();
      await app.expectAccessible(`settings (${language})`);
      await app.screenshot(`settings-${language}`);

      await page.getByRole('button', { name: text.nav.shortcuts }).click();
      const shortcuts = page.getByRole('dialog', { name: text.shortcuts.title });
      await expect(shortcuts).toBeVisible();
      await expect(shortcuts.getByRole('cell', { name: text.shortcuts.items.save, exact: true })).toBeVisible();
      await app.expectAccessible(`shortcuts (${language})`);
      await app.screenshot(`shortcuts-${language}`);
      await page.keyboard.press('Escape');
      await expect(shortcuts).toBeHidden();

      await page.getByRole('button', { name: text.nav.about }).click();
      const about = page.getByRole('dialog', { name: text.about.title });
      await expect(about).toBeVisible();
      await expect(about.getByText(text.about.version.replace('{{version}}', '0.0.0-test'))).toBeVisible();
      await expect(about.getByRole('cell', { name: 'react', exact: true })).toBeVisible();
      await expect(about.getByRole('cell', { name: 'zod', exact: true })).toBeVisible();
      await app.expectAccessible(`about (${language})`);
      await app.screenshot(`about-${language}`);
    });
  });
}
