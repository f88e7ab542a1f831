/**
 * Sharing packs and courses as files, through the real dispatcher and
 * handlers: a pack exported from one library is imported into another and
 * reads the same; an import whose id is taken never overwrites without an
 * answer; hostile files (too large, too deep, __proto__, an id that walks
 * out of the folder) are refused naming the file; the organisation folder
 * adds its packs and courses, lists bad files by name and reason, stays out
 * of the way when offline, and is written to only when the user may write.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/ipc';
import { appOrigin } from '../../../electron/security';
import { readOrganisationFolder } from '../../../electron/services/organisation-folder';
import type { ChannelName, ChannelOutput } from '../../../shared/contract';
import { templatePackKind } from '../../../shared/document-kinds/template-pack';
import { createTestContext, type TestContext } from '../../support/test-context';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };
const templatesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const resourcesDir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'resources');
const shippedCourse = path.join(templatesDir, 'courses', 'requirement-writing.kravkurs');

type Call = <C extends ChannelName>(channel: C, input?: unknown) => Promise<ChannelOutput<C>>;

interface Side {
  data: TestContext;
  call: Call;
  fail: (channel: ChannelName, input?: unknown) => Promise<{ code: string; file?: string; problem?: string; message: string }>;
}

async function side(): Promise<Side> {
  const data = await createTestContext({ resourcesDir, organisationTimeoutMs: 2000 });
  const dispatch: Dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin] });
  const call: Call = async (channel, input) => {
    const result = await dispatch(appFrame, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };
  const fail: Side['fail'] = async (channel, input) => {
    const result = await dispatch(appFrame, channel, input);
    if (result.ok) throw new Error(`${channel} did not fail`);
    return result.error;
  };
  return { data, call, fail };
}

/** A pack of the user's own, as the library keeps it: a shipped pack under another id and title. */
async function ownPack(id: string, title = 'Våra driftkrav'): Promise<Record<string, unknown>> {
  const shipped = JSON.parse(await readFile(path.join(templatesDir, 'packs', 'it-operations.json'), 'utf8')) as Record<string, unknown>;
  return { ...shipped, id, title: { sv: title } };
}

let here: Side;
let there: Side;
let scratch: string;

beforeEach(async () => {
  here = await side();
  there = await side();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-sharing-'));
});
afterEach(async () => {
  await here.data.dispose();
  await there.data.dispose();
  await rm(scratch, { recursive: true, force: true });
});

