/**
 * The quality checker in the Requirements step: findings underlined in the
 * text, each explained with an example rewrite, dismissed with a reason that
 * is kept in the document and restored again; the document's findings panel
 * with its filters, "go to" and the document score.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test, type AppHarness } from './fixtures';

type Text = (typeof catalogues)['en'];

async function savedDocument(app: AppHarness) {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

async function createDocument(app: AppHarness, text: Text, title: string, jurisdiction: 'se' | 'no' | 'eu'): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: text.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: text.newDocument.title });
  await dialog.getByRole('textbox', { name: text.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('radio', { name: text.jurisdiction[jurisdiction] }).check();
  await dialog.getByRole('button', { name: text.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const rail = page.getByRole('navigation', { name: text.steps.builder.railLabel });
  await rail.getByRole('button', { name: new RegExp(text.steps.builder.names.requirements) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.steps.builder.names.requirements })).toBeVisible();
}

/** Adds a requirement with this text; with `verified`, also chooses how it is verified (so PP05 does not apply). */
async function writeRequirement(page: Page, text: Text, field: string, words: string, verified: boolean): Promise<void> {
  const r = text.steps.requirements;
  await page.getByRole('button', { name: r.newRequirement }).click();
  const textbox = page.getByRole('textbox', { name: field });
  await expect(textbox).toBeFocused();
  await page.keyboard.type(words);
  if (verified) await page.getByRole('combobox', { name: r.verificationMethod }).selectOption({ index: 1 });
}

/** Shows the editor from its heading down (the text, then the findings). */
async function showEditor(page: Page): Promise<void> {
  await page.locator('#requirement-editor-heading').evaluate((node) => node.scrollIntoView({ block: 'start' }));
}

const findingCard = (page: Page, ruleId: string) => page.getByTestId('requirement-findings').locator(`li[data-rule="${ruleId}"]`);
const marksOf = (page: Page, ruleId: string) => page.getByTestId('finding-marks').locator(`mark[data-rules~="${ruleId}"]`);

