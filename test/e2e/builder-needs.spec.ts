import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { tickOption } from './dropdown';
import { expect, test, type AppHarness } from './fixtures';

type Text = (typeof catalogues)['sv'];

/** What the user types in each language, and the date as that locale writes it. */
const cases = [
  {
    language: 'sv',
    locale: 'sv-SE',
    jurisdiction: 'se',
    title: 'Digital bygglovshantering',
    situation: 'Ansökningar kommer på papper och registreras för hand. Handläggningen tar i snitt 40 dagar.',
    stakeholder: { name: 'Samhällsbyggnadsförvaltningen', role: 'Beställare', description: 'Äger processen' },
    userGroup: { name: 'Handläggare', description: 'Bygglovshandläggare på förvaltningen', size: '35' },
    needs: [
      { statement: 'Skriva ut ansökningar', who: 'Registratorer' },
      { statement: 'Se var en ansökan befinner sig utan att ringa kommunen', who: 'Sökande', why: 'Färre samtal och snabbare besked' },
    ],
    goal: { description: 'Kortare handläggningstid', indicator: 'Median från komplett ansökan till beslut', baseline: '40', target: '20', unit: 'dagar' },
    dialogue: { date: '2026-03-12', participants: 'Fyra leverantörer', learned: 'E-tjänster för bygglov finns som molntjänst.' },
  },
  {
    language: 'nb',
    locale: 'nb-NO',
    jurisdiction: 'no',
    title: 'Digital byggesaksbehandling',
    situation: 'Søknader kommer på papir og registreres manuelt. Saksbehandlingen tar i snitt 40 dager.',
    stakeholder: { name: 'Plan- og bygningsetaten', role: 'Oppdragsgiver', description: 'Eier prosessen' },
    userGroup: { name: 'Saksbehandlere', description: 'Byggesaksbehandlere i etaten', size: '35' },
    needs: [
      { statement: 'Skrive ut søknader', who: 'Arkivet' },
      { statement: 'Se hvor en søknad står uten å ringe kommunen', who: 'Søkere', why: 'Færre telefoner og raskere svar' },
    ],
    goal: { description: 'Kortere saksbehandlingstid', indicator: 'Median fra komplett søknad til vedtak', baseline: '40', target: '20', unit: 'dager' },
    dialogue: { date: '12.03.2026', participants: 'Fire leverandører', learned: 'Byggesøknader finnes som skytjeneste.' },
  },
] as const;

