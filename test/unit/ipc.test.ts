import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers, type HandlerRegistry } from '../../electron/handlers';
import { createDispatcher, originOf, registerIpc, type Dispatch } from '../../electron/ipc';
import { appOrigin } from '../../electron/security';
import { channelNames, type ChannelName } from '../../shared/contract';
import { createTestContext, type TestContext } from '../support/test-context';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };

/** An input of the wrong shape for each channel. */
const malformed: Record<ChannelName, unknown> = {
  'app:getInfo': { unexpected: true },
  'app:getLicences': 42,
  'app:takeLaunchFiles': ['x'],
  'settings:get': 'all',
  'settings:update': { language: 'de' },
  'shell:openExternal': { href: 'https://example.com' },
  'clipboard:writeText': { text: 7 },
  'document:create': { title: '', jurisdiction: 'dk', languages: [], primaryLanguage: 'sv' },
  'document:open': { path: 42 },
  'document:update': { sessionId: 'x', kind: 'specification', specification: { format: 'something-else' } },
  'document:save': {},
  'document:saveAs': { sessionId: ['x'] },
  'document:duplicate': { sessionId: '' },
  'document:rename': { sessionId: 'x', fileName: '' },
  'document:close': null,
  'document:moveToTrash': { path: '' },
  'document:showInFolder': { folder: '/tmp' },
  'document:checkDisk': { sessionId: 1 },
  'document:resolveConflict': { sessionId: 'x', keep: 'both' },
  'document:pendingEditsSent': { requestId: '' },
  'documents:recent': { all: true },
  'trash:list': [],
  'trash:restore': { id: '' },
  'backups:list': {},
  'backups:forFile': { file: 'x' },
  'backups:compare': { sessionId: 'x' },
  'backups:restore': { backupId: 'x' },
  'backups:openCopy': { backupId: 3 },
  'templates:library': { all: true },
  'templates:import': { file: 'x.json' },
  'templates:reload': { all: true },
  'templates:export': { id: 7 },
  'templates:publish': { id: '' },
  'courses:list': 'all',
  'courses:import': { path: 5 },
  'courses:export': {},
  'courses:remove': { id: 7 },
  'courses:publish': { id: 'x', replace: 'yes' },
  'organisation:status': { folder: '/tmp' },
  'organisation:choose': { path: '/tmp' },
  'organisation:clear': 1,
  'templates:remove': { id: 7 },
  'templates:saveFromDocument': { sessionId: 'x', title: '' },
  'export:choices': { sessionId: 1 },
  'export:formats': { all: true },
  'export:run': { sessionId: 'x', choices: { language: 'de', guidanceAnnex: false, responseForm: false, ssa: null } },
  'export:cancel': {},
  'export:open': { path: 5 },
  'import:choose': { path: 5 },
  'import:create': { importId: '', language: 'de', jurisdiction: 'se' },
  'import:cancel': { id: 'x' },
  'import:remap': { importId: 'x', mapping: { version: 1, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'number' }] } },
  'import:saveMapping': { importId: 'x', mapping: { version: 1, sheet: 0, headerRow: 0, columns: [] }, path: '/etc/passwd' },
  'import:useMapping': { importId: 'x', path: '/etc/passwd' },
  'supplier:startResponse': { path: '/tmp/x.kravspec' },
  'supplier:openResponse': { responsePath: 5, specificationPath: null },
  'supplier:saveResponse': { response: { format: 'kravstudio-response' }, path: null },
  'supplier:openProfile': { path: '' },
  'supplier:saveProfile': { profile: { format: 'kravstudio-supplier-profile' }, path: null },
  'supplier:exportReadiness': { packIds: [], specificationPath: null, profilePath: 'x.kravprofil', format: 'pdf', today: 'today' },
  'supplier:exportResponseForm': { response: { format: 'kravstudio-response' }, specificationPath: null },
  'supplier:attachEvidence': { path: '/etc/passwd' },
  'evaluation:addResponses': { sessionId: 42 },
  'evaluation:overview': {},
  'evaluation:removeResponse': { sessionId: 'x', responseId: '' },
  'evaluation:setPrice': { sessionId: 'x', responseId: 'y', price: -1 },
  'evaluation:exportReport': { sessionId: 'x', path: '/tmp/report.docx' },
  'course:library': { all: true },
  'course:open': { path: 7 },
  'course:startExercise': { coursePath: '', exerciseId: 'rewrite-vague', language: 'sv' },
  'course:loadAnswers': { folderPath: '' },
  'course:openReference': {},
  'course:exportClass': { coursePath: null, exerciseId: '', folderPath: null, referencePath: null, language: 'sv' },
};

