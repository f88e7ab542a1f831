/**
 * The evaluation simulator in the Evaluation step (issue #20), in Swedish,
 * Norwegian and English: three fictitious bids entered by hand show
 * Lunander's rank reversal (the cheap third bid decides between the other
 * two), a weight changed in the criteria shows the switch point, and the
 * panel passes axe in the light, dark and high-contrast themes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues, lookup } from '../../shared/i18n/catalogues';
import { formatMoney, formatPercent, formatPoints } from '../../shared/format/numbers';
import type { UiLanguage } from '../../shared/languages';
import { createSpecification } from '../../shared/specification/create';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import type { EvaluationSimulation, Jurisdiction, Specification } from '../../shared/specification/model';
import { expect, test, type AppHarness } from './fixtures';

const titles: Record<UiLanguage, { title: string; price: string; quality: string; jurisdiction: Jurisdiction }> = {
  sv: { title: 'Ärendehantering', price: 'Pris', quality: 'Kvalitet', jurisdiction: 'se' },
  nb: { title: 'Saksbehandling', price: 'Pris', quality: 'Kvalitet', jurisdiction: 'no' },
  en: { title: 'Case management', price: 'Price', quality: 'Quality', jurisdiction: 'se' },
};

/** Price and quality 50/50, proportional, quality judged as a whole on the default 0–10 scale. */
function documentIn(language: UiLanguage, simulation?: EvaluationSimulation): Specification {
  const { title, price, quality, jurisdiction } = titles[language];
  const spec = createSpecification({ id: '3b1f6c2e-8d4a-4e7b-9f10-2c3d4e5f6a7b', title, jurisdiction, languages: [language], primaryLanguage: language, now: new Date('2026-02-01T09:00:00Z') });
  return {
    ...spec,
    evaluation: {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'proportional',
      criteria: [
        { id: 'crit-price', name: price, weightPercent: 50, requirementIds: [] },
        { id: 'crit-quality', name: quality, weightPercent: 50, requirementIds: [] },
      ],
      ...(simulation === undefined ? {} : { simulation }),
    },
  };
}

async function openDocument(app: AppHarness, spec: Specification, open = true): Promise<string> {
  if (open) await app.open();
  const file = path.join(app.data.documentsDir, `${spec.title}.kravspec`);
  await writeFile(file, serializeSpecification(spec));
  await app.emit('app:openFile', { path: file });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  return file;
}

async function openEvaluationStep(page: Page, language: UiLanguage): Promise<void> {
  const text = catalogues[language];
  await page.getByRole('navigation', { name: text.steps.builder.railLabel }).getByRole('button', { name: new RegExp(text.steps.builder.names.evaluation) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.steps.builder.names.evaluation })).toBeVisible();
}

const pointsText = (value: number, language: UiLanguage): string => formatPoints(value, language);
const say = (language: UiLanguage, key: string, values: Record<string, string | number> = {}): string => lookup(catalogues[language], `steps.simulator.${key}`, values);

