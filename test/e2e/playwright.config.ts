import { defineConfig } from '@playwright/test';

export const chromiumPath = process.env['KRAVSTUDIO_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/playwright',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  // Ceilings for a loaded two-core machine, never speed limits: every wait is for a state the UI shows.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    // Animations off (Fluent UI's motion and transitions follow prefers-reduced-motion): on a loaded
    // machine an element that is still moving is not yet "stable" for a click, and a test waits on it.
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 820 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
