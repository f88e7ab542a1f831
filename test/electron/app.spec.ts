/**
 * End-to-end checks against the real Electron app (the build in out/):
 * where the window loads from, what the page can reach, and that the
 * hardening in electron/security.ts holds. Each test starts the app with a
 * fresh home folder, so userData and saved settings start empty.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WebPreferences } from 'electron';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary(repoRoot);
const appUrl = /^app:\/\/kravstudio\//;

test.skip(binary === null, 'no Electron binary (see test/electron/run.mjs)');

/** The current environment with a throwaway home, so Electron picks a fresh userData folder. */
function freshEnvironment(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    APPDATA: path.join(home, 'AppData', 'Roaming'),
  };
}

let home: string;
let electronApp: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-electron-'));
  electronApp = await _electron.launch({
    executablePath: binary ?? undefined,
    args: [repoRoot, '--no-sandbox'],
    cwd: repoRoot,
    env: freshEnvironment(home),
  });
  page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await electronApp.close();
  await rm(home, { recursive: true, force: true });
});

test('the first window loads the app from app://kravstudio/', async () => {
  await expect(page).toHaveURL(appUrl);
  await expect(page.locator('main h1')).toBeVisible();
});

test('the page has no Node globals and a frozen bridge', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof require,
    process: typeof process,
    bridge: typeof window.kravstudio,
    frozen: Object.isFrozen(window.kravstudio),
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object', frozen: true });
});

test('the CSP is in effect and the window runs isolated and sandboxed', async () => {
  const metaPolicy = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
  );
  expect(metaPolicy).toContain("script-src 'self'");

  const headerPolicy = await electronApp.evaluate(async ({ net }) => {
    const response = await net.fetch('app://kravstudio/index.html');
    return response.headers.get('content-security-policy');
  });
  expect(headerPolicy).toContain("script-src 'self'");
  expect(headerPolicy).toContain("frame-ancestors 'none'");

  const inlineScriptRan = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, boolean | undefined>;
    const script = document.createElement('script');
    script.textContent = 'window.__inlineProbe = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return flags['__inlineProbe'] === true;
  });
  expect(inlineScriptRan).toBe(false);

  // getLastWebPreferences is real but missing from Electron's type definitions.
  const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      | { getLastWebPreferences?: () => WebPreferences | null }
      | undefined;
    if (typeof contents?.getLastWebPreferences !== 'function') throw new Error('webContents.getLastWebPreferences is not available');
    const prefs = contents.getLastWebPreferences();
    if (prefs === null) return null;
    return {
      contextIsolation: prefs.contextIsolation,
      sandbox: prefs.sandbox,
      nodeIntegration: prefs.nodeIntegration,
      webSecurity: prefs.webSecurity,
    };
  });
  expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
});

test('window.open returns null and opens no window; https links go to the system browser', async () => {
  // Record instead of really opening a browser on the test machine.
  await electronApp.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedExternally?: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });

  const result = await page.evaluate(() => window.open('https://example.com') === null);
  expect(result).toBe(true);

  await expect
    .poll(() => electronApp.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally ?? []))
    .toEqual(['https://example.com/']);
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(electronApp.windows()).toHaveLength(1);
});

test('navigating the window to another origin is blocked', async () => {
  await expect(page.locator('main h1')).toBeVisible();
  await page.evaluate(() => {
    location.href = 'https://example.com';
  });
  // A navigation that got through would have replaced the page by now.
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(appUrl);
  expect(await page.evaluate(() => location.origin)).toBe('app://kravstudio');
  await expect(page.locator('main h1')).toBeVisible();
});
