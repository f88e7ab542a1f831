import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateLibraryStore } from '../../../electron/services/template-library';

const templatesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

describe('template library store', () => {
  let dir: string;
  let store: TemplateLibraryStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-lib-'));
    store = new TemplateLibraryStore({ shippedDir: templatesDir, userDataDir: dir });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('loads the shipped packs, modules and catalogues', async () => {
    const library = await store.load();
    expect(library.packs.length).toBeGreaterThanOrEqual(8);
    expect(library.modules.length).toBeGreaterThanOrEqual(7);
    expect(library.standards.length).toBeGreaterThanOrEqual(40);
    expect(library.rules.map((r) => r.jurisdiction)).toEqual(['se', 'no', 'eu']);
    expect(library.userPackIds).toEqual([]);
  });

  it('imports a valid pack, refuses modules, shipped ids and broken files, and removes only user packs', async () => {
    const shipped = JSON.parse(await readFile(path.join(templatesDir, 'packs', 'it-consultancy.json'), 'utf8')) as Record<string, unknown>;
    const ownFile = path.join(dir, 'own.json');
    await writeFile(ownFile, JSON.stringify({ ...shipped, id: 'own-pack' }));
    await store.importPack(ownFile);
    expect((await store.load()).userPackIds).toEqual(['own-pack']);

    await expect(store.importPack(path.join(templatesDir, 'packs', 'it-consultancy.json'))).rejects.toMatchObject({ code: 'NOT_ALLOWED', problem: 'shipped-id' });
    await expect(store.importPack(path.join(templatesDir, 'modules', 'security.json'))).rejects.toMatchObject({ code: 'NOT_ALLOWED', problem: 'module' });
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify({ ...shipped, id: 'broken', requirements: [{ id: 'lower-case' }] }));
    await expect(store.importPack(broken)).rejects.toMatchObject({ code: 'BAD_DOCUMENT', problem: 'invalid', details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^\$\.requirements\[0\]/) })]) });

    await expect(store.removePack('it-consultancy')).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await store.removePack('own-pack');
    expect((await store.load()).userPackIds).toEqual([]);
  });
});
