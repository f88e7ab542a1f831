import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Ticks an option of an open multi-select dropdown (Fluent lists them as
 * menu item checkboxes). Under load a click can land while the list is
 * still opening; a user would simply click again, and so does this.
 */
export async function tickOption(option: Locator): Promise<void> {
  await expect(async () => {
    if ((await option.getAttribute('aria-checked')) !== 'true') await option.click();
    await expect(option).toHaveAttribute('aria-checked', 'true', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}
