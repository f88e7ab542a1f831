/**
 * The documents open in the app, of every kind: creating, opening, closing,
 * duplicating, renaming and trashing them, and the list of recent documents.
 * Which kind a file is comes from the registry of kinds; nothing here knows a
 * kind's content beyond what its definition says.
 */
import { randomUUID } from 'node:crypto';
import { lstat, mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentKind, JsonValue } from '../../shared/document-kinds/kind';
import { documentKinds, type DocumentKindRegistry } from '../../shared/document-kinds/registry';
import { specificationKind } from '../../shared/document-kinds/specification';
import { createSpecification } from '../../shared/specification/create';
import type { Specification } from '../../shared/specification/model';
import { KravstudioError } from '../../shared/errors';
import type { UiLanguage } from '../../shared/languages';
import type { Clock } from '../context';
import type { AppStateStore, RecentDocument } from './app-state';
import type { BackupStore } from './backups';
import { readAnyDocumentFile } from './document-file';
import { DocumentSession, type SaveState } from './document-session';
import { exists, fileNameFromTitle, freePath, NotARegularFileError } from './file-system';
import { removeStaleTempFiles } from './safe-write';
import type { Trash } from './trash';

export const maxRecentDocuments = 15;

export interface NewDocumentRequest {
  title: string;
  jurisdiction: 'se' | 'no' | 'eu';
  languages: UiLanguage[];
  primaryLanguage: UiLanguage;
  /** Folder for the file; the default documents folder when absent. */
  folder?: string;
}

export interface DocumentManagerOptions {
  appState: AppStateStore;
  backups: BackupStore;
  trash: Trash;
  clock: Clock;
  documentsDir: string;
  autosaveDelayMs: number;
  onSaveState: (session: DocumentSession, state: SaveState) => void;
  /** Called when a document is opened or closed, or the recent list changes. */
  onSessionsChanged?: () => void;
  /** The kinds of document that can be opened; the app's own when absent. */
  kinds?: DocumentKindRegistry;
}

/** The kind's own recent-list columns, without the absent ones (the app state holds JSON). */
function detailsOf(kind: DocumentKind, document: unknown): Record<string, JsonValue> {
  const details: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(kind.recentDetails.of(document))) if (value !== undefined) details[key] = value;
  return details;
}

/** The extension of a kind's files, with its dot. */
const extensionOf = (kind: DocumentKind): string => `.${kind.extension}`;

export class DocumentManager {
  readonly #options: DocumentManagerOptions;
  readonly #kinds: DocumentKindRegistry;
  readonly #sessions = new Map<string, DocumentSession>();

  constructor(options: DocumentManagerOptions) {
    this.#options = options;
    this.#kinds = options.kinds ?? documentKinds;
  }

  get kinds(): DocumentKindRegistry {
    return this.#kinds;
  }

