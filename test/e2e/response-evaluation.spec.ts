/**
 * The buyer evaluates suppliers' responses in the app: from the Evaluation
 * step, imports three .kravsvar files (one answers an older version of the
 * specification), sees it flagged and left out of the ranking, sees the
 * ranking and the suppliers × requirements matrix with its filters, removes
 * a response with the keyboard and exports the evaluation report (a draft,
 * in the document's language). In Swedish and Norwegian, with axe scans.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { writeResponseFile } from '../../electron/services/response-file';
import { catalogues } from '../../shared/i18n/catalogues';
import type { UiLanguage } from '../../shared/languages';
import { serializeSpecification } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import type { Answer } from '../../shared/response/answers';
import { makeLargeSpecification } from '../support/large-specification';
import { goodAnswers, responseTo, smallTender } from '../support/supplier-responses';
import { expect, test, type AppHarness } from './fixtures';

/** The tender before its last edit: R4 read differently, so a response to it answers another version. */
function olderVersion(): Specification {
  const spec = smallTender();
  return { ...spec, requirements: spec.requirements.map((r) => (r.id === 'R4' ? { ...r, text: { ...r.text, sv: 'Tjänsten bör ha ett API.' } } : r)) };
}

/** Opens the tender and writes the three responses the buyer received; returns their paths. */
async function setUp(app: AppHarness): Promise<string[]> {
  const spec = smallTender();
  await app.open();
  const file = path.join(app.data.documentsDir, `${spec.title}.kravspec`);
  await writeFile(file, serializeSpecification(spec));
  await app.emit('app:openFile', { path: file });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  const inbox = path.join(app.data.dataDir, 'Inkomna anbud');
  await mkdir(inbox);
  const files = ['alfa', 'beta', 'gamma'].map((name) => path.join(inbox, `${name}.kravsvar`));
  await writeResponseFile(files[0] ?? '', responseTo(spec, 'Alfa AB', goodAnswers(), 1000));
  await writeResponseFile(files[1] ?? '', responseTo(spec, 'Beta AB', { ...goodAnswers(), R4: { kind: 'yes-no', value: false } }, 900));
  await writeResponseFile(files[2] ?? '', responseTo(olderVersion(), 'Gamma AB', goodAnswers(), 500));
  return files;
}

async function evaluate(app: AppHarness, language: UiLanguage): Promise<void> {
  const { page } = app;
  const text = catalogues[language];
  const ui = text.responseEvaluation.ui;
  const files = await setUp(app);
  await page.getByRole('navigation', { name: text.steps.builder.railLabel }).getByRole('button', { name: new RegExp(text.steps.builder.names.evaluation) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.steps.builder.names.evaluation })).toBeVisible();

  // Keyboard only: the entry button, then the screen's heading takes focus.
  await page.getByRole('button', { name: ui.open }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: ui.title })).toBeFocused();
  await expect(page.getByText(ui.empty)).toBeVisible();

  app.data.dialogAnswers.responses.push(files);
  await page.getByRole('button', { name: ui.add }).focus();
  await page.keyboard.press('Enter');
  const row = (name: string) => page.locator(`[data-supplier="${name}"]`);
  await expect(row('Alfa AB').getByRole('cell').first()).toHaveText('1');
  await expect(row('Beta AB').getByRole('cell').first()).toHaveText('2');
  // The response to the older version is flagged and not ranked.
  await expect(row('Gamma AB').getByRole('cell').first()).toHaveText('–');
  await expect(row('Gamma AB').locator('[data-flag="specification-mismatch"]')).toHaveText(ui.flags['specification-mismatch']);
  await expect(row('Alfa AB').getByRole('cell').nth(7)).toHaveText('alfa.kravsvar');

  // The matrix shows the suppliers compared (not the other version) and filters its rows.
  const matrix = page.getByRole('table', { name: ui.matrix.title });
  await expect(matrix.getByRole('columnheader')).toHaveText([ui.matrix.requirement, 'Alfa AB', 'Beta AB']);
  await expect(matrix.locator('[data-requirement]')).toHaveCount(6);
  await page.getByRole('checkbox', { name: ui.matrix.onlyMandatory }).check();
  await expect(matrix.locator('[data-requirement]')).toHaveCount(3);
  await page.getByRole('checkbox', { name: ui.matrix.onlyMandatory }).uncheck();
  await page.getByRole('checkbox', { name: ui.matrix.onlyFailed }).check();
  await expect(matrix.locator('[data-requirement="R4"]').getByRole('cell').nth(2)).toContainText(ui.matrix.notMet);
  await expect(matrix.locator('[data-requirement="R1"]')).toHaveCount(0);

  await app.expectAccessible(`the evaluation of responses (${language})`);
  await app.screenshot(`response-evaluation-${language}`);

  // The report: a draft evaluation record in the document's language (Swedish), naming every file.
  const target = path.join(app.data.documentsDir, 'utvärdering');
  app.data.dialogAnswers.report.push(target);
  await page.getByRole('button', { name: ui.exportReport }).click();
  await expect(page.getByTestId('responses-evaluation').getByRole('status')).toContainText(ui.reportSaved.replace('{{fileName}}', 'utvärdering.docx'));
  const report = strFromU8(unzipSync(new Uint8Array(await readFile(`${target}.docx`)))['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, ' ');
  expect(report).toContain(catalogues.sv.responseEvaluation.report.title);
  for (const name of ['alfa.kravsvar', 'beta.kravsvar', 'gamma.kravsvar']) expect(report).toContain(name);

  // Removing a response with the keyboard: the list and ranking follow, focus returns to the heading.
  await page.getByRole('button', { name: ui.remove.replace('{{name}}', 'Gamma AB (gamma.kravsvar)') }).focus();
  await page.keyboard.press('Enter');
  await expect(row('Gamma AB')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: ui.title })).toBeFocused();

  // Back to the model: focus returns to the entry button.
  await page.getByRole('button', { name: ui.back }).click();
  await expect(page.getByRole('button', { name: ui.open })).toBeFocused();
}

