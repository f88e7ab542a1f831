import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, test } from './fixtures';

const en = catalogues.en;
const sv = catalogues.sv;
const nb = catalogues.nb;

test('switching the language changes the UI at once and is remembered after a restart', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: en.nav.settings }).click();
  await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.settings.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('status')).toContainText(nb.settings.saved);

  const stored = JSON.parse(await readFile(path.join(app.data.dataDir, 'userData', 'app-state.json'), 'utf8')) as {
    settings: { language: string };
  };
  expect(stored.settings.language).toBe('nb');

  await app.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.home.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('"follow the system" goes back to the OS language', async ({ app }) => {
  const { page } = app;
  await app.data.appState.update({ language: 'sv' });
  await app.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.home.title);
  await page.getByRole('button', { name: sv.nav.settings }).click();
  await page.getByRole('radio', { name: sv.settings.language.system.replace('{{language}}', 'English') }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings.title);
  expect(app.data.appState.get().language).toBeNull();
});

for (const theme of ['dark', 'highContrast'] as const) {
  test(`the ${theme} theme applies and passes axe`, async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: en.nav.settings }).click();
    await page.getByRole('radio', { name: en.settings.theme[theme] }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await app.expectAccessible(`settings in ${theme}`);
    await app.screenshot(`settings-${theme}-en`);
    await page.getByRole('button', { name: en.nav.home }).click();
    await app.expectAccessible(`home in ${theme}`);
    await app.screenshot(`home-${theme}-en`);
    expect(app.data.appState.get().theme).toBe(theme);
  });
}

test('the system theme follows the OS colour scheme', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ forcedColors: 'active' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'highContrast');
});

test('the whole flow works from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await app.open();
  // First Tab stops are the navigation: Home, the library, then Settings.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en.nav.home })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en.nav.library })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en.nav.settings })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Into the language group: the checked radio takes focus; arrows move and select.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /English/ }).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.settings.title);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.settings.title);
  // Open About with Enter, close it with Escape, focus returns to the button.
  const aboutButton = page.getByRole('button', { name: nb.nav.about });
  await aboutButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: nb.about.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(aboutButton).toBeFocused();
});

test('menu commands from the main process open About, shortcuts and settings', async ({ app }) => {
  const { page } = app;
  await app.open();
  await app.emit('menu:command', { command: 'about' });
  await expect(page.getByRole('dialog', { name: en.about.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await app.emit('menu:command', { command: 'shortcuts' });
  await expect(page.getByRole('dialog', { name: en.shortcuts.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await app.emit('menu:command', { command: 'settings' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.settings.title);
});