describe('a template pack shared as a file', () => {
  it('is exported from one library as .kravmall and imported into another unchanged; a second import asks, then replaces or keeps both', async () => {
    const source = path.join(scratch, 'own.json');
    await writeFile(source, JSON.stringify(await ownPack('vara-driftkrav')));
    here.data.dialogAnswers.pack.push(source);
    expect(await here.call('templates:import', { path: null })).toMatchObject({ status: 'imported', item: { id: 'vara-driftkrav', title: { sv: 'Våra driftkrav' } } });

    // The save dialog's answer lacks the extension: it is added, and only the file's name comes back.
    here.data.dialogAnswers.shareSave.push(path.join(scratch, 'Våra driftkrav'));
    expect(await here.call('templates:export', { id: 'vara-driftkrav' })).toEqual({ fileName: 'Våra driftkrav.kravmall' });
    const file = path.join(scratch, 'Våra driftkrav.kravmall');
    const exported = templatePackKind.parse(new Uint8Array(await readFile(file)));
    expect(exported.ok).toBe(true);

    there.data.dialogAnswers.pack.push(file);
    expect(await there.call('templates:import', { path: null })).toMatchObject({ status: 'imported', item: { id: 'vara-driftkrav' } });
    const imported = (await there.call('templates:library')).packs.find((pack) => pack.id === 'vara-driftkrav');
    expect(exported.ok && imported).toEqual(exported.ok ? exported.document : null);

    // The same file again: nothing is written until the user answers.
    there.data.dialogAnswers.pack.push(file);
    const asked = await there.call('templates:import', { path: null });
    expect(asked).toMatchObject({ status: 'exists', path: file, canReplace: true, existing: { id: 'vara-driftkrav' } });
    expect((await there.call('templates:library')).userPackIds).toEqual(['vara-driftkrav']);

    expect(await there.call('templates:import', { path: file, ifExists: 'keepBoth' })).toMatchObject({ status: 'imported', item: { id: 'vara-driftkrav-copy', title: { sv: 'Våra driftkrav (kopia)' } } });
    expect(await there.call('templates:import', { path: file, ifExists: 'keepBoth' })).toMatchObject({ status: 'imported', item: { id: 'vara-driftkrav-copy-2', title: { sv: 'Våra driftkrav (kopia 2)' } } });
    expect(await there.call('templates:import', { path: file, ifExists: 'replace' })).toMatchObject({ status: 'imported', item: { id: 'vara-driftkrav' } });
    expect((await there.call('templates:library')).userPackIds.sort()).toEqual(['vara-driftkrav', 'vara-driftkrav-copy', 'vara-driftkrav-copy-2']);
  });

  it('cancelling the save dialog writes nothing', async () => {
    here.data.dialogAnswers.shareSave.push(null);
    expect(await here.call('templates:export', { id: 'cloud-service' })).toBeNull();
    expect(await readdir(scratch)).toEqual([]);
  });

  it('a hostile pack file is refused, named, and nothing is added', async () => {
    const base = await ownPack('hostile');
    const deep = (depth: number): unknown => (depth === 0 ? 'x' : [deep(depth - 1)]);
    const cases: [string, string | Uint8Array, string][] = [
      ['too-large.kravmall', new Uint8Array(11 * 1024 * 1024).fill(0x20), 'too-large'],
      ['deep.kravmall', JSON.stringify({ ...base, deep: deep(500) }), 'too-deep'],
      ['proto.kravmall', JSON.stringify(base).replace('{', '{"__proto__":{"polluted":true},'), 'forbidden-key'],
      ['traversal.kravmall', JSON.stringify({ ...base, id: '../../escaped' }), 'invalid'],
      ['not-json.kravmall', '{"format": "kravstudio-template-pack", ', 'not-json'],
      ['other-format.kravmall', JSON.stringify({ ...base, format: 'kravstudio-course' }), 'wrong-format'],
    ];
    for (const [name, content, problem] of cases) {
      const file = path.join(scratch, name);
      await writeFile(file, content);
      here.data.dialogAnswers.pack.push(file);
      const error = await here.fail('templates:import', { path: null });
      expect(error, name).toMatchObject({ file, problem });
    }
    expect((await here.call('templates:library')).userPackIds).toEqual([]);
    expect(await readdir(path.join(here.data.dataDir, 'userData'))).not.toContain('escaped');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a shipped pack is never replaced, but may be kept beside as a copy', async () => {
    const shipped = path.join(templatesDir, 'packs', 'cloud-service.json');
    here.data.dialogAnswers.pack.push(shipped);
    expect(await here.fail('templates:import', { path: null })).toMatchObject({ problem: 'shipped-id' });
    here.data.dialogAnswers.pack.push(shipped);
    await expect(here.fail('templates:import', { path: null })).resolves.toMatchObject({ problem: 'shipped-id' });
    expect(await here.call('templates:import', { path: shipped, ifExists: 'keepBoth' })).toMatchObject({ status: 'imported', item: { id: 'cloud-service-copy' } });
  });
});

describe('a course shared as a file', () => {
  it('is exported and imported into the user’s courses; the shipped course is never replaced', async () => {
    here.data.dialogAnswers.shareSave.push(path.join(scratch, 'kurs.kravkurs'));
    expect(await here.call('courses:export', { id: 'kravstudio-requirement-writing' })).toEqual({ fileName: 'kurs.kravkurs' });

    there.data.dialogAnswers.course.push(path.join(scratch, 'kurs.kravkurs'));
    const asked = await there.call('courses:import', { path: null });
    expect(asked).toMatchObject({ status: 'exists', canReplace: false, existing: { id: 'kravstudio-requirement-writing', origin: 'shipped' } });
    expect(await there.call('courses:import', { path: path.join(scratch, 'kurs.kravkurs'), ifExists: 'replace' })).toMatchObject({ status: 'exists', canReplace: false });
    expect(await there.call('courses:import', { path: path.join(scratch, 'kurs.kravkurs'), ifExists: 'keepBoth' })).toMatchObject({
      status: 'imported',
      item: { id: 'kravstudio-requirement-writing-copy', origin: 'user', title: { en: 'Writing requirements: a foundation course (copy)' } },
    });
    const listed = await there.call('courses:list');
    expect(listed.map((course) => [course.id, course.origin])).toEqual([
      ['kravstudio-requirement-writing', 'shipped'],
      ['kravstudio-requirement-writing-copy', 'user'],
    ]);
    await expect(there.fail('courses:remove', { id: 'kravstudio-requirement-writing' })).resolves.toMatchObject({ code: 'NOT_ALLOWED' });
    await there.call('courses:remove', { id: 'kravstudio-requirement-writing-copy' });
    expect((await there.call('courses:list')).map((course) => course.id)).toEqual(['kravstudio-requirement-writing']);
  });

  it('a damaged course file is refused with its name and reason', async () => {
    const file = path.join(scratch, 'broken.kravkurs');
    const course = JSON.parse(await readFile(shippedCourse, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...course, exercises: [] }));
    here.data.dialogAnswers.course.push(file);
    expect(await here.fail('courses:import', { path: null })).toMatchObject({ code: 'BAD_DOCUMENT', file, problem: 'invalid' });
  });
});

