/**
 * Bulk actions (issue #16), as the Norwegian persona meets them: a cloud
 * case-management service made from two packs (Skytjeneste (SaaS) and Sak-
 * og arkivsystem), three needs, price 40 % / quality 30 % / climate 30 %.
 * Linking a section's requirements to a need and assigning a section's
 * evaluated requirements to a criterion each take at most three actions.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { TemplateLibraryStore } from '../../electron/services/template-library';
import { sectionRequirements } from '../../shared/builder/requirement-edits';
import { catalogues } from '../../shared/i18n/catalogues';
import { createSpecification } from '../../shared/specification/create';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { isScored, type Specification } from '../../shared/specification/model';
import { addFromLibrary, addRequestsForPacks } from '../../shared/templates/instantiate';
import { textIn } from '../../shared/text/localised';
import { expect, test, type AppHarness } from './fixtures';
import { repoRoot } from './paths';

const nb = catalogues.nb;
const b = nb.steps.bulk;

/** The persona's document, made from the two packs the way "New specification" makes it. */
async function personaDocument(userDataDir: string): Promise<Specification> {
  const library = await new TemplateLibraryStore({ shippedDir: path.join(repoRoot, 'templates'), userDataDir }).load();
  const { requests, unknown } = addRequestsForPacks(library, ['cloud-service', 'case-and-records-management']);
  if (unknown.length > 0) throw new Error(`unknown packs ${unknown.join(', ')}`);
  const base = createSpecification({
    id: '7b2e4c1d-3f5a-4e6b-8c9d-0a1b2c3d4e5f',
    title: 'Sak og arkiv i skyen',
    jurisdiction: 'no',
    languages: ['nb'],
    primaryLanguage: 'nb',
    now: new Date('2026-12-01T09:00:00Z'),
  });
  const spec = addFromLibrary(base, requests);
  return {
    ...spec,
    needs: [
      { id: 'need-1', statement: 'Saksbehandlerne må kunne journalføre og arkivere saker digitalt', who: 'Saksbehandlere', why: 'Arkivloven', priority: 'must', goalIds: [] },
      { id: 'need-2', statement: 'Innbyggernes personopplysninger må være sikret', who: 'Innbyggere', why: 'Personvern', priority: 'must', goalIds: [] },
      { id: 'need-3', statement: 'Tjenesten må være tilgjengelig for alle brukere', who: 'Alle brukere', why: 'Universell utforming', priority: 'should', goalIds: [] },
    ],
    evaluation: {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'proportional',
      criteria: [
        { id: 'price-1', name: 'Pris', weightPercent: 40, requirementIds: [] },
        { id: 'crit-1', name: 'Kvalitet', weightPercent: 30, requirementIds: [] },
        { id: 'crit-2', name: 'Klima og miljø', weightPercent: 30, requirementIds: [], environmental: true },
      ],
    },
  };
}

/** The first section with at least `least` requirements that `keep` accepts (none of its subsections' requirements). */
function sectionWith(spec: Specification, least: number, keep: (requirement: Specification['requirements'][number]) => boolean = () => true): { id: string; title: string; ids: string[] } {
  for (const section of spec.sections) {
    const ids = sectionRequirements(spec, section.id).filter(keep).map((requirement) => requirement.id);
    const hasChildren = spec.sections.some((candidate) => candidate.parentId === section.id);
    if (ids.length >= least && !hasChildren) return { id: section.id, title: textIn(section.title, 'nb'), ids };
  }
  throw new Error('no such section in the packs');
}

async function openDocument(app: AppHarness, spec: Specification): Promise<string> {
  await app.open();
  const file = path.join(app.data.documentsDir, 'Sak og arkiv i skyen.kravspec');
  await writeFile(file, serializeSpecification(spec));
  await app.emit('app:openFile', { path: file });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(spec.title);
  return file;
}

