import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { catalogues, lookup } from '../../shared/i18n/catalogues';
import { localeOf, type UiLanguage } from '../../shared/languages';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import { expect, test, type AppHarness } from './fixtures';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const locales = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' } as const;

async function rich(): Promise<Specification> {
  const parsed = parseSpecificationBytes(await readFile(path.join(fixtures, 'rich.kravspec')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

/** The rich fixture with three gaps: no reference number, a ska-krav without verification, weights adding up to 85 %. */
async function incomplete(): Promise<Specification> {
  const spec = await rich();
  return {
    ...spec,
    procurement: { ...spec.procurement, referenceNumber: '' },
    requirements: spec.requirements.map((requirement) => (requirement.id === 'K-SAK-01' ? { ...requirement, verification: { method: null } } : requirement)),
    evaluation: { ...spec.evaluation, criteria: spec.evaluation.criteria.map((criterion) => (criterion.id === 'crit-funktion' ? { ...criterion, weightPercent: 5 } : criterion)) },
  };
}

/** Writes the document into the documents folder and opens it as the user would, with Open…. */
async function openDocument(app: AppHarness, spec: Specification, language: UiLanguage): Promise<void> {
  const file = path.join(app.data.documentsDir, `${spec.id}.kravspec`);
  await writeFile(file, serializeSpecification(spec));
  await app.open();
  app.data.dialogAnswers.open.push(file);
  await app.page.getByRole('button', { name: catalogues[language].homeDocs.open }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
}

function stepPage(page: Page): Locator {
  return page.locator('section[data-current-step]');
}

async function goToStep(page: Page, language: UiLanguage, step: keyof (typeof catalogues)['en']['steps']['builder']['names']): Promise<void> {
  const names = catalogues[language].steps.builder.names;
  await page.getByRole('navigation', { name: catalogues[language].steps.builder.railLabel }).getByRole('button').filter({ hasText: names[step] }).click();
  await expect(stepPage(page)).toHaveAttribute('data-current-step', step);
  await expect(page.getByRole('heading', { level: 2, name: names[step] })).toBeVisible();
}

function percent(language: UiLanguage, value: number): string {
  return new Intl.NumberFormat(localeOf[language], { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

for (const language of ['en', 'sv'] as const) {
  const text = catalogues[language];
  const t = (key: string, values: Record<string, string | number> = {}): string => lookup(text, `steps.review.${key}`, values);

  test.describe(`review step in ${language}`, () => {
    test.use({ preferredLanguages: [locales[language]] });

    test('an incomplete document shows its open checks, and "go to" leads to the right step', async ({ app }) => {
      const { page } = app;
      const spec = await incomplete();
      await openDocument(app, spec, language);
      await goToStep(page, language, 'review');

      const total = await page.locator('[data-check]').count();
      await expect(page.getByRole('status').filter({ hasText: t('summary.notReady_other', { count: 3 }) })).toBeVisible();
      await expect(page.getByText(t('summary.progress_other', { count: total, done: total - 3 }))).toBeVisible();

      const verification = page.locator('[data-check="verification"]');
      await expect(verification).toHaveAttribute('data-done', 'false');
      await expect(verification).toContainText(t('checks.verification.label_se'));
      await expect(verification).toContainText(t('checks.verification.open_se_one', { count: 1 }));
      await expect(page.locator('[data-check="weights"]')).toContainText(t('checks.weights.open', { sum: percent(language, 85), full: percent(language, 100) }));
      await expect(page.locator('[data-check="reference"]')).toContainText(t('checks.reference.open_se'));
      await expect(page.locator('[data-check="title"]')).toHaveAttribute('data-done', 'true');

      await app.expectAccessible(`review step with open checks (${language})`);
      await app.screenshot(`step-review-${language}`);

      // "Show open checks only" leaves the three open ones.
      await page.getByRole('switch', { name: t('checklist.onlyOpen') }).check();
      await expect(page.locator('[data-check]')).toHaveCount(3);
      await page.getByRole('switch', { name: t('checklist.onlyOpen') }).uncheck();

      // The requirement that keeps the check open is named by its number in the document and leads to the requirements step.
      await verification.getByRole('button', { name: '6.2.1 K-SAK-01' }).click();
      await expect(stepPage(page)).toHaveAttribute('data-current-step', 'requirements');

      // A check without items leads to its step, to the section that fixes it (on the Evaluation step the weights
      // are set among the criteria), its heading focused.
      for (const [check, step, section] of [
        ['reference', 'procurement', text.steps.procurement.sections.buyer],
        ['weights', 'evaluation', text.steps.evaluation.criteria.heading],
      ] as const) {
        await goToStep(page, language, 'review');
        await page
          .locator(`[data-check="${check}"]`)
          .getByRole('button', { name: t('checklist.goToStep', { step: text.steps.builder.names[step] }) })
          .click();
        await expect(stepPage(page)).toHaveAttribute('data-current-step', step);
        const heading = page.getByRole('heading', { level: 3, name: section });
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
      }
    });

    test('a complete document is ready for export, and the outline shows its sections', async ({ app }) => {
      const { page } = app;
      await openDocument(app, await rich(), language);
      await goToStep(page, language, 'review');

      await expect(page.getByRole('status').filter({ hasText: t('summary.ready') })).toContainText(t('summary.readyDetail'));
      await expect(page.locator('[data-check][data-done="false"]')).toHaveCount(0);

      // The outline is in the document's primary language (Swedish) and numbers sections as the export does.
      const outline = page.getByRole('list', { name: t('outline.listLabel', { documentType: 'Kravspecifikation' }) });
      await expect(outline).toBeVisible();
      const chapter = outline.locator('li[data-number="5"]');
      await expect(chapter).toContainText('Funktionella krav');
      await expect(chapter.locator('li[data-number="5.1"]')).toContainText('Ärendehantering');
      await expect(chapter.locator('li[data-number="5.2"]')).toContainText('E-arkiv och bevarande');
      await expect(outline.locator('li[data-outline-kind="qualification"]')).toContainText('8');
      await expect(outline.locator('li[data-outline-kind="evaluation"]')).toContainText('Utvärdering');

      // The document is also written in English: the outline follows the chosen language.
      await page.getByRole('combobox', { name: t('outline.language') }).selectOption('en');
      await expect(page.getByRole('list', { name: t('outline.listLabel', { documentType: 'Requirements specification' }) })).toBeVisible();

      await app.expectAccessible(`review step, ready (${language})`);
      if (language === 'en') {
        await page.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
        await app.screenshot('step-review-ready-en');
        await page.locator('[data-review-part="outline"] li[data-outline-kind="evaluation"]').scrollIntoViewIfNeeded();
        await app.screenshot('step-review-outline-en');
      }
    });
  });
}
