/**
 * The Procurement step of the guided builder, in each jurisdiction and its
 * language: the facts are typed in, a CPV code with a wrong check digit is
 * refused without touching the file, the threshold panel names the regime
 * for the estimated value, and the saved document holds what was typed.
 * The page clock is fixed so the thresholds in force do not depend on the
 * day the test runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test, type AppHarness } from './fixtures';

type Text = (typeof catalogues)['sv'];

const cases = [
  {
    language: 'sv',
    locale: 'sv-SE',
    jurisdiction: 'se',
    title: 'Drift av e-arkiv',
    buyer: 'Ystads kommun',
    orgNumber: '212000-0142',
    reference: 'KS 2026/412',
    procedure: 'open',
    value: '1,2 milj',
    shownValue: '1\u00a0200\u00a0000',
    expectedValue: 1_200_000,
    // In November 2026 the EU thresholds are only in euro: the panel says it cannot decide.
    headline: (text: Text) => text.steps.procurement.thresholds.undetermined,
    detail: 'Värdet är lika med eller över: Direktupphandlingsgräns enligt LOU (700\u00a0000\u00a0kr).',
    lot: 'Drift och förvaltning',
    lotValue: 800_000,
    dates: ['2027-04-01', '2031-03-31'],
  },
  {
    language: 'nb',
    locale: 'nb-NO',
    jurisdiction: 'no',
    title: 'Drift av sak- og arkivsystem',
    buyer: 'Bodø kommune',
    orgNumber: '974760673',
    reference: '2026/1187',
    procedure: 'below-threshold-competition',
    value: '1 400 000',
    shownValue: '1\u00a0400\u00a0000',
    expectedValue: 1_400_000,
    headline: (text: Text) => text.steps.procurement.thresholds.regimes.national.title,
    detail: text('nb').steps.procurement.thresholds.regimes.national.any,
    lot: 'Drift og forvaltning',
    lotValue: 800_000,
    dates: ['1.4.2027', '31.03.2031'],
  },
  {
    language: 'en',
    locale: 'en-GB',
    jurisdiction: 'eu',
    title: 'Case management service',
    buyer: 'City of Example',
    orgNumber: 'GB 123 4567',
    reference: 'PROC-2026-17',
    procedure: 'open',
    value: '250,000',
    shownValue: '250,000',
    expectedValue: 250_000,
    headline: (text: Text) => text.steps.procurement.thresholds.regimes['above-eu'].title,
    detail: text('en').steps.procurement.thresholds.regimes['above-eu'].any,
    lot: 'Operations and maintenance',
    lotValue: 200_000,
    dates: ['01/04/2027', '31/03/2031'],
  },
] as const;

function text(language: 'sv' | 'nb' | 'en'): Text {
  return catalogues[language];
}

/** True when the jurisdiction's rules data marks a value as still to be confirmed ("verify"). */
async function hasUnconfirmedValues(jurisdiction: 'se' | 'no' | 'eu'): Promise<boolean> {
  const rules = await readFile(path.resolve(import.meta.dirname, '..', '..', 'templates', 'rules', `${jurisdiction}.json`), 'utf8');
  return /"verify":\s*true/.test(rules);
}

async function createDocument(app: AppHarness, t: Text, title: string, jurisdiction: 'se' | 'no' | 'eu'): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: t.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: t.newDocument.title });
  await dialog.getByRole('textbox', { name: t.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('radio', { name: t.jurisdiction[jurisdiction] }).check();
  await dialog.getByRole('button', { name: t.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 2, name: t.steps.builder.names.procurement })).toBeVisible();
}

function field(page: Page, label: string) {
  return page.getByRole('main').getByLabel(label, { exact: true });
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function savedDocument(app: AppHarness) {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values[name] ?? ''));

