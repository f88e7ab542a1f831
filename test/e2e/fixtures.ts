/**
 * Every e2e test gets the built renderer in Chromium, served under a stand-in
 * origin by page.route with the app's own headers (CSP included), the real
 * handler registry bridged through page.exposeBinding, a fresh temporary data
 * folder, and a check that nothing was logged as an error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { resolveAsset, securityHeaders } from '../../electron/app-protocol';
import { handlers } from '../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../electron/ipc';
import { docxFormat } from '../../electron/services/export-formats/docx';
import { createPdfFormat } from '../../electron/services/export-formats/pdf';
import { ExportFormatRegistry } from '../../electron/services/export-formats/registry';
import { saveEverythingBeforeQuit } from '../../electron/services/window-edits';
import type { ChannelName, EventName, EventPayload } from '../../shared/contract';
import { createTestContext, type TestContext } from '../support/test-context';
import { registryWithToyFormat } from '../support/toy-export-format';
import { bridgeScript, rendererDir, repoRoot, screensDir, testOrigin } from './paths';

export interface AppHarness {
  page: Page;
  data: TestContext;
  dispatch: Dispatch;
  /** Opens (or reopens) the app window. */
  open(): Promise<void>;
  /** Runs what the app does on quitting (before-quit): takes the page's pending edits and saves every open document. */
  quit(): Promise<void>;
  /** Sends a main-process event to the page, as webContents.send would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Fails the test on any WCAG 2.1 A/AA violation on the page as it is now. */
  expectAccessible(what: string): Promise<void>;
  /** Resolves when the page's open and close animations have finished (endless ones, such as a spinner, aside). */
  animationsDone(): Promise<void>;
  screenshot(name: string): Promise<void>;
  /** Console errors matching this are expected by the test (for example CSP reports). */
  allowConsole(pattern: RegExp): void;
  /** Holds every later call on a channel before the main process handles it, as a slow main process would, until the test lets it through. */
  hold(channel: ChannelName): ChannelHold;
}

/** Calls on one channel kept waiting by the test (see AppHarness.hold). */
export interface ChannelHold {
  /** How many calls are waiting. */
  waiting(): number;
  /** Lets the oldest waiting call through to its handler. */
  releaseNext(): void;
  /** Lets every waiting call through and stops holding the channel. */
  releaseAll(): void;
}

/** The calls waiting on each held channel, oldest first. */
class HeldCalls implements ChannelHold {
  readonly #queue: (() => void)[] = [];
  #holding = true;