test.describe('the buyer evaluates responses, in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });
  test('imports three responses, one to an older version flagged, sees ranking and matrix, exports the report', async ({ app }) => {
    await evaluate(app, 'sv');
  });
});

test.describe('the buyer evaluates responses, in Norwegian', () => {
  test.use({ preferredLanguages: ['nb-NO'] });
  test('imports three responses, one to an older version flagged, sees ranking and matrix, exports the report', async ({ app }) => {
    await evaluate(app, 'nb');
  });
});

test('20 responses to a 1,000-requirement specification: the matrix is shown a page at a time and pages with the keyboard', async ({ app }) => {
  const { page } = app;
  const text = catalogues.en;
  const ui = text.responseEvaluation.ui;
  const spec = makeLargeSpecification(1000);
  await app.open();
  const file = path.join(app.data.documentsDir, 'large.kravspec');
  await writeFile(file, serializeSpecification(spec));
  await app.emit('app:openFile', { path: file });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  const inbox = path.join(app.data.dataDir, 'inbox');
  await mkdir(inbox);
  const files: string[] = [];
  for (let index = 1; index <= 20; index += 1) {
    const answers: Record<string, Answer> = {};
    for (const requirement of spec.requirements) {
      if (requirement.answerType.kind === 'confirmation' || requirement.answerType.kind === 'yes-no') answers[requirement.id] = { kind: 'yes-no', value: index % 2 === 0 };
    }
    const target = path.join(inbox, `supplier-${index}.kravsvar`);
    await writeResponseFile(target, responseTo(spec, `Supplier ${index}`, answers, 1000 + index));
    files.push(target);
  }
  await page.getByRole('navigation', { name: text.steps.builder.railLabel }).getByRole('button', { name: new RegExp(text.steps.builder.names.evaluation) }).click();
  await page.getByRole('button', { name: ui.open }).click();
  app.data.dialogAnswers.responses.push(files);
  await page.getByRole('button', { name: ui.add }).click();
  await expect(page.locator('[data-supplier]')).toHaveCount(20);
  const matrix = page.getByRole('table', { name: ui.matrix.title });
  await expect(matrix.getByRole('columnheader')).toHaveCount(21);
  await expect(matrix.locator('[data-requirement]')).toHaveCount(50);
  await expect(page.getByText('Requirements 1–50 of 1,000')).toBeVisible();
  await page.getByRole('button', { name: ui.matrix.next }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Requirements 51–100 of 1,000')).toBeVisible();
  await expect(matrix.locator('[data-requirement]')).toHaveCount(50);
});
