/**
 * Bulk actions (issue #16), as the Norwegian persona meets them: a cloud
 * case-management service made from two packs (Skytjeneste (SaaS) and Sak-
 * og arkivsystem), three needs, price 40 % / quality 30 % / climate 30 %.
 * Linking a section's requirements to a need and assigning a section's
 * evaluated requirements to a criterion each take at most three actions.
 */
import { readFile, writeFile } from 'node:fs/promises';
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
