/**
 * The buyer's evaluation channels over the real dispatcher and handlers:
 * responses chosen in the open dialog are read and evaluated against the open
 * specification; hostile files are refused by name and reason while the
 * others are still read, and nothing is written; a response to an older
 * version is flagged and not ranked; a price the buyer enters ranks a
 * response without one; the report DOCX names the files and their SHA-256.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/ipc';
import { appOrigin } from '../../../electron/security';
import { writeResponseFile } from '../../../electron/services/response-file';
import { ResponsesOverview } from '../../../shared/response/received';
import { serializeSpecification } from '../../../shared/specification/document-file';
import type { Specification } from '../../../shared/specification/model';
import { createTestContext, type TestContext } from '../../support/test-context';
import { goodAnswers, responseTo, smallTender } from '../../support/supplier-responses';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };

/** The same tender before its last edit: R4 read differently, so its fingerprint differs. */
function olderVersion(): Specification {
  const spec = smallTender();
  return { ...spec, requirements: spec.requirements.map((r) => (r.id === 'R4' ? { ...r, text: { ...r.text, sv: 'Tjänsten bör ha ett API.' } } : r)) };
}

describe('evaluation channels', () => {
  let data: TestContext;
  let dispatch: Dispatch;
  let sessionId: string;
  let inbox: string;

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources') });
    dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin], logError: () => undefined });
    const specPath = path.join(data.documentsDir, 'E-tjänst.kravspec');
    await writeFile(specPath, serializeSpecification(smallTender()));
    data.dialogAnswers.open.push(specPath);
    sessionId = ((await call('document:open', { path: null })) as { sessionId: string }).sessionId;
    inbox = path.join(data.dataDir, 'Inkomna');
    await mkdir(inbox);
    const spec = smallTender();
    const report = new TextEncoder().encode('penetration test report');
    const reportHash = createHash('sha256').update(report).digest('hex');
    const alfaAnswers = { ...goodAnswers(), R5: { kind: 'attachment' as const, file: { fileName: 'pentest.pdf', sha256: reportHash } } };
    await writeResponseFile(path.join(inbox, 'alfa.kravsvar'), responseTo(spec, 'Alfa AB', alfaAnswers, 1000), new Map([['pentest.pdf', report]]));
    await writeResponseFile(path.join(inbox, 'beta.kravsvar'), responseTo(spec, 'Beta AB', { ...goodAnswers(), R4: { kind: 'yes-no', value: false } }));
    await writeResponseFile(path.join(inbox, 'gamma.kravsvar'), responseTo(olderVersion(), 'Gamma AB', goodAnswers(), 500));
  });
  afterEach(() => data.dispose());

  async function call(channel: Parameters<Dispatch>[1], input: unknown): Promise<unknown> {
    const result = await dispatch(appFrame, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  async function folder(): Promise<string[]> {
    return (await readdir(data.dataDir, { recursive: true })).sort();
  }

  it('evaluates the responses chosen: the older version flagged and not ranked, a price entered ranks the one without, removing one re-ranks', async () => {
    data.dialogAnswers.responses.push(['alfa', 'beta', 'gamma'].map((name) => path.join(inbox, `${name}.kravsvar`)));
    const overview = ResponsesOverview.parse(await call('evaluation:addResponses', { sessionId }));
    expect(overview.refused).toEqual([]);
    expect(overview.responses.map((r) => r.fileName)).toEqual(['alfa.kravsvar', 'beta.kravsvar', 'gamma.kravsvar']);
    const alfaBytes = await readFile(path.join(inbox, 'alfa.kravsvar'));
    expect(overview.responses[0]?.sha256).toBe(createHash('sha256').update(alfaBytes).digest('hex'));
    // No path reaches the window.
    expect(JSON.stringify(overview)).not.toContain(inbox);

    const byName = (o: ResponsesOverview, name: string) => o.evaluation.suppliers.find((s) => s.name === name);
    expect(byName(overview, 'Alfa AB')?.rank).toBe(1);
    expect(byName(overview, 'Beta AB')?.status).toBe('not-comparable');
    expect(byName(overview, 'Beta AB')?.flags.map((f) => f.kind)).toContain('price-missing');
    expect(byName(overview, 'Gamma AB')?.rank).toBeNull();
    expect(byName(overview, 'Gamma AB')?.flags.map((f) => f.kind)).toEqual(['specification-mismatch']);

    const beta = overview.responses.find((r) => r.supplier.name === 'Beta AB');
    const priced = ResponsesOverview.parse(await call('evaluation:setPrice', { sessionId, responseId: beta?.id, price: 800 }));
    expect(priced.evaluation.suppliers.filter((s) => s.rank !== null).map((s) => s.name).sort()).toEqual(['Alfa AB', 'Beta AB']);
    expect(byName(priced, 'Beta AB')?.price).toBe(800);
    expect(byName(priced, 'Gamma AB')?.rank).toBeNull();

    const alfa = overview.responses.find((r) => r.supplier.name === 'Alfa AB');
    const removed = ResponsesOverview.parse(await call('evaluation:removeResponse', { sessionId, responseId: alfa?.id }));
    expect(removed.responses.map((r) => r.supplier.name)).toEqual(['Beta AB', 'Gamma AB']);
    expect(byName(removed, 'Beta AB')?.rank).toBe(1);
    // The files themselves are untouched.
    expect(await readFile(path.join(inbox, 'alfa.kravsvar'))).toEqual(alfaBytes);
  });

  it('refuses hostile files by name and reason, still reads the good one, and writes nothing', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const good = responseTo(smallTender(), 'Alfa AB', goodAnswers(), 1000);
    await writeFile(path.join(inbox, 'inte-zip.kravsvar'), 'this is not a zip');
    await writeFile(path.join(inbox, 'djup.kravsvar'), zipSync({ 'response.json': encode(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) }));
    await writeFile(path.join(inbox, 'bomb.kravsvar'), zipSync({ 'response.json': encode(JSON.stringify(good)), 'attachments/zeros.bin': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    await writeFile(path.join(inbox, 'flykt.kravsvar'), zipSync({ 'response.json': encode(JSON.stringify(good)), '../../utanför.txt': encode('x') }));
    await writeFile(path.join(inbox, 'matris.xlsx'), 'PK');
    const names = ['inte-zip.kravsvar', 'djup.kravsvar', 'bomb.kravsvar', 'flykt.kravsvar', 'matris.xlsx', 'saknas.kravsvar', 'alfa.kravsvar'];
    const before = await folder();
    data.dialogAnswers.responses.push(names.map((name) => path.join(inbox, name)));
    const overview = ResponsesOverview.parse(await call('evaluation:addResponses', { sessionId }));
    expect(overview.responses.map((r) => r.fileName)).toEqual(['alfa.kravsvar']);
    expect(overview.refused.map((r) => r.fileName)).toEqual(names.slice(0, -1));
    for (const refused of overview.refused) expect(refused.message.startsWith(`${refused.fileName}: `), refused.message).toBe(true);
    expect(overview.refused.find((r) => r.fileName === 'djup.kravsvar')?.message).toMatch(/nested/);
    expect(JSON.stringify(overview)).not.toContain(inbox);
    expect(await folder()).toEqual(before);
  });

  it('cancelling the dialog adds nothing; a response id that is not there is refused', async () => {
    expect(await call('evaluation:addResponses', { sessionId })).toBeNull();
    const result = await dispatch(appFrame, 'evaluation:removeResponse', { sessionId, responseId: 'nope' });
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });

  it('exports the evaluation report as a draft in the document language, naming files, SHA-256, the mandatory check and the ranking', async () => {
    data.dialogAnswers.responses.push(['alfa', 'beta', 'gamma'].map((name) => path.join(inbox, `${name}.kravsvar`)));
    const overview = ResponsesOverview.parse(await call('evaluation:addResponses', { sessionId }));
    const target = path.join(data.documentsDir, 'protokoll');
    data.dialogAnswers.report.push(target);
    expect(await call('evaluation:exportReport', { sessionId })).toEqual({ fileName: 'protokoll.docx' });
    const files = unzipSync(new Uint8Array(await readFile(`${target}.docx`)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Utvärderingsprotokoll – utkast');
    expect(text).toContain('UTKAST.');
    for (const response of overview.responses) {
      expect(text).toContain(response.fileName);
      expect(text).toContain(response.sha256);
    }
    expect(text).toContain('Svarar på en annan version av kravspecifikationen');
    expect(text).toContain('Alla 3 ska-krav uppfyllda.');
    expect(text).toContain('Inte kontrollerat');
    expect(text).toContain('Rangordning');
    // The document language is Swedish, as the specification's.
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('w:val="sv-SE"');
  });
});
