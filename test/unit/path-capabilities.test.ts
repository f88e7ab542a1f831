/**
 * Paths are capabilities: the window may hand back only a path the main
 * process gave it. Every channel that takes a path is called, through the real
 * dispatcher and handlers, with paths it was never given — system files,
 * other folders, links, network and device names, a NUL, 4,096 characters —
 * and each is refused with a typed error while nothing on disk moves.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handlers } from '../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../electron/ipc';
import { appOrigin } from '../../electron/security';
import { maxPathLength, PathGrants, pathSyntaxProblem } from '../../electron/services/path-grants';
import { channelNames, channels, type ChannelName } from '../../shared/contract';
import { createTestContext, type TestContext } from '../support/test-context';
import { goodAnswers, profileWith, responseTo, smallTender } from '../support/supplier-responses';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const posix = process.platform !== 'win32';

/** The fields of a channel's input that name a file: `path`, or a name ending in `Path`. */
function pathFields(channel: ChannelName): string[] {
  const input: z.ZodType = channels[channel].input;
  return input instanceof z.ZodObject ? Object.keys(input.shape).filter((field) => field === 'path' || field.endsWith('Path')) : [];
}

/** The channels whose input names a file: found in the contract, so a new one cannot be missed. */
const pathChannels = channelNames.filter((channel) => pathFields(channel).length > 0);

/** What a path channel needs besides its paths, so that the path is what decides. */
const otherFields: Partial<Record<ChannelName, Record<string, unknown>>> = {
  'supplier:saveResponse': { response: responseTo(smallTender(), 'Leverantören AB', goodAnswers(), 1000) },
  'supplier:saveProfile': { profile: profileWith([]) },
  'supplier:exportReadiness': { packIds: [], format: 'docx', today: '2026-12-07' },
  'supplier:exportResponseForm': { response: responseTo(smallTender(), 'Leverantören AB', goodAnswers(), 1000) },
  'course:startExercise': { exerciseId: 'rewrite-vague', language: 'sv' },
  'course:exportClass': { exerciseId: 'rewrite-vague', language: 'sv' },
};

let data: TestContext;
let dispatch: Dispatch;
/** A folder beside the app's data that the user never chose anything in. */
let elsewhere: string;

beforeEach(async () => {
  data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources') });
  dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin] });
  elsewhere = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-elsewhere-'));
});
afterEach(async () => {
  await data.dispose();
  await rm(elsewhere, { recursive: true, force: true });
});

/** Every file under a folder with its bytes, to show that nothing moved or changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = entry.isFile() ? (await readFile(full)).toString('base64') : entry.isSymbolicLink() ? 'link' : 'folder';
  }
  return out;
}

/** What the app would have done to the outside world, and what it remembers. */
async function effects() {
  return {
    shown: [...data.shownInFolder],
    opened: [...data.openedPaths],
    trash: data.context.trash.list().length,
    sessions: data.context.documents.sessions().length,
    recent: (await data.context.documents.recent()).length,
    userPacks: (await data.context.templates.load()).userPackIds.length,
  };
}

/** The inputs that name `filePath` on a path channel: one per path field, the others left to the dialog (null). */
function inputsFor(channel: ChannelName, filePath: string): { field: string; input: unknown }[] {
  const fields = pathFields(channel);
  return fields.map((field) => ({
    field,
    input: { ...otherFields[channel], ...Object.fromEntries(fields.map((other) => [other, other === field ? filePath : null])) },
  }));
}

async function expectRefusedEverywhere(hostile: readonly string[]): Promise<void> {
  for (const channel of pathChannels) {
    for (const filePath of hostile) {
      for (const { field, input } of inputsFor(channel, filePath)) {
        const result = await dispatch(appFrame, channel, input);
        expect(result, `${channel} (${field}) with ${JSON.stringify(filePath.slice(0, 80))}`).toMatchObject({
          ok: false,
          error: { code: 'NOT_ALLOWED', problem: 'path-not-allowed' },
        });
      }
    }
  }
}

