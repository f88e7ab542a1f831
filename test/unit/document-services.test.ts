/**
 * The document services under Node: autosave, save failures that keep the
 * edits, conflicts with other programs, backups, trash, duplicate, rename.
 */
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewDocumentRequest } from '../../electron/services/document-manager';
import { DocumentReadError } from '../../electron/services/specification-file';
import { fileNameFromTitle } from '../../electron/services/file-system';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import type { Specification } from '../../shared/specification/model';
import { compareVersions } from '../../shared/version-comparison';
import { makeReadOnly } from '../support/read-only-folder';
import { createTestContext, type TestContext } from '../support/test-context';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const request: NewDocumentRequest = { title: 'Drift och förvaltning', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' };

async function onDisk(file: string): Promise<Specification> {
  const parsed = parseSpecificationBytes(await readFile(file));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

describe('document services', () => {
  let data: TestContext;
  let now: number;

  beforeEach(async () => {
    now = Date.parse('2026-11-27T09:00:00Z');
    data = await createTestContext({ resourcesDir: fixtures, autosaveDelayMs: 20, clock: { now: () => new Date(now) } });
  });
  afterEach(() => data.dispose());

  it('creates a file named after the title in the documents folder, never overwriting another', async () => {
    const first = await data.context.documents.create(request);
    const second = await data.context.documents.create(request);
    expect(path.basename(first.path)).toBe('Drift och förvaltning.kravspec');
    expect(path.basename(second.path)).toBe('Drift och förvaltning (2).kravspec');
    expect((await onDisk(first.path)).title).toBe('Drift och förvaltning');
    expect(fileNameFromTitle('  a/b:c*?  ', 'x')).toBe('a b c');
    expect(fileNameFromTitle('CON', 'Specification')).toBe('Specification');
  });

  it('autosaves after a pause, and a save reports the time', async () => {
    const session = await data.context.documents.create(request);
    session.update({ ...session.specification, background: 'Nytt system' });
    expect(session.saveState.kind).toBe('unsaved');
    await expect.poll(() => session.saveState.kind).toBe('saved');
    expect((await onDisk(session.path)).background).toBe('Nytt system');
    expect(data.saveStates.map((s) => s.state.kind)).toEqual(expect.arrayContaining(['unsaved', 'saving', 'saved']));
  });

  it('a failed write keeps the edit in memory, says why, and leaves the file as it was', async () => {
    const session = await data.context.documents.create(request);
    const before = await readFile(session.path, 'utf8');
    const restore = await makeReadOnly(data.documentsDir);
    try {
      session.update({ ...session.specification, background: 'Skrivet när mappen var skrivskyddad' });
      const state = await session.flush();
      expect(state).toMatchObject({ kind: 'failed', reason: 'read-only' });
      expect(session.specification.background).toBe('Skrivet när mappen var skrivskyddad');
      expect(await readFile(session.path, 'utf8')).toBe(before);
      expect(session.hasUnsavedChanges).toBe(true);
    } finally {
      await restore();
    }
    expect(await session.flush()).toMatchObject({ kind: 'saved' });
    expect((await onDisk(session.path)).background).toBe('Skrivet när mappen var skrivskyddad');
  });

  it('never writes over a file another program changed; the user picks, the other version is backed up', async () => {
    const session = await data.context.documents.create(request);
    const theirs = { ...session.specification, title: 'Ändrad av någon annan' };
    await writeFile(session.path, serializeSpecification(theirs));
    session.update({ ...session.specification, background: 'Min ändring' });
    expect(await session.flush()).toEqual({ kind: 'conflict', change: 'changed' });
    expect((await onDisk(session.path)).title).toBe('Ändrad av någon annan');

    expect(await session.keepMine()).toMatchObject({ kind: 'saved' });
    expect((await onDisk(session.path)).background).toBe('Min ändring');
    const backups = data.context.backups.list(session.specification.id);
    const contents = await Promise.all(backups.map((b) => data.context.backups.read(b.id)));
    expect(contents.some((bytes) => Buffer.from(bytes).toString('utf8').includes('Ändrad av någon annan'))).toBe(true);
  });

  it('takes the version on disk when asked, backing up the one in memory', async () => {
    const session = await data.context.documents.create(request);
    await writeFile(session.path, serializeSpecification({ ...session.specification, title: 'Deras' }));
    session.update({ ...session.specification, background: 'Min osparade text' });
    await session.flush();
    await session.reloadFromDisk();
    expect(session.specification.title).toBe('Deras');
    const backups = data.context.backups.list(session.specification.id);
    const texts = await Promise.all(backups.map(async (b) => Buffer.from(await data.context.backups.read(b.id)).toString('utf8')));
    expect(texts.some((text) => text.includes('Min osparade text'))).toBe(true);
  });

  it('backs up at most every 10 minutes of editing, and the Versions comparison says what would change', async () => {
    const session = await data.context.documents.create(request);
    const id = session.specification.id;
    session.update({ ...session.specification, title: 'Version 1' });
    await session.flush();
    session.update({ ...session.specification, title: 'Version 2' });
    await session.flush();
    expect(data.context.backups.list(id)).toHaveLength(1);
    now += 11 * 60_000;
    session.update({ ...session.specification, title: 'Version 3' });
    await session.flush();
    const backups = data.context.backups.list(id);
    expect(backups.map((b) => b.title)).toEqual(['Version 3', 'Version 1']);
    const stored = parseSpecificationBytes(await data.context.backups.read(backups[1]?.id ?? ''));
    if (!stored.ok) throw new Error('backup unreadable');
    expect(compareVersions(session.specification, stored.specification)).toMatchObject({ titleChanged: true, otherChanges: [] });
  });

  it('compares requirements: added, removed and changed', async () => {
    const rich = parseSpecificationBytes(await readFile(path.join(fixtures, 'rich.kravspec')));
    if (!rich.ok) throw new Error('fixture');
    const current = rich.specification;
    const [first, second, ...rest] = current.requirements;
    if (first === undefined || second === undefined) throw new Error('fixture too small');
    const stored: Specification = {
      ...current,
      requirements: [{ ...first, notes: 'changed note' }, ...rest, { ...second, id: 'K-NEW' }],
    };
    const result = compareVersions(current, stored);
    expect(result.added.map((r) => r.id)).toEqual(['K-NEW']);
    expect(result.removed.map((r) => r.id)).toEqual([second.id]);
    expect(result.changed).toEqual([{ id: first.id, text: expect.any(String), fields: ['notes'] }]);
  });

  it('an old format is backed up as it was before the first save upgrades it', async () => {
    const file = path.join(data.documentsDir, 'gammal.kravspec');
    const original = await readFile(path.join(fixtures, 'version-0.kravspec'), 'utf8');
    await writeFile(file, original);
    const session = await data.context.documents.open(file);
    expect(session.migratedFrom).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(original);
    const [backup] = data.context.backups.list(session.specification.id);
    expect(Buffer.from(await data.context.backups.read(backup?.id ?? '')).toString('utf8')).toBe(original);
  });

  it.each(['not-json', 'empty', 'wrong-format', 'newer-version', 'fails-schema', 'proto-key', 'invalid-utf8'])(
    'refuses %s.kravspec with a precise problem and leaves it untouched',
    async (name) => {
      const file = path.join(data.documentsDir, `${name}.kravspec`);
      const bytes = await readFile(path.join(fixtures, `${name}.kravspec`));
      await writeFile(file, bytes);
      const error = await data.context.documents.open(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DocumentReadError);
      expect((error as DocumentReadError).filePath).toBe(file);
      expect(await readFile(file)).toEqual(bytes);
      expect(data.context.documents.sessions()).toEqual([]);
    },
  );

  it('refuses a file over 50 MB without reading it into a document', async () => {
    const file = path.join(data.documentsDir, 'huge.kravspec');
    await writeFile(file, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const error = await data.context.documents.open(file).catch((caught: unknown) => caught);
    expect((error as DocumentReadError).problem.code).toBe('too-large');
  });

  it('duplicates beside the original with a new id, and renames the file', async () => {
    const session = await data.context.documents.create(request);
    const copy = await data.context.documents.duplicate(session.sessionId);
    expect(path.basename(copy)).toBe('Drift och förvaltning (2).kravspec');
    expect((await onDisk(copy)).id).not.toBe(session.specification.id);
    const renamed = await data.context.documents.rename(session.sessionId, 'Förvaltning 2027');
    expect(path.basename(renamed)).toBe('Förvaltning 2027.kravspec');
    expect((await readdir(data.documentsDir)).sort()).toEqual(['Drift och förvaltning (2).kravspec', 'Förvaltning 2027.kravspec']);
    expect((await data.context.documents.recent()).map((r) => path.basename(r.path))).toContain('Förvaltning 2027.kravspec');
  });

  it('duplicates under the title the user gives, named after it and listed among the recent documents', async () => {
    const session = await data.context.documents.create(request);
    const copy = await data.context.documents.duplicate(session.sessionId, 'Drift och förvaltning 2028');
    expect(path.basename(copy)).toBe('Drift och förvaltning 2028.kravspec');
    const written = await onDisk(copy);
    expect(written.title).toBe('Drift och förvaltning 2028');
    expect(written.id).not.toBe(session.specification.id);
    const recent = await data.context.documents.recent();
    expect(recent.find((entry) => entry.path === copy)?.title).toBe('Drift och förvaltning 2028');
  });

  it('the trash keeps documents for 30 days, restores them, then empties itself', async () => {
    const session = await data.context.documents.create(request);
    const file = session.path;
    await data.context.documents.moveToTrash(file);
    expect(await readdir(data.documentsDir)).toEqual([]);
    const [item] = data.context.trash.list();
    expect(item?.title).toBe('Drift och förvaltning');
    const restored = await data.context.documents.restoreFromTrash(item?.id ?? '');
    expect(restored).toBe(file);
    expect((await data.context.documents.recent()).map((r) => r.path)).toContain(file);

    await data.context.documents.moveToTrash(file);
    now += 29 * 24 * 60 * 60_000;
    expect(await data.context.trash.emptyExpired()).toBe(0);
    now += 2 * 24 * 60 * 60_000;
    expect(await data.context.trash.emptyExpired()).toBe(1);
    expect(data.context.trash.list()).toEqual([]);
  });

  it('lists recent documents newest first and drops those deleted from disk', async () => {
    const a = await data.context.documents.create({ ...request, title: 'A' });
    now += 1000;
    await data.context.documents.create({ ...request, title: 'B' });
    expect((await data.context.documents.recent()).map((r) => r.title)).toEqual(['B', 'A']);
    await unlink(a.path);
    expect((await data.context.documents.recent()).map((r) => r.title)).toEqual(['B']);
  });

  it('flushAll saves every open document before quitting and names those it could not save', async () => {
    const a = await data.context.documents.create({ ...request, title: 'A' });
    const b = await data.context.documents.create({ ...request, title: 'B' });
    a.update({ ...a.specification, background: 'a' });
    b.update({ ...b.specification, background: 'b' });
    expect(await data.context.documents.flushAll()).toEqual([]);
    expect((await onDisk(a.path)).background).toBe('a');
    expect((await onDisk(b.path)).background).toBe('b');
  });
});
