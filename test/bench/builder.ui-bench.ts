/**
 * How the guided builder feels with a 1,000-requirement document, measured
 * in Chromium with performance marks (issue #5's budgets: first render of
 * the Requirements step ≤ 300 ms, keystroke to updated text ≤ 50 ms median,
 * renderer JS heap ≤ 150 MB). Each figure has a baseline measured in the
 * same run: opening the small Procurement step, and typing into a plain
 * textarea outside React. Figures are printed and recorded, never asserted.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { serializeSpecification } from '../../shared/specification/document-file';
import { test } from '../e2e/fixtures';
import { makeLargeSpecification } from '../support/large-specification';
import { recordComparison, type RecordedCase } from './record';

const steps = catalogues.en.steps;
const rounds = 15;
const keystrokes = 60;

function summarise(name: string, samples: number[]): RecordedCase {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { name, medianMs: at(0.5), meanMs: samples.reduce((a, b) => a + b, 0) / samples.length, p99Ms: at(0.99), samples: samples.length };
}

/** Clicks a step in the rail and returns the time until the next frame after React has drawn it. */
async function timeStepOpen(page: Page, stepName: string, ready: string): Promise<number> {
  return page.evaluate(
    async ([name, selector]) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('nav button[data-step]')].find((node) => node.textContent?.includes(name));
      if (button === undefined) throw new Error(`no step button ${name}`);
      performance.mark('step-click');
      button.click();
      while (document.querySelector(selector) === null) await new Promise((resolve) => setTimeout(resolve, 0));
      // The next frame: what was drawn is on screen.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark('step-drawn');
      return performance.measure('step-open', 'step-click', 'step-drawn').duration;
    },
    [stepName, ready] as const,
  );
}

/**
 * Types characters one at a time into the focused field and returns, per
 * key, the time from the keydown event to the frame after `changed()`
 * reports the text on screen.
 */
async function timeKeystrokes(page: Page, watchSelector: string, count: number): Promise<number[]> {
  await page.evaluate((selector) => {
    const state = window as unknown as { __keyTimes: number[]; __pending: number | null };
    state.__keyTimes = [];
    state.__pending = null;
    document.addEventListener('keydown', (event) => (state.__pending = event.timeStamp), { capture: true });
    const target = document.querySelector(selector);
    if (target === null) throw new Error(`nothing to watch at ${selector}`);
    new MutationObserver(() => {
      const start = state.__pending;
      if (start === null) return;
      state.__pending = null;
      requestAnimationFrame(() => setTimeout(() => state.__keyTimes.push(performance.now() - start), 0));
    }).observe(target, { subtree: true, characterData: true, childList: true, attributes: true, attributeFilter: ['value'] });
  }, watchSelector);
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.type(i % 8 === 7 ? ' ' : 'abcdefgh'.charAt(i % 8));
    await page.waitForFunction((n) => (window as unknown as { __keyTimes: number[] }).__keyTimes.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
}

/**
 * Presses a key in the requirement list (with Ctrl when `ctrl`) and returns
 * the time from the key to the frame after `ready` matches (the bulk bar's count).
 */
async function timeListKey(page: Page, key: string, ctrl: boolean, ready: string): Promise<number> {
  return page.evaluate(
    async ([name, withCtrl, selector]) => {
      const list = document.querySelector<HTMLElement>('[role="listbox"]');
      if (list === null) throw new Error('no requirement list');
      list.focus();
      performance.mark('list-key');
      list.dispatchEvent(new KeyboardEvent('keydown', { key: name, ctrlKey: withCtrl, bubbles: true, cancelable: true }));
      while (document.querySelector(selector) === null) await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark('list-drawn');
      return performance.measure('list-key', 'list-key', 'list-drawn').duration;
    },
    [key, ctrl, ready] as const,
  );
}

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / (1024 * 1024);
}

// A window wide enough for the editor beside the list: the typing cases watch the list row while the editor has focus.
test.use({ viewport: { width: 1920, height: 1080 } });

