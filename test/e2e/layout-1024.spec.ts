/**
 * The Requirements step at the window sizes people work in, in Norwegian, with
 * a specification made from two packs (about 150 requirements): a selected
 * requirement's editor is in view without scrolling, the list shows enough of
 * each requirement's text to recognise it, and the window itself never scrolls
 * into blank space. Screenshots land in test-results/layout-*.png to be looked at.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { expect, test, type AppHarness } from './fixtures';
import { repoRoot } from './paths';

const nb = catalogues.nb;
const texts = nb.steps.requirements;
test.use({ preferredLanguages: ['nb-NO'] });

async function newFromTwoPacks(app: AppHarness, title: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: nb.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: nb.newDocument.title });
  await dialog.getByRole('textbox', { name: nb.newDocument.titleLabel }).fill(title);
  const packs = dialog.getByRole('group', { name: nb.newDocument.packsLabel });
  await packs.getByRole('checkbox', { name: /^Skytjeneste \(SaaS\)/ }).check();
  await packs.getByRole('checkbox', { name: /^Sak- og arkivsystem/ }).check();
  await dialog.getByRole('button', { name: nb.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 });
}

async function openRequirementsStep(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: nb.steps.builder.railLabel })
    .getByRole('button', { name: new RegExp(nb.steps.builder.names.requirements) })
    .click();
  await expect(page.getByRole('listbox', { name: /krav/i })).toBeVisible();
}

/** How many characters of an element's text are painted inside its own box (the rest is cut off by an ellipsis). */
async function visibleCharacters(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const text = node.firstChild;
    if (text === null || text.nodeType !== Node.TEXT_NODE) return 0;
    const right = node.getBoundingClientRect().right;
    const length = text.textContent?.length ?? 0;
    const range = document.createRange();
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      range.setStart(text, 0);
      range.setEnd(text, middle);
      if (range.getBoundingClientRect().right <= right + 0.5) low = middle;
      else high = middle - 1;
    }
    // The ellipsis covers the last character or two that would fit.
    return node.scrollWidth > node.clientWidth ? Math.max(0, low - 2) : low;
  });
}

/** Fails when a box lies (partly) outside the window as it is scrolled now. */
async function expectInViewport(page: Page, element: Locator, what: string): Promise<void> {
  const box = await element.boundingBox();
  const viewport = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  expect(box, `${what} is drawn`).not.toBeNull();
  if (box === null) return;
  expect(box.y, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} ends inside the window`).toBeLessThanOrEqual(viewport.height);
  expect(box.x, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends inside the window`).toBeLessThanOrEqual(viewport.width);
}

/** The window scrolls no further than its content reaches (no hidden element stretches the page). */
async function expectNoBlankScroll(page: Page, what: string): Promise<void> {
  const { scrollHeight, contentBottom } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    let bottom = 0;
    for (const node of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0') continue;
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      bottom = Math.max(bottom, rect.bottom + root.scrollTop);
    }
    return { scrollHeight: root.scrollHeight, contentBottom: bottom };
  });
  expect(scrollHeight, `${what}: the window scrolls only as far as its content`).toBeLessThanOrEqual(Math.ceil(contentBottom) + 80);
}

/**
 * Fails when two form fields in one row touch or overlap (less than 8 px between their borders),
 * or a field runs past the container's edge.
 */