  /** Resolves when the test lets this call through (at once when the channel is no longer held). */
  pass(): Promise<void> {
    if (!this.#holding) return Promise.resolve();
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  waiting(): number {
    return this.#queue.length;
  }

  releaseNext(): void {
    this.#queue.shift()?.();
  }

  releaseAll(): void {
    this.#holding = false;
    for (const release of this.#queue.splice(0)) release();
  }
}

interface Options {
  preferredLanguages: string[];
  /** Files handed over at launch, as a double-clicked document would be. */
  launchFiles: string[];
  /** Offers the test-only plain-text format beside the shipped ones, to exercise the export dialog's format picker. */
  withToyExportFormat: boolean;
  /** The shipped formats as on a computer without LibreOffice: PDF listed but unavailable. */
  withoutLibreOffice: boolean;
}

export const test = base.extend<Options & { app: AppHarness }>({
  preferredLanguages: [['en-GB'], { option: true }],
  launchFiles: [[], { option: true }],
  withToyExportFormat: [false, { option: true }],
  withoutLibreOffice: [false, { option: true }],
  app: async ({ page, preferredLanguages, launchFiles, withToyExportFormat, withoutLibreOffice }, use) => {
    // Save states (and the request for pending edits) reach the page as webContents.send would deliver them.
    const sendToPage = (event: EventName, payload: unknown): void => {
      void page
        .evaluate(
          ([name, body]) => (window as unknown as { __kravstudioEmit?: (e: string, p: unknown) => void }).__kravstudioEmit?.(name, body),
          [event, payload] as const,
        )
        .catch(() => undefined);
    };
    const data = await createTestContext({
      preferredLanguages,
      launchFiles: [...launchFiles],
      resourcesDir: path.join(repoRoot, 'out'),
      ...(withToyExportFormat ? { exportFormats: registryWithToyFormat() } : {}),
      ...(withoutLibreOffice ? { exportFormats: new ExportFormatRegistry([docxFormat, createPdfFormat({ locate: () => ({ found: false, named: null }) })]) } : {}),
      onSaveState: (sessionId, state) => sendToPage('document:saveState', { sessionId, state }),
      askWindowForPendingEdits: (requestId) => {
        sendToPage('document:sendPendingEdits', { requestId });
        return true;
      },
    });
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      if (allowed.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });

    const dispatch = createDispatcher({
      registry: handlers,
      context: data.context,
      allowedOrigins: [testOrigin],
      logError: (channel, error) => problems.push(`handler ${channel} failed: ${String(error)}`),
    });
    // The answer crosses as JSON text: Playwright's own serialiser walks every value of a large answer
    // (the library is over a megabyte) and took seconds where Electron's structured clone takes milliseconds.
    const held = new Map<string, HeldCalls>();
    await page.exposeBinding('__kravstudioInvoke', async ({ frame }, channel: string, input: unknown) => {
      await held.get(channel)?.pass();
      return JSON.stringify({ answer: await dispatch({ url: frame.url(), isTopFrame: frame.parentFrame() === null }, channel, input) });
    });
    await page.addInitScript({ path: bridgeScript });
    // No network: everything that is not the app is refused.
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.route(`${testOrigin}/**`, async (route) => {
      const asset = resolveAsset(route.request().url(), rendererDir, testOrigin);
      if (asset.kind === 'file') {
        try {
          await route.fulfill({ status: 200, headers: asset.headers, body: await readFile(asset.filePath) });
          return;
        } catch {
          // fall through
        }
      }
      await route.fulfill({ status: 404, headers: securityHeaders, body: 'Not found' });
    });

    const harness: AppHarness = {
      page,
      data,
      dispatch,
      async open() {
        await page.goto(`${testOrigin}/index.html`);
        await expect(page.locator('main h1')).toBeVisible();
      },
      async quit() {
        const failed = await saveEverythingBeforeQuit(data.context);
        expect(failed.map((session) => session.path), 'documents that could not be saved on quitting').toEqual([]);
      },
      async emit(event, payload) {
        // The main process grants a file it sends the window to open; the window may then name it.
        if (event === 'app:openFile') data.context.grants.grant((payload as EventPayload<'app:openFile'>).path);
        await page.evaluate(
          ([name, body]) => (window as unknown as { __kravstudioEmit: (e: string, p: unknown) => void }).__kravstudioEmit(name, body),
          [event, payload] as const,
        );
      },
      async animationsDone() {
        await page.evaluate(async () => {
          await Promise.all(
            document
              .getAnimations()
              .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
              .map((animation) => animation.finished.catch(() => undefined)),
          );
        });
      },
      async expectAccessible(what) {
        // Let open/close animations finish: axe measures colours as they are painted.
        await harness.animationsDone();
        // Fluent UI's focus manager (Tabster) puts invisible sentinels at the page edges that hand
        // focus on at once; they are aria-hidden by design and are not content, so axe skips them.
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .exclude('[data-tabster-dummy]')
          .analyze();
        const violations = result.violations.map(
          (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(violations, `axe violations on ${what}`).toEqual([]);
      },
      allowConsole(pattern) {
        allowed.push(pattern);
      },
      hold(channel) {
        const calls = new HeldCalls();
        held.set(channel, calls);
        return calls;
      },
      async screenshot(name) {
        await page.screenshot({ path: path.join(screensDir, `${name}.png`) });
      },
    };
    await use(harness);
    for (const calls of held.values()) calls.releaseAll();
    await data.dispose();
    expect(problems, 'errors logged while the test ran').toEqual([]);
  },
});

export { expect };
