/**
 * A supplier in the app: says so on the home screen, answers a buyer's
 * specification (three requirements, one of them by keyboard alone), sees a
 * mandatory "no" as a showstopper, saves the response as .kravsvar, and
 * opens it again with its answers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readResponseFile } from '../../electron/services/response-file';
import { catalogues } from '../../shared/i18n/catalogues';
import { profileKind, requirementTextHash } from '../../shared/response/profile';
import { serializeSpecification } from '../../shared/specification/document-file';
import { profileWith, reusable, smallTender } from '../support/supplier-responses';
import { expect, test } from './fixtures';

const en = catalogues.en.supplier;

test('a supplier answers a specification, sees the showstopper, saves the response and opens it again', async ({ app }) => {
  const { page } = app;
  const specPath = path.join(app.data.documentsDir, 'E-tjänst.kravspec');
  await writeFile(specPath, serializeSpecification(smallTender()));
  await app.open();

  // The buyer's home, with the question offered; answering it frames the home for a supplier.
  const question = page.getByRole('region', { name: en.role.question });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: en.role.supplier }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.home.supplierTitle);
  await expect(question).toHaveCount(0);
  await app.expectAccessible('the supplier home');
  await app.screenshot('supplier-home-en');

  app.data.dialogAnswers.open.push(specPath);
  await page.getByRole('button', { name: en.home.answer }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Response: E-tjänst');
  await expect(page.getByText('0 of 6 requirements answered')).toBeVisible();

  // A mandatory requirement answered "no" comes first among the checks, as a showstopper.
  const r1 = page.getByRole('region', { name: '4.1', exact: true });
  await r1.getByRole('radio', { name: en.answering.no }).check();
  const findings = page.getByTestId('response-findings').getByRole('listitem');
  await expect(findings.first()).toContainText(`${en.answering.showstopper}: 4.1 is mandatory and is answered "no"`);
  await r1.getByRole('radio', { name: en.answering.yes }).check();
  await expect(findings.first()).not.toContainText('4.1');

  // Compliance with a priced addition, and a comment saying where the tender describes it.
  const r2 = page.getByRole('region', { name: '4.2', exact: true });
  await r2.getByRole('radio', { name: en.answering.complies.addition }).check();
  await r2.getByRole('textbox', { name: en.answering.comment }).fill('See annex 3');

  // A value, by keyboard alone: into the field, type, and on.
  const value = page.getByRole('region', { name: '4.3', exact: true }).getByRole('textbox', { name: `${en.answering.value} (%)` });
  await value.focus();
  await page.keyboard.type('99.5');
  await page.keyboard.press('Tab');
  await expect(page.getByText('3 of 6 requirements answered')).toBeVisible();
  await app.expectAccessible('the answering screen');
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await app.screenshot('supplier-answering-en');

  // Unsaved answers: closing the window would be refused (the main process then asks whether to close without saving).
  const unloadRefused = (): Promise<boolean> =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await unloadRefused()).toBe(true);

  // Saving asks for the company's name first.
  await page.getByRole('button', { name: en.answering.save }).click();
  await expect(page.getByText(en.answering.nameNeeded)).toBeVisible();
  await expect(page.getByRole('textbox', { name: en.answering.supplierName })).toBeFocused();
  await page.keyboard.type('Molnbyrån AB');
  const target = path.join(app.data.documentsDir, 'svar');
  app.data.dialogAnswers.save.push(target);
  await page.getByRole('button', { name: en.answering.save }).click();
  await expect(page.getByText('Saved as svar.kravsvar')).toBeVisible();
  expect(await unloadRefused()).toBe(false);
  const saved = await readResponseFile(`${target}.kravsvar`);
  expect(saved.response.supplier.name).toBe('Molnbyrån AB');
  expect(saved.response.answers).toEqual({
    R1: { kind: 'yes-no', value: true },
    R2: { kind: 'compliance', complies: 'addition', comment: 'See annex 3' },
    R3: { kind: 'number', value: 99.5, unit: '%' },
  });

  // Closed, then opened again from the home screen: the response, then the specification it answers.
  await page.getByRole('button', { name: en.answering.close }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.home.supplierTitle);
  app.data.dialogAnswers.open.push(`${target}.kravsvar`, specPath);
  await page.getByRole('button', { name: en.home.continue }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Response: E-tjänst');
  await expect(page.getByRole('textbox', { name: en.answering.supplierName })).toHaveValue('Molnbyrån AB');
  await expect(page.getByRole('region', { name: '4.1', exact: true }).getByRole('radio', { name: en.answering.yes })).toBeChecked();
  await expect(page.getByRole('region', { name: '4.2', exact: true }).getByRole('radio', { name: en.answering.complies.addition })).toBeChecked();
  await expect(page.getByRole('region', { name: '4.3', exact: true }).getByRole('textbox', { name: `${en.answering.value} (%)` })).toHaveValue('99.5');
  await expect(page.getByText('3 of 6 requirements answered')).toBeVisible();

  // An answer changed, then Close: the window asks before the change is lost; keeping on answering keeps it.
  await page.getByRole('region', { name: '4.4', exact: true }).getByRole('radio', { name: en.answering.yes }).check();
  await page.getByRole('button', { name: en.answering.close }).click();
  const ask = page.getByRole('dialog', { name: en.answering.closeUnsavedTitle });
  await ask.getByRole('button', { name: en.answering.keepAnswering }).click();
  await expect(page.getByText('4 of 6 requirements answered')).toBeVisible();
  await page.getByRole('button', { name: en.answering.close }).click();
  await ask.getByRole('button', { name: en.answering.closeWithoutSaving }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.home.supplierTitle);

  // A response the OS hands over (a double-clicked .kravsvar) opens in the answering screen, once its specification is chosen.
  app.data.dialogAnswers.open.push(specPath);
  await app.emit('app:openFile', { path: `${target}.kravsvar` });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Response: E-tjänst');
  await expect(page.getByText('3 of 6 requirements answered')).toBeVisible();
});

test.describe('in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });
  const sv = catalogues.sv.supplier;

  test("a profile's answers are offered, one marked 'text changed', and the role is changed back in Settings", async ({ app }) => {
    const { page } = app;
    const specPath = path.join(app.data.documentsDir, 'E-tjänst.kravspec');
    await writeFile(specPath, serializeSpecification(smallTender()));
    const profilePath = path.join(app.data.documentsDir, 'Molnbyrån.kravprofil');
    await writeFile(
      profilePath,
      profileKind.serialize(
        profileWith([
          reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.1 AA.', { kind: 'yes-no', value: true }),
          reusable('DATA-EEA-01', 'Data ska lagras inom Norden.', { kind: 'compliance', complies: 'yes' }),
        ]),
      ),
    );
    await app.open();
    await page.getByRole('region', { name: sv.role.question }).getByRole('button', { name: sv.role.supplier }).click();
    app.data.dialogAnswers.open.push(specPath);
    await page.getByRole('button', { name: sv.home.answer }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anbudssvar: E-tjänst');

    app.data.dialogAnswers.open.push(profilePath);
    await page.getByRole('button', { name: sv.answering.useProfile }).click();
    await expect(page.getByText('Svar från Molnbyrån.kravprofil erbjuds', { exact: false })).toBeVisible();
    const r1 = page.getByRole('region', { name: '4.1', exact: true });
    const r2 = page.getByRole('region', { name: '4.2', exact: true });
    await expect(r1.getByText('Svar i din profil: ja', { exact: true })).toBeVisible();
    await expect(r2.getByText('Svar i din profil: uppfylls – texten har ändrats, kontrollera')).toBeVisible();
    await r1.getByRole('button', { name: sv.answering.useOffered }).click();
    await r2.getByRole('button', { name: sv.answering.useOffered }).click();
    await expect(r1.getByRole('radio', { name: sv.answering.yes })).toBeChecked();
    await expect(r2.getByRole('radio', { name: sv.answering.complies.yes, exact: true })).toBeChecked();
    await expect(page.getByText('2 av 6 krav besvarade')).toBeVisible();
    await app.expectAccessible('the answering screen in Swedish, with offers');
    await r1.scrollIntoViewIfNeeded();
    await app.screenshot('supplier-offers-sv');

    // The answers are kept in the profile: the changed text is the one answered now, so next time it is offered as it is.
    app.data.dialogAnswers.open.push(profilePath);
    await page.getByRole('button', { name: sv.answering.keepInProfile }).click();
    await expect(page.getByText('2 svar sparade i Molnbyrån.kravprofil', { exact: false })).toBeVisible();
    const kept = profileKind.parse(await readFile(profilePath));
    expect(kept.ok && kept.document.answers.find((answer) => answer.libraryRequirementId === 'DATA-EEA-01')?.answeredText.sha256).toBe(requirementTextHash('Data ska lagras inom EES.'));

    // The filled form for an e-procurement platform (DOCX, in the specification's language), and the .kravsvar for a buyer with Kravstudio.
    await page.getByRole('button', { name: sv.answering.exportForm }).click();
    await expect(page.getByRole('textbox', { name: sv.answering.supplierName })).toBeFocused();
    await page.getByRole('textbox', { name: sv.answering.supplierName }).fill('Molnbyrån AB');
    const form = path.join(app.data.documentsDir, 'Svarsformulär Molnbyrån');
    app.data.dialogAnswers.export.push(form);
    await page.getByRole('button', { name: sv.answering.exportForm }).click();
    await expect(page.getByText(sv.answering.formExported.replace('{{file}}', 'Svarsformulär Molnbyrån.docx'))).toBeVisible();
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(`${form}.docx`)))['word/document.xml'] ?? new Uint8Array());
    for (const text of ['Molnbyrån AB', '4.2', 'uppfylls', sv.answering.notAnswered]) expect(xml).toContain(text);
    const responseFile = path.join(app.data.documentsDir, 'Svar Molnbyrån');
    app.data.dialogAnswers.save.push(responseFile);
    await page.getByRole('button', { name: sv.answering.save }).click();
    await expect(page.getByText(sv.answering.saved.replace('{{file}}', 'Svar Molnbyrån.kravsvar'))).toBeVisible();
    expect(Object.keys((await readResponseFile(`${responseFile}.kravsvar`)).response.answers).sort()).toEqual(['R1', 'R2']);

    // Everything stays reachable: the role is changed in Settings, and the buyer's home is back.
    await page.getByRole('navigation', { name: catalogues.sv.nav.label }).getByRole('button', { name: catalogues.sv.nav.settings }).click();
    await page.getByRole('radiogroup', { name: sv.role.settingsLabel }).getByRole('radio', { name: sv.role.buyer }).check();
    await page.getByRole('navigation', { name: catalogues.sv.nav.label }).getByRole('button', { name: catalogues.sv.nav.home }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogues.sv.home.title);
    await expect(page.getByRole('region', { name: sv.role.question })).toHaveCount(0);
    // The response is still open, in the navigation.
    await expect(page.getByRole('navigation', { name: catalogues.sv.nav.label }).getByRole('button', { name: 'Anbudssvar: E-tjänst' })).toBeVisible();
  });
});

test.describe('in Norwegian', () => {
  test.use({ preferredLanguages: ['nb-NO'] });
  const nb = catalogues.nb.supplier;

  test('readiness of a company profile for a specification: the showstopper first, then on to answering with its answers offered', async ({ app }) => {
    const { page } = app;
    const specPath = path.join(app.data.documentsDir, 'E-tjeneste.kravspec');
    await writeFile(specPath, serializeSpecification(smallTender()));
    const profilePath = path.join(app.data.documentsDir, 'Skybyrået.kravprofil');
    await writeFile(
      profilePath,
      profileKind.serialize(
        profileWith([
          reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.1 AA.', { kind: 'yes-no', value: false }),
          reusable('DATA-EEA-01', 'Data ska lagras inom Norden.', { kind: 'compliance', complies: 'yes' }),
        ]),
      ),
    );
    await app.open();
    await page.getByRole('region', { name: nb.role.question }).getByRole('button', { name: nb.role.supplier }).click();
    app.data.dialogAnswers.open.push(specPath, profilePath);
    await page.getByRole('button', { name: nb.home.readiness }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.readiness.chooseHeading);
    await page.getByRole('button', { name: nb.readiness.openSpecification }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beredskap: E-tjänst');
    const summary = page.getByTestId('readiness-summary');
    await expect(summary).toContainText('1 stoppkrav: et skal-krav profilen ikke oppfyller.');
    await expect(summary).toContainText('Oppfyller 0 · delvis 1 · oppfyller ikke 1 · ukjent 4');
    const rows = page.getByRole('table', { name: nb.readiness.tableLabel }).getByRole('row');
    // The header, then the showstopper first.
    await expect(rows.nth(1)).toContainText('4.1');
    await expect(rows.nth(1)).toContainText(nb.readiness.showstopper);
    await expect(page.locator('tr[data-status="partly"]')).toContainText(nb.readiness.partlyBecause['text-changed']);
    await app.expectAccessible('readiness in Norwegian');
    await app.screenshot('supplier-readiness-nb');

    // The report for the bid/no-bid meeting, as a workbook in Norwegian, showstopper first.
    const report = path.join(app.data.documentsDir, 'Beredskap E-tjeneste');
    app.data.dialogAnswers.export.push(report);
    await page.getByRole('button', { name: nb.readiness.exportXlsx }).click();
    await expect(page.getByRole('status')).toContainText(nb.readiness.exported.replace('{{file}}', 'Beredskap E-tjeneste.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(`${report}.xlsx`)) as unknown as ExcelJS.Buffer);
    expect(String(workbook.worksheets[0]?.getRow(2).getCell(4).value)).toContain(nb.readiness.showstopper);

    await page.getByRole('button', { name: nb.readiness.answerThis }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilbudssvar: E-tjänst');
    await expect(page.getByRole('region', { name: '4.1', exact: true })).toContainText('Svar i profilen din: nei');

    // Evidence: the penetration test report is attached to its answer, and saved inside the .kravsvar.
    const evidence = path.join(app.data.documentsDir, 'pentest.pdf');
    await writeFile(evidence, '%PDF-1.7 pentest');
    const r5 = page.getByRole('region', { name: '4.5', exact: true });
    app.data.dialogAnswers.open.push(evidence);
    await r5.getByRole('button', { name: nb.answering.attachFile }).click();
    await expect(r5).toContainText(nb.answering.attachmentNamed.replace('{{file}}', 'pentest.pdf'));
    await expect(r5.getByRole('button', { name: nb.answering.attachOther })).toBeVisible();
    await app.expectAccessible('an answer with its evidence attached, in Norwegian');
    await r5.scrollIntoViewIfNeeded();
    await app.screenshot('supplier-evidence-nb');
    await page.getByRole('textbox', { name: nb.answering.supplierName }).fill('Skybyrået AS');
    const responseFile = path.join(app.data.documentsDir, 'Svar Skybyrået');
    app.data.dialogAnswers.save.push(responseFile);
    await page.getByRole('button', { name: nb.answering.save }).click();
    await expect(page.getByText(nb.answering.saved.replace('{{file}}', 'Svar Skybyrået.kravsvar'))).toBeVisible();
    expect([...(await readResponseFile(`${responseFile}.kravsvar`)).attachments.keys()]).toEqual(['pentest.pdf']);
  });

  test('a damaged .kravsvar is refused with the reason in Norwegian', async ({ app }) => {
    const { page } = app;
    const damaged = path.join(app.data.documentsDir, 'Skadet.kravsvar');
    await writeFile(damaged, '{"format":"kravstudio-response"}');
    await app.open();
    await page.getByRole('region', { name: nb.role.question }).getByRole('button', { name: nb.role.supplier }).click();
    app.data.dialogAnswers.open.push(damaged);
    await page.getByRole('button', { name: nb.home.continue }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Skadet.kravsvar');
    await expect(alert).toContainText(nb.responseProblems['not-zip']);
  });
});

test.describe('readiness for library packs, in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });
  const sv = catalogues.sv.supplier;

  test('a supplier checks two packs against the company profile and exports the readiness report as DOCX', async ({ app }) => {
    const { page } = app;
    const profilePath = path.join(app.data.documentsDir, 'Molnbyrån.kravprofil');
    await writeFile(profilePath, profileKind.serialize(profileWith([])));
    await app.open();
    await page.getByRole('region', { name: sv.role.question }).getByRole('button', { name: sv.role.supplier }).click();
    await page.getByRole('button', { name: sv.home.readiness }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.readiness.chooseHeading);
    // Nothing chosen: the list says so, and no dialog opens.
    await page.getByRole('button', { name: sv.readiness.checkPacks }).click();
    await expect(page.getByRole('alert')).toHaveText(sv.readiness.packsNeeded);
    const packs = page.getByRole('group', { name: sv.readiness.packsLegend });
    await packs.getByRole('checkbox', { name: /^Molntjänst/ }).check();
    await packs.getByRole('checkbox', { name: /^E-tjänster/ }).check();
    await app.expectAccessible('readiness pack choice in Swedish');
    await app.screenshot('supplier-readiness-choose-sv');
    app.data.dialogAnswers.open.push(profilePath);
    await page.getByRole('button', { name: sv.readiness.checkPacks }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Beredskap: ');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Molntjänst');
    await expect(page.getByText(sv.readiness.introPacks.slice(0, 20))).toBeVisible();
    // Packs are not a tender: there is nothing to answer, only to report.
    await expect(page.getByRole('button', { name: sv.readiness.answerThis })).toHaveCount(0);
    await expect(page.locator('tr[data-status="unknown"]').first()).toBeVisible();
    await app.expectAccessible('readiness for packs in Swedish');
    await app.screenshot('supplier-readiness-packs-sv');

    const report = path.join(app.data.documentsDir, 'Beredskap paket.docx');
    app.data.dialogAnswers.export.push(report);
    await page.getByRole('button', { name: sv.readiness.exportDocx }).click();
    await expect(page.getByRole('status')).toContainText(sv.readiness.exported.replace('{{file}}', 'Beredskap paket.docx'));
    expect((await readFile(report)).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: sv.readiness.changeSubject }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.readiness.chooseHeading);
  });
});

test.describe('the company profile, in Swedish', () => {
  test.use({ preferredLanguages: ['sv-SE'] });
  const sv = catalogues.sv.supplier;

  test('a supplier writes the company profile: facts, an expired certification marked, a reference; a field that cannot be read is named; saved as .kravprofil', async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('region', { name: sv.role.question }).getByRole('button', { name: sv.role.supplier }).click();
    await page.getByRole('button', { name: sv.home.profile }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.profile.heading);

    await page.getByRole('textbox', { name: sv.profile.companyName }).fill('Molnbyrån AB');
    await page.getByRole('textbox', { name: sv.profile.organisationNumber }).fill('556677-8899');
    await page.getByRole('textbox', { name: sv.profile.staff }).fill('14,5');
    await page.getByRole('textbox', { name: sv.profile.turnoverAmount }).fill('12 500 000');
    await page.getByRole('textbox', { name: sv.profile.turnoverCurrency }).fill('SEK');
    await page.getByRole('textbox', { name: sv.profile.turnoverYear }).fill('2025');
    await page.getByRole('button', { name: sv.profile.addCertification }).click();
    const certification = page.getByRole('group', { name: 'Certifiering 1' });
    await certification.getByRole('textbox', { name: sv.profile.certName }).fill('ISO/IEC 27001');
    await certification.getByLabel(sv.profile.certValidUntil).fill('2020-06-30');
    await expect(certification.getByText(sv.profile.expired)).toBeVisible();
    await page.getByRole('button', { name: sv.profile.addReference }).click();
    const reference = page.getByRole('group', { name: 'Referens 1' });
    await reference.getByRole('textbox', { name: sv.profile.refCustomer }).fill('Exempelkommunen');
    await reference.getByRole('textbox', { name: sv.profile.refYear }).fill('2025');
    await reference.getByRole('textbox', { name: sv.profile.refDescription }).fill('E-tjänst för bygglov');

    // Half a person cannot be read; the field says so and nothing is written.
    await page.getByRole('button', { name: sv.profile.save }).click();
    await expect(page.getByText(sv.profile.problems.staff)).toBeVisible();
    await page.getByRole('textbox', { name: sv.profile.staff }).fill('14');
    const target = path.join(app.data.documentsDir, 'Molnbyrån');
    app.data.dialogAnswers.save.push(target);
    await page.getByRole('button', { name: sv.profile.save }).click();
    await expect(page.getByText('Sparat som Molnbyrån.kravprofil')).toBeVisible();
    await app.expectAccessible('the company profile');
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await app.screenshot('supplier-profile-sv');

    const read = profileKind.parse(await readFile(`${target}.kravprofil`));
    expect(read.ok && read.document.company).toEqual({
      name: 'Molnbyrån AB',
      organisationNumber: '556677-8899',
      certifications: [{ name: 'ISO/IEC 27001', validUntil: '2020-06-30' }],
      references: [{ customer: 'Exempelkommunen', description: 'E-tjänst för bygglov', year: 2025 }],
      turnover: { amount: 12_500_000, currency: 'SEK', year: 2025 },
      staff: 14,
    });
  });
});
