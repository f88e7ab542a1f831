import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { catalogues, lookup } from '../../shared/i18n/catalogues';
import type { UiLanguage } from '../../shared/languages';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import { expect, test, type AppHarness } from './fixtures';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');

async function fixture(name: string): Promise<Specification> {
  const parsed = parseSpecificationBytes(await readFile(path.join(fixtures, name)));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

/** The rich fixture with a product named without "eller likvärdigt" and no market dialogue recorded. */
async function withGaps(): Promise<Specification> {
  const spec = await fixture('rich.kravspec');
  return {
    ...spec,
    marketDialogue: [],
    procurement: { ...spec.procurement, variants: { allowed: false, conditions: '' } },
    requirements: spec.requirements.map((requirement) =>
      requirement.id === 'K-ARE-01' ? { ...requirement, text: { ...requirement.text, sv: 'Handläggaren ska kunna se ärendets samtliga handlingar i Microsoft Teams.' } } : requirement,
    ),
  };
}

async function openDocument(app: AppHarness, spec: Specification, language: UiLanguage): Promise<void> {
  const file = path.join(app.data.documentsDir, `${spec.id}.kravspec`);
  await writeFile(file, serializeSpecification(spec));
  await app.open();
  app.data.dialogAnswers.open.push(file);
  await app.page.getByRole('button', { name: catalogues[language].homeDocs.open }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
}

async function savedDocument(app: AppHarness): Promise<Specification> {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

function stepPage(page: Page): Locator {
  return page.locator('section[data-current-step]');
}

async function goToStep(page: Page, language: UiLanguage, step: keyof (typeof catalogues)['en']['steps']['builder']['names']): Promise<void> {
  const names = catalogues[language].steps.builder.names;
  await page.getByRole('navigation', { name: catalogues[language].steps.builder.railLabel }).getByRole('button').filter({ hasText: names[step] }).click();
  await expect(stepPage(page)).toHaveAttribute('data-current-step', step);
}

const tr = (language: UiLanguage, key: string, values: Record<string, string | number> = {}): string => lookup(catalogues[language], `steps.innovation.${key}`, values);

test.describe('innovation review in en', () => {
  test.use({ preferredLanguages: ['en-GB'] });

  test('the sub-scores show as a chart, and a sub-score lists the requirement behind it with a working "go to"', async ({ app }) => {
    const { page } = app;
    await openDocument(app, await withGaps(), 'en');
    await goToStep(page, 'en', 'review');

    const review = page.locator('[data-review-part="innovation"]');
    await expect(review.getByRole('heading', { level: 3, name: tr('en', 'title') })).toBeVisible();
    await expect(review).toContainText(tr('en', 'advisory'));
    const chart = review.locator('[data-review-part="innovation-chart"]');
    await expect(chart.locator('[data-subscore]')).toHaveCount(6);

    // One brand in 20 requirements: 100 − 25 × 0.5 = 88 (rounded); no market dialogue and no variants: 40 + 20 = 60.
    const openness = chart.locator('[data-subscore="openness"]');
    await expect(openness).toHaveAttribute('data-score', '88');
    await expect(openness).toContainText(tr('en', 'scoreOf', { score: 88 }));
    await expect(openness).toContainText(tr('en', 'levels.good'));
    const dialogue = chart.locator('[data-subscore="standardsDialogue"]');
    await expect(dialogue).toHaveAttribute('data-score', '60');
    await expect(dialogue).toContainText(tr('en', 'levels.fair'));

    await openness.getByRole('button', { name: new RegExp(tr('en', 'scores.openness.name')) }).click();
    const details = openness.locator('[data-subscore-details="openness"]');
    await expect(details).toContainText(tr('en', 'scores.openness.figures_one', { count: 1, requirements: 20, per10: 0.5 }));
    await expect(details.locator('[data-reason="brand"]')).toContainText(tr('en', 'reasons.brand'));
    await expect(details.locator('[data-action="addEquivalenceToBrands"]')).toContainText(tr('en', 'actions.addEquivalenceToBrands_one', { count: 1 }));

    await app.expectAccessible('innovation review with details open (en)');
    await page.evaluate(() => document.querySelector('[data-review-part="innovation"]')?.scrollIntoView({ block: 'start' }));
    await app.screenshot('step-review-innovation-en');

    await dialogue.getByRole('button', { name: new RegExp(tr('en', 'scores.standardsDialogue.name')) }).click();
    await expect(dialogue.locator('[data-action="recordDialogue"]')).toContainText(tr('en', 'actions.recordDialogue'));
    await expect(dialogue.locator('[data-action="allowVariants"]')).toContainText(tr('en', 'actions.allowVariants'));

    // The requirement is named by its number and leads to it on the requirements step.
    await details.getByRole('button', { name: '5.1.1 K-ARE-01' }).click();
    await expect(stepPage(page)).toHaveAttribute('data-current-step', 'requirements');
    await expect(page.locator('section[data-requirement-id="K-ARE-01"]')).toBeVisible();

    // A step-level action leads to its step.
    await goToStep(page, 'en', 'review');
    await dialogue.getByRole('button', { name: new RegExp(tr('en', 'scores.standardsDialogue.name')) }).click();
    await app.animationsDone();
    await chart.getByRole('button', { name: tr('en', 'goToStep', { step: catalogues.en.steps.builder.names.needs }) }).click();
    await expect(stepPage(page)).toHaveAttribute('data-current-step', 'needs');

    // An action fixed by a procurement fact leads to the section where it is set.
    await goToStep(page, 'en', 'review');
    await dialogue.getByRole('button', { name: new RegExp(tr('en', 'scores.standardsDialogue.name')) }).click();
    await app.animationsDone();
    await chart.getByRole('button', { name: tr('en', 'goToStep', { step: catalogues.en.steps.builder.names.procurement }) }).click();
    await expect(stepPage(page)).toHaveAttribute('data-current-step', 'procurement');
    await expect(page.getByRole('heading', { level: 3, name: catalogues.en.steps.procurement.sections.variants })).toBeFocused();
    await app.screenshot('step-procurement-from-review-en');
  });
});

test.describe('innovation criteria in nb', () => {
  test.use({ preferredLanguages: ['nb-NO'] });

  test('a criterion marked with evidence is saved in the file and comes back when the document is reopened', async ({ app }) => {
    const { page } = app;
    const spec = await fixture('norwegian.kravspec');
    await openDocument(app, spec, 'nb');
    await goToStep(page, 'nb', 'review');

    const checklist = page.locator('[data-review-part="innovation-checklist"]');
    await expect(checklist.locator('[data-criterion]')).toHaveCount(16);
    await expect(checklist.locator('[data-checklist-summary]')).toHaveText(tr('nb', 'checklist.summary', { met: 0, notApplicable: 0, open: 16 }));

    const criterion = checklist.locator('[data-criterion="open-standards"]');
    await criterion.getByRole('button').first().click();
    // The card opens with an animation, during which the page still moves: choose once it has finished.
    await expect(criterion.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
    await app.animationsDone();
    const met = criterion.getByRole('radio', { name: tr('nb', 'checklist.statuses.met') });
    await met.click();
    await expect(met).toBeChecked();
    const evidence = 'Krav DS-01 viser til OpenID Connect, en åpen standard.';
    await criterion.getByRole('textbox', { name: tr('nb', 'checklist.evidence') }).fill(evidence);
    await expect(criterion).toHaveAttribute('data-status', 'met');
    await expect(checklist.locator('[data-checklist-summary]')).toHaveText(tr('nb', 'checklist.summary', { met: 1, notApplicable: 0, open: 15 }));

    const notApplicable = checklist.locator('[data-criterion="life-cycle-cost"]');
    await notApplicable.getByRole('button').first().click();
    await expect(notApplicable.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
    await app.animationsDone();
    const notApplicableRadio = notApplicable.getByRole('radio', { name: tr('nb', 'checklist.statuses.not-applicable') });
    await notApplicableRadio.click();
    await expect(notApplicableRadio).toBeChecked();

    await app.expectAccessible('innovation criteria with a criterion open (nb)');
    await page.evaluate(() => document.querySelector('[data-review-part="innovation-checklist"]')?.scrollIntoView({ block: 'start' }));
    await app.screenshot('step-review-innovation-nb');

    await page.keyboard.press('Control+s');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
    const saved = await savedDocument(app);
    expect(saved.innovationChecklist).toEqual([
      { criterionId: 'open-standards', status: 'met', evidence },
      { criterionId: 'life-cycle-cost', status: 'not-applicable', evidence: '' },
    ]);

    await page.getByRole('toolbar').getByRole('button', { name: catalogues.nb.workspace.close }).click();
    await page.getByRole('row').filter({ hasText: spec.title }).getByRole('button', { name: spec.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
    await goToStep(page, 'nb', 'review');
    const reopened = page.locator('[data-review-part="innovation-checklist"] [data-criterion="open-standards"]');
    await expect(reopened).toHaveAttribute('data-status', 'met');
    await reopened.getByRole('button').first().click();
    await expect(reopened.getByRole('radio', { name: tr('nb', 'checklist.statuses.met') })).toBeChecked();
    await expect(reopened.getByRole('textbox', { name: tr('nb', 'checklist.evidence') })).toHaveValue(evidence);
  });
});