async function createDocument(app: AppHarness, text: Text, title: string, jurisdiction: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: text.homeDocs.new }).click();
  const dialog = page.getByRole('dialog', { name: text.newDocument.title });
  await dialog.getByRole('textbox', { name: text.newDocument.titleLabel }).fill(title);
  await dialog.getByRole('radio', { name: text.jurisdiction[jurisdiction as 'se'] }).check();
  await dialog.getByRole('button', { name: text.newDocument.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function openNeedsStep(page: Page, text: Text): Promise<void> {
  const rail = page.getByRole('navigation', { name: text.steps.builder.railLabel });
  await rail.getByRole('button', { name: new RegExp(text.steps.builder.names.needs) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.steps.builder.names.needs })).toBeVisible();
}

/** A control by its full accessible name ("Vem som har behovet, behov 2"). */
function control(page: Page, name: string) {
  return page.getByRole('main').getByLabel(name, { exact: true });
}

async function onlyDocument(app: AppHarness): Promise<string> {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  expect(files).toHaveLength(1);
  return path.join(app.data.documentsDir, files[0] ?? '');
}

for (const c of cases) {
  const text = catalogues[c.language];
  const n = text.steps.needs;
  const of = (label: string, item: string, number: number): string => `${label}, ${item.replace('{{number}}', String(number))}`;

  test.describe(`needs and goals step in ${c.language}`, () => {
    test.use({ preferredLanguages: [c.locale] });

    test('fill in the situation, people, needs, a goal and the market dialogue; remove a need', async ({ app }) => {
      const { page } = app;
      await app.open();
      await createDocument(app, text, c.title, c.jurisdiction);
      await openNeedsStep(page, text);

      // Nothing filled in yet: the empty needs list says what is missing.
      await expect(page.getByText(n.needs.empty)).toBeVisible();
      await control(page, n.currentSituation.label).fill(c.situation);

      await page.getByRole('button', { name: n.stakeholders.add }).click();
      const stakeholderName = control(page, of(n.stakeholders.name, n.stakeholders.itemRef, 1));
      await expect(stakeholderName).toBeFocused();
      await stakeholderName.fill(c.stakeholder.name);
      await control(page, of(n.stakeholders.role, n.stakeholders.itemRef, 1)).fill(c.stakeholder.role);
      await control(page, of(n.stakeholders.description, n.stakeholders.itemRef, 1)).fill(c.stakeholder.description);

      await page.getByRole('button', { name: n.userGroups.add }).click();
      await expect(control(page, of(n.userGroups.name, n.userGroups.itemRef, 1))).toBeFocused();
      await control(page, of(n.userGroups.name, n.userGroups.itemRef, 1)).fill(c.userGroup.name);
      await control(page, of(n.userGroups.description, n.userGroups.itemRef, 1)).fill(c.userGroup.description);
      const size = control(page, of(n.userGroups.size, n.userGroups.itemRef, 1));
      await size.fill('-5');
      await expect(page.getByText(n.userGroups.sizeInvalid)).toBeVisible();
      await size.fill(c.userGroup.size);
      await expect(page.getByText(n.userGroups.sizeInvalid)).toBeHidden();

      for (const [index, need] of c.needs.entries()) {
        await page.getByRole('button', { name: n.needs.add }).click();
        const statement = control(page, of(n.needs.statement, n.needs.itemRef, index + 1));
        await expect(statement).toBeFocused();
        await statement.fill(need.statement);
        await control(page, of(n.needs.who, n.needs.itemRef, index + 1)).fill(need.who);
        if ('why' in need) await control(page, of(n.needs.why, n.needs.itemRef, index + 1)).fill(need.why);
      }
      await control(page, of(n.needs.priority, n.needs.itemRef, 2)).selectOption({ label: n.needs.priorities.should });

      await page.getByRole('button', { name: n.goals.add }).click();
      await expect(control(page, of(n.goals.description, n.goals.itemRef, 1))).toBeFocused();
      await control(page, of(n.goals.description, n.goals.itemRef, 1)).fill(c.goal.description);
      await control(page, of(n.goals.indicator, n.goals.itemRef, 1)).fill(c.goal.indicator);
      await control(page, of(n.goals.baseline, n.goals.itemRef, 1)).fill(c.goal.baseline);
      // Leaving the goal with no target shows what is missing next to the field.
      await control(page, of(n.goals.unit, n.goals.itemRef, 1)).fill(c.goal.unit);
      await page.getByRole('button', { name: n.dialogue.add }).focus();
      await expect(page.getByText(n.goals.targetMissing)).toBeVisible();
      await control(page, of(n.goals.target, n.goals.itemRef, 1)).fill(c.goal.target);
      await expect(page.getByText(n.goals.targetMissing)).toBeHidden();

      // Link the goal to the second need.
      await control(page, of(n.needs.goals, n.needs.itemRef, 2)).click();
      // A multi-select Dropdown lists its options as a menu of check items.
      const goalOption = page.getByRole('menuitemcheckbox', { name: `${n.goals.item.replace('{{number}}', '1')}: ${c.goal.description}` });
      await tickOption(goalOption);
      await page.keyboard.press('Escape');
      await expect(page.getByText(n.goals.linkedNeeds.replace('{{needs}}', n.needs.item.replace('{{number}}', '2')))).toBeVisible();

      await page.getByRole('button', { name: n.dialogue.add }).click();
      const date = control(page, of(n.dialogue.date, n.dialogue.itemRef, 1));
      await expect(date).toBeFocused();
      await date.fill('31.02.2026');
      await expect(page.getByText(n.dialogue.dateInvalid.replace('{{format}}', n.dialogue.dateFormat))).toBeVisible();
      await date.fill(c.dialogue.date);
      await expect(page.getByText(n.dialogue.dateInvalid.replace('{{format}}', n.dialogue.dateFormat))).toBeHidden();
      await control(page, of(n.dialogue.form, n.dialogue.itemRef, 1)).selectOption({ label: n.dialogue.forms.rfi });
      await control(page, of(n.dialogue.participants, n.dialogue.itemRef, 1)).fill(c.dialogue.participants);
      await control(page, of(n.dialogue.learned, n.dialogue.itemRef, 1)).fill(c.dialogue.learned);
      await expect(date).toHaveValue(c.dialogue.date);

      // Remove the first need: the second becomes need 1 and gets the focus.
      await page.getByRole('button', { name: n.actions.remove.replace('{{item}}', n.needs.itemRef.replace('{{number}}', '1')) }).click();
      const needs = page.getByRole('region', { name: n.needs.heading, exact: true });
      await expect(needs.getByRole('listitem')).toHaveCount(1);
      await expect(needs.getByRole('button', { expanded: true })).toBeFocused();
      await expect(control(page, of(n.needs.statement, n.needs.itemRef, 1))).toHaveValue(c.needs[1].statement);

      await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
      await page.mouse.move(0, 0);
      await app.expectAccessible(`needs step (${c.language})`);
      await page.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
      await app.screenshot(`step-needs-${c.language}`);
      // The whole step at once, for review.
      await page.setViewportSize({ width: 1280, height: 3200 });
      await app.screenshot(`step-needs-${c.language}-full`);

      const parsed = parseSpecificationBytes(await readFile(await onlyDocument(app)));
      if (!parsed.ok) throw new Error(parsed.problem.message);
      const saved = parsed.specification;
      expect(saved.jurisdiction).toBe(c.jurisdiction);
      expect(saved.currentSituation).toBe(c.situation);
      expect(saved.stakeholders).toEqual([{ id: 'stakeholder-1', ...c.stakeholder }]);
      expect(saved.userGroups).toEqual([{ id: 'user-group-1', name: c.userGroup.name, description: c.userGroup.description, size: 35 }]);
      expect(saved.needs).toEqual([{ id: 'need-2', ...c.needs[1], priority: 'should', goalIds: ['goal-1'] }]);
      expect(saved.goals).toEqual([{ id: 'goal-1', ...c.goal }]);
      expect(saved.marketDialogue).toEqual([
        { id: 'dialogue-1', date: '2026-03-12', form: 'rfi', participants: c.dialogue.participants, learned: c.dialogue.learned, changed: '' },
      ]);
    });
  });
}

test('"go to" from the review leads to the section of the Needs step that fixes the check, its heading focused', async ({ app }) => {
  const { page } = app;
  const en = catalogues.en;
  await app.open();
  await createDocument(app, en, 'Needs to fill in', 'eu');
  const rail = page.getByRole('navigation', { name: en.steps.builder.railLabel });
  for (const [check, heading] of [
    ['needs', en.steps.needs.needs.heading],
    ['currentSituation', en.steps.needs.currentSituation.heading],
  ] as const) {
    await rail.getByRole('button', { name: new RegExp(en.steps.builder.names.review) }).click();
    await page
      .locator(`[data-check="${check}"]`)
      .getByRole('button', { name: en.steps.review.checklist.goToStep.replace('{{step}}', en.steps.builder.names.needs) })
      .click();
    const landed = page.getByRole('heading', { level: 3, name: heading, exact: true });
    await expect(landed).toBeFocused();
    await expect(landed).toBeInViewport();
  }
});
