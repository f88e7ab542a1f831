/**
 * The whole guided flow, once per jurisdiction in its language: from a new
 * document through the five steps to a Review with no open problems, using
 * a library requirement and one of the user's own; then the document is
 * closed, reopened from the recent list, and shows the same content as the
 * file holds. Every step is photographed for the README.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { tickOption } from './dropdown';
import { expect, test, type AppHarness } from './fixtures';

type Text = (typeof catalogues)['en'];

const journeys = [
  {
    language: 'sv',
    locale: 'sv-SE',
    jurisdiction: 'se',
    title: 'Ärendehanteringssystem som tjänst',
    buyer: 'Ystads kommun',
    orgNumber: '212000-0142',
    reference: 'KS 2026/412',
    procedure: 'open',
    value: '3 500 000',
    reason: 'Tjänsten är ett sammanhållet system; delkontrakt skulle ge dubbla integrationer.',
    variants: 'Ett alternativt anbud ska uppfylla alla ska-krav och lämnas tillsammans med ett anbud utan alternativ.',
    situation: 'Ärenden registreras i tre olika system och handläggarna för över uppgifter för hand.',
    need: { statement: 'Hantera ett ärende från inkomst till arkiv på ett ställe', who: 'Handläggare' },
    ownText: 'Leverantören bör erbjuda utbildning på plats för handläggarna vid driftstart.',
    criterion: 'Kvalitet',
    weights: { price: '60', quality: '40' },
  },
  {
    language: 'nb',
    locale: 'nb-NO',
    jurisdiction: 'no',
    title: 'Saksbehandlingssystem som tjeneste',
    buyer: 'Bodø kommune',
    orgNumber: '974760673',
    reference: '2026/1187',
    procedure: 'open',
    value: '3 500 000',
    reason: 'Tjenesten er ett samlet system; delkontrakter ville gitt doble integrasjoner.',
    variants: 'Et alternativt tilbud må oppfylle alle skal-krav og leveres sammen med et tilbud uten alternativ.',
    situation: 'Saker registreres i tre ulike systemer, og saksbehandlerne overfører opplysninger manuelt.',
    need: { statement: 'Behandle en sak fra mottak til arkiv på ett sted', who: 'Saksbehandlere' },
    ownText: 'Leverandøren bør bruke elektriske kjøretøy ved oppmøte hos kunden.',
    criterion: 'Klima og miljø',
    weights: { price: '70', quality: '30' },
  },
  {
    language: 'en',
    locale: 'en-GB',
    jurisdiction: 'eu',
    title: 'Case management as a service',
    buyer: 'City of Example',
    orgNumber: 'EX-0001',
    reference: 'PROC-2026-17',
    procedure: 'open',
    value: '400,000',
    reason: 'The service is one integrated system; lots would mean duplicate integrations.',
    variants: 'A variant must meet every mandatory requirement and come with a tender without a variant.',
    situation: 'Cases are registered in three systems and officers copy details between them by hand.',
    need: { statement: 'Handle a case from receipt to archive in one place', who: 'Case officers' },
    ownText: 'The supplier should offer on-site training for case officers at go-live.',
    criterion: 'Quality',
    weights: { price: '60', quality: '40' },
  },
] as const;

function rail(page: Page, text: Text): Locator {
  return page.getByRole('navigation', { name: text.steps.builder.railLabel });
}

async function openStep(page: Page, text: Text, step: keyof Text['steps']['builder']['names']): Promise<void> {
  await rail(page, text).getByRole('button', { name: new RegExp(text.steps.builder.names[step]) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.steps.builder.names[step] })).toBeFocused();
}

function field(page: Page, label: string): Locator {
  return page.getByRole('main').getByLabel(label, { exact: true });
}

/** A control whose accessible name starts with the given words (criteria cards prefix their number). */
function control(page: Page, role: 'textbox' | 'combobox' | 'checkbox', name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('main').getByRole(role, { name: new RegExp(`^${escaped}`) });
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function onlyDocument(app: AppHarness): Promise<string> {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  return path.join(app.data.documentsDir, files[0] ?? '');
}

async function shoot(app: AppHarness, name: string): Promise<void> {
  await app.page.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await app.page.mouse.move(0, 0);
  await app.screenshot(name);
}

for (const j of journeys) {
  const text = catalogues[j.language];
  const steps = text.steps;

  test.describe(`journey in ${j.language} (${j.jurisdiction})`, () => {
    test.use({ preferredLanguages: [j.locale] });

    test('from a new document to a review with nothing open, then reopened unchanged', async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      await app.open();

      // New document.
      await page.getByRole('button', { name: text.homeDocs.new }).click();
      const dialog = page.getByRole('dialog', { name: text.newDocument.title });
      await dialog.getByRole('textbox', { name: text.newDocument.titleLabel }).fill(j.title);
      await dialog.getByRole('radio', { name: text.jurisdiction[j.jurisdiction] }).check();
      await dialog.getByRole('button', { name: text.newDocument.create }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.title);

      // 1. Procurement.
      const p = steps.procurement;
      await field(page, text.details.buyerName).fill(j.buyer);
      await field(page, text.details.orgNumber).fill(j.orgNumber);
      await field(page, text.details.reference[j.jurisdiction]).fill(j.reference);
      await field(page, p.procedure.label).selectOption({ label: text.docx.procedure[j.procedure] });
      await field(page, p.value.label).fill(j.value);
      await field(page, p.period.duration).fill('48');
      const cpv = field(page, p.cpv.label);
      await cpv.fill('72000000-5');
      await cpv.press('Enter');
      await field(page, p.lots.notDividedReason).fill(j.reason);
      await page.getByRole('main').getByRole('radio', { name: p.variants.allowed }).check();
      await field(page, p.variants.conditions).fill(j.variants);
      await expect(rail(page, text).getByRole('button', { name: new RegExp(steps.builder.names.procurement) })).toContainText(steps.builder.stepDone);
      await shoot(app, `journey-${j.language}-1-procurement`);

      // 2. Needs and goals.
      await openStep(page, text, 'needs');
      const n = steps.needs;
      await field(page, n.currentSituation.label).fill(j.situation);
      await page.getByRole('button', { name: n.needs.add }).click();
      const needRef = n.needs.itemRef.replace('{{number}}', '1');
      await field(page, `${n.needs.statement}, ${needRef}`).fill(j.need.statement);
      await field(page, `${n.needs.who}, ${needRef}`).fill(j.need.who);
      await expect(rail(page, text).getByRole('button', { name: new RegExp(steps.builder.names.needs) })).toContainText(steps.builder.stepDone);
      await shoot(app, `journey-${j.language}-2-needs`);

      // 3. Requirements: one from the library, one of our own (evaluated), both traced to the need.
      await openStep(page, text, 'requirements');
      const r = steps.requirements;
      await page.getByRole('button', { name: r.addFromLibrary }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.library.title);
      await page.getByRole('searchbox', { name: text.library.search }).fill('SAAS-WORKFLOW-01');
      await page.getByRole('region', { name: text.library.resultsLabel }).getByRole('listitem').first().getByRole('button').click();
      await page.getByRole('region', { name: text.library.detailLabel }).getByRole('button', { name: text.library.add }).click();
      await page.getByRole('dialog').getByRole('button', { name: text.library.addConfirm }).click();
      await page.getByRole('navigation', { name: text.nav.label }).getByRole('button', { name: j.title }).click();
      await expect(page.getByRole('heading', { level: 2, name: steps.builder.names.requirements })).toBeVisible();

      const list = page.getByRole('listbox');
      await expect(list.getByRole('option')).toHaveCount(1);
      await list.getByRole('option').first().click();
      await page.getByRole('main').getByRole('checkbox', { name: j.need.statement }).check();

      await page.getByRole('button', { name: r.newRequirement }).click();
      // The new requirement's text field takes focus; type only once it has it.
      await expect(page.getByRole('main').getByRole('textbox', { name: new RegExp(`^${r.textIn.replace('{{language}}', '')}`) }).first()).toBeFocused();
      await page.keyboard.type(j.ownText);
      await page.getByRole('main').getByRole('radio', { name: r.obligations[j.jurisdiction].evaluated, exact: true }).check();
      await field(page, r.verificationMethod).selectOption({ label: text.library.verifications.documentation });
      await page.getByRole('main').getByRole('checkbox', { name: j.need.statement }).check();
      // In a window this narrow the editor has the list's place: back to the list to see both.
      await page.getByRole('button', { name: r.backToList }).click();
      await expect(list.getByRole('option')).toHaveCount(2);
      await expect(rail(page, text).getByRole('button', { name: new RegExp(steps.builder.names.requirements) })).toContainText(steps.builder.stepDone);
      await shoot(app, `journey-${j.language}-3-requirements`);

      // 4. Evaluation: price and one quality criterion made of the evaluated requirement.
      await openStep(page, text, 'evaluation');
      const e = steps.evaluation;
      await page.getByRole('main').getByRole('button', { name: e.criteria.addPrice }).click();
      await control(page, 'textbox', `${e.criteria.priceTitle} ${e.criteria.weight}`).fill(j.weights.price);
      await page.getByRole('main').getByRole('button', { name: e.criteria.add }).click();
      const title = e.criteria.title.replace('{{number}}', '1');
      await expect(control(page, 'textbox', `${title} ${e.criteria.name}`)).toBeFocused();
      await page.keyboard.type(j.criterion);
      await control(page, 'textbox', `${title} ${e.criteria.weight}`).fill(j.weights.quality);
      if (j.jurisdiction === 'no') await control(page, 'checkbox', `${title} ${e.criteria.environmental}`).check();
      const chooser = control(page, 'combobox', `${title} ${e.criteria.requirements}`);
      await chooser.click();
      const option = page.getByRole('menuitemcheckbox', { name: /^own-1 / });
      await tickOption(option);
      await page.keyboard.press('Escape');
      // What the requirement is worth in its criterion.
      await page.getByRole('main').getByRole('textbox', { name: e.points.pointsFor.replace('{{id}}', 'own-1') }).fill('1');
      await expect(rail(page, text).getByRole('button', { name: new RegExp(steps.builder.names.evaluation) })).toContainText(steps.builder.stepDone);
      await shoot(app, `journey-${j.language}-4-evaluation`);

      // 5. Review: nothing open.
      await openStep(page, text, 'review');
      await expect(page.getByRole('main').getByText(steps.review.summary.ready, { exact: true })).toBeVisible();
      await app.expectAccessible(`review step after the journey (${j.language})`);
      await shoot(app, `journey-${j.language}-5-review`);

      // Close, reopen from the recent list: the same document, and the file is what was shown.
      await page.keyboard.press('Control+s');
      await expectSaved(page);
      const file = await onlyDocument(app);
      const before = await readFile(file);
      await page.getByRole('toolbar').getByRole('button', { name: text.workspace.close }).click();
      // The home screen's recent list shows the document complete: every check done.
      const row = page.getByRole('row', { name: new RegExp(j.title) });
      const progress = text.homeDocs.progress.replace('{{done}}', '(\\d+)').replace('{{total}}', '\\1');
      await expect(row).toContainText(new RegExp(progress));
      await app.screenshot(`home-recent-${j.language}`);
      await page.getByRole('button', { name: new RegExp(j.title) }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.title);
      await expect(field(page, text.details.buyerName)).toHaveValue(j.buyer);
      await openStep(page, text, 'requirements');
      await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(2);
      await expect(page.getByRole('listbox')).toContainText(j.ownText.slice(0, 30));
      await openStep(page, text, 'review');
      await expect(page.getByRole('main').getByText(steps.review.summary.ready, { exact: true })).toBeVisible();
      expect(Buffer.compare(await readFile(file), before)).toBe(0);

      const parsed = parseSpecificationBytes(before);
      if (!parsed.ok) throw new Error(parsed.problem.message);
      const saved = parsed.specification;
      expect(saved.requirements.map((req) => req.id).sort()).toEqual(['SAAS-WORKFLOW-01', 'own-1']);
      expect(saved.requirements.every((req) => req.needIds.includes(saved.needs[0]?.id ?? '?'))).toBe(true);
      expect(saved.evaluation.criteria.map((c) => c.weightPercent)).toEqual([Number(j.weights.price), Number(j.weights.quality)]);
      expect(saved.procurement.variants).toEqual({ allowed: true, conditions: j.variants });
    });
  });
}
