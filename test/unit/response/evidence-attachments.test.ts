/** Evidence files attached to answers: read bounded in main, kept by hash, stored in the .kravsvar on save and kept when it is opened and saved again; bad ones refused, named. */
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { createDispatcher } from '../../../electron/ipc';
import { appOrigin } from '../../../electron/security';
import { maxEvidenceBytes } from '../../../electron/services/evidence-files';
import { readResponseFile } from '../../../electron/services/response-file';
import { EvidenceFile } from '../../../shared/response/answers';
import { sha256Hex } from '../../../shared/response/fingerprint';
import { ResponseWork } from '../../../shared/response/work';
import { supplierChannels, type SupplierChannels } from '../../support/supplier-channels';
import { createTestContext, type TestContext } from '../../support/test-context';
import { goodAnswers } from '../../support/supplier-responses';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };

describe('evidence attachments', () => {
  let data: TestContext;
  let specPath: string;
  let call: SupplierChannels['call'];

  beforeEach(async () => {
    ({ data, specPath, call } = await supplierChannels());
  });
  afterEach(() => data.dispose());

  it('attaches a file, saves it in the .kravsvar by its hash, and keeps it when the response is opened and saved again', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 penetrationstest');
    const evidence = path.join(data.documentsDir, 'Pentest 2026.pdf');
    await writeFile(evidence, bytes);
    data.dialogAnswers.open.push(specPath);
    const work = ResponseWork.parse(await call('supplier:startResponse', { specificationPath: null }));
    data.dialogAnswers.open.push(evidence);
    const file = EvidenceFile.parse(await call('supplier:attachEvidence', undefined));
    expect(file).toEqual({ fileName: 'Pentest 2026.pdf', sha256: sha256Hex(bytes) });

    const response = { ...work.response, supplier: { name: 'Molnbyrån AB', organisationNumber: '' }, answers: { ...goodAnswers(), R5: { kind: 'attachment', file } } };
    const target = path.join(data.documentsDir, 'Svar.kravsvar');
    data.dialogAnswers.save.push(target);
    await call('supplier:saveResponse', { response, path: null });
    expect((await readResponseFile(target)).attachments.get('Pentest 2026.pdf')).toEqual(bytes);

    // A fresh app holds nothing: opening the response brings its attachment back, and saving keeps it.
    const fresh = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources') });
    try {
      const again = createDispatcher({ registry: handlers, context: fresh.context, allowedOrigins: [appOrigin], logError: () => undefined });
      fresh.dialogAnswers.open.push(target, specPath);
      const opened = await again(appFrame, 'supplier:openResponse', { responsePath: null, specificationPath: null });
      if (!opened.ok) throw new Error(opened.error.message);
      const reopened = ResponseWork.parse(opened.value);
      const saved = await again(appFrame, 'supplier:saveResponse', { response: reopened.response, path: target });
      expect(saved.ok).toBe(true);
      expect((await readResponseFile(target)).attachments.get('Pentest 2026.pdf')).toEqual(bytes);
    } finally {
      await fresh.dispose();
    }
  });

  it('refuses a file too large or with a name a response cannot store, naming it; and a save naming a file the app does not hold', async () => {
    const large = path.join(data.documentsDir, 'Stor.zip');
    await writeFile(large, '');
    await truncate(large, maxEvidenceBytes + 1);
    data.dialogAnswers.open.push(large);
    await expect(call('supplier:attachEvidence', undefined)).rejects.toThrow(/Stor\.zip.*MB/);

    const badName = path.join(data.documentsDir, 'rapport\u0007.pdf');
    await writeFile(badName, 'x');
    data.dialogAnswers.open.push(badName);
    await expect(call('supplier:attachEvidence', undefined)).rejects.toThrow(/rapport.*control characters/);

    data.dialogAnswers.open.push(specPath);
    const work = ResponseWork.parse(await call('supplier:startResponse', { specificationPath: null }));
    const response = { ...work.response, supplier: { name: 'Molnbyrån AB', organisationNumber: '' }, answers: { R5: { kind: 'attachment', file: { fileName: 'okänd.pdf', sha256: 'b'.repeat(64) } } } };
    data.dialogAnswers.save.push(path.join(data.documentsDir, 'Svar.kravsvar'));
    await expect(call('supplier:saveResponse', { response, path: null })).rejects.toThrow(/Attach okänd\.pdf again/);
  });
});
