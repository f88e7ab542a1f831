/** The filled response form: every requirement with its number, instruction and the supplier's answer, in the specification's language, written through main. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filledResponseForm } from '../../../shared/response/filled-response-form';
import { ResponseWork } from '../../../shared/response/work';
import { supplierChannels, type SupplierChannels } from '../../support/supplier-channels';
import type { TestContext } from '../../support/test-context';
import { goodAnswers, responseTo, smallTender } from '../../support/supplier-responses';

describe('the filled response form', () => {
  it('lists every requirement under its section with the number the tender document prints, answered or marked as not', () => {
    const spec = smallTender();
    const answers = { ...goodAnswers(), R2: { kind: 'compliance' as const, complies: 'addition' as const, comment: 'Se bilaga 3' }, R5: { kind: 'attachment' as const, file: { fileName: 'pentest.pdf', sha256: 'a'.repeat(64) } } };
    const form = filledResponseForm(spec, responseTo(spec, 'Molnbyrån AB', answers));
    expect(form.language).toBe('sv');
    expect(form.requirementCount).toBe(6);
    expect(form.answeredCount).toBe(5);
    const rows = form.groups.flatMap((group) => group.rows);
    expect(rows.map((row) => row.number)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6']);
    expect(rows[1]).toMatchObject({ answer: 'uppfylls med tillägg', comment: 'Se bilaga 3', obligation: 'Ska' });
    expect(rows[4]?.attachments).toEqual(['pentest.pdf']);
    expect(rows[5]).toMatchObject({ answered: false, answer: 'Inte besvarat' });
    expect(form.supplier.map((item) => item.value)).toEqual(['Molnbyrån AB', '556677-8899']);
  });
});

describe('the response form channel', () => {
  let data: TestContext;
  let specPath: string;
  let call: SupplierChannels['call'];

  beforeEach(async () => {
    ({ data, specPath, call } = await supplierChannels());
  });
  afterEach(() => data.dispose());

  it('writes a DOCX with the answers, after the specification was handed out; another specification is refused', async () => {
    data.dialogAnswers.open.push(specPath);
    const work = ResponseWork.parse(await call('supplier:startResponse', { specificationPath: null }));
    const response = responseTo(work.specification, 'Molnbyrån AB', { ...goodAnswers(), R4: { kind: 'yes-no', value: false, comment: 'Planeras 2027' } });
    const target = path.join(data.documentsDir, 'Svarsformulär');
    data.dialogAnswers.export.push(target);
    const written = (await call('supplier:exportResponseForm', { response, specificationPath: work.specificationPath })) as { path: string };
    expect(written.path).toBe(`${target}.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(written.path)))['word/document.xml'] ?? new Uint8Array());
    for (const text of ['Molnbyrån AB', '4.4', 'Planeras 2027', 'Inte besvarat', 'Hänvisning och kommentar']) expect(xml).toContain(text);

    const other = { ...response, specification: { ...response.specification, id: '11111111-2222-4333-8444-555555555555' } };
    await expect(call('supplier:exportResponseForm', { response: other, specificationPath: work.specificationPath })).rejects.toThrow(/another specification/);
  });
});
