import { defineConfig } from '@playwright/test';

/** The Electron end-to-end tests: one app at a time, started by test/electron/run.mjs. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
});