async function readDocument(file: string): Promise<Specification> {
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

async function openStep(page: Page, step: 'requirements' | 'evaluation' | 'review'): Promise<void> {
  await page.getByRole('navigation', { name: nb.steps.builder.railLabel }).getByRole('button', { name: new RegExp(nb.steps.builder.names[step]) }).click();
  await expect(page.getByRole('heading', { level: 2, name: nb.steps.builder.names[step] })).toBeVisible();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/** A catalogue text with {{n}} and other values filled in, as the app writes them. */
function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? ''));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function bulkBar(page: Page): Locator {
  return page.getByTestId('bulk-bar');
}

/** How many requirements the bar says are selected (the number it shows, 0 when it shows none). */
async function expectSelected(page: Page, count: number): Promise<void> {
  await expect(bulkBar(page).locator('[data-selected-count]')).toHaveAttribute('data-selected-count', String(count));
}

test.describe('bulk actions in Norwegian', () => {
  test.use({ preferredLanguages: ['nb-NO'] });

  test('bulk: link every requirement of a section to a need in three actions, one undo step', async ({ app }) => {
    const { page } = app;
    const spec = await personaDocument(app.data.context.paths.userData);
    const section = sectionWith(spec, 3);
    const file = await openDocument(app, spec);
    await openStep(page, 'requirements');
    // Go to the section in the tree (it is shown, nothing is changed yet).
    await page.locator(`[data-section-id="${section.id}"]`).click();
    await expect(page.getByRole('listbox')).toHaveAccessibleName(new RegExp(escape(section.title)));

    let actions = 0;
    // 1. Select the section's requirements.
    await bulkBar(page).getByRole('button', { name: fill(b.selectSection_other, { n: section.ids.length }) }).click();
    actions += 1;
    await expectSelected(page, section.ids.length);
    await expect(bulkBar(page).getByRole('status').first()).toHaveText(fill(b.selected_other, { n: section.ids.length }));
    await expect(page.getByRole('option', { checked: true })).toHaveCount(Math.min(section.ids.length, await page.getByRole('option').count()));
    // 2. The action.
    await bulkBar(page).getByRole('button', { name: b.link }).click();
    actions += 1;
    // 3. The need.
    await page.getByRole('menuitem', { name: /journalføre og arkivere/ }).click();
    actions += 1;
    expect(actions).toBeLessThanOrEqual(3);
    await expect(bulkBar(page)).toContainText(fill(b.done_other, { n: section.ids.length }));

    await expectSaved(page);
    let saved = await readDocument(file);
    for (const requirement of saved.requirements.filter((r) => section.ids.includes(r.id))) {
      expect(requirement.needIds).toEqual(['need-1']);
      expect(requirement.tracing).toBe('linked');
    }
    const untouched = saved.requirements.filter((r) => !section.ids.includes(r.id));
    expect(untouched.every((r) => r.needIds.length === 0)).toBe(true);

    // One undo takes the whole action back.
    await bulkBar(page).getByRole('button', { name: b.undo }).click();
    await expectSaved(page);
    saved = await readDocument(file);
    expect(saved.requirements.every((r) => r.needIds.length === 0)).toBe(true);
  });

  test('bulk: mark a selection as standing alone, change obligation, and delete with a count in the question', async ({ app }) => {
    const { page } = app;
    const spec = await personaDocument(app.data.context.paths.userData);
    const section = sectionWith(spec, 3);
    const file = await openDocument(app, spec);
    await openStep(page, 'requirements');
    await page.locator(`[data-section-id="${section.id}"]`).click();
    const options = page.getByRole('listbox').getByRole('option');
    // Tick the first, Shift-click the third: three selected (a plain click would open the first in the editor).
    await options.nth(0).locator('[data-tick]').click();
    await options.nth(2).click({ modifiers: ['Shift'] });
    await expectSelected(page, 3);
    // Ctrl-click takes the second out again.
    await options.nth(1).click({ modifiers: ['Control'] });
    await expectSelected(page, 2);

    await bulkBar(page).getByRole('button', { name: b.standAlone }).click();
    const dialog = page.getByRole('dialog', { name: fill(b.standAloneTitle_other, { n: 2 }) });
    await expect(dialog.getByRole('button', { name: b.standAloneApply })).toBeDisabled();
    await dialog.getByRole('textbox', { name: b.reason }).fill('Lovpålagt');
    await dialog.getByRole('button', { name: b.standAloneApply }).click();
    await expect(dialog).toHaveCount(0);

    await bulkBar(page).getByRole('button', { name: b.change }).click();
    await page.getByRole('menuitem', { name: nb.steps.requirements.obligation }).click();
    await page.getByRole('menuitem', { name: nb.steps.requirements.obligations.no.evaluated }).click();

    await expectSaved(page);
    let saved = await readDocument(file);
    const picked = [section.ids[0], section.ids[2]];
    for (const requirement of saved.requirements.filter((r) => picked.includes(r.id))) {
      expect(requirement).toMatchObject({ tracing: 'not-needed', tracingReason: 'Lovpålagt', obligation: 'evaluated' });
    }

    await bulkBar(page).getByRole('button', { name: b.delete }).click();
    const confirm = page.getByRole('alertdialog', { name: fill(b.deleteTitle_other, { n: 2 }) });
    await confirm.getByRole('button', { name: fill(b.deleteConfirm_other, { n: 2 }) }).click();
    await expectSelected(page, 0);
    await expectSaved(page);
    saved = await readDocument(file);
    expect(saved.requirements).toHaveLength(spec.requirements.length - 2);
  });

  test('bulk: assign every evaluated requirement of a section to a criterion in three actions; moving from another criterion asks first', async ({ app }) => {
    const { page } = app;
    const base = await personaDocument(app.data.context.paths.userData);
    // The persona made a section's requirements evaluated (bør-krav) while adapting them.
    const target = sectionWith(base, 3);
    const spec: Specification = {
      ...base,
      requirements: base.requirements.map((r) => (target.ids.includes(r.id) ? { ...r, obligation: 'evaluated' } : r)),
    };
    const evaluated = spec.requirements.filter((r) => r.sectionId === target.id && isScored(r.obligation)).map((r) => r.id);
    const file = await openDocument(app, spec);
    await openStep(page, 'evaluation');
    const main = page.getByRole('main');
    const quality = main.locator('[data-criterion="crit-1"]');
    const climate = main.locator('[data-criterion="crit-2"]');

    let actions = 0;
    await quality.getByRole('button', { name: b.assignOpen }).click();
    actions += 1;
    const dialog = page.getByRole('dialog', { name: fill(b.assignTitle, { name: 'Kvalitet' }) });
    const sectionBox = dialog.getByRole('checkbox', { name: new RegExp(`^${escape(target.title)} \\(`) });
    await sectionBox.check();
    actions += 1;
    await dialog.getByRole('button', { name: b.assignApply }).click();
    actions += 1;
    expect(actions).toBeLessThanOrEqual(3);
    await expect(dialog).toHaveCount(0);
    await expectSaved(page);
    let saved = await readDocument(file);
    expect(saved.evaluation.criteria.find((c) => c.id === 'crit-1')?.requirementIds).toEqual(evaluated);

    // Each requirement shows where it belongs; taking one for the climate criterion asks first.
    const moved = evaluated[0] ?? '';
    await climate.getByRole('button', { name: b.assignOpen }).click();
    const climateDialog = page.getByRole('dialog', { name: fill(b.assignTitle, { name: 'Klima og miljø' }) });
    const item = climateDialog.getByRole('checkbox', { name: new RegExp(`^${escape(moved)} `) });
    await expect(item).toHaveAccessibleName(new RegExp(escape(fill(b.assignIn, { name: 'Kvalitet' }))));
    await item.check();
    await climateDialog.getByRole('button', { name: b.assignApply }).click();
    const ask = page.getByRole('alertdialog', { name: b.moveTitle });
    await expect(ask).toContainText(fill(b.moveOne, { id: moved, from: 'Kvalitet', to: 'Klima og miljø' }));
    await app.expectAccessible('asking before a requirement moves to another criterion (nb)');
    await app.screenshot('bulk-assign-move-nb');
    // Cancelling leaves it where it was.
    await ask.getByRole('button', { name: b.cancel }).click();
    await expect(ask).toHaveCount(0);
    await climateDialog.getByRole('button', { name: b.assignApply }).click();
    await page.getByRole('alertdialog', { name: b.moveTitle }).getByRole('button', { name: fill(b.moveConfirm, { to: 'Klima og miljø' }) }).click();
    await expectSaved(page);
    saved = await readDocument(file);
    expect(saved.evaluation.criteria.find((c) => c.id === 'crit-1')?.requirementIds).toEqual(evaluated.slice(1));
    expect(saved.evaluation.criteria.find((c) => c.id === 'crit-2')?.requirementIds).toEqual([moved]);
  });

  test('bulk: keyboard-only selection with Shift+Arrow and Space, Escape clears; axe scan and a look at the bar', async ({ app }) => {
    const { page } = app;
    const spec = await personaDocument(app.data.context.paths.userData);
    const section = sectionWith(spec, 4);
    await openDocument(app, spec);
    await openStep(page, 'requirements');
    await page.locator(`[data-section-id="${section.id}"]`).click();
    const list = page.getByRole('listbox');
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expectSelected(page, 3);
    await expect(list.getByRole('option', { checked: true })).toHaveCount(3);
    // Space takes the current (third) out, ArrowDown and Space add the fourth.
    await page.keyboard.press('Space');
    await expectSelected(page, 2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expectSelected(page, 3);
    await expect(list.getByRole('option', { checked: true })).toHaveCount(3);
    await expect(list).toBeFocused();
    await expect(bulkBar(page).getByRole('status').first()).toHaveText(fill(b.selected_other, { n: 3 }));

    await app.expectAccessible('requirements step with a bulk selection (nb)');
    await bulkBar(page).scrollIntoViewIfNeeded();
    await app.screenshot('bulk-bar-nb');

    await page.keyboard.press('Escape');
    await expectSelected(page, 0);
    await expect(list.getByRole('option', { checked: true })).toHaveCount(0);
  });

  test('bulk: the packs dialog, reached from the tracing check, suggests a need per section and links a whole pack in one step', async ({ app }) => {
    const { page } = app;
    const spec = await personaDocument(app.data.context.paths.userData);
    const file = await openDocument(app, spec);
    await openStep(page, 'review');
    await page.locator('[data-check="tracing"]').getByRole('button', { name: b.suggest }).click();
    const dialog = page.getByRole('dialog', { name: b.suggestTitle });
    const records = dialog.getByRole('region', { name: 'Sak- og arkivsystem' });
    await expect(records).toBeVisible();
    await expect(records).toContainText(b.suggestWords.split(':')[0] ?? '');
    await app.expectAccessible('packs dialog with need suggestions (nb)');
    await app.screenshot('bulk-pack-needs-nb');
    const linkPack = records.getByRole('button', { name: /^Knytt pakkens/ });
    await linkPack.click();
    await expectSaved(page);
    const saved = await readDocument(file);
    const fromRecords = saved.requirements.filter((r) => r.provenance?.packId === 'case-and-records-management');
    expect(fromRecords.filter((r) => r.needIds.length > 0).length).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: b.close }).click();
    await expect(dialog).toHaveCount(0);
    // From the bar as well.
    await bulkBar(page).getByRole('button', { name: b.suggest }).click();
    await expect(page.getByRole('dialog', { name: b.suggestTitle })).toBeVisible();
  });
});