/** Makes a folder that not even this process may write to; false when the system does not let the test do so. */
async function makeReadOnly(dir: string): Promise<boolean> {
  await chmod(dir, 0o555);
  const probe = path.join(dir, 'probe');
  try {
    await writeFile(probe, '');
  } catch {
    return true;
  }
  // Root writes through permissions: an immutable folder stops it where the file system supports that.
  await rm(probe, { force: true });
  try {
    await promisify(execFile)('chattr', ['+i', dir]);
    await writeFile(probe, '');
    await rm(probe, { force: true });
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' || (error as NodeJS.ErrnoException).code === 'EACCES';
  }
}

async function undoReadOnly(dir: string): Promise<void> {
  await promisify(execFile)('chattr', ['-i', dir]).catch(() => undefined);
  await chmod(dir, 0o755);
}

describe('the organisation library folder', () => {
  async function organisationFolder(): Promise<string> {
    const folder = path.join(scratch, 'Kommunens mallar');
    await mkdir(folder);
    await writeFile(path.join(folder, 'drift.kravmall'), JSON.stringify(await ownPack('kommunens-drift', 'Kommunens driftkrav')));
    await writeFile(path.join(folder, 'trasig.kravmall'), '{"format": ');
    await writeFile(path.join(folder, 'kopia.kravmall'), JSON.stringify(await ownPack('kommunens-drift', 'En kopia')));
    await writeFile(path.join(folder, 'moln.kravmall'), JSON.stringify({ ...(await ownPack('x')), id: 'cloud-service' }));
    await writeFile(path.join(folder, 'kurs.kravkurs'), JSON.stringify({ ...(JSON.parse(await readFile(shippedCourse, 'utf8')) as object), id: 'kommunens-kurs' }));
    await writeFile(path.join(folder, 'readme.txt'), 'Not a pack');
    await mkdir(path.join(folder, 'gammalt.kravmall'));
    return folder;
  }

  it('adds its packs and courses, marked as the organisation’s, and lists the bad files by name and reason', async () => {
    const folder = await organisationFolder();
    here.data.dialogAnswers.folder.push(folder);
    const status = await here.call('organisation:choose');
    expect(status).toMatchObject({ name: 'Kommunens mallar', state: 'available', writable: true });
    // The window learns the folder's name, never its path.
    expect(JSON.stringify(status)).not.toContain(scratch);

    const library = await here.call('templates:reload');
    expect(library.organisationPackIds).toEqual(['kommunens-drift']);
    expect(library.packs.find((pack) => pack.id === 'kommunens-drift')?.title).toEqual({ sv: 'Kommunens driftkrav' });
    expect(library.packs.filter((pack) => pack.id === 'cloud-service')).toHaveLength(1);
    expect(library.organisation?.problems.map((problem) => [problem.fileName, problem.problem])).toEqual([
      ['kopia.kravmall', 'duplicate-id'],
      ['moln.kravmall', 'shipped-id'],
      ['trasig.kravmall', 'not-json'],
    ]);
    expect((await here.call('courses:list')).find((course) => course.id === 'kommunens-kurs')).toMatchObject({ origin: 'organisation' });

    // Settings is told the same; clearing the folder forgets it and touches nothing in it.
    expect(await here.call('organisation:status')).toMatchObject({ name: 'Kommunens mallar' });
    await here.call('organisation:clear');
    expect(await here.call('organisation:status')).toBeNull();
    expect((await here.call('templates:reload')).organisationPackIds).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(['drift.kravmall', 'gammalt.kravmall', 'kopia.kravmall', 'kurs.kravkurs', 'moln.kravmall', 'readme.txt', 'trasig.kravmall']);
  });

  it('offline: a notice, no hang, and the rest of the library still works; back online, it is read again', async () => {
    const folder = await organisationFolder();
    here.data.dialogAnswers.folder.push(folder);
    await here.call('organisation:choose');
    const away = `${folder}-away`;
    await (await import('node:fs/promises')).rename(folder, away);
    const library = await here.call('templates:reload');
    expect(library.organisation).toMatchObject({ name: 'Kommunens mallar', state: 'offline', writable: false });
    expect(library.packs.some((pack) => pack.id === 'cloud-service')).toBe(true);
    expect(library.organisationPackIds).toEqual([]);
    expect((await here.call('courses:list')).map((course) => course.id)).toEqual(['kravstudio-requirement-writing']);

    await (await import('node:fs/promises')).rename(away, folder);
    expect((await here.call('templates:reload')).organisationPackIds).toEqual(['kommunens-drift']);
  });

  it('a folder that never answers is given up on at the deadline, as offline', async () => {
    const folder = await organisationFolder();
    const contents = await readOrganisationFolder(folder, { timeoutMs: 50, listFiles: () => new Promise<never>(() => undefined) });
    expect(contents.status).toEqual({ name: 'Kommunens mallar', state: 'offline', writable: false, problems: [] });
  });

  it('publishes the user’s own packs and courses only where they may write, never replacing a file without asking', async () => {
    const folder = await organisationFolder();
    here.data.dialogAnswers.folder.push(folder);
    await here.call('organisation:choose');
    const source = path.join(scratch, 'own.json');
    await writeFile(source, JSON.stringify(await ownPack('vara-driftkrav')));
    here.data.dialogAnswers.pack.push(source);
    await here.call('templates:import', { path: null });

    expect(await here.call('templates:publish', { id: 'vara-driftkrav' })).toEqual({ status: 'published', fileName: 'vara-driftkrav.kravmall' });
    expect(await here.call('templates:publish', { id: 'vara-driftkrav' })).toEqual({ status: 'exists', fileName: 'vara-driftkrav.kravmall' });
    expect(await here.call('templates:publish', { id: 'vara-driftkrav', replace: true })).toEqual({ status: 'published', fileName: 'vara-driftkrav.kravmall' });
    await expect(here.fail('templates:publish', { id: 'cloud-service' })).resolves.toMatchObject({ code: 'NOT_ALLOWED' });

    await here.call('courses:import', { path: null });
    here.data.dialogAnswers.course.push(shippedCourse);
    await here.call('courses:import', { path: null }).then((asked) => here.call('courses:import', { path: asked?.status === 'exists' ? asked.path : '', ifExists: 'keepBoth' }));
    await expect(here.fail('courses:publish', { id: 'kravstudio-requirement-writing' })).resolves.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await here.call('courses:publish', { id: 'kravstudio-requirement-writing-copy' })).toEqual({ status: 'published', fileName: 'kravstudio-requirement-writing-copy.kravkurs' });
    // The other computer with the same folder sees it as the organisation's.
    there.data.dialogAnswers.folder.push(folder);
    await there.call('organisation:choose');
    expect((await there.call('templates:reload')).organisationPackIds).toEqual(['kommunens-drift', 'vara-driftkrav']);
  });

  it('read-only: listed and usable, but nothing is offered or written', async ({ skip }) => {
    const folder = await organisationFolder();
    if (!(await makeReadOnly(folder))) {
      await undoReadOnly(folder);
      skip('this system lets the test write to any folder');
    }
    try {
      here.data.dialogAnswers.folder.push(folder);
      expect(await here.call('organisation:choose')).toMatchObject({ state: 'available', writable: false });
      expect((await here.call('templates:reload')).organisationPackIds).toEqual(['kommunens-drift']);
      const source = path.join(scratch, 'own.json');
      await writeFile(source, JSON.stringify(await ownPack('vara-driftkrav')));
      here.data.dialogAnswers.pack.push(source);
      await here.call('templates:import', { path: null });
      await expect(here.fail('templates:publish', { id: 'vara-driftkrav' })).resolves.toMatchObject({ code: 'NOT_ALLOWED', problem: 'organisation-read-only', file: 'Kommunens mallar' });
      expect(await readdir(folder)).not.toContain('vara-driftkrav.kravmall');
    } finally {
      await undoReadOnly(folder);
    }
  });
});

describe('reading the folder directly', () => {
  it('never throws for a path that is not a folder', async () => {
    const file = path.join(scratch, 'a-file');
    await writeFile(file, 'x');
    expect((await readOrganisationFolder(file)).status.state).toBe('offline');
    expect((await readOrganisationFolder(path.join(scratch, 'missing'))).status).toEqual({ name: 'missing', state: 'offline', writable: false, problems: [] });
  });
});
