/**
 * The safe atomic write: a link planted where the temporary file would go —
 * at the next random name, or at the old `.<name>.tmp` — is never written
 * through, by the write itself or by the documents, app state, backups and
 * exports that use it; a killed write's temporary files are removed on the
 * next open, and nothing else is.
 */
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import type * as Crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAppStateStore } from '../../electron/services/app-state';
import { isOwnTempName, removeStaleTempFiles, SafeFileWriter, tempSuffix, writeFileSafely } from '../../electron/services/safe-write';
import { createTestContext } from '../support/test-context';

/** The random part of the next temporary names, when a test sets it; real randomness otherwise. */
const planned = vi.hoisted(() => ({ names: [] as string[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof Crypto>();
  return {
    ...original,
    randomBytes: (size: number) => {
      const next = planned.names.shift();
      return next === undefined ? original.randomBytes(size) : Buffer.from(next, 'hex');
    },
  };
});

const posix = process.platform !== 'win32';
let dir: string;
let victim: string;
const secret = 'the contents of a file that is not ours\n';

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-safe-write-'));
  victim = path.join(dir, 'victim.txt');
  await writeFile(victim, secret);
  planned.names = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const hex = (digit: string): string => digit.repeat(16);
const tempNameOf = (target: string, random: string): string => path.join(path.dirname(target), `.${path.basename(target)}.${random}${tempSuffix}`);

describe.skipIf(!posix)('writeFileSafely', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const target = path.join(dir, 'Krav.kravspec');
    await writeFileSafely(target, 'first');
    await writeFileSafely(target, 'second, longer than the first');
    expect(await readFile(target, 'utf8')).toBe('second, longer than the first');
    expect((await readdir(dir)).sort()).toEqual(['Krav.kravspec', 'victim.txt']);
  });

  it('never writes through a link planted at its temporary name: it takes another name', async () => {
    const target = path.join(dir, 'Krav.kravspec');
    await writeFile(target, 'old');
    const planted = tempNameOf(target, hex('a'));
    await symlink(victim, planted);
    planned.names = [hex('a'), hex('b')];
    await writeFileSafely(target, 'new');
    expect(await readFile(victim, 'utf8')).toBe(secret);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readlink(planted)).toBe(victim);
  });

  it('gives up without writing anything when every name it tries is taken', async () => {
    const target = path.join(dir, 'Krav.kravspec');
    await writeFile(target, 'old');
    const digits = ['1', '2', '3', '4', '5', '6', '7', '8'];
    for (const digit of digits) await symlink(victim, tempNameOf(target, hex(digit)));
    planned.names = digits.map(hex);
    await expect(writeFileSafely(target, 'new')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(victim, 'utf8')).toBe(secret);
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('ignores a link at the old `.<name>.tmp` name, and replaces a target that is a link instead of writing through it', async () => {
    const target = path.join(dir, 'Krav.kravspec');
    await symlink(victim, path.join(dir, '.Krav.kravspec.tmp'));
    await writeFileSafely(target, 'new');
    expect(await readFile(victim, 'utf8')).toBe(secret);

    const linked = path.join(dir, 'Länkad.kravspec');
    await symlink(victim, linked);
    await writeFileSafely(linked, 'replaced');
    expect(await readFile(victim, 'utf8')).toBe(secret);
    expect(await readFile(linked, 'utf8')).toBe('replaced');
  });

  it('keeps writes to one file in the order they were asked for', async () => {
    const target = path.join(dir, 'Krav.kravspec');
    const writer = new SafeFileWriter(target);
    await Promise.all(Array.from({ length: 20 }, (_, n) => writer.write(`version ${n}`)));
    expect(await readFile(target, 'utf8')).toBe('version 19');
  });
});

describe.skipIf(!posix)('removeStaleTempFiles', () => {
  it('removes only our own temporary files (of one target when named), and a link among them without following it', async () => {
    const target = path.join(dir, 'Krav.kravspec');
    const ours = tempNameOf(target, hex('c'));
    const oursLink = tempNameOf(target, hex('d'));
    const another = tempNameOf(path.join(dir, 'Annan.kravspec'), hex('e'));
    await writeFile(ours, 'half a docu');
    await symlink(victim, oursLink);
    await writeFile(another, 'x');
    await writeFile(path.join(dir, '.Krav.kravspec.tmp'), 'not our pattern');
    await writeFile(path.join(dir, `Krav.kravspec${tempSuffix}`), 'not our pattern either');
    await mkdir(tempNameOf(target, hex('f')));

    expect(await removeStaleTempFiles(dir, 'Krav.kravspec')).toBe(2);
    expect(await readFile(victim, 'utf8')).toBe(secret);
    expect((await readdir(dir)).sort()).toEqual(
      [path.basename(another), `.Krav.kravspec.${hex('f')}${tempSuffix}`, '.Krav.kravspec.tmp', `Krav.kravspec${tempSuffix}`, 'victim.txt'].sort(),
    );
    expect(await removeStaleTempFiles(dir)).toBe(1);
    expect(isOwnTempName(path.basename(another))).toBe(true);
    expect(isOwnTempName('.Krav.kravspec.tmp')).toBe(false);
  });
});

describe.skipIf(!posix)('every file the app writes', () => {
  it('documents, backups and app state never write through links planted at temporary names', async () => {
    const data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources'), autosaveDelayMs: 0 });
    try {
      const session = await data.context.documents.create({ title: 'Drift', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' });
      const userData = path.join(data.dataDir, 'userData');
      // Links at the old temporary names of the document and the app state, and at the next random name.
      await symlink(victim, path.join(path.dirname(session.path), `.${path.basename(session.path)}.tmp`));
      await symlink(victim, path.join(userData, '.app-state.json.tmp'));
      await symlink(victim, tempNameOf(session.path, hex('9')));
      planned.names = [hex('9')];

      session.update({ ...session.specification, background: 'Ändrad bakgrund' });
      expect(await session.flush()).toMatchObject({ kind: 'saved' });
      await data.context.settings.update({ theme: 'dark' });
      await data.context.backups.maybeBackUp(
        { kind: session.kind, documentId: session.specification.id, documentPath: session.path, title: 'Drift', requirementCount: 0, content: 'backup' },
        { force: true },
      );

      expect(await readFile(victim, 'utf8')).toBe(secret);
      expect(JSON.parse(await readFile(session.path, 'utf8'))).toMatchObject({ background: 'Ändrad bakgrund' });
      expect(JSON.parse(await readFile(path.join(userData, 'app-state.json'), 'utf8'))).toMatchObject({ settings: { theme: 'dark' } });
    } finally {
      await data.dispose();
    }
  });

  it('the app state and a document clear their own stale temporary files when opened', async () => {
    const userData = path.join(dir, 'userData');
    await mkdir(userData);
    await writeFile(tempNameOf(path.join(userData, 'app-state.json'), hex('1')), '{"format":');
    const store = await openAppStateStore(userData, { now: () => new Date() });
    await store.update({ theme: 'dark' });
    expect(await readdir(userData)).toEqual(['app-state.json']);

    const data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', 'fixtures', 'resources') });
    try {
      const session = await data.context.documents.create({ title: 'Drift', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' });
      await data.context.documents.close(session.sessionId);
      const leftover = tempNameOf(session.path, hex('2'));
      await writeFile(leftover, 'half');
      await data.context.documents.open(session.path);
      expect(await readdir(path.dirname(session.path))).toEqual([path.basename(session.path)]);
    } finally {
      await data.dispose();
    }
  });
});
