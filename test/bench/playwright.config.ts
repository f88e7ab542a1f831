/**
 * The renderer benchmarks: the built app in Debian's Chromium with the same
 * harness as the e2e tests (test/e2e/fixtures.ts), one worker so the
 * figures are not disturbed by a second browser.
 */
import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config';

export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '**/*.ui-bench.ts',
  globalSetup: '../e2e/global-setup.ts',
  outputDir: '../../test-results/playwright-bench',
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
  use: {
    ...e2e.use,
    launchOptions: { ...e2e.use?.launchOptions, args: [...(e2e.use?.launchOptions?.args ?? []), '--enable-precise-memory-info'] },
  },
});