async function expectFieldsApart(container: Locator, what: string): Promise<void> {
  const problems = await container.evaluate((root) => {
    const edge = root.getBoundingClientRect();
    const fields = Array.from(root.querySelectorAll('input:not([type="checkbox"]):not([type="radio"]), select, textarea'))
      .map((node) => node.closest('.fui-Input, .fui-Select, .fui-Textarea') ?? node)
      .filter((node, index, all) => all.indexOf(node) === index)
      .map((node) => ({ name: node.querySelector('input, select, textarea')?.id ?? node.id, box: node.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const found: string[] = [];
    for (const field of fields) {
      if (field.box.left < edge.left - 0.5 || field.box.right > edge.right + 0.5) found.push(`${field.name} runs past the edge (${Math.round(field.box.left)}–${Math.round(field.box.right)} in ${Math.round(edge.left)}–${Math.round(edge.right)})`);
    }
    for (const [index, a] of fields.entries()) {
      for (const b of fields.slice(index + 1)) {
        const sameRow = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 4;
        const apart = Math.max(b.box.left - a.box.right, a.box.left - b.box.right);
        if (sameRow && apart < 8) found.push(`${a.name} and ${b.name} are ${Math.round(apart)} px apart`);
      }
    }
    return found;
  });
  expect(problems, what).toEqual([]);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(repoRoot, 'test-results', `layout-${name}.png`) });
}

const sizes = [
  { name: '1024x700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1 },
  { name: '1280x800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  // 200 % zoom of a 1280×800 window: half as many CSS pixels, each drawn twice as large.
  { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

for (const size of sizes) {
  test.describe(`1024 layout at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test(`1024: a selected requirement's editor is in view and the list shows its text (${size.name})`, async ({ app }) => {
      const { page } = app;
      await app.open();
      await newFromTwoPacks(app, 'Saksbehandling i skyen');
      await openRequirementsStep(page);
      const list = page.getByRole('listbox', { name: /krav/i });
      const option = list.getByRole('option').nth(4);
      const rowText = option.locator('[data-row-text]');
      await expect(rowText).toBeVisible();
      expect(await visibleCharacters(rowText), 'characters of requirement text shown in the list').toBeGreaterThanOrEqual(40);
      await option.scrollIntoViewIfNeeded();
      await shoot(page, `${size.name}-list`);

      const id = (await option.getAttribute('data-row-id')) ?? '';
      await option.click();
      const editor = page.locator(`section[data-requirement-id="${id}"]`);
      await expect(editor).toBeVisible();
      // The requirement's text takes focus; the fields above it (the title) are in view with it.
      const textField = editor.getByRole('textbox', { name: texts.textIn.replace('{{language}}', 'norsk bokmål') });
      await expect(textField).toBeFocused();
      await expectInViewport(page, editor.getByRole('textbox').first(), "the editor's first field");
      // Its first lines at least: in a window 400 px tall (200 % zoom) the rest of the field may be below the fold.
      const textBox = await textField.boundingBox();
      expect(textBox, "the requirement's text is drawn").not.toBeNull();
      expect((textBox?.y ?? -1) + 40, "the requirement's first lines are inside the window").toBeLessThanOrEqual(size.viewport.height);
      expect(textBox?.y ?? -1, "the requirement's text starts inside the window").toBeGreaterThanOrEqual(0);
      await expectNoBlankScroll(page, `Requirements step at ${size.name}`);
      await shoot(page, `${size.name}-selected`);
    });
  });
}

test.describe('1024 layout of the whole builder', () => {
  test.use({ viewport: { width: 1280, height: 820 } });

  test('1024: no builder step makes the window scroll into blank space', async ({ app }) => {
    const { page } = app;
    await app.open();
    await newFromTwoPacks(app, 'Saksbehandling i skyen');
    const rail = page.getByRole('navigation', { name: nb.steps.builder.railLabel });
    for (const step of ['procurement', 'needs', 'requirements', 'evaluation', 'review'] as const) {
      await rail.getByRole('button', { name: new RegExp(nb.steps.builder.names[step]) }).click();
      await expect(page.getByRole('heading', { level: 2, name: nb.steps.builder.names[step] })).toBeVisible();
      // The app fills the window and its content scrolls inside it: the window itself has nothing more to show.
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return root.scrollHeight - root.clientHeight;
      });
      expect(overflow, `the window scrolls ${overflow} px on the ${step} step`).toBeLessThanOrEqual(1);
    }
  });
});

test.describe('1024 layout: the split and the tree', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('1024: the split moves with the arrow keys and is remembered; the tree can be hidden', async ({ app }) => {
    const { page } = app;
    await app.open();
    await newFromTwoPacks(app, 'Saksbehandling i skyen');
    await openRequirementsStep(page);
    const split = page.getByRole('separator', { name: texts.resizeSplit });
    await expect(split).toBeVisible();
    const before = Number(await split.getAttribute('aria-valuenow'));
    await split.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await split.getAttribute('aria-valuenow'))).toBeLessThan(before);
    const editorWidth = async (): Promise<number> => (await page.getByTestId('requirement-detail').boundingBox())?.width ?? 0;
    const wider = await editorWidth();
    await expect.poll(() => app.data.appState.get().requirementsLayout?.editorWidth ?? null).toBe(Math.round(wider));

    // Hiding the tree gives the list its room; the choice is remembered too.
    const toggle = page.getByRole('button', { name: texts.hideSections });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(page.getByRole('tree')).toHaveCount(0);
    await expect(page.getByRole('button', { name: texts.showSections })).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => app.data.appState.get().requirementsLayout?.sectionTreeOpen ?? null).toBe(false);

    // Back on the step later: the same width, the tree still hidden.
    await page.getByRole('navigation', { name: nb.steps.builder.railLabel }).getByRole('button', { name: new RegExp(nb.steps.builder.names.needs) }).click();
    await openRequirementsStep(page);
    await expect(page.getByRole('tree')).toHaveCount(0);
    expect(Math.round(await editorWidth())).toBe(Math.round(wider));
    await app.expectAccessible('Requirements step beside the editor (1920)');
  });
});

