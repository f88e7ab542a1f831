/**
 * A kind of document defined here, in the test — a note with a title and a
 * text, in `.kravtest` files, at format version 2 with a migration from
 * version 1 — goes through the same storage services as specifications:
 * create and open, edit and autosave, a file changed by another program,
 * backups and restoring one, the trash, the recent list, and bad files. No
 * code outside this file knows about notes.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handlers } from '../../electron/handlers';
import { defaultAppState, openAppStateStore } from '../../electron/services/app-state';
import { DocumentReadError } from '../../electron/services/document-file';
import type { DocumentSession } from '../../electron/services/document-session';
import { fileError } from '../../electron/services/file-errors';
import { defineDocumentKind } from '../../shared/document-kinds/kind';
import { DocumentKindRegistry, documentKinds } from '../../shared/document-kinds/registry';
import { specificationKind } from '../../shared/document-kinds/specification';
import { documentProblem } from '../../shared/file-reading/problem';
import { createTestContext, type TestContext } from '../support/test-context';
import { createSpecification } from '../../shared/specification/create';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');

const Note = z
  .object({
    format: z.literal('kravstudio-test-note'),
    version: z.literal(2),
    id: z.string().min(1),
    title: z.string(),
    text: z.string(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
type Note = z.infer<typeof Note>;

/** Version 1 notes called their text `body` and had no time of change. */
const NoteV1 = z.object({ format: z.literal('kravstudio-test-note'), version: z.literal(1), id: z.string(), title: z.string(), body: z.string() }).strict();

const noteKind = defineDocumentKind<Note, { words: number }>({
  id: 'note',
  extension: 'kravtest',
  format: 'kravstudio-test-note',
  currentVersion: 2,
  versionKeys: ['version'],
  model: Note,
  migrations: [
    () => ({ ok: false, problem: documentProblem('invalid', 'Notes never had a version 0.') }),
    (raw, now) => {
      const old = NoteV1.safeParse(raw);
      if (!old.success) return { ok: false, problem: documentProblem('invalid', 'The version 1 note is not valid.') };
      const { body, ...rest } = old.data;
      return { ok: true, document: { ...rest, version: 2, text: body, updatedAt: now.toISOString() } };
    },
  ],
  noun: 'a note',
  contentKey: 'note',
  fallbackFileName: 'Note',
  summarise: (note) => ({ id: note.id, title: note.title, requirementCount: 0, updatedAt: note.updatedAt }),
  recentDetails: { model: z.object({ words: z.number().int() }), of: (note) => ({ words: note.text.split(/\s+/).filter(Boolean).length }) },
  compare: (current, stored) => ({
    titleChanged: current.title !== stored.title,
    added: [],
    removed: [],
    changed: [],
    otherChanges: current.text === stored.text ? [] : ['text'],
  }),
  withId: (note, id) => ({ ...note, id }),
  schema: { fileName: 'note.schema.json', $id: 'https://example.org/note.json', title: 'A test note', description: 'Only in a test.' },
});

const kinds = new DocumentKindRegistry([specificationKind, noteKind]);

function note(title: string, text: string): Note {
  return { format: 'kravstudio-test-note', version: 2, id: `note-${title.length}-${text.length}`, title, text, updatedAt: '2026-11-27T09:00:00.000Z' };
}

function asNote(session: DocumentSession): Note {
  expect(session.kind.id).toBe('note');
  return Note.parse(session.document);
}

async function noteOnDisk(file: string): Promise<Note> {
  const result = noteKind.parse(await readFile(file));
  if (!result.ok) throw new Error(result.problem.message);
  return result.document;
}