test.describe('quality checker in English', () => {
  test.use({ preferredLanguages: ['en-GB'] });

  test('underlines a vague word, explains it, dismisses it with a reason and restores it; the panel filters and goes to', async ({ app }) => {
    const { page } = app;
    const text = catalogues.en;
    const q = text.steps.quality;
    const field = text.steps.requirements.textIn.replace('{{language}}', 'English');
    await app.open();
    await createDocument(app, text, 'Case management system', 'eu');

    await writeRequirement(page, text, field, 'The case form shall be user-friendly.', false);
    await writeRequirement(page, text, field, 'The supplier shall restore the service within 4 hours of a reported outage.', true);

    // The findings panel: all findings, filtered by severity; "go to" opens the requirement with the error.
    const panel = page.getByTestId('findings-panel');
    await expect(panel.getByTestId('document-score')).toBeVisible();
    await panel.getByRole('combobox', { name: q.severityFilter }).selectOption('error');
    const rows = panel.getByRole('list', { name: q.panelTitle }).getByRole('listitem');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-rule', 'PP05');
    await panel.getByRole('combobox', { name: q.severityFilter }).selectOption('warning');
    await expect(rows.first()).toHaveAttribute('data-rule', 'RQ03');
    await expect(rows.first()).toContainText('user-friendly');
    await rows.first().getByRole('button', { name: new RegExp(`^${q.goTo}`) }).click();
    // In a window this narrow the editor takes the list's place.
    await expect(page.getByRole('textbox', { name: field })).toHaveValue(/user-friendly/);
    await expect(page.getByRole('textbox', { name: field })).toBeFocused();

    // The vague word is underlined in the text, and its finding says why, with an example rewrite.
    await expect(marksOf(page, 'RQ03')).toHaveText('user-friendly');
    const card = findingCard(page, 'RQ03');
    await expect(card).toContainText(q.names.RQ03);
    await expect(card).toContainText(text.quality.rules.RQ03);
    await expect(card).toContainText(q.examples.RQ03.before);
    await expect(card).toContainText(q.examples.RQ03.after);
    await expect(card).toContainText('user-friendly');
    // The requirement's score, in the editor and in its row.
    await expect(page.getByRole('region', { name: /Requirement/ }).getByText(/Quality \d of 5/).first()).toBeAttached();
    // From the keyboard: a click would leave the pointer over the editor that comes back, hovering a finding.
    await page.getByRole('button', { name: text.steps.requirements.backToList }).press('Enter');
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText('user-friendly');
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText(/Quality \d of 5/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: field })).toBeFocused();

    // Each finding can take focus from the keyboard.
    await card.focus();
    await expect(card).toBeFocused();
    // The finding in focus is shown stronger in the text.
    await expect(marksOf(page, 'RQ03')).toHaveAttribute('data-active', 'true');
    await showEditor(page);
    await app.screenshot('step-requirements-quality-en');
    await app.expectAccessible('requirements step with quality findings (en)');

    // Dismiss with a reason, in one step.
    const reason = 'The glossary defines user-friendly for this procurement.';
    await card.getByRole('textbox', { name: new RegExp(`^${q.dismissReason.replace('{{rule}}', 'RQ03')}`) }).fill(reason);
    await card.getByRole('button', { name: q.dismiss }).click();
    await expect(findingCard(page, 'RQ03')).toHaveCount(0);
    await expect(marksOf(page, 'RQ03')).toHaveCount(0);
    // Focus moves on to the finding that is left.
    await expect(findingCard(page, 'PP05')).toBeFocused();
    const dismissed = page.getByTestId('dismissed-findings');
    await expect(dismissed).toContainText(reason);

    await page.keyboard.press('Control+s');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
    const saved = await savedDocument(app);
    const requirement = saved.requirements.find((candidate) => candidate.text.en === 'The case form shall be user-friendly.');
    expect(requirement?.dismissedFindings).toEqual([{ ruleId: 'RQ03', reason, at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/) as unknown as string }]);

    // Restore brings it back.
    await dismissed.getByRole('button', { name: new RegExp(q.restore) }).click();
    await expect(findingCard(page, 'RQ03')).toBeFocused();
    await expect(marksOf(page, 'RQ03')).toHaveText('user-friendly');
    await expect(page.getByTestId('dismissed-findings')).toHaveCount(0);
    await app.expectAccessible('requirements step after restoring a finding (en)');

    // A copy of a requirement is a near-duplicate: found once typing pauses, and listed in the panel.
    await page.getByRole('toolbar', { name: text.steps.requirements.requirementActions }).getByRole('button', { name: text.steps.requirements.duplicate }).click();
    await panel.getByRole('combobox', { name: q.severityFilter }).selectOption('all');
    await panel.getByRole('combobox', { name: q.ruleFilter }).selectOption('SET01');
    await expect(rows.first()).toHaveAttribute('data-rule', 'SET01');
  });
});

test.describe('quality checker in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('shows findings, examples and the document score in Swedish', async ({ app }) => {
    const { page } = app;
    const text = catalogues.sv;
    const q = text.steps.quality;
    const field = text.steps.requirements.textIn.replace('{{language}}', 'svenska');
    await app.open();
    await createDocument(app, text, 'Ärendehanteringssystem', 'se');
    await writeRequirement(page, text, field, 'Leverantören ska åtgärda fel inom 4 timmar från felanmälan.', true);
    await writeRequirement(page, text, field, 'Systemet ska vara användarvänligt och ha hög tillgänglighet.', true);

    await expect(marksOf(page, 'RQ03').first()).toBeVisible();
    const card = findingCard(page, 'RQ03');
    await expect(card).toContainText(q.examples.RQ03.after);
    await expect(page.getByTestId('findings-panel').getByTestId('document-score')).toBeVisible();
    await card.focus();
    await showEditor(page);
    await app.screenshot('step-requirements-quality-sv');
    await page.getByTestId('findings-panel').evaluate((node) => node.scrollIntoView({ block: 'end' }));
    await app.screenshot('step-requirements-findings-panel-sv');

    // The review's quality summary shows the document score too.
    await page.getByRole('navigation', { name: text.steps.builder.railLabel }).getByRole('button', { name: new RegExp(text.steps.builder.names.review) }).click();
    const summary = page.locator('[data-review-part="quality"]');
    await expect(summary.getByTestId('document-score')).toBeVisible();
    await summary.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await app.screenshot('step-review-quality-sv');
    await app.expectAccessible('requirements step with quality findings (sv)');
  });
});