test('guided builder with 1,000 requirements', async ({ app }) => {
  const { page } = app;
  const spec = makeLargeSpecification(1000, 11);
  const file = path.join(app.data.documentsDir, 'Bench.kravspec');
  await writeFile(file, serializeSpecification({ ...spec, title: 'Bench document' }));
  await app.open();
  await app.emit('app:openFile', { path: file });
  await page.getByRole('heading', { level: 1, name: 'Bench document' }).waitFor();

  // First render of the Requirements step, against opening the Procurement step.
  const requirementsOpen: number[] = [];
  const procurementOpen: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    requirementsOpen.push(await timeStepOpen(page, steps.builder.names.requirements, '[role="listbox"] [role="option"]'));
    procurementOpen.push(await timeStepOpen(page, steps.builder.names.procurement, '[data-current-step="procurement"]'));
  }

  // Typing in a requirement's text; the list row shows the change.
  await timeStepOpen(page, steps.builder.names.requirements, '[role="listbox"] [role="option"]');
  const primaryName = { sv: 'Swedish', nb: 'Norwegian (Bokmål)', en: 'English' }[spec.primaryLanguage];
  const field = page.getByRole('textbox', { name: steps.requirements.textIn.replace('{{language}}', primaryName) });
  // The step opens with no requirement chosen; a click on the first row opens it in the editor beside the list.
  await page.getByRole('listbox').getByRole('option').first().click();
  await field.click();
  await page.keyboard.press('End');
  const typing = await timeKeystrokes(page, '[role="listbox"] [aria-selected="true"]', keystrokes);
  const heap = await heapMegabytes(page);

  // A bulk selection of all 1,000 (Ctrl+A in the list), ticking and unticking one row with 1,000 ticked, and typing with them ticked.
  const selectAll: number[] = [];
  const tickOne: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    selectAll.push(await timeListKey(page, 'a', true, '[data-selected-count="1000"]'));
    tickOne.push(await timeListKey(page, ' ', false, '[data-selected-count="999"]'));
    tickOne.push(await timeListKey(page, ' ', false, '[data-selected-count="1000"]'));
    if (round < rounds - 1) await timeListKey(page, 'Escape', false, '[data-selected-count="0"]');
  }
  await field.click();
  await page.keyboard.press('End');
  const typingSelected = await timeKeystrokes(page, '[role="listbox"] [aria-selected="true"]', keystrokes);

  // Baseline: the same measurement on a plain textarea outside React.
  await page.evaluate(() => {
    const plain = document.createElement('textarea');
    plain.id = 'bench-plain';
    plain.setAttribute('aria-label', 'plain');
    document.body.append(plain);
    const mirror = document.createElement('div');
    mirror.id = 'bench-mirror';
    document.body.append(mirror);
    plain.addEventListener('input', () => (mirror.textContent = plain.value));
    plain.focus();
  });
  const plainTyping = await timeKeystrokes(page, '#bench-mirror', keystrokes);

  await recordComparison('builder-ui', {
    title: 'Guided builder, 1,000 requirements (Chromium)',
    baseline: 'open the Procurement step',
    cases: [summarise('open the Procurement step', procurementOpen), summarise('open the Requirements step (first render)', requirementsOpen)],
    budgets: { 'first render of the Requirements step': '≤ 300 ms' },
  });
  await recordComparison('builder-typing', {
    title: 'Keystroke to updated text in the requirement list (Chromium)',
    baseline: 'plain textarea outside React',
    cases: [summarise('plain textarea outside React', plainTyping), summarise('requirement editor → list row', typing)],
    budgets: { 'keystroke to updated text, median': '≤ 50 ms', 'renderer JS heap': '≤ 150 MB' },
    extra: { 'renderer JS heap after typing (MB)': heap.toFixed(1) },
  });
  await recordComparison('builder-bulk', {
    title: 'Bulk selection of 1,000 requirements (Chromium)',
    baseline: 'requirement editor → list row',
    cases: [
      summarise('requirement editor → list row', typing),
      summarise('requirement editor → list row, 1,000 selected', typingSelected),
      summarise('select all 1,000 (Ctrl+A)', selectAll),
      summarise('tick or untick one row of 1,000 selected (Space)', tickOne),
    ],
    budgets: { 'keystroke to updated text with 1,000 selected, median': '≤ 50 ms' },
  });
});