test.describe('1024 layout: one pane at a time', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('1024: a row opens its editor in the list\'s place; "Back to the list" returns to the row', async ({ app }) => {
    const { page } = app;
    await app.open();
    await newFromTwoPacks(app, 'Saksbehandling i skyen');
    await openRequirementsStep(page);
    // Narrow: the tree starts hidden, the list has the width.
    await expect(page.getByRole('tree')).toHaveCount(0);
    const list = page.getByRole('listbox', { name: /krav/i });
    const option = list.getByRole('option').nth(2);
    const id = (await option.getAttribute('data-row-id')) ?? '';
    await option.click();
    await expect(page.locator(`section[data-requirement-id="${id}"]`)).toBeVisible();
    await expect(list).toHaveCount(0);
    await app.expectAccessible('Requirements step with the editor in the list\'s place (1024)');
    await page.getByRole('button', { name: texts.backToList }).click();
    await expect(list).toBeFocused();
    await expect(list.getByRole('option', { selected: true })).toHaveAttribute('data-row-id', id);
    // Enter opens it again, from the keyboard.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('section[data-requirement-id]')).toBeVisible();
    await expect(page.getByRole('button', { name: texts.backToList })).toBeVisible();
  });
});

test.describe('1024 layout: the defects found by use', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('1024: marks, fields, dropdowns and need cards keep to their place', async ({ app }) => {
    const { page } = app;
    await app.open();
    await newFromTwoPacks(app, 'Saksbehandling i skyen');
    const rail = page.getByRole('navigation', { name: nb.steps.builder.railLabel });

    await rail.getByRole('button', { name: new RegExp(nb.steps.builder.names.procurement) }).click();
    // Procurement: the "check the current value" marks stay inside the amount column; value, currency and dates keep apart.
    const panel = page.getByTestId('threshold-panel');
    await expect(panel).toBeVisible();
    const marks = panel.getByTestId('check-value');
    await expect(marks.first()).toBeVisible();
    for (const mark of await marks.all()) {
      const inCell = await mark.evaluate((node) => {
        const cell = node.closest('td');
        if (cell === null) return false;
        const box = node.getBoundingClientRect();
        const edge = cell.getBoundingClientRect();
        return box.left >= edge.left - 0.5 && box.right <= edge.right + 0.5;
      });
      expect(inCell, `"${nb.steps.procurement.thresholds.checkValue}" stays inside its column`).toBe(true);
    }
    await expectFieldsApart(page.locator('main'), 'procurement fields at 1024 px');
    await shoot(page, '1024x700-procurement');

    // Needs: a need's move and remove icons stay on its title's line, however long its text.
    await rail.getByRole('button', { name: new RegExp(nb.steps.builder.names.needs) }).click();
    await page.getByRole('button', { name: nb.steps.needs.needs.add }).click();
    await page
      .getByRole('textbox', { name: nb.steps.needs.needs.statement })
      .first()
      .fill('Saksbehandlerne trenger å se hele saken, med dokumenter, frister og historikk, på ett sted uten å bytte mellom systemer');
    const toggle = page.locator('[data-focus-part="toggle"]').first();
    const remove = page.getByRole('button', { name: nb.steps.needs.actions.remove.replace('{{item}}', 'behov 1') });
    const toggleBox = await toggle.boundingBox();
    const removeBox = await remove.boundingBox();
    expect(toggleBox !== null && removeBox !== null).toBe(true);
    if (toggleBox !== null && removeBox !== null) {
      const middle = removeBox.y + removeBox.height / 2;
      expect(middle, "the need's icons are on its title's line").toBeGreaterThanOrEqual(toggleBox.y);
      expect(middle, "the need's icons are on its title's line").toBeLessThanOrEqual(toggleBox.y + toggleBox.height);
    }
    await shoot(page, '1024x700-needs');

    // Requirements: the editor's dropdowns (the chapter's among them) keep to the editor.
    await openRequirementsStep(page);
    await page.getByRole('listbox', { name: /krav/i }).getByRole('option').nth(3).click();
    await expect(page.locator('section[data-requirement-id]')).toBeVisible();
    await expectFieldsApart(page.getByTestId('requirement-detail'), 'requirement editor fields at 1024 px');
  });
});

test.describe('1024 layout: the toolbar', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('1024: the Norwegian document toolbar keeps to one line at 1280 px', async ({ app }) => {
    const { page } = app;
    await app.open();
    await newFromTwoPacks(app, 'Saksbehandling i skyen');
    const toolbar = page.getByRole('toolbar', { name: nb.workspace.toolbar });
    const save = await toolbar.getByRole('button', { name: nb.workspace.save, exact: true }).boundingBox();
    const close = await toolbar.getByRole('button', { name: nb.workspace.close, exact: true }).boundingBox();
    expect(save !== null && close !== null).toBe(true);
    if (save !== null && close !== null) expect(Math.abs(close.y - save.y), `"${nb.workspace.close}" on the same line as "${nb.workspace.save}"`).toBeLessThan(4);
  });
});