for (const language of ['sv', 'nb', 'en'] as const) {
  test.describe(`simulator in ${language}`, () => {
    test.use({ preferredLanguages: [{ sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[language]] });

    test('three bids show the rank reversal, and a weight changed shows the switch point', async ({ app }) => {
      const { page } = app;
      const { quality } = titles[language];
      const file = await openDocument(app, documentIn(language));
      await openEvaluationStep(page, language);
      const panel = page.getByTestId('simulator');
      await panel.getByRole('button', { name: say(language, 'ui.start') }).click();
      await panel.getByRole('button', { name: say(language, 'ui.add') }).click();

      const bids: [string, string, string][] = [
        ['A', '100', '6'],
        ['B', '130', '8'],
        ['C', '50', '0'],
      ];
      for (const [index, [name, price, score]] of bids.entries()) {
        await panel.getByRole('textbox', { name: say(language, 'ui.nameOf', { bid: say(language, 'ui.bidName', { number: index + 1 }) }), exact: true }).fill(name);
        await panel.getByRole('textbox', { name: say(language, 'ui.priceOf', { bid: name, currency: language === 'nb' ? 'NOK' : 'SEK' }), exact: true }).fill(price);
        await panel.getByRole('textbox', { name: say(language, 'ui.scoreOf', { bid: name, criterion: quality }), exact: true }).fill(score);
      }

      // Lunander: B wins with C in the field; without C, A would.
      const ranking = panel.getByTestId('simulation-ranking');
      await expect(ranking.getByRole('listitem').first()).toContainText('B');
      const reversal = say(language, 'check.rankReversal', { bid: 'C', with: 'B › A', without: 'A › B' });
      await expect(panel.locator('[data-check-kind="rank-reversal"]')).toHaveText(reversal);

      // The price weight's switch point: C takes over from B at a price weight of 56.52 %.
      const switchPoint = say(language, 'check.switchPoint', { at: formatPercent(56.52, language), from: 'B', to: 'C' });
      const priceSweep = (current: number) =>
        say(language, 'check.breakEvenWeight', { item: say(language, 'priceWeight'), current: formatPercent(current, language), points: switchPoint });
      await expect(panel.locator('[data-check-kind="break-even"]').filter({ hasText: priceSweep(50) })).toHaveCount(1);
      await app.expectAccessible(`simulator (${language})`);
      await panel.evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await app.screenshot(`simulator-${language}`);

      // The charts: totals stacked by criterion, the price weight's sweep, the runner-up's break-even price; each also as a table.
      const charts = panel.getByTestId('simulation-charts');
      for (const chart of ['chart-totals', 'chart-sweep', 'chart-break-even']) await expect(charts.getByTestId(chart).locator('svg').first()).toBeVisible();
      const totals = charts.getByTestId('chart-totals');
      await totals.getByRole('button', { name: say(language, 'ui.chart.asTable') }).click();
      await expect(totals.getByRole('row').filter({ has: page.getByRole('cell', { name: 'B', exact: true }) })).toContainText(pointsText(59.23, language));
      await totals.getByRole('button', { name: say(language, 'ui.chart.asTable') }).click();
      await expect(totals.locator('svg').first()).toBeVisible();

      // Try the price weight on its slider: beside it, the switch point; seven steps right (57 %, quality 43 %) and C wins.
      const priceName = titles[language].price;
      const sliders = panel.getByTestId('weight-sliders');
      const switchAt = say(language, 'ui.sliders.switchAt', { at: formatPercent(56.52, language), item: priceName, to: 'C', from: 'B' });
      await expect(sliders.getByTestId('switch-price')).toHaveText(switchAt);
      const priceSlider = sliders.getByRole('slider', { name: say(language, 'ui.sliders.sliderLabel', { item: priceName }) });
      await priceSlider.focus();
      for (let step = 0; step < 7; step += 1) await priceSlider.press('ArrowRight');
      await expect(priceSlider).toHaveValue('57');
      await expect(sliders.getByRole('spinbutton', { name: say(language, 'ui.sliders.numberLabel', { item: quality }) })).toHaveValue(formatPercent(43, language));
      await expect(ranking.getByRole('listitem').first()).toContainText('C');
      await expect(sliders.getByText(say(language, 'ui.sliders.trying'))).toBeVisible();
      // The legend reads as the sentence we wrote, not with every word capitalised by the chart library.
      await expect(charts.getByTestId('chart-sweep').locator('.fui-legend__text', { hasText: say(language, 'ui.chart.nowLegend') }).first()).toHaveText(say(language, 'ui.chart.nowLegend'), { useInnerText: true });
      await expect(charts.getByTestId('chart-sweep').getByText(say(language, 'ui.chart.switchAt', { at: formatPercent(56.52, language), item: priceName, to: 'C', from: 'B' }))).toBeVisible();
      await app.expectAccessible(`simulator with a weight tried (${language})`);
      await sliders.evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await app.screenshot(`simulator-sliders-${language}`);
      await charts.getByTestId('chart-sweep').evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await app.screenshot(`simulator-charts-${language}`);
      // Back to the specification's weights: B wins again, and nothing was written.
      await sliders.getByRole('button', { name: say(language, 'ui.sliders.reset') }).click();
      await expect(ranking.getByRole('listitem').first()).toContainText('B');

      // Chosen, the bids go into the tender document as a worked example marked fictitious.
      await panel.getByRole('checkbox', { name: say(language, 'ui.exportExample') }).check();

      // Price 40 %, quality 60 %: B wins by a clear margin, and the switch point stays where it was.
      const weights = catalogues[language].steps.evaluation.criteria;
      const main = page.getByRole('main');
      await main.getByRole('textbox', { name: new RegExp(`^${weights.priceTitle} ${weights.weight}`) }).fill('40');
      await expect(panel.locator('[data-check-kind="weights"]')).toHaveText(say(language, 'check.weights', { sum: formatPercent(90, language) }));
      await main.getByRole('textbox', { name: new RegExp(`^${weights.title.replace('{{number}}', '1')} ${weights.weight}`) }).fill('60');
      await expect(panel.locator('[data-check-kind="weights"]')).toHaveCount(0);
      await expect(panel.locator('[data-check-kind="break-even"]').filter({ hasText: priceSweep(40) })).toHaveCount(1);
      await expect(panel.locator('[data-check-kind="rank-reversal"]')).toHaveCount(0);

      // The bids are saved with the document.
      await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
      const saved = parseSpecificationBytes(await readFile(file));
      if (!saved.ok) throw new Error(saved.problem.message);
      expect(saved.specification.evaluation.simulation?.bids.map((bid) => [bid.name, bid.price, bid.scores['crit-quality']])).toEqual([
        ['A', '100', 6],
        ['B', '130', 8],
        // C's 0 is the bottom of the scale, where a new bid starts: nothing to store.
        ['C', '50', undefined],
      ]);
      expect(saved.specification.evaluation.simulation?.exportExample).toBe(true);
    });
  });
}

for (const theme of ['dark', 'highContrast'] as const) {
  test(`the simulator passes axe in the ${theme} theme`, async ({ app }) => {
    const { page } = app;
    const en = catalogues.en;
    await app.open();
    await page.getByRole('button', { name: en.nav.settings }).click();
    await page.getByRole('radio', { name: en.settings.theme[theme] }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const simulation: EvaluationSimulation = {
      bids: [
        { id: 'bid-1', name: 'A', price: '100', scores: { 'crit-quality': 6 } },
        { id: 'bid-2', name: 'B', price: '130', scores: { 'crit-quality': 8 } },
        { id: 'bid-3', name: 'C', price: '50', scores: { 'crit-quality': 0 } },
      ],
    };
    await openDocument(app, documentIn('en', simulation), false);
    await openEvaluationStep(page, 'en');
    const panel = page.getByTestId('simulator');
    await expect(panel.locator('[data-check-kind="rank-reversal"]')).toHaveCount(1);
    await app.expectAccessible(`simulator (${theme})`);
    await panel.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await app.screenshot(`simulator-${theme}-en`);
    const charts = panel.getByTestId('simulation-charts');
    for (const chart of ['chart-totals', 'chart-sweep', 'chart-break-even']) await expect(charts.getByTestId(chart).locator('svg').first()).toBeVisible();
    await charts.getByTestId('chart-sweep').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await app.screenshot(`simulator-charts-${theme}-en`);
  });
}

test('value addition: the buyer chooses it, enters each criterion’s amount, and the simulator ranks by comparison price', async ({ app }) => {
  const { page } = app;
  const en = catalogues.en;
  const amounts = en.steps.evaluation.amounts;
  const simulation: EvaluationSimulation = {
    bids: [
      { id: 'bid-1', name: 'A', price: '1000000', scores: { 'crit-quality': 10 } },
      { id: 'bid-2', name: 'B', price: '900000', scores: { 'crit-quality': 4 } },
    ],
  };
  await openDocument(app, documentIn('en', simulation));
  await openEvaluationStep(page, 'en');
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: en.steps.evaluation.method.name['value-addition'] }).check();
  const amount = main.getByRole('textbox', { name: lookup(en, 'steps.evaluation.amounts.amountOf', { criterion: 'Quality', currency: 'SEK' }) });
  await expect(main.getByText(amounts.missing)).toBeVisible();
  // 200 000 kr for the whole scale: B lacks 6 of 10 points, so 120 000 kr is added to its price and A wins.
  await amount.fill('200000');
  await expect(main.getByText(amounts.missing)).toHaveCount(0);
  const panel = page.getByTestId('simulator');
  const ranking = panel.getByTestId('simulation-ranking');
  await expect(ranking.getByRole('listitem').first()).toHaveText(
    say('en', 'ui.rankLine', { rank: 1, bid: 'A', standing: say('en', 'ui.comparisonPrice', { value: formatMoney(1000000, 'SEK', 'en') }) }),
  );
  await expect(ranking.getByRole('listitem').nth(1)).toContainText(formatMoney(1020000, 'SEK', 'en'));
  // No weights to try under value addition.
  await expect(panel.getByTestId('weight-sliders')).toHaveCount(0);
  await app.expectAccessible('value addition');
});