  #deps() {
    const { backups, clock, autosaveDelayMs } = this.#options;
    return {
      backups,
      clock,
      autosaveDelayMs,
      onSaveState: (session: DocumentSession, state: SaveState) => {
        // The recent list follows each save; failing to update it loses nothing of the document, so it is logged, not thrown.
        if (state.kind === 'saved') this.#remember(session).catch((error: unknown) => console.error('Updating the recent list failed:', error));
        this.#options.onSaveState(session, state);
      },
    };
  }

  get(sessionId: string): DocumentSession | undefined {
    return this.#sessions.get(sessionId);
  }

  sessions(): DocumentSession[] {
    return [...this.#sessions.values()];
  }

  /** A new specification in the documents folder; `fill` adds its first content (the requirements of chosen packs). */
  async create(request: NewDocumentRequest, fill: (specification: Specification) => Specification = (spec) => spec): Promise<DocumentSession<Specification>> {
    const specification = fill(
      createSpecification({
        id: randomUUID(),
        title: request.title,
        jurisdiction: request.jurisdiction,
        languages: request.languages,
        primaryLanguage: request.primaryLanguage,
        now: this.#options.clock.now(),
      }),
    );
    return this.createDocument(specificationKind, specification, request.folder === undefined ? {} : { folder: request.folder });
  }

  /** A new document of a kind, in a file named after its title in `folder` (the documents folder when absent). */
  async createDocument<T>(kind: DocumentKind<T>, document: T, options: { folder?: string } = {}): Promise<DocumentSession<T>> {
    const folder = options.folder ?? this.#options.documentsDir;
    await mkdir(folder, { recursive: true });
    const { title } = kind.summarise(document);
    const filePath = await freePath(folder, fileNameFromTitle(title, kind.fallbackFileName), extensionOf(kind));
    const session = await DocumentSession.create(filePath, document, this.#deps(), kind);
    await this.#add(session);
    return session;
  }

  /**
   * A new document written at the path the user chose in the save dialog (which asked before
   * replacing a file there). A path another open document uses is refused.
   */
  async createDocumentAt<T>(kind: DocumentKind<T>, document: T, filePath: string): Promise<DocumentSession<T>> {
    const resolved = path.resolve(filePath);
    if (this.sessions().some((session) => session.path === resolved)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Another open document is saved under this name; choose another.', file: resolved, problem: 'open-elsewhere' });
    }
    await mkdir(path.dirname(resolved), { recursive: true });
    const session = await DocumentSession.create(resolved, document, this.#deps(), kind);
    return this.#add(session);
  }

  /** Opens a file of any known kind, or returns the session that already has it open. */
  async open(filePath: string): Promise<DocumentSession> {
    const resolved = path.resolve(filePath);
    const already = this.sessions().find((session) => session.path === resolved);
    if (already !== undefined) return already;
    // What a save or a backup cut short by a crash left behind goes first (our own temporary files only).
    await removeStaleTempFiles(path.dirname(resolved), path.basename(resolved));
    const session = await DocumentSession.open(resolved, this.#kinds, this.#deps());
    // Its backups' folder too, unless a copy with the same id is open and may be writing a backup there right now.
    const { id } = session.kind.summarise(session.document);
    if (!this.sessions().some((other) => other.kind.summarise(other.document).id === id)) await this.#options.backups.removeStaleTempFiles(id);
    return this.#add(session);
  }

  /** Writes a stored version as a new file beside `originalPath` ("<name> (restored)") and opens it. */
  async openCopy<T>(originalPath: string, kind: DocumentKind<T>, document: T): Promise<DocumentSession<T>> {
    const dir = path.dirname(originalPath);
    await mkdir(dir, { recursive: true });
    const ext = extensionOf(kind);
    const target = await freePath(dir, `${path.basename(originalPath, ext)} (restored)`, ext);
    const session = await DocumentSession.create(target, document, this.#deps(), kind);
    await this.#add(session);
    return session;
  }
  async close(sessionId: string): Promise<SaveState> {
    const session = this.#sessions.get(sessionId);
    if (session === undefined) return { kind: 'saved', at: this.#options.clock.now().toISOString() };
    const state = await session.close();
    if (state.kind !== 'failed' && state.kind !== 'conflict') this.#sessions.delete(sessionId);
    this.#options.onSessionsChanged?.();
    return state;
  }

  /** Saves every open document; returns the ones that could not be saved. */
  async flushAll(): Promise<DocumentSession[]> {
    const failed: DocumentSession[] = [];
    for (const session of this.sessions()) {
      if ((await session.flush()).kind === 'failed') failed.push(session);
    }
    return failed;
  }

  /**
   * Writes a copy beside the original with a new id and returns its path.
   * With a title, the copy carries that title and its file is named after it
   * ("Drift 2027.kravspec"); without, it is "<name> (2).kravspec". Either way
   * it is listed among the recent documents, so it can be found again.
   */
  async duplicate(sessionId: string, title?: string): Promise<string> {
    const session = this.#require(sessionId);
    await session.flush();
    const dir = path.dirname(session.path);
    const ext = extensionOf(session.kind);
    const named = title === undefined ? undefined : title.trim();
    const base = named === undefined || named === '' ? path.basename(session.path, ext) : fileNameFromTitle(named, session.kind.fallbackFileName);
    const target = await freePath(dir, base, ext);
    let copy = session.kind.withId(session.document, randomUUID());
    if (named !== undefined && named !== '' && session.kind.withTitle !== undefined) copy = session.kind.withTitle(copy, named);
    const created = await DocumentSession.create(target, copy, this.#deps(), session.kind);
    await this.#remember(created);
    await created.close();
    this.#options.onSessionsChanged?.();
    return target;
  }

  /** Renames the file on disk (the title inside stays as the user wrote it). */
  async rename(sessionId: string, fileName: string): Promise<string> {
    const session = this.#require(sessionId);
    await session.flush();
    const ext = extensionOf(session.kind);
    const base = fileNameFromTitle(fileName.replace(new RegExp(`\\${ext}$`, 'i'), ''), '');
    if (base === '') throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'A file name needs letters or digits.', problem: 'rename' });
    const target = path.join(path.dirname(session.path), `${base}${ext}`);
    if (target === session.path) return target;
    if (await exists(target)) throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'A file with that name already exists.', problem: 'rename' });
    const oldPath = session.path;
    const saved = await session.saveAs(target);
    if (saved.kind === 'failed') throw new KravstudioError({ code: 'IO_FAILED', message: saved.detail, file: target, problem: saved.reason });
    await unlink(oldPath);
    await this.#options.appState.change((state) => ({ ...state, recent: state.recent.filter((r) => r.path !== oldPath) }));
    await this.#remember(session);
    return target;
  }

  /**
   * Moves a document file to the app's trash, closing it first if it is open. Only a regular
   * file named as a kind of document the app knows is moved: never a folder, a link or anything else.
   */
  async moveToTrash(filePath: string): Promise<void> {
    const open = this.sessions().find((session) => session.path === path.resolve(filePath));
    const byName = this.#kinds.byFileName(filePath);
    if (byName === undefined) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'Only Kravstudio documents can be moved to the trash.', file: filePath, problem: 'not-a-document' });
    }
    const info = await lstat(filePath);
    if (!info.isFile()) throw new NotARegularFileError(filePath);
    // A file that does not read as a document is trashed under its file name, as the kind its extension says.
    let trashed = { title: path.basename(filePath, extensionOf(byName)), kind: byName.id };
    if (open !== undefined) {
      trashed = { title: open.kind.summarise(open.document).title, kind: open.kind.id };
      await open.close();
      this.#sessions.delete(open.sessionId);
    } else {
      trashed = await readAnyDocumentFile(filePath, this.#kinds).then(
        (read) => ({ title: read.kind.summarise(read.document).title, kind: read.kind.id }),
        () => trashed,
      );
    }
    await this.#options.trash.moveToTrash(filePath, trashed.title, trashed.kind);
    await this.#options.appState.change((state) => ({ ...state, recent: state.recent.filter((r) => r.path !== filePath) }));
    this.#options.onSessionsChanged?.();
  }

  /** Puts a trashed document back where it was and lists it among the recent documents again, as the kind it is. */
  async restoreFromTrash(trashId: string): Promise<string> {
    const { path: restored, kind: kindId } = await this.#options.trash.restore(trashId);
    const read = await readAnyDocumentFile(restored, this.#kinds).catch(() => null);
    if (read !== null && read.kind.id === kindId) {
      const now = this.#options.clock.now().toISOString();
      const summary = read.kind.summarise(read.document);
      const entry: RecentDocument = {
        ...detailsOf(read.kind, read.document),
        kind: read.kind.id,
        path: restored,
        title: summary.title,
        lastSavedAt: summary.updatedAt,
        lastOpenedAt: now,
      };
      await this.#options.appState.change((state) => ({
        ...state,
        recent: [entry, ...state.recent.filter((item) => item.path !== restored)].slice(0, maxRecentDocuments),
      }));
    }
    this.#options.onSessionsChanged?.();
    return restored;
  }

  /**
   * Recent documents, newest first, with those no longer on disk left out,
   * and those of a kind this version does not know (or whose columns do not
   * fit their kind) too.
   */
  async recent(): Promise<RecentDocument[]> {
    const list = this.#options.appState.snapshot().recent.filter((entry) => {
      const kind = this.#kinds.byId(entry.kind);
      return kind !== undefined && kind.recentDetails.model.safeParse(entry).success;
    });
    const present = await Promise.all(list.map(async (entry) => ((await exists(entry.path)) ? entry : null)));
    return present.filter((entry): entry is RecentDocument => entry !== null);
  }

  async #add<T>(session: DocumentSession<T>): Promise<DocumentSession<T>> {
    this.#sessions.set(session.sessionId, session);
    await this.#remember(session, true);
    this.#options.onSessionsChanged?.();
    return session;
  }

  async #remember(session: DocumentSession, opened = false): Promise<void> {
    const { kind, document } = session;
    const details = detailsOf(kind, document);
    const now = this.#options.clock.now().toISOString();
    const state = session.saveState;
    await this.#options.appState.change((appState) => {
      const previous = appState.recent.find((entry) => entry.path === session.path);
      const entry: RecentDocument = {
        ...details,
        kind: kind.id,
        path: session.path,
        title: kind.summarise(document).title,
        lastSavedAt: state.kind === 'saved' ? state.at : (previous?.lastSavedAt ?? null),
        lastOpenedAt: opened ? now : (previous?.lastOpenedAt ?? now),
      };
      const others = appState.recent.filter((item) => item.path !== session.path);
      return { ...appState, recent: [entry, ...others].slice(0, maxRecentDocuments) };
    });
  }

  #require(sessionId: string): DocumentSession {
    const session = this.#sessions.get(sessionId);
    if (session === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That document is not open.' });
    return session;
  }
}
