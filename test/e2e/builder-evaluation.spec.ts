import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import type { UiLanguage } from '../../shared/languages';
import { createSpecification } from '../../shared/specification/create';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import type { DocumentLanguage, EvaluationModel, Jurisdiction, Requirement, Specification } from '../../shared/specification/model';
import { tickOption } from './dropdown';
import { expect, test, type AppHarness } from './fixtures';

type Text = (typeof catalogues)['en'];

const requirementTexts: Record<DocumentLanguage, string[]> = {
  sv: ['Tjänsten ska ha ett ärendesystem.', 'Leverantören bör erbjuda support dygnet runt.', 'Tjänsten bör ha ett öppet API för ärenden.', 'Datacenter bör drivas med förnybar el.'],
  nb: ['Tjenesten skal ha et saksbehandlingssystem.', 'Leverandøren bør tilby døgnåpen brukerstøtte.', 'Tjenesten bør ha et åpent API for saker.', 'Datasentrene bør drives med fornybar strøm.'],
  en: ['The service shall have a case system.', 'The supplier should offer support around the clock.', 'The service should offer an open API for cases.', 'Data centres should run on renewable electricity.'],
};

function requirement(id: string, order: number, language: DocumentLanguage, obligation: Requirement['obligation']): Requirement {
  return {
    id,
    sectionId: 'sec-1',
    order,
    text: { [language]: requirementTexts[language][order] ?? id },
    obligation,
    role: 'specification',
    verification: { method: 'declaration' },
    answerType: { kind: 'yes-no' },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'not-needed',
    tracingReason: 'Formal requirement',
    provenance: null,
    dismissedFindings: [],
    notes: '',
  };
}

/** A document with one mandatory and three evaluated requirements and the given evaluation model. */
function documentWith(jurisdiction: Jurisdiction, language: DocumentLanguage, evaluation: EvaluationModel): Specification {
  const spec = createSpecification({
    id: '0d6f3c8e-2b4a-4f1e-9c7d-5a6b7c8d9e0f',
    title: { sv: 'Ärendehantering', nb: 'Saksbehandling', en: 'Case management' }[language],
    jurisdiction,
    languages: [language],
    primaryLanguage: language,
    now: new Date('2026-02-01T09:00:00Z'),
  });
  return {
    ...spec,
    sections: [{ id: 'sec-1', parentId: null, order: 0, title: { [language]: 'Krav' } }],
    requirements: [requirement('M-1', 0, language, 'mandatory'), requirement('R-1', 1, language, 'evaluated'), requirement('R-2', 2, language, 'evaluated'), requirement('R-3', 3, language, 'evaluated')],
    evaluation,
  };
}

async function openDocument(app: AppHarness, spec: Specification): Promise<string> {
  await app.open();
  const file = path.join(app.data.documentsDir, `${spec.title}.kravspec`);
  await writeFile(file, serializeSpecification(spec));
  await app.emit('app:openFile', { path: file });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  return file;
}

function rail(page: Page, text: Text): Locator {
  return page.getByRole('navigation', { name: text.steps.builder.railLabel });
}