describe('paths from the window', () => {
  it('are taken by exactly the channels that name a file', () => {
    expect([...pathChannels].sort()).toEqual(
      [
        'backups:forFile',
        'document:moveToTrash',
        'document:open',
        'document:showInFolder',
        'export:open',
        'import:choose',
        'templates:import',
        'courses:import',
        'supplier:startResponse',
        'supplier:openResponse',
        'supplier:saveResponse',
        'supplier:openProfile',
        'supplier:saveProfile',
        'supplier:exportReadiness',
        'supplier:exportResponseForm',
        'course:open',
        'course:startExercise',
        'course:loadAnswers',
        'course:openReference',
        'course:exportClass',
      ].sort(),
    );
  });

  it('never reach the column-mapping channels: main asks the user for the mapping file, and a path from the window is refused', async () => {
    const mapping = { version: 1, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'text' }] };
    for (const [channel, input] of [
      ['import:saveMapping', { importId: 'x', mapping, path: '/etc/passwd' }],
      ['import:useMapping', { importId: 'x', path: '/etc/passwd' }],
    ] as const) {
      expect(pathChannels).not.toContain(channel);
      expect(await dispatch(appFrame, channel, input), channel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('are refused on every path channel when the app never handed them out, and nothing is touched', async () => {
    const victim = path.join(elsewhere, 'Någon annans.kravspec');
    await writeFile(victim, await readFile(path.join(fixtures, 'rich.kravspec')));
    const pack = path.join(elsewhere, 'pack.json');
    await writeFile(pack, '{"format":"kravstudio-pack"}\n');
    const folder = path.join(elsewhere, 'mapp.kravspec');
    await mkdir(folder);
    // A link in the app's own documents folder that leads out of it.
    const link = path.join(data.documentsDir, 'Länk.kravspec');
    await symlink(victim, link);
    const before = { elsewhere: await snapshot(elsewhere), documents: await snapshot(data.documentsDir), effects: await effects() };

    const hostile = [
      victim,
      pack,
      folder,
      elsewhere,
      link,
      `${victim}\0.kravspec`,
      `/${'a'.repeat(maxPathLength)}`,
      '\\\\server\\share\\Krav.kravspec',
      '//server/share/Krav.kravspec',
      '\\\\?\\C:\\Users\\Other\\Krav.kravspec',
      '\\\\.\\PhysicalDrive0',
      'Krav.kravspec',
      '../../Krav.kravspec',
      ...(posix
        ? ['/etc/passwd', '/etc/hosts', '/root/.ssh/id_rsa', '/home/other/Dokument/Krav.kravspec', '/dev/zero', '/proc/self/environ', '/']
        : ['C:\\Windows\\win.ini', 'C:\\Users\\Other\\Documents\\Krav.kravspec']),
    ];
    expect(`/${'a'.repeat(maxPathLength)}`.length).toBe(4096);
    await expectRefusedEverywhere(hostile);

    expect({ elsewhere: await snapshot(elsewhere), documents: await snapshot(data.documentsDir), effects: await effects() }).toEqual(before);
  });

  it('are refused when a granted file has since been swapped for a link, or is only spelled like one', async () => {
    const victim = path.join(elsewhere, 'secret.kravspec');
    await writeFile(victim, await readFile(path.join(fixtures, 'rich.kravspec')));
    // The user opens a document of their own; the window is given its path.
    const mine = path.join(data.documentsDir, 'Min.kravspec');
    await writeFile(mine, await readFile(path.join(fixtures, 'rich.kravspec')));
    data.dialogAnswers.open.push(mine);
    const opened = await dispatch(appFrame, 'document:open', { path: null });
    expect(opened).toMatchObject({ ok: true, value: { path: mine } });
    if (!opened.ok) return;
    await dispatch(appFrame, 'document:close', { sessionId: (opened.value as { sessionId: string }).sessionId });

    // Someone replaces it with a link to another file: the granted name now leads elsewhere.
    await rename(mine, path.join(data.documentsDir, 'moved-away'));
    await symlink(victim, mine);
    const before = { elsewhere: await snapshot(elsewhere), effects: await effects() };
    await expectRefusedEverywhere([mine, `${mine}\0`, mine.toUpperCase(), `${mine}/`, `${mine}/.`]);
    expect({ elsewhere: await snapshot(elsewhere), effects: await effects() }).toEqual(before);
  });
});

describe('paths the app handed out', () => {
  it('are accepted: a document chosen in the dialog can be shown, and moved to the trash', async () => {
    const mine = path.join(data.documentsDir, 'Min.kravspec');
    await writeFile(mine, await readFile(path.join(fixtures, 'rich.kravspec')));
    data.dialogAnswers.open.push(mine);
    const opened = await dispatch(appFrame, 'document:open', { path: null });
    expect(opened.ok).toBe(true);
    expect(await dispatch(appFrame, 'document:showInFolder', { path: mine })).toEqual({ ok: true, value: undefined });
    expect(data.shownInFolder).toEqual([mine]);
    expect(await dispatch(appFrame, 'backups:forFile', { path: mine })).toMatchObject({ ok: true });
    expect(await dispatch(appFrame, 'document:moveToTrash', { path: mine })).toEqual({ ok: true, value: undefined });
    expect(await readdir(data.documentsDir)).toEqual([]);
    // Once trashed, the path is no longer the window's to use.
    expect(await dispatch(appFrame, 'document:showInFolder', { path: mine })).toMatchObject({ ok: false, error: { problem: 'path-not-allowed' } });
  });

  it('include launch files, recent documents and files the OS asked to open', async () => {
    const launched = path.join(data.documentsDir, 'Startad.kravspec');
    await writeFile(launched, await readFile(path.join(fixtures, 'rich.kravspec')));
    const launchContext = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources'), launchFiles: [launched] });
    try {
      const launchDispatch = createDispatcher({ registry: handlers, context: launchContext.context, allowedOrigins: [appOrigin] });
      expect(await launchDispatch(appFrame, 'document:open', { path: launched })).toMatchObject({ ok: false, error: { problem: 'path-not-allowed' } });
      expect(await launchDispatch(appFrame, 'app:takeLaunchFiles', undefined)).toEqual({ ok: true, value: [launched] });
      expect(await launchDispatch(appFrame, 'document:open', { path: launched })).toMatchObject({ ok: true, value: { path: launched } });
    } finally {
      await launchContext.dispose();
    }

    // A document from an earlier run is in the recent list: listing it hands its path to the window.
    const created = await data.context.documents.create({ title: 'Från förra veckan', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' });
    await data.context.documents.close(created.sessionId);
    expect(await dispatch(appFrame, 'document:open', { path: created.path })).toMatchObject({ ok: false });
    expect(await dispatch(appFrame, 'documents:recent', undefined)).toMatchObject({ ok: true, value: [{ path: created.path }] });
    expect(await dispatch(appFrame, 'document:open', { path: created.path })).toMatchObject({ ok: true });
  });

  it('move to the trash only regular files of a known document kind', async () => {
    const notes = path.join(data.documentsDir, 'anteckningar.txt');
    await writeFile(notes, 'mina anteckningar');
    const folder = path.join(data.documentsDir, 'Mapp.kravspec');
    await mkdir(folder);
    const target = path.join(data.documentsDir, 'Mål.kravspec');
    await writeFile(target, await readFile(path.join(fixtures, 'rich.kravspec')));
    const link = path.join(data.documentsDir, 'Länk.kravspec');
    await symlink(target, link);
    // Even when the user picked them in a dialog, these are not documents to trash.
    data.context.grants.grantAll([notes, folder, link]);
    const before = await snapshot(data.documentsDir);
    expect(await dispatch(appFrame, 'document:moveToTrash', { path: notes })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', problem: 'not-a-document' } });
    expect(await dispatch(appFrame, 'document:moveToTrash', { path: folder })).toMatchObject({ ok: false, error: { problem: 'not-a-file' } });
    expect(await dispatch(appFrame, 'document:moveToTrash', { path: link })).toMatchObject({ ok: false, error: { problem: 'not-a-file' } });
    expect(await snapshot(data.documentsDir)).toEqual(before);
    expect(data.context.trash.list()).toEqual([]);
  });
});

describe('PathGrants', () => {
  it('names what is wrong with a path before looking at the disk', () => {
    expect(pathSyntaxProblem('')).toBe('empty');
    expect(pathSyntaxProblem('/a\0b')).toBe('nul');
    expect(pathSyntaxProblem(`/${'a'.repeat(maxPathLength)}`)).toBe('too-long');
    expect(pathSyntaxProblem('/a\nb.kravspec')).toBe('control-character');
    expect(pathSyntaxProblem('\\\\server\\share')).toBe('unc');
    expect(pathSyntaxProblem('//server/share')).toBe('unc');
    expect(pathSyntaxProblem('\\\\?\\C:\\x')).toBe('unc');
    expect(pathSyntaxProblem('x.kravspec')).toBe('relative');
    expect(pathSyntaxProblem(path.resolve('x.kravspec'))).toBeNull();
  });

  it('accepts a granted file that does not exist yet once it does, and forgets revoked ones', async () => {
    const grants = new PathGrants();
    const later = path.join(elsewhere, 'Export.docx');
    grants.grant(later);
    await writeFile(later, 'x');
    await expect(grants.authorise(later)).resolves.toBe(later);
    grants.revoke(later);
    await expect(grants.authorise(later)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('follows a link the user chose to where it led when they chose it', async () => {
    const grants = new PathGrants();
    const target = path.join(elsewhere, 'Riktig.kravspec');
    await writeFile(target, 'x');
    const link = path.join(elsewhere, 'Genväg.kravspec');
    await symlink(target, link);
    grants.grant(link);
    await expect(grants.authorise(link)).resolves.toBe(link);
    // The link now leads somewhere else: refused.
    await rm(link);
    await symlink(path.join(elsewhere, 'annan.kravspec'), link);
    await expect(grants.authorise(link)).rejects.toMatchObject({ problem: 'path-not-allowed' });
  });
});
