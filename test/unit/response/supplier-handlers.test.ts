/** The supplier's channels over the real handlers: start a response, save it, open it again; the refusals name the file. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../electron/ipc';
import { appOrigin } from '../../../electron/security';
import { readResponseFile } from '../../../electron/services/response-file';
import { profileKind } from '../../../shared/response/profile';
import { ResponseWork } from '../../../shared/response/work';
import { serializeSpecification } from '../../../shared/specification/document-file';
import { supplierChannels, type SupplierChannels } from '../../support/supplier-channels';
import type { TestContext } from '../../support/test-context';
import { profileWith, reusable, smallTender } from '../../support/supplier-responses';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };

describe('supplier channels', () => {
  let data: TestContext;
  let dispatch: Dispatch;
  let specPath: string;
  let call: SupplierChannels['call'];

  beforeEach(async () => {
    ({ data, dispatch, specPath, call } = await supplierChannels());
  });
  afterEach(() => data.dispose());

  it('starts an empty response to the chosen specification, saves it as .kravsvar, and opens it again with its answers', async () => {
    data.dialogAnswers.open.push(specPath);
    const work = ResponseWork.parse(await call('supplier:startResponse', { specificationPath: null }));
    expect(work.specification.requirements.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    expect(work.response.answers).toEqual({});
    expect(work.responsePath).toBeNull();

    const target = path.join(data.documentsDir, 'svar');
    data.dialogAnswers.save.push(target);
    const answers = { R1: { kind: 'yes-no', value: true }, R2: { kind: 'compliance', complies: 'addition', comment: 'Se bilaga 3' }, R3: { kind: 'number', value: 99.5, unit: '%' } };
    const response = { ...work.response, supplier: { name: 'Molnbyrån AB', organisationNumber: '556677-8899' }, answers };
    const saved = (await call('supplier:saveResponse', { response, path: null })) as { path: string };
    expect(saved.path).toBe(`${target}.kravsvar`);
    expect((await readResponseFile(saved.path)).response.answers).toEqual(answers);

    // The saved path was handed to the window: saving again there asks nothing.
    await call('supplier:saveResponse', { response: { ...response, answers: { ...answers, R4: { kind: 'yes-no', value: false } } }, path: saved.path });

    data.dialogAnswers.open.push(saved.path, specPath);
    const reopened = ResponseWork.parse(await call('supplier:openResponse', { responsePath: null, specificationPath: null }));
    expect(reopened.responsePath).toBe(saved.path);
    expect(reopened.specificationChanged).toBe(false);
    expect(reopened.response.answers['R4']).toEqual({ kind: 'yes-no', value: false });
    expect(reopened.response.supplier.name).toBe('Molnbyrån AB');
  });

  it('flags a response made to another version of the same specification, and refuses one to another specification', async () => {
    data.dialogAnswers.open.push(specPath);
    const work = ResponseWork.parse(await call('supplier:startResponse', { specificationPath: null }));
    const target = path.join(data.documentsDir, 'svar.kravsvar');
    data.dialogAnswers.save.push(target);
    await call('supplier:saveResponse', { response: { ...work.response, supplier: { name: 'Molnbyrån AB', organisationNumber: '' } }, path: null });

    const original = smallTender();
    const changed = { ...original, requirements: original.requirements.map((r) => (r.id === 'R1' ? { ...r, text: { sv: 'Tjänsten ska följa WCAG 2.2 AA.', en: 'WCAG 2.2 AA' } } : r)) };
    await writeFile(specPath, serializeSpecification(changed));
    data.dialogAnswers.open.push(target, specPath);
    const reopened = ResponseWork.parse(await call('supplier:openResponse', { responsePath: null, specificationPath: null }));
    expect(reopened.specificationChanged).toBe(true);

    const other = path.join(data.documentsDir, 'annan.kravspec');
    await writeFile(other, serializeSpecification({ ...smallTender(), id: '0b7e1f0e-2a34-4c6d-9e8f-1a2b3c4d5e6f' }));
    data.dialogAnswers.open.push(target, other);
    const refused = await dispatch(appFrame, 'supplier:openResponse', { responsePath: null, specificationPath: null });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.problem).toBe('specification-mismatch');
      expect(refused.error.message).toContain('svar.kravsvar answers another specification');
    }
  });

  it('refuses a tampered response with a message naming the file, and reads a company profile', async () => {
    const tampered = path.join(data.documentsDir, 'trasig.kravsvar');
    await writeFile(tampered, 'PK\u0003\u0004 not really a zip');
    data.dialogAnswers.open.push(tampered);
    const result = await dispatch(appFrame, 'supplier:openResponse', { responsePath: null, specificationPath: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_DOCUMENT');
      expect(result.error.file).toBe(tampered);
      expect(result.error.message).toMatch(/^trasig\.kravsvar: /);
    }

    const profilePath = path.join(data.documentsDir, 'bolaget.kravprofil');
    await writeFile(profilePath, profileKind.serialize(profileWith([reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.1 AA.', { kind: 'yes-no', value: true })])));
    data.dialogAnswers.open.push(profilePath);
    const opened = (await call('supplier:openProfile', { path: null })) as { profile: { company: { name: string } } };
    expect(opened.profile.company.name).toBe('Molnbyrån AB');
    // A path the window was never given is refused, whatever it names.
    const foreign = await dispatch(appFrame, 'supplier:openProfile', { path: '/etc/passwd' });
    expect(foreign.ok).toBe(false);
    expect(await readFile(profilePath, 'utf8')).toContain('ACC-WCAG-01');
  });

  it('refuses a damaged or hostile company profile naming the file, and leaves it byte-identical', async () => {
    const cases: [string, string][] = [
      ['inte-json.kravprofil', 'not json at all'],
      ['tom.kravprofil', ''],
      ['fel-format.kravprofil', '{"format":"kravstudio-specification","version":4}'],
      ['proto.kravprofil', '{"__proto__":{"polluted":true},"format":"kravstudio-supplier-profile","version":1}'],
      ['djup.kravprofil', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ];
    for (const [name, content] of cases) {
      const file = path.join(data.documentsDir, name);
      await writeFile(file, content);
      data.dialogAnswers.open.push(file);
      const result = await dispatch(appFrame, 'supplier:openProfile', { path: null });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message, name).toContain(name);
      expect(await readFile(file, 'utf8'), name).toBe(content);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('saves a company profile as .kravprofil where the dialog says, and there again without asking', async () => {
    const profile = profileWith([reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.1 AA.', { kind: 'yes-no', value: true })]);
    data.dialogAnswers.save.push(path.join(data.documentsDir, 'bolaget'));
    const saved = (await call('supplier:saveProfile', { profile, path: null })) as { path: string };
    expect(saved.path).toBe(path.join(data.documentsDir, 'bolaget.kravprofil'));
    await call('supplier:saveProfile', { profile: { ...profile, company: { ...profile.company, staff: 15 } }, path: saved.path });
    const read = profileKind.parse(await readFile(saved.path));
    expect(read.ok && read.document.company.staff).toBe(15);
    expect(read.ok && read.document.answers).toEqual(profile.answers);
  });
});