for (const c of cases) {
  const t = text(c.language);
  const p = t.steps.procurement;

  test.describe(`procurement step in ${c.language} (${c.jurisdiction})`, () => {
    test.use({ preferredLanguages: [c.locale] });

    test('fill in the facts, refuse a bad CPV code, see the thresholds, and find it all in the file', async ({ app }) => {
      const { page } = app;
      await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
      await app.open();
      await createDocument(app, t, c.title, c.jurisdiction);

      await field(page, t.details.buyerName).fill(c.buyer);
      await field(page, t.details.orgNumber).fill(c.orgNumber);
      await field(page, t.details.reference[c.jurisdiction]).fill(c.reference);
      await field(page, t.details.contactEmail).fill('upphandling@example.org');

      await field(page, p.procedure.label).selectOption({ label: t.docx.procedure[c.procedure] });
      const value = field(page, p.value.label);
      await value.fill(c.value);
      await value.blur();
      await expect(value).toHaveValue(c.shownValue);

      const panel = page.getByTestId('threshold-panel');
      await expect(panel.getByRole('status')).toContainText(c.headline(t));
      await expect(panel.getByRole('status')).toContainText(c.detail);
      await expect(panel.getByRole('table', { name: p.thresholds.tableLabel })).toBeVisible();
      // Values the rules data has not confirmed carry a "check the current value" mark.
      if (await hasUnconfirmedValues(c.jurisdiction)) await expect(panel.getByText(p.thresholds.checkValue).first()).toBeVisible();
      // The chosen procedure suits the value: no warning at the field.
      await expect(page.getByRole('main').getByText(p.procedure.aboveOnly)).toHaveCount(0);

      // Dates are typed the language's way; a date that does not exist is pointed out and not saved.
      const start = field(page, p.period.start);
      await start.fill('31.02.2027');
      await expect(page.getByRole('main').getByText(fill(p.period.invalidDate, { format: p.period.dateFormat }))).toBeVisible();
      await start.fill(c.dates[0]);
      await start.blur();
      await expect(start).toHaveValue({ sv: '2027-04-01', nb: '01.04.2027', en: '01/04/2027' }[c.language]);
      await field(page, p.period.end).fill(c.dates[1]);
      await field(page, p.period.duration).fill('48');
      await page.getByRole('button', { name: p.options.add }).click();
      await field(page, p.options.description).fill('+ 24');
      await field(page, p.options.duration).fill('24');

      // A lot: its title field takes focus when it is added.
      await page.getByRole('button', { name: p.lots.add }).click();
      const lotTitle = field(page, p.lots.title);
      await expect(lotTitle).toBeFocused();
      await lotTitle.fill(c.lot);
      await field(page, p.lots.value).fill(String(c.lotValue));
      await expect(page.getByRole('button', { name: fill(p.lots.removeNamed, { number: 1, name: c.lot }) })).toBeVisible();
      await expect(field(page, p.lots.notDividedReason)).toHaveCount(0);

      // A CPV code with the wrong check digit is refused with a message and never reaches the file.
      const cpv = field(page, p.cpv.label);
      await cpv.fill('72000000-3');
      await page.getByRole('button', { name: p.cpv.addLabel }).click();
      await expect(page.getByRole('main').getByText(fill(p.cpv.problems.checkDigit, { code: '72000000-3' }))).toBeVisible();
      await expect(cpv).toHaveValue('72000000-3');
      await cpv.fill('7200');
      await cpv.press('Enter');
      await expect(page.getByRole('main').getByText(fill(p.cpv.problems.format, { text: '7200' }))).toBeVisible();
      await expectSaved(page);
      expect((await savedDocument(app)).procurement.cpvCodes).toEqual([]);

      // A valid one typed without the hyphen is written the usual way; a suggestion adds another.
      await cpv.fill('720000005');
      await cpv.press('Enter');
      await expect(cpv).toHaveValue('');
      const codes = page.getByRole('list', { name: p.cpv.listLabel });
      await expect(codes.getByRole('listitem')).toHaveCount(1);
      await expect(codes).toContainText('72000000-5');
      await page.getByRole('button', { name: `${p.cpv.add} 48000000-8 ${p.cpv.names['48000000-8']}` }).click();
      await expect(codes.getByRole('listitem')).toHaveCount(2);

      await expectSaved(page);
      const saved = await savedDocument(app);
      expect(saved.jurisdiction).toBe(c.jurisdiction);
      expect(saved.buyer).toMatchObject({ name: c.buyer, organisationNumber: c.orgNumber });
      expect(saved.procurement).toMatchObject({
        referenceNumber: c.reference,
        procedure: c.procedure,
        estimatedValue: c.expectedValue,
        currency: { se: 'SEK', no: 'NOK', eu: 'EUR' }[c.jurisdiction],
        contractPeriod: { startDate: '2027-04-01', endDate: '2031-03-31', durationMonths: 48 },
        options: [{ description: '+ 24', durationMonths: 24 }],
        cpvCodes: ['72000000-5', '48000000-8'],
        lots: [{ id: 'lot-1', title: c.lot, description: '', estimatedValue: c.lotValue }],
      });

      // Every procurement check on the rail is done.
      await expect(page.locator('[data-section]').getByText(p.sectionDone)).toHaveCount(5);

      await app.expectAccessible(`procurement step (${c.language})`);
      await page.locator('[data-section="procurement-procedure"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await app.screenshot(`step-procurement-${c.language}`);
      await page.locator('[data-section="procurement-lots"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await app.screenshot(`step-procurement-lots-${c.language}`);
    });
  });
}

test('a value that is no amount is pointed out and the saved value stays; removing the only lot brings back the reason field', async ({ app }) => {
  const { page } = app;
  const t = text('en');
  const p = t.steps.procurement;
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
  await app.open();
  await createDocument(app, t, 'Value checks', 'eu');

  const value = field(page, p.value.label);
  await value.fill('100000');
  await expect(page.getByTestId('threshold-panel').getByRole('status')).toContainText(p.thresholds.regimes['below-eu'].title);
  await value.fill('-5');
  await expect(page.getByRole('main').getByText(p.value.problems.negative)).toBeVisible();
  await value.fill('lots');
  await expect(page.getByRole('main').getByText(p.value.problems.notANumber)).toBeVisible();
  await expectSaved(page);
  expect((await savedDocument(app)).procurement.estimatedValue).toBe(100_000);

  // Between the two EU thresholds the answer depends on the kind of authority.
  await value.fill('150 000');
  await expect(page.getByTestId('threshold-panel').getByRole('status')).toContainText(p.thresholds.regimes['between-eu'].title);

  // The currency changes what can be compared: a value in kronor is not converted.
  await field(page, p.value.currency).selectOption('SEK');
  await expect(page.getByTestId('threshold-panel').getByRole('status')).toContainText(p.thresholds.undetermined);

  await page.getByRole('button', { name: p.lots.add }).click();
  await expect(field(page, p.lots.notDividedReason)).toHaveCount(0);
  await page.getByRole('button', { name: fill(p.lots.remove, { number: 1 }) }).click();
  await expect(page.getByRole('button', { name: p.lots.add })).toBeFocused();
  await field(page, p.lots.notDividedReason).fill('One integrated platform; splitting it would break the data model.');
  await expectSaved(page);
  const saved = await savedDocument(app);
  expect(saved.procurement).toMatchObject({ lots: [], currency: 'SEK', notDividedReason: 'One integrated platform; splitting it would break the data model.' });
});

test.describe('variants in sv', () => {
  test.use({ preferredLanguages: ['sv-SE'] });

  test('variants are chosen with the keyboard; their minimum requirements are kept when variants are ruled out and come back when allowed again', async ({ app }) => {
    const { page } = app;
    const t = text('sv');
    const v = t.steps.procurement.variants;
    await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
    await app.open();
    await createDocument(app, t, 'Alternativa anbud', 'se');

    const card = page.locator('[data-section="procurement-variants"]');
    await expect(card.getByRole('heading', { name: t.steps.procurement.sections.variants })).toBeVisible();
    await expect(card).toContainText(t.steps.procurement.sectionOpen_one.replace('{{count}}', '1'));
    const undecided = card.getByRole('radio', { name: v.undecided });
    await expect(undecided).toBeChecked();
    await expect(field(page, v.conditions)).toHaveCount(0);

    // Arrow keys move the choice within the group, as in any radio group.
    await undecided.focus();
    await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('radio', { name: v.allowed })).toBeChecked();
    const conditions = field(page, v.conditions);
    await expect(conditions).toBeVisible();
    await expect(card).toContainText(t.steps.procurement.sectionOpen_one.replace('{{count}}', '1'));
    await page.keyboard.press('Tab');
    await expect(conditions).toBeFocused();
    const written = 'Ett alternativt anbud ska uppfylla alla ska-krav i avsnitt 4 och lämnas tillsammans med ett anbud utan alternativ.';
    await page.keyboard.type(written);
    await expect(card).toContainText(t.steps.procurement.sectionDone);
    await expectSaved(page);
    expect((await savedDocument(app)).procurement.variants).toEqual({ allowed: true, conditions: written });
    await app.expectAccessible('variants allowed, with minimum requirements (sv)');
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await app.screenshot('step-procurement-variants-sv');

    await card.getByRole('radio', { name: v.allowed }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('radio', { name: v.notAllowed })).toBeChecked();
    await expect(field(page, v.conditions)).toHaveCount(0);
    await expect(card).toContainText(t.steps.procurement.sectionDone);
    await expectSaved(page);
    expect((await savedDocument(app)).procurement.variants).toEqual({ allowed: false, conditions: written });

    await page.keyboard.press('ArrowUp');
    await expect(field(page, v.conditions)).toHaveValue(written);
  });
});