test.describe('the persona’s whole journey in Norwegian', () => {
  test.use({ preferredLanguages: ['nb-NO'] });

  test('bulk journey: two packs to a Review with every check done, then an export with the response form and a clean preflight', async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    const main = page.getByRole('main');
    const title = 'Sak og arkiv i skyen';
    const field = (label: string): Locator => main.getByLabel(label, { exact: true });
    const startsWith = (role: 'textbox' | 'checkbox', name: string): Locator => main.getByRole(role, { name: new RegExp(`^${escape(name)}`) });
    const railButton = (step: 'procurement' | 'needs' | 'requirements' | 'evaluation' | 'review'): Locator =>
      page.getByRole('navigation', { name: nb.steps.builder.railLabel }).getByRole('button', { name: new RegExp(nb.steps.builder.names[step]) });
    const goTo = async (step: 'procurement' | 'needs' | 'requirements' | 'evaluation' | 'review'): Promise<void> => {
      await railButton(step).click();
      await expect(page.getByRole('heading', { level: 2, name: nb.steps.builder.names[step] })).toBeVisible();
    };
    await app.open();

    // A new specification from the two packs.
    await page.getByRole('button', { name: nb.homeDocs.new }).click();
    const create = page.getByRole('dialog', { name: nb.newDocument.title });
    await create.getByRole('textbox', { name: nb.newDocument.titleLabel }).fill(title);
    await create.getByRole('radio', { name: nb.jurisdiction.no }).check();
    const packs = create.getByRole('group', { name: nb.newDocument.packsLabel });
    await packs.getByRole('checkbox', { name: /^Skytjeneste \(SaaS\)/ }).check();
    await packs.getByRole('checkbox', { name: /^Sak- og arkivsystem/ }).check();
    await create.getByRole('button', { name: nb.newDocument.create }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 });

    // 1. The facts of the procurement.
    const p = nb.steps.procurement;
    await field(nb.details.buyerName).fill('Bodø kommune');
    await field(nb.details.orgNumber).fill('974760673');
    await field(nb.details.reference.no).fill('2026/1187');
    await field(p.procedure.label).selectOption({ label: nb.docx.procedure.open });
    await field(p.value.label).fill('3 500 000');
    await field(p.period.duration).fill('48');
    const cpv = field(p.cpv.label);
    await cpv.fill('72000000-5');
    await cpv.press('Enter');
    await field(p.lots.notDividedReason).fill('Tjenesten er ett samlet system; delkontrakter ville gitt doble integrasjoner.');
    await main.getByRole('radio', { name: p.variants.notAllowed }).check();
    await expect(railButton('procurement')).toContainText(nb.steps.builder.stepDone);

    // 2. The situation, three needs and the market dialogue.
    await goTo('needs');
    const n = nb.steps.needs;
    await field(n.currentSituation.label).fill('Saker registreres i tre ulike systemer, og saksbehandlerne overfører opplysninger manuelt.');
    const needs = [
      { statement: 'Saksbehandlerne må kunne journalføre og arkivere saker digitalt', who: 'Saksbehandlere' },
      { statement: 'Innbyggernes personopplysninger må være sikret', who: 'Innbyggere' },
      { statement: 'Tjenesten må være tilgjengelig for alle brukere', who: 'Alle brukere' },
    ];
    for (const [index, need] of needs.entries()) {
      await main.getByRole('button', { name: n.needs.add }).click();
      const ref = n.needs.itemRef.replace('{{number}}', String(index + 1));
      await field(`${n.needs.statement}, ${ref}`).fill(need.statement);
      await field(`${n.needs.who}, ${ref}`).fill(need.who);
    }
    await main.getByRole('button', { name: n.dialogue.add }).click();
    const activity = n.dialogue.itemRef.replace('{{number}}', '1');
    await field(`${n.dialogue.date}, ${activity}`).fill('12.03.2026');
    await field(`${n.dialogue.form}, ${activity}`).selectOption({ label: n.dialogue.forms.meeting });
    await field(`${n.dialogue.participants}, ${activity}`).fill('Fire leverandører');
    await field(`${n.dialogue.learned}, ${activity}`).fill('Sak- og arkivsystemer tilbys som skytjeneste med Noark 5-uttrekk.');
    await expect(railButton('needs')).toContainText(nb.steps.builder.stepDone);

    // 3. Requirements: every one linked to a need with two bulk actions.
    await goTo('requirements');
    const r = nb.steps.requirements;
    const list = page.getByRole('listbox');
    const selectShown = bulkBar(page).getByRole('button', { name: /^Velg alle \d+ som vises$/ });
    const total = Number(/\d+/.exec((await selectShown.textContent()) ?? '')?.[0] ?? '0');
    expect(total).toBeGreaterThan(100);
    await bulkBar(page).getByRole('button', { name: fill(b.selectShown_other, { n: total }) }).click();
    await expectSelected(page, total);
    await bulkBar(page).getByRole('button', { name: b.link }).click();
    await page.getByRole('menuitem', { name: new RegExp(escape(needs[0]?.statement ?? '?')) }).click();
    await expect(bulkBar(page)).toContainText(fill(b.done_other, { n: total }));
    await page.keyboard.press('Escape');

    // Adapt a library requirement: a higher availability than the pack's.
    await page.getByRole('searchbox', { name: r.find }).fill('SLA-AVAIL-01');
    await list.getByRole('option', { name: /SLA-AVAIL-01/ }).first().click();
    const availability = page.locator('[data-requirement-id="SLA-AVAIL-01"]').getByRole('textbox', { name: 'Laveste tilgjengelighet' });
    await availability.fill('99,9');
    await expect(page.locator('[data-requirement-id="SLA-AVAIL-01"]').getByTestId('parameter-preview')).toContainText('99,9 %');
    const back = page.getByRole('button', { name: r.backToList });
    if (await back.isVisible()) await back.click();
    await page.getByRole('searchbox', { name: r.find }).fill('');

    // Two of her own: one evaluated, one mandatory, each traced to a need.
    const own = [
      { text: 'Leverandøren bør tilby opplæring på stedet for saksbehandlerne ved oppstart.', obligation: r.obligations.no.evaluated, need: needs[0]?.statement ?? '' },
      { text: 'Leverandøren skal varsle kommunen om alle sikkerhetsbrudd innen 24 timer.', obligation: r.obligations.no.mandatory, need: needs[1]?.statement ?? '' },
    ];
    for (const item of own) {
      await page.getByRole('button', { name: r.newRequirement }).click();
      await expect(startsWith('textbox', r.textIn.replace('{{language}}', '')).first()).toBeFocused();
      await page.keyboard.type(item.text);
      await main.getByRole('radio', { name: item.obligation, exact: true }).check();
      await field(r.verificationMethod).selectOption({ label: nb.library.verifications.documentation });
      await main.getByRole('checkbox', { name: item.need }).check();
      if (await back.isVisible()) await back.click();
    }
    await expect(railButton('requirements')).toContainText(nb.steps.builder.stepDone);
    // The list shows the sentences with their values, never a raw {placeholder}.
    await page.getByRole('searchbox', { name: r.find }).fill('SLA-AVAIL-01');
    await expect(list.getByRole('option', { name: /SLA-AVAIL-01/ }).locator('[data-row-text]')).toContainText('99,9 %');
    await page.getByRole('searchbox', { name: r.find }).fill('');

    // 4. Price 40 %, quality 30 %, climate 30 %; the evaluated requirements assigned and given points.
    await goTo('evaluation');
    const e = nb.steps.evaluation;
    await main.getByRole('button', { name: e.criteria.addPrice }).click();
    await startsWith('textbox', `${e.criteria.priceTitle} ${e.criteria.weight}`).fill('40');
    for (const [index, criterion] of [
      { name: 'Kvalitet', weight: '30' },
      { name: 'Klima og miljø', weight: '30' },
    ].entries()) {
      await main.getByRole('button', { name: e.criteria.add }).click();
      const card = e.criteria.title.replace('{{number}}', String(index + 1));
      await expect(startsWith('textbox', `${card} ${e.criteria.name}`)).toBeFocused();
      await page.keyboard.type(criterion.name);
      await startsWith('textbox', `${card} ${e.criteria.weight}`).fill(criterion.weight);
    }
    await startsWith('checkbox', `${e.criteria.title.replace('{{number}}', '2')} ${e.criteria.environmental}`).check();
    const cardOf = (name: string): Locator => main.locator('[data-criterion]').filter({ has: page.getByRole('textbox', { name: new RegExp(`^${escape(name)} ${escape(e.criteria.name)}`) }) });
    // Quality takes every evaluated requirement in one tick…
    await cardOf(e.criteria.title.replace('{{number}}', '1')).getByRole('button', { name: b.assignOpen }).click();
    const quality = page.getByRole('dialog', { name: fill(b.assignTitle, { name: 'Kvalitet' }) });
    await quality.getByRole('button', { name: /^Velg alle \d+ bør-krav som vises$/ }).click();
    await quality.getByRole('button', { name: b.assignApply }).click();
    await expect(quality).toHaveCount(0);
    // …and the climate criterion the sustainability ones, found by a search, moved after asking.
    await cardOf(e.criteria.title.replace('{{number}}', '2')).getByRole('button', { name: b.assignOpen }).click();
    const climate = page.getByRole('dialog', { name: fill(b.assignTitle, { name: 'Klima og miljø' }) });
    await climate.getByRole('searchbox', { name: b.assignSearch }).fill('SUST-');
    await climate.getByRole('button', { name: /^Velg alle \d+ bør-krav som vises$/ }).click();
    await climate.getByRole('button', { name: b.assignApply }).click();
    await page.getByRole('alertdialog', { name: b.moveTitle }).getByRole('button', { name: fill(b.moveConfirm, { to: 'Klima og miljø' }) }).click();
    await expect(climate).toHaveCount(0);
    // Every evaluated requirement worth the same to start with: one action.
    await main.getByRole('button', { name: /^Gi \d+ krav disse poengene$/ }).click();
    await expect(main.locator('[data-check="points"]')).toHaveAttribute('data-done', 'true');
    await expect(railButton('evaluation')).toContainText(nb.steps.builder.stepDone);

    // 5. Review: every check done.
    await goTo('review');
    const checks = main.locator('[data-check]');
    expect(await checks.count()).toBeGreaterThan(20);
    for (const check of await checks.all()) await expect(check, (await check.getAttribute('data-check')) ?? '').toHaveAttribute('data-done', 'true');
    await expect(main.getByText(nb.steps.review.summary.ready, { exact: true })).toBeVisible();
    await app.expectAccessible('the persona’s Review with every check done (nb)');
    await page.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await app.screenshot('bulk-journey-review-nb');

    // Export with the response form: the preflight has nothing to say, so the files are written at once.
    await page.getByRole('toolbar').getByRole('button', { name: nb.exportDialog.button }).click();
    const exporting = page.getByRole('dialog', { name: nb.exportDialog.titleAnyFormat });
    await exporting.getByRole('checkbox', { name: nb.exportDialog.responseForm }).check();
    const target = path.join(app.data.documentsDir, `${title}.docx`);
    app.data.dialogAnswers.export.push(target);
    await exporting.getByRole('button', { name: nb.exportDialog.export }).click();
    await expect(exporting.getByRole('status')).toContainText(`${title}.docx`, { timeout: 60_000 });
    await expect(exporting.locator('[data-preflight-code]')).toHaveCount(0);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
    await app.screenshot('bulk-journey-exported-nb');

    await expectSaved(page);
    const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
    expect(files).toHaveLength(1);
    const saved = await readDocument(path.join(app.data.documentsDir, files[0] ?? ''));
    expect(saved.requirements.length).toBe(total + 2);
    expect(saved.requirements.every((requirement) => requirement.needIds.length > 0)).toBe(true);
    expect(saved.evaluation.criteria.map((criterion) => criterion.weightPercent)).toEqual([40, 30, 30]);
    const scored = saved.requirements.filter((requirement) => isScored(requirement.obligation));
    const used = new Set(saved.evaluation.criteria.flatMap((criterion) => criterion.requirementIds));
    expect(scored.every((requirement) => used.has(requirement.id) && (requirement.evaluation?.points ?? 0) > 0)).toBe(true);
  });
});
