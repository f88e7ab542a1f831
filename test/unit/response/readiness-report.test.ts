/**
 * The readiness report for a bid/no-bid decision: against library packs or a
 * buyer's specification, written through main as DOCX or XLSX in the UI
 * language, showstoppers first; and what it refuses.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/ipc';
import { appOrigin } from '../../../electron/security';
import { catalogues } from '../../../shared/i18n/catalogues';
import { profileKind } from '../../../shared/response/profile';
import { assessReadiness } from '../../../shared/response/readiness';
import { readinessReport } from '../../../shared/response/readiness-report';
import { readinessView } from '../../../shared/response/readiness-subject';
import { serializeSpecification } from '../../../shared/specification/document-file';
import { createTestContext, type TestContext } from '../../support/test-context';
import { profileWith, reusable, smallTender } from '../../support/supplier-responses';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };
const sv = catalogues.sv.supplier;

describe('readiness against library packs', () => {
  let data: TestContext;
  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources') });
  });
  afterEach(() => data.dispose());

  it('takes each requirement of two packs once, in the reader\'s language with the default values filled in', async () => {
    const library = await data.context.templates.load();
    const view = readinessView({ kind: 'packs', packIds: ['cloud-service', 'public-e-services'], library }, 'sv');
    expect(view.packTitles).toHaveLength(2);
    expect(view.requirements.length).toBeGreaterThan(10);
    expect(new Set(view.requirements.map((r) => r.id)).size).toBe(view.requirements.length);
    for (const requirement of view.requirements) {
      const row = view.rows.get(requirement.id);
      expect(row?.number).toBe(requirement.id);
      expect(row?.text, requirement.id).not.toMatch(/\{[a-z][a-zA-Z0-9]*\}/);
    }
    // A default number reads as a Swede writes it.
    expect(view.rows.get('ESERV-SCOPE-01')?.text).toContain('0,1 %');
  });
});

describe('the readiness report', () => {
  it('puts the showstopper first and words everything in the report language', () => {
    const spec = smallTender();
    const profile = profileWith([
      reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.1 AA.', { kind: 'yes-no', value: true }),
      reusable('DATA-EEA-01', 'Data ska lagras inom EES.', { kind: 'compliance', complies: 'no' }),
    ]);
    const view = readinessView({ kind: 'specification', specification: spec }, 'sv');
    const report = readinessReport(view, assessReadiness(view.requirements, profile, { languages: view.languages, today: '2026-06-01' }), profile, { language: 'sv', today: '2026-06-01' });
    expect(report.rows[0]).toMatchObject({ showstopper: true, status: 'does-not', answer: 'uppfylls inte' });
    expect(report.rows[0]?.statusText).toContain(sv.readiness.showstopper);
    expect(report.summary[0]).toContain('1');
    expect(report.columns.withinReach).toBe(sv.readinessReport.colWithinReach);
    expect(report.facts.map((item) => item.value)).toContain(profile.company.name);
  });
});

describe('the readiness report channel', () => {
  let data: TestContext;
  let dispatch: Dispatch;
  let profilePath: string;

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources') });
    dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin], logError: () => undefined });
    profilePath = path.join(data.documentsDir, 'Molnbyrån.kravprofil');
    await writeFile(
      profilePath,
      profileKind.serialize(profileWith([reusable('DATA-EEA-01', 'Data ska lagras inom EES.', { kind: 'compliance', complies: 'no' })])),
    );
    await call('settings:update', { language: 'sv' });
  });
  afterEach(() => data.dispose());

  async function call(channel: Parameters<Dispatch>[1], input: unknown): Promise<unknown> {
    const result = await dispatch(appFrame, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  it('writes the report for a specification as XLSX in Swedish, the showstopper on the first row', async () => {
    const specPath = path.join(data.documentsDir, 'E-tjänst.kravspec');
    await writeFile(specPath, serializeSpecification(smallTender()));
    const target = path.join(data.documentsDir, 'beredskap');
    data.dialogAnswers.open.push(specPath, profilePath);
    data.dialogAnswers.export.push(target);
    const written = (await call('supplier:exportReadiness', { packIds: [], specificationPath: null, profilePath: null, format: 'xlsx', today: '2026-06-01' })) as { path: string };
    expect(written.path).toBe(`${target}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(written.path)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe(sv.readiness.colRequirement);
    expect(String(sheet?.getRow(2).getCell(4).value)).toContain(sv.readiness.showstopper);
    expect(sheet?.rowCount).toBe(smallTender().requirements.length + 1);
  });

  it('writes the report for two packs as DOCX, titled with the packs, once the profile is handed out', async () => {
    data.dialogAnswers.open.push(profilePath);
    await call('supplier:openProfile', { path: null });
    const target = path.join(data.documentsDir, 'paket.docx');
    data.dialogAnswers.export.push(target);
    const written = (await call('supplier:exportReadiness', { packIds: ['cloud-service', 'public-e-services'], specificationPath: null, profilePath, format: 'docx', today: '2026-06-01' })) as { path: string };
    expect(written.path).toBe(target);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(target)))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Beredskapsrapport:');
    expect(xml).toContain(sv.readinessReport.colWithinReach);
  });

  it('refuses a pack the library does not have, and a profile path the app never handed out', async () => {
    await expect(call('supplier:exportReadiness', { packIds: ['no-such-pack'], specificationPath: null, profilePath: null, format: 'docx', today: '2026-06-01' })).rejects.toThrow(/no-such-pack/);
    await expect(call('supplier:exportReadiness', { packIds: ['cloud-service'], specificationPath: null, profilePath: '/etc/passwd', format: 'docx', today: '2026-06-01' })).rejects.toThrow(/NOT_ALLOWED/);
  });
});