async function openEvaluationStep(page: Page, text: Text): Promise<void> {
  await rail(page, text).getByRole('button', { name: new RegExp(text.steps.builder.names.evaluation) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.steps.builder.names.evaluation })).toBeVisible();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function readDocument(file: string): Promise<Specification> {
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

/** A control by its accessible name, which starts with the criterion's title ("Kriterium 1 Navn"). */
function control(page: Page, role: 'textbox' | 'combobox' | 'checkbox', name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('main').getByRole(role, { name: new RegExp(`^${escaped}`) });
}

/** A screenshot with this element at the top of the scrolled page. */
async function screenshotAt(app: AppHarness, element: Locator, name: string): Promise<void> {
  await element.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await app.screenshot(name);
}

function steps(language: UiLanguage): Text['steps']['evaluation'] {
  return catalogues[language].steps.evaluation;
}

async function assign(page: Page, combobox: Locator, ids: string[]): Promise<void> {
  await combobox.click();
  // A multiselect dropdown lists its options as menu item checkboxes.
  for (const id of ids) {
    const option = page.getByRole('menuitemcheckbox', { name: new RegExp(`^${id} `) });
    await tickOption(option);
  }
  await page.keyboard.press('Escape');
  await expect(combobox).toBeFocused();
}

test.describe('evaluation step in Norwegian', () => {
  test.use({ preferredLanguages: ['nb-NO'] });

  test('weighted points with a 30 % climate criterion closes every evaluation check', async ({ app }) => {
    const { page } = app;
    const text = catalogues.nb;
    const s = steps('nb');
    const file = await openDocument(app, documentWith('no', 'nb', { basis: 'price-quality', method: null, priceFormula: null, criteria: [] }));
    await openEvaluationStep(page, text);
    const main = page.getByRole('main');

    await main.getByRole('radio', { name: s.method.name['weighted-points'] }).check();
    // Price comes as a criterion of its own, weighing all 100 to start with.
    const priceWeight = control(page, 'textbox', `${s.criteria.priceTitle} ${s.criteria.weight}`);
    await expect(priceWeight).toHaveValue('100');
    await priceWeight.fill('40');
    await expect(main.locator('[data-weight-status]')).toHaveAttribute('data-weight-status', 'under');
    await expect(main.locator('[data-weight-status]')).toContainText('60 %');

    // Add puts the cursor in the new criterion's name.
    await main.getByRole('button', { name: s.criteria.add }).click();
    const name1 = control(page, 'textbox', `${s.criteria.title.replace('{{number}}', '1')} ${s.criteria.name}`);
    await expect(name1).toBeFocused();
    await page.keyboard.type('Kvalitet');
    const weight1 = control(page, 'textbox', `${s.criteria.title.replace('{{number}}', '1')} ${s.criteria.weight}`);
    // Text that is not a weight stays a draft with a message and never reaches the file.
    await weight1.fill('mye');
    await expect(main.getByText(s.criteria.weightProblem.notANumber)).toBeVisible();
    await weight1.fill('27,5');
    await expect(main.getByText(s.criteria.weightProblem.notANumber)).toHaveCount(0);
    await assign(page, control(page, 'combobox', `${s.criteria.title.replace('{{number}}', '1')} ${s.criteria.requirements}`), ['R-1', 'R-2']);

    // Evaluated requirements no criterion uses are listed with a way to them.
    await expect(main.getByRole('button', { name: s.unassigned.goToLabel.replace('{{id}}', 'R-3') })).toBeVisible();

    await main.getByRole('button', { name: s.criteria.add }).click();
    await page.keyboard.type('Klima og miljø');
    const title2 = s.criteria.title.replace('{{number}}', '2');
    await control(page, 'textbox', `${title2} ${s.criteria.weight}`).fill('32,5');
    await control(page, 'checkbox', `${title2} ${s.criteria.environmental}`).check();
    await assign(page, control(page, 'combobox', `${title2} ${s.criteria.requirements}`), ['R-3']);
    await expect(main.getByRole('button', { name: s.unassigned.goToLabel.replace('{{id}}', 'R-3') })).toHaveCount(0);

    await expect(main.locator('[data-weight-status]')).toHaveAttribute('data-weight-status', 'exact');
    await main.getByRole('radio', { name: s.formula.name.linear }).check();
    await expect(main.getByText(text.docx.evaluation.formula.linear.slice(0, 30))).toBeVisible();

    // The worked example: two fictitious tenders, the price in kroner as Norwegian writes it.
    const example = main.getByRole('table', { name: s.example.tableLabel });
    await expect(example).toContainText('1 000 000 kr');
    await expect(example).toContainText('1 150 000 kr');
    await expect(main.locator('[data-climate-weight]')).toHaveAttribute('data-climate-weight', '32.5');

    // Each evaluated requirement is worth points in its criterion: one action gives the three the same points.
    await expect(main.locator('[data-check="points"]')).toHaveAttribute('data-done', 'false');
    await main.getByRole('button', { name: s.points.fillApply_other.replace('{{count}}', '3') }).click();
    await expect(main.getByRole('textbox', { name: s.points.pointsFor.replace('{{id}}', 'R-2') })).toHaveValue('1');

    for (const check of await main.locator('[data-check]').all()) await expect(check).toHaveAttribute('data-done', 'true');
    await expect(rail(page, text).getByRole('button', { name: new RegExp(text.steps.builder.names.evaluation) })).toContainText(text.steps.builder.stepDone);

    await expectSaved(page);
    const saved = await readDocument(file);
    expect(saved.evaluation).toMatchObject({ basis: 'price-quality', method: 'weighted-points', priceFormula: 'linear' });
    expect(saved.evaluation.criteria).toEqual([
      { id: 'price-1', name: 'Pris', weightPercent: 40, requirementIds: [] },
      { id: 'criterion-1', name: 'Kvalitet', weightPercent: 27.5, requirementIds: ['R-1', 'R-2'] },
      { id: 'criterion-2', name: 'Klima og miljø', weightPercent: 32.5, requirementIds: ['R-3'], environmental: true },
    ]);

    await app.expectAccessible('evaluation step, weighted points (nb)');
    await screenshotAt(app, main.getByRole('heading', { level: 3, name: s.criteria.heading }), 'step-evaluation-nb');
    await screenshotAt(app, main.getByRole('heading', { level: 3, name: text.docx.example.title }), 'step-evaluation-nb-example');
  });

  test('below 30 % for climate asks for the reason, and it is saved', async ({ app }) => {
    const { page } = app;
    const s = steps('nb');
    const file = await openDocument(
      app,
      documentWith('no', 'nb', {
        basis: 'price-quality',
        method: 'weighted-points',
        priceFormula: 'proportional',
        criteria: [
          { id: 'crit-pris', name: 'Pris', weightPercent: 70, requirementIds: [] },
          { id: 'crit-kvalitet', name: 'Kvalitet', weightPercent: 30, requirementIds: ['R-1', 'R-2', 'R-3'] },
        ],
      }),
    );
    await openEvaluationStep(page, catalogues.nb);
    const main = page.getByRole('main');
    await expect(main.locator('[data-check="climate"]')).toHaveAttribute('data-done', 'false');
    const reason = main.getByRole('textbox', { name: s.climate.reason });
    await expect(main.getByText(s.climate.reasonMissing)).toBeVisible();
    await reason.fill('Kravene BK-04 og BK-05 sikrer fornybar strøm og gjenvinning.');
    await expect(main.locator('[data-check="climate"]')).toHaveAttribute('data-done', 'true');
    await expectSaved(page);
    expect((await readDocument(file)).evaluation.environmentalReason).toBe('Kravene BK-04 og BK-05 sikrer fornybar strøm og gjenvinning.');
  });
});

test.describe('evaluation step in English', () => {
  test.use({ preferredLanguages: ['en-GB'] });

  test('value deduction: an amount per evaluated requirement and the comparison prices of the worked example', async ({ app }) => {
    const { page } = app;
    const text = catalogues.en;
    const s = steps('en');
    const file = await openDocument(app, documentWith('eu', 'en', { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [] }));
    await openEvaluationStep(page, text);
    const main = page.getByRole('main');

    await main.getByRole('radio', { name: s.method.name['value-deduction'] }).check();
    const amount = (id: string): Locator => main.getByRole('textbox', { name: s.deductions.amountFor.replace('{{id}}', id).replace('{{currency}}', 'EUR') });
    await expect(main.getByText(s.deductions.missing)).toHaveCount(3);
    await amount('R-1').fill('50,000');
    await amount('R-2').fill('20000');
    await amount('R-3').fill('-5');
    await expect(main.getByText(s.deductions.problem.outOfRange)).toBeVisible();
    await amount('R-3').fill('30000.5');
    await amount('R-3').blur();
    await expect(amount('R-3')).toHaveValue('30,000.5');
    await expect(main.getByText(s.deductions.missing)).toHaveCount(0);

    // Tender A meets R-2 only; tender B meets all three.
    const example = main.getByRole('table', { name: s.example.tableLabel });
    await expect(example).toContainText('€980,000');
    await expect(example).toContainText('€1,049,999.50');
    await expect(main.getByText(text.docx.example.winner['value-deduction'].replace('{{bid}}', 'A'))).toBeVisible();
    await expect(main.locator('[data-check="deductions"]')).toHaveAttribute('data-done', 'true');
    await expect(main.locator('[data-check="climate"]')).toHaveCount(0);

    await expectSaved(page);
    const saved = await readDocument(file);
    expect(saved.evaluation.method).toBe('value-deduction');
    expect(saved.requirements.map((r) => [r.id, r.evaluation?.deduction])).toEqual([
      ['M-1', undefined],
      ['R-1', 50_000],
      ['R-2', 20_000],
      ['R-3', 30_000.5],
    ]);

    await app.expectAccessible('evaluation step, value deduction (en)');
    await screenshotAt(app, main.getByRole('heading', { level: 3, name: s.method.title }), 'step-evaluation-en');
    await screenshotAt(app, main.getByRole('heading', { level: 3, name: text.docx.example.title }), 'step-evaluation-en-example');
  });
});

test.describe('evaluation step in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('weights that do not add up to 100 show the error; a weight over 100 is never saved', async ({ app }) => {
    const { page } = app;
    const text = catalogues.sv;
    const s = steps('sv');
    const file = await openDocument(
      app,
      documentWith('se', 'sv', {
        basis: 'price-quality',
        method: 'weighted-points',
        priceFormula: 'proportional',
        criteria: [
          { id: 'crit-pris', name: 'Pris', weightPercent: 60, requirementIds: [] },
          { id: 'crit-funktion', name: 'Funktionalitet', weightPercent: 20, requirementIds: ['R-1', 'R-2'] },
          { id: 'crit-drift', name: 'Drift och support', weightPercent: 10, requirementIds: [] },
        ],
      }),
    );
    await openEvaluationStep(page, text);
    const main = page.getByRole('main');
    const status = main.locator('[data-weight-status]');
    await expect(status).toHaveAttribute('data-weight-status', 'under');
    await expect(status).toHaveText(s.weights.under.replace('{{sum}}', '90 %').replace('{{rest}}', '10 %'));
    await expect(main.locator('[data-check="weights"]')).toHaveAttribute('data-done', 'false');

    const drift = control(page, 'textbox', `${s.criteria.title.replace('{{number}}', '2')} ${s.criteria.weight}`);
    await drift.fill('150');
    await expect(main.getByText(s.criteria.weightProblem.outOfRange)).toBeVisible();
    await drift.fill('30');
    await expect(status).toHaveAttribute('data-weight-status', 'over');
    await expect(status).toHaveText(s.weights.over.replace('{{sum}}', '110 %').replace('{{rest}}', '10 %'));
    await expectSaved(page);
    expect((await readDocument(file)).evaluation.criteria.find((c) => c.id === 'crit-drift')?.weightPercent).toBe(30);

    await drift.fill('20');
    await expect(status).toHaveAttribute('data-weight-status', 'exact');

    // R-3 is in no criterion: go to it on the Requirements step.
    await app.expectAccessible('evaluation step with an unassigned bör-krav (sv)');
    await screenshotAt(app, main.getByRole('heading', { level: 3, name: s.criteria.heading }), 'step-evaluation-sv');
    await main.getByRole('button', { name: s.unassigned.goToLabel.replace('{{id}}', 'R-3') }).click();
    await expect(page.locator('[data-current-step]')).toHaveAttribute('data-current-step', 'requirements');
  });

  test('lowest price with evaluated requirements says they will not count', async ({ app }) => {
    const { page } = app;
    const s = steps('sv');
    await openDocument(app, documentWith('se', 'sv', { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [] }));
    await openEvaluationStep(page, catalogues.sv);
    const main = page.getByRole('main');
    await main.getByRole('radio', { name: catalogues.sv.docx.evaluation.basisName.price }).check();
    await expect(main.getByText(s.basis.notCounted_other.replace('{{count}}', '3'))).toBeVisible();
    await expect(main.getByRole('radio', { name: s.method.name['weighted-points'] })).toHaveCount(0);
  });
});