describe('a kind of document defined in a test, through the same services', () => {
  let data: TestContext;
  let now: number;

  beforeEach(async () => {
    now = Date.parse('2026-11-27T09:00:00Z');
    data = await createTestContext({ resourcesDir: fixtures, autosaveDelayMs: 20, clock: { now: () => new Date(now) }, kinds });
  });
  afterEach(() => data.dispose());

  it('creates a file of the kind, named after its title, and opens it again as that kind', async () => {
    const session = await data.context.documents.createDocument(noteKind, note('Möte med leverantörer', 'Frågor om drift'));
    expect(path.basename(session.path)).toBe('Möte med leverantörer.kravtest');
    expect(await noteOnDisk(session.path)).toMatchObject({ title: 'Möte med leverantörer', text: 'Frågor om drift' });
    await data.context.documents.close(session.sessionId);

    const reopened = await data.context.documents.open(session.path);
    expect(reopened.kind).toBe(noteKind);
    expect(asNote(reopened).text).toBe('Frågor om drift');
    expect(() => reopened.specification).toThrow('not a specification');
    // The open document carries the kind and its content under the kind's key (the user picks the file in the dialog).
    data.dialogAnswers.open.push(session.path);
    const described = await handlers['document:open'](data.context, { path: null });
    expect(described).toMatchObject({ kind: 'note', path: session.path, note: { title: 'Möte med leverantörer' } });
  });

  it('refuses an edit sent as another kind than the open document, and leaves the file as it was', async () => {
    const session = await data.context.documents.createDocument(noteKind, note('Anteckning', 'Orörd'));
    const before = await readFile(session.path);
    const edit = { sessionId: session.sessionId, kind: 'specification' as const, specification: createSpecification({ id: 'spec-x', title: 'X', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv', now: new Date(now) }) };
    await expect(handlers['document:update'](data.context, edit)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await session.flush()).toMatchObject({ kind: 'saved' });
    expect(await readFile(session.path)).toEqual(before);
  });

  it('autosaves an edit after a pause, and never writes over a file another program changed', async () => {
    const session = await data.context.documents.createDocument(noteKind, note('Anteckning', 'Första'));
    session.update({ ...asNote(session), text: 'Andra' });
    expect(session.saveState.kind).toBe('unsaved');
    await expect.poll(() => session.saveState.kind).toBe('saved');
    expect((await noteOnDisk(session.path)).text).toBe('Andra');

    // Another program writes the file: nothing is written over it until the user chooses.
    const theirs = noteKind.serialize({ ...asNote(session), text: 'Deras' });
    await writeFile(session.path, theirs);
    session.update({ ...asNote(session), text: 'Mitt' });
    expect(await session.flush()).toEqual({ kind: 'conflict', change: 'changed' });
    expect((await noteOnDisk(session.path)).text).toBe('Deras');
    expect(await session.keepMine()).toMatchObject({ kind: 'saved' });
    expect((await noteOnDisk(session.path)).text).toBe('Mitt');
    const backups = data.context.backups.list(asNote(session).id);
    const texts = await Promise.all(backups.map(async (b) => Buffer.from(await data.context.backups.read(b.id)).toString('utf8')));
    expect(texts).toContain(theirs);
    expect(backups.every((b) => b.documentKind === 'note' && b.file.endsWith('.kravtest'))).toBe(true);
  });

  it('backs up while editing, compares a backup with the kind’s own comparison, restores it and opens it as a copy', async () => {
    const session = await data.context.documents.createDocument(noteKind, note('Versioner', 'Version 1'));
    session.update({ ...asNote(session), text: 'Version 1, sparad' });
    await session.flush();
    now += 11 * 60_000;
    session.update({ ...asNote(session), title: 'Versioner, senare', text: 'Version 2' });
    await session.flush();
    const [latest, earlier] = data.context.backups.list(asNote(session).id);
    expect([latest?.title, earlier?.title]).toEqual(['Versioner, senare', 'Versioner']);

    const comparison = await handlers['backups:compare'](data.context, { sessionId: session.sessionId, backupId: earlier?.id ?? '' });
    expect(comparison).toEqual({ titleChanged: true, added: [], removed: [], changed: [], otherChanges: ['text'] });

    const restored = await handlers['backups:restore'](data.context, { sessionId: session.sessionId, backupId: earlier?.id ?? '' });
    expect(restored).toMatchObject({ kind: 'note', note: { title: 'Versioner', text: 'Version 1, sparad' } });
    expect(await noteOnDisk(session.path)).toMatchObject({ title: 'Versioner', text: 'Version 1, sparad', id: asNote(session).id });
    // The version that was replaced is kept as a backup too.
    const titles = data.context.backups.list(asNote(session).id).map((b) => b.title);
    expect(titles.filter((title) => title === 'Versioner, senare').length).toBeGreaterThanOrEqual(2);

    const copy = await handlers['backups:openCopy'](data.context, { backupId: latest?.id ?? '' });
    expect(path.basename(copy.path)).toBe('Versioner (restored).kravtest');
    expect(copy).toMatchObject({ kind: 'note', note: { text: 'Version 2' } });
  });

  it('duplicates and renames with the kind’s extension', async () => {
    const session = await data.context.documents.createDocument(noteKind, note('Kopia', 'Text'));
    const copy = await data.context.documents.duplicate(session.sessionId);
    expect(path.basename(copy)).toBe('Kopia (2).kravtest');
    expect((await noteOnDisk(copy)).id).not.toBe(asNote(session).id);
    const renamed = await data.context.documents.rename(session.sessionId, 'Nytt namn.kravtest');
    expect(path.basename(renamed)).toBe('Nytt namn.kravtest');
  });

  it('moves a document to the trash as its kind and puts it back as that kind, on the recent list again', async () => {
    const session = await data.context.documents.createDocument(noteKind, note('Papperskorg', 'Tre ord här'));
    const file = session.path;
    await data.context.documents.moveToTrash(file);
    expect(await data.context.documents.recent()).toEqual([]);
    const [item] = await handlers['trash:list'](data.context, undefined);
    expect(item).toMatchObject({ kind: 'note', title: 'Papperskorg', originalPath: file });

    expect(await data.context.documents.restoreFromTrash(item?.id ?? '')).toBe(file);
    const [entry] = await data.context.documents.recent();
    expect(entry).toMatchObject({ kind: 'note', path: file, title: 'Papperskorg', words: 3, lastSavedAt: '2026-11-27T09:00:00.000Z' });
    expect(asNote(await data.context.documents.open(file)).text).toBe('Tre ord här');
  });

  it('lists notes and specifications together on the recent list, each with its kind and its own columns', async () => {
    await data.context.documents.createDocument(noteKind, note('En anteckning', 'ett två'));
    now += 1000;
    await data.context.documents.create({ title: 'En specifikation', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' });
    const recent = await data.context.documents.recent();
    expect(recent.map((r) => [r.kind, r.title])).toEqual([
      ['specification', 'En specifikation'],
      ['note', 'En anteckning'],
    ]);
    expect(recent[0]).toMatchObject({ buyer: '', jurisdiction: 'se' });
    expect(recent[1]).toMatchObject({ words: 2 });
    // The window is told only of the kinds the contract knows (today: specifications).
    expect((await handlers['documents:recent'](data.context, undefined)).map((r) => r.kind)).toEqual(['specification']);
  });

  it('upgrades a version 1 note when it is opened, backing up the original, which stays untouched until saved', async () => {
    const file = path.join(data.documentsDir, 'Gammal.kravtest');
    const original = `${JSON.stringify({ format: 'kravstudio-test-note', version: 1, id: 'old-note', title: 'Gammal', body: 'Från förr' }, null, 2)}\n`;
    await writeFile(file, original);
    const session = await data.context.documents.open(file);
    expect(session.migratedFrom).toBe(1);
    expect(asNote(session)).toMatchObject({ version: 2, text: 'Från förr', updatedAt: '2026-11-27T09:00:00.000Z' });
    expect(await readFile(file, 'utf8')).toBe(original);
    const [backup] = data.context.backups.list('old-note');
    expect(Buffer.from(await data.context.backups.read(backup?.id ?? '')).toString('utf8')).toBe(original);
    await session.flush();
    expect((await noteOnDisk(file)).version).toBe(2);
  });

  it.each([
    ['newer', '{"format": "kravstudio-test-note", "version": 3}', 'newer-version', '$.version'],
    ['schema', '{"format": "kravstudio-test-note", "version": 2, "id": "x", "title": "t", "text": 5, "updatedAt": "2026-11-27T09:00:00Z"}', 'invalid', '$.text'],
    ['proto', '{"format": "kravstudio-test-note", "__proto__": {"x": 1}}', 'forbidden-key', '$.__proto__'],
    ['not-json', '{"format": "kravstudio-test-note",', 'not-json', '$'],
    ['other-kind', '{"format": "kravstudio-specification", "schemaVersion": 2}', 'wrong-format', '$.format'],
    ['empty', '  \n', 'empty', undefined],
  ])('refuses a bad .kravtest file (%s) with a precise problem, naming the file, and leaves it untouched', async (name, text, code, where) => {
    const file = path.join(data.documentsDir, `${name}.kravtest`);
    await writeFile(file, text);
    const error = await data.context.documents.open(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentReadError);
    const problem = fileError(error, file);
    expect(problem).toMatchObject({ code: 'BAD_DOCUMENT', file, problem: code });
    if (where !== undefined) expect(problem.details?.[0]?.path).toBe(where);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(data.context.documents.sessions()).toEqual([]);
  });

  it('opens a file by the format inside when its extension is not one of the kinds’, and names the file and reason when no kind fits', async () => {
    const asJson = path.join(data.documentsDir, 'exporterad.json');
    await writeFile(asJson, noteKind.serialize(note('Som JSON', 'text')));
    expect((await data.context.documents.open(asJson)).kind.id).toBe('note');

    const unknown = path.join(data.documentsDir, 'okänd.json');
    const text = '{"format": "kravstudio-something-else", "version": 1}';
    await writeFile(unknown, text);
    const error = fileError(await data.context.documents.open(unknown).catch((caught: unknown) => caught), unknown);
    expect(error).toMatchObject({ code: 'BAD_DOCUMENT', file: unknown, problem: 'wrong-format' });
    expect(error.details).toEqual([
      { path: '$.format', message: 'Expected one of "kravstudio-specification", "kravstudio-test-note", found "kravstudio-something-else"' },
    ]);
    expect(await readFile(unknown, 'utf8')).toBe(text);
  });
});

describe('the registry of kinds', () => {
  it('refuses two kinds with the same id, extension or format', () => {
    expect(() => new DocumentKindRegistry([noteKind, { ...noteKind, id: 'other' }])).toThrow('share an id, extension or format');
    expect(() => new DocumentKindRegistry([])).toThrow();
  });

  it('with specifications as the only kind, a file of another format is refused as before: not a Kravstudio specification', () => {
    const bytes = new TextEncoder().encode('{"format": "something-else"}');
    expect(documentKinds.parse(bytes, { fileName: 'export.json' })).toEqual({
      ok: false,
      problem: {
        code: 'wrong-format',
        message: 'The file is JSON but not a Kravstudio specification.',
        issues: [{ path: '$.format', message: 'Expected "kravstudio-specification", found "something-else"' }],
      },
    });
    const rich = documentKinds.parse(new Uint8Array(readFileSync(path.join(fixtures, 'rich.kravspec'))), { fileName: 'rich.json' });
    expect(rich.ok && rich.kind.id).toBe('specification');
  });

  it('reads recent documents written before there were kinds as specifications', async () => {
    const data = await createTestContext({ resourcesDir: fixtures });
    try {
      const file = path.join(data.documentsDir, 'Äldre.kravspec');
      await writeFile(file, await readFile(path.join(fixtures, 'rich.kravspec')));
      const stateFile = path.join(data.dataDir, 'userData', 'app-state.json');
      const state = defaultAppState();
      const old = { path: file, title: 'Äldre', buyer: 'Kommunen', jurisdiction: 'se', lastSavedAt: null, lastOpenedAt: '2026-01-01T00:00:00.000Z' };
      await writeFile(stateFile, JSON.stringify({ ...state, recent: [old] }));
      const store = await openAppStateStore(path.join(data.dataDir, 'userData'), { now: () => new Date() });
      expect(store.recoveredFrom).toBeNull();
      expect(store.snapshot().recent).toEqual([{ ...old, kind: 'specification' }]);
    } finally {
      await data.dispose();
    }
  });
});