/** A response that the contract accepts (saving it with no path asks the dialog, which the tests answer with a cancel). */
const someResponse = {
  format: 'kravstudio-response',
  version: 1,
  specification: { id: '6f1c2b9e-3d4a-4f5b-8c7d-9e0f1a2b3c4d', fingerprint: 'a'.repeat(64), title: 'E-tjänst' },
  supplier: { name: 'Leverantören AB', organisationNumber: '556000-0000' },
  answers: { 'req-1': { kind: 'yes-no', value: true } },
  updatedAt: '2026-12-07T10:00:00.000Z',
};

/** A company profile the contract accepts. */
const someProfile = {
  format: 'kravstudio-supplier-profile',
  version: 1,
  id: '2c9d7e1a-4b3f-4e8a-9c6d-5f1e2a3b4c5d',
  company: { name: 'Leverantören AB', organisationNumber: '556000-0000', certifications: [], references: [] },
  answers: [],
  updatedAt: '2026-12-07T10:00:00.000Z',
};

/** A well-formed call for each channel; `session` is replaced by an open document's id. */
function wellFormed(channel: ChannelName, session: string, file: string, specification: unknown): unknown {
  const inputs: Record<ChannelName, unknown> = {
    'app:getInfo': undefined,
    'app:getLicences': undefined,
    'app:takeLaunchFiles': undefined,
    'settings:get': undefined,
    'settings:update': { theme: 'dark' },
    'shell:openExternal': { url: 'https://example.com/' },
    'clipboard:writeText': { text: 'hej' },
    'document:create': { title: 'Ny e-tjänst', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' },
    'document:open': { path: file },
    'document:update': { sessionId: session, kind: 'specification', specification },
    'document:save': { sessionId: session },
    'document:saveAs': { sessionId: session },
    'document:duplicate': { sessionId: session },
    'document:rename': { sessionId: session, fileName: 'Nytt namn' },
    'document:close': { sessionId: session },
    'document:moveToTrash': { path: `${file}.missing` },
    'document:showInFolder': { path: file },
    'document:checkDisk': { sessionId: session },
    'document:resolveConflict': { sessionId: session, keep: 'mine' },
    'document:pendingEditsSent': { requestId: 'no-such-request' },
    'documents:recent': undefined,
    'trash:list': undefined,
    'trash:restore': { id: 'nothing-here' },
    'backups:list': { sessionId: session },
    'backups:forFile': { path: file },
    'backups:compare': { sessionId: session, backupId: 'no-such-backup' },
    'backups:restore': { sessionId: session, backupId: 'no-such-backup' },
    'backups:openCopy': { backupId: 'no-such-backup' },
    'templates:library': undefined,
    'templates:import': { path: `${file}.missing.json` },
    'templates:reload': undefined,
    'templates:export': { id: 'cloud-service' },
    'templates:publish': { id: 'cloud-service' },
    'courses:list': undefined,
    'courses:import': { path: `${file}.missing.kravkurs` },
    'courses:export': { id: 'no-such-course' },
    'courses:remove': { id: 'no-such-course' },
    'courses:publish': { id: 'no-such-course' },
    'organisation:status': undefined,
    'organisation:choose': undefined,
    'organisation:clear': undefined,
    'templates:remove': { id: 'cloud-service' },
    'templates:saveFromDocument': { sessionId: session, title: 'Våra egna krav' },
    'export:choices': { sessionId: session },
    'export:formats': undefined,
    'export:run': { sessionId: session, choices: { format: 'docx', language: 'sv', guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null } },
    'export:cancel': { sessionId: session },
    'export:open': { path: '/etc/passwd' },
    'import:choose': { path: `${file}.missing.docx` },
    'import:create': { importId: 'no-such-import', language: 'sv', jurisdiction: 'se' },
    'import:cancel': { importId: 'no-such-import' },
    'import:remap': { importId: 'no-such-import', mapping: { version: 1, sheet: 0, headerRow: 0, columns: [{ column: 1, field: 'text' }] } },
    'import:saveMapping': { importId: 'no-such-import', mapping: { version: 1, sheet: 0, headerRow: 0, columns: [{ column: 1, field: 'text' }] } },
    'import:useMapping': { importId: 'no-such-import' },
    'supplier:startResponse': { specificationPath: file },
    'supplier:openResponse': { responsePath: `${file}.missing.kravsvar`, specificationPath: null },
    'supplier:saveResponse': { response: someResponse, path: null },
    'supplier:openProfile': { path: `${file}.missing.kravprofil` },
    'supplier:saveProfile': { profile: someProfile, path: null },
    'supplier:exportReadiness': { packIds: [], specificationPath: file, profilePath: `${file}.missing.kravprofil`, format: 'docx', today: '2026-12-07' },
    'supplier:exportResponseForm': { response: someResponse, specificationPath: `${file}.missing.kravspec` },
    'supplier:attachEvidence': undefined,
    'evaluation:addResponses': { sessionId: session },
    'evaluation:overview': { sessionId: session },
    'evaluation:removeResponse': { sessionId: session, responseId: 'no-such-response' },
    'evaluation:setPrice': { sessionId: session, responseId: 'no-such-response', price: 1000 },
    'evaluation:exportReport': { sessionId: session },
    'course:library': undefined,
    'course:open': { path: `${file}.missing.kravkurs` },
    'course:startExercise': { coursePath: `${file}.missing.kravkurs`, exerciseId: 'rewrite-vague', language: 'sv' },
    'course:loadAnswers': { folderPath: `${file}.missing` },
    'course:openReference': { path: `${file}.missing.kravspec` },
    'course:exportClass': { coursePath: null, exerciseId: 'rewrite-vague', folderPath: null, referencePath: null, language: 'sv' },
  };
  return inputs[channel];
}

describe('IPC dispatcher', () => {
  let data: TestContext;
  let dispatch: Dispatch;
  const logError = vi.fn();

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources') });
    dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin], logError });
  });
  afterEach(() => data.dispose());

  async function openDocument() {
    const created = await dispatch(appFrame, 'document:create', wellFormed('document:create', '', '', null));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const doc = created.value as { sessionId: string; path: string; specification: unknown };
    return doc;
  }

  it.each(channelNames)('%s handles a well-formed call from the app window (a value, or a typed error a user can act on)', async (channel) => {
    const doc = await openDocument();
    const result = await dispatch(appFrame, channel, wellFormed(channel, doc.sessionId, doc.path, doc.specification));
    if (!result.ok) expect(['NOT_FOUND', 'NOT_ALLOWED'], JSON.stringify(result)).toContain(result.error.code);
  });

  it.each(channelNames)('%s refuses a foreign origin, a subframe and an unknown sender', async (channel) => {
    for (const sender of [
      { url: 'https://evil.example/', isTopFrame: true },
      { url: 'app://kravstudio.evil/index.html', isTopFrame: true },
      { url: 'file:///tmp/index.html', isTopFrame: true },
      { url: `${appOrigin}/index.html`, isTopFrame: false },
      { url: null, isTopFrame: true },
    ]) {
      const result = await dispatch(sender, channel, wellFormed(channel, 'session', '/tmp/x.kravspec', {}));
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    }
  });

  it.each(channelNames)('%s refuses malformed input with a typed error naming the field', async (channel) => {
    const result = await dispatch(appFrame, channel, malformed[channel]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses an unknown channel, including prototype names', async () => {
    for (const channel of ['app:nope', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>']) {
      const result = await dispatch(appFrame, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('hides a handler crash behind INTERNAL, logs it, and keeps serving', async () => {
    const failing: HandlerRegistry = {
      ...handlers,
      'settings:get': async () => {
        throw new Error('disk on fire at /home/user/secret');
      },
    };
    const guarded = createDispatcher({ registry: failing, context: data.context, allowedOrigins: [appOrigin], logError });
    const result = await guarded(appFrame, 'settings:get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logError).toHaveBeenCalledWith('settings:get', expect.any(Error));
    expect((await guarded(appFrame, 'app:getInfo', undefined)).ok).toBe(true);
  });

  it('refuses to send an output that breaks the contract', async () => {
    const leaky = { ...handlers, 'settings:get': async () => ({ language: 'sv', theme: 'dark', token: 'x' }) } as unknown as HandlerRegistry;
    const strict = createDispatcher({ registry: leaky, context: data.context, allowedOrigins: [appOrigin], logError });
    const result = await strict(appFrame, 'settings:get', undefined);
    // zod strips unknown keys on objects; the answer carries only what the contract names.
    expect(result).toEqual({ ok: true, value: { language: 'sv', theme: 'dark' } });
    const broken = { ...handlers, 'settings:get': async () => ({ language: 'fr' }) } as unknown as HandlerRegistry;
    const result2 = await createDispatcher({ registry: broken, context: data.context, allowedOrigins: [appOrigin], logError })(appFrame, 'settings:get', undefined);
    expect(result2).toMatchObject({ ok: false, error: { code: 'INVALID_OUTPUT' } });
  });

  it('registers exactly the contract channels on ipcMain and reads the sender frame', async () => {
    const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => void registered.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => void registered.delete(channel)),
    };
    const unregister = registerIpc(ipcMain as never, dispatch);
    expect([...registered.keys()].sort()).toEqual([...channelNames].sort());
    const listener = registered.get('settings:get');
    const topFrame = { url: `${appOrigin}/index.html`, parent: null };
    await expect(listener?.({ senderFrame: topFrame }, undefined)).resolves.toMatchObject({ ok: true });
    const child = { url: `${appOrigin}/index.html`, parent: topFrame };
    await expect(listener?.({ senderFrame: child }, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    await expect(listener?.({ senderFrame: null }, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    unregister();
    expect(registered.size).toBe(0);
  });

  it('reads origins of custom schemes', () => {
    expect(originOf('app://kravstudio/index.html')).toBe('app://kravstudio');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('not a url')).toBeNull();
  });
});
