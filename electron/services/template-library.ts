/**
 * The template library on disk: the shipped packs, modules and catalogues
 * (templates/ in the app), the user's own packs (userData/packs/), which
 * can be imported from a file, saved from a specification, exported and
 * removed, and the organisation's packs read from its library folder.
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
import { templatePackExtension, templatePackKind } from '../../shared/document-kinds/template-pack';
import { copyId, copyTitle } from '../../shared/templates/keep-both';
import type { OrganisationLibrary, PublishOutcome } from './organisation-library';

/** What an import does when the library already has a pack with the file's id. */
export type IfExists = 'ask' | 'replace' | 'keepBoth';

/** An import's outcome: added, or held back because the id is taken and the user has not said what to do. */
export type ImportOutcome<T> = { status: 'imported'; item: T } | { status: 'exists'; existing: T; canReplace: boolean };

type LibraryBase = Omit<TemplateLibrary, 'organisationPackIds' | 'organisation'>;

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
  readonly #organisation: OrganisationLibrary | null;
  #cache: Promise<LibraryBase> | null = null;

  constructor(options: { shippedDir: string; userDataDir: string; organisation?: OrganisationLibrary }) {
    this.#shippedDir = options.shippedDir;
    this.#userDir = path.join(options.userDataDir, 'packs');
    this.#organisation = options.organisation ?? null;
  }

  /**
   * The whole library: the shipped and user packs, read once and kept until a
   * user pack changes, and the organisation's packs as its folder was last read.
   * A user pack with the id of an organisation pack is the one listed.
   */
  async load(): Promise<TemplateLibrary> {
    const base = await this.#base();
    const organisation = (await this.#organisation?.contents()) ?? null;
    const orgPacks = (organisation?.packs ?? []).filter((pack) => !base.packs.some((other) => other.id === pack.id));
    return { ...base, packs: [...base.packs, ...orgPacks], organisationPackIds: orgPacks.map((pack) => pack.id), organisation: organisation?.status ?? null };
  }

  /** The library with the organisation folder read again (the library screen opening). */
  async reload(): Promise<TemplateLibrary> {
    await this.#base();
    await this.#organisation?.refresh();
    return this.load();
  }

  #base(): Promise<LibraryBase> {
    this.#cache ??= this.#read().catch((error: unknown) => {
      this.#cache = null;
      throw error;
    });
    return this.#cache;
  }

  async #read(): Promise<LibraryBase> {
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
    this.#organisation?.setShippedPackIds(shippedPacks.map((pack) => pack.id));
    return {
      packs: [...shippedPacks, ...userPacks],
      modules,
      standards,
      innovation,
      rules,
      userPackIds: userPacks.map((pack) => pack.id),
    };
  }

  /**
   * Validates a pack file (.kravmall, or a pack's .json) and adds it to the
   * user's packs. When the library already has the id, nothing is written
   * unless the user said what to do: replace their own pack of that id, or
   * keep both (the import becomes a copy under a new id). A shipped pack is
   * never replaced.
   */
  async importPack(filePath: string, ifExists: IfExists = 'ask'): Promise<ImportOutcome<TemplatePack>> {
    const read = await readPack(filePath);
    const library = await this.load();
    if (read.kind !== 'pack') {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only packs can be imported; this file is a module.', file: filePath, problem: 'module' });
    }
    let pack = read;
    const existing = library.packs.find((p) => p.id === read.id);
    if (existing !== undefined) {
      const own = library.userPackIds.includes(existing.id);
      if (ifExists === 'keepBoth') {
        const copy = copyId(read.id, (id) => library.packs.some((p) => p.id === id));
        pack = { ...read, id: copy.id, title: copyTitle(read.title, copy.copyNumber) };
      } else if (!own) {
        if (library.organisationPackIds?.includes(existing.id) !== true) {
          throw new KravstudioError({ code: 'NOT_ALLOWED', message: `A pack shipped with Kravstudio already has the id "${read.id}".`, file: filePath, problem: 'shipped-id' });
        }
        if (ifExists === 'ask') return { status: 'exists', existing, canReplace: false };
      } else if (ifExists === 'ask') {
        return { status: 'exists', existing, canReplace: true };
      }
    }
    await mkdir(this.#userDir, { recursive: true });
    // The pack as it was read and checked: the file is not read a second time, so it cannot change in between.
    await this.#writeUserPack(pack);
    this.#cache = null;
    return { status: 'imported', item: pack };
  }

  /** A pack of the library (not a module) as the text of its .kravmall file. */
  async exportText(id: string): Promise<{ pack: TemplatePack; text: string }> {
    const pack = (await this.load()).packs.find((p) => p.id === id);
    if (pack === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: `The library has no pack "${id}".`, problem: 'unknown-pack' });
    return { pack, text: templatePackKind.serialize(pack) };
  }

  /** Writes one of the user's own packs into the organisation library folder. */
  async publishPack(id: string, replace: boolean): Promise<PublishOutcome> {
    const library = await this.load();
    if (this.#organisation === null || !library.userPackIds.includes(id)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only your own packs can be published.', problem: 'not-own-pack' });
    }
    const { text } = await this.exportText(id);
    return this.#organisation.publish(`${id}.${templatePackExtension}`, text, replace);
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
