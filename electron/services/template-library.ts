/**
 * The template library on disk: the shipped packs, modules and catalogues
 * (templates/ in the app), and the user's own packs (userData/packs/), which
 * can be imported from a file, saved from a specification, and removed.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { InnovationCatalogue, JurisdictionRules, StandardsCatalogue } from '../../shared/templates/catalogues';
import type { TemplateLibrary } from '../../shared/templates/library';
import type { TemplatePack } from '../../shared/templates/model';
import { maxPackBytes, parseTemplatePackBytes } from '../../shared/templates/pack-file';
import { readRegularFile } from './file-system';
import { removeStaleTempFiles, writeFileSafely } from './safe-write';
import { KravstudioError } from '../../shared/errors';

async function jsonFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name));
}

async function readPack(file: string): Promise<TemplatePack> {
  // Never more than the limit, and never from a folder, device or pipe planted under a pack's name.
  const bytes = await readRegularFile(file, maxPackBytes, (size) => new KravstudioError({ code: 'BAD_DOCUMENT', message: `The pack is over ${maxPackBytes / 1024 / 1024} MB (${Math.round(size / 1024 / 1024)} MB read).`, file, problem: 'too-large' }));
  const result = parseTemplatePackBytes(bytes);
  if (!result.ok) {
    throw new KravstudioError({ code: 'BAD_DOCUMENT', message: result.problem.message, file, problem: result.problem.code, details: result.problem.issues });
  }
  return result.pack;
}

export class TemplateLibraryStore {
  readonly #shippedDir: string;
  readonly #userDir: string;
  #cache: Promise<TemplateLibrary> | null = null;

  constructor(options: { shippedDir: string; userDataDir: string }) {
    this.#shippedDir = options.shippedDir;
    this.#userDir = path.join(options.userDataDir, 'packs');
  }

  /** The whole library, read once and kept until a user pack changes. */
  load(): Promise<TemplateLibrary> {
    this.#cache ??= this.#read().catch((error: unknown) => {
      this.#cache = null;
      throw error;
    });
    return this.#cache;
  }

  async #read(): Promise<TemplateLibrary> {
    const dir = this.#shippedDir;
    const shippedPacks = await Promise.all((await jsonFilesIn(path.join(dir, 'packs'))).map(readPack));
    const modules = await Promise.all((await jsonFilesIn(path.join(dir, 'modules'))).map(readPack));
    const json = async (file: string): Promise<unknown> => JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    const standards = StandardsCatalogue.parse(await json('standards.json')).standards;
    const innovation = InnovationCatalogue.parse(await json('innovation-criteria.json')).criteria;
    const rules = await Promise.all((['se', 'no', 'eu'] as const).map(async (j) => JurisdictionRules.parse(await json(path.join('rules', `${j}.json`)))));
    // A user pack that no longer reads is skipped here (it can still be removed); import refuses such files.
    const userPacks: TemplatePack[] = [];
    for (const file of await jsonFilesIn(this.#userDir)) {
      const pack = await readPack(file).catch(() => null);
      if (pack !== null && !shippedPacks.some((p) => p.id === pack.id)) userPacks.push(pack);
    }
    return {
      packs: [...shippedPacks, ...userPacks],
      modules,
      standards,
      innovation,
      rules,
      userPackIds: userPacks.map((pack) => pack.id),
    };
  }

  /** Validates a pack file and adds it to the user's packs (replacing an older copy of the same pack). */
  async importPack(filePath: string): Promise<TemplatePack> {
    const pack = await readPack(filePath);
    const library = await this.load();
    if (pack.kind !== 'pack') {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only packs can be imported; this file is a module.', file: filePath, problem: 'module' });
    }
    if (library.packs.some((p) => p.id === pack.id && !library.userPackIds.includes(p.id))) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: `A pack shipped with Kravstudio already has the id "${pack.id}".`, file: filePath, problem: 'shipped-id' });
    }
    await mkdir(this.#userDir, { recursive: true });
    // The pack as it was read and checked: the file is not read a second time, so it cannot change in between.
    await this.#writeUserPack(pack);
    this.#cache = null;
    return pack;
  }

  /** Saves a pack the user built (for example from a specification's requirements). */
  async savePack(pack: TemplatePack): Promise<void> {
    const library = await this.load();
    if (library.packs.some((p) => p.id === pack.id && !library.userPackIds.includes(p.id))) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: `A pack shipped with Kravstudio already has the id "${pack.id}".`, problem: 'shipped-id' });
    }
    await mkdir(this.#userDir, { recursive: true });
    await this.#writeUserPack(pack);
    this.#cache = null;
  }

  async #writeUserPack(pack: TemplatePack): Promise<void> {
    const name = `${pack.id}.json`;
    await removeStaleTempFiles(this.#userDir, name);
    await writeFileSafely(path.join(this.#userDir, name), `${JSON.stringify(pack, null, 2)}\n`);
  }

  async removePack(id: string): Promise<void> {
    const library = await this.load();
    if (!library.userPackIds.includes(id)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only your own packs can be removed.', problem: 'shipped-pack' });
    }
    await rm(path.join(this.#userDir, `${id}.json`), { force: true });
    this.#cache = null;
  }
}
