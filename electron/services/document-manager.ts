/**
 * The documents open in the app: creating, opening, closing, duplicating,
 * renaming and trashing them, and the list of recent documents.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { documentExtension } from '../../shared/document-file';
import { checkCompleteness } from '../../shared/builder/completeness';
import { createSpecification } from '../../shared/specification/create';
import type { Specification } from '../../shared/specification/model';
import { KravstudioError } from '../../shared/errors';
import type { UiLanguage } from '../../shared/languages';
import type { Clock } from '../context';
import type { AppStateStore, RecentDocument } from './app-state';
import type { BackupStore } from './backups';
import { DocumentSession, type SaveState } from './document-session';
import { exists, fileNameFromTitle, freePath } from './file-system';
import { readSpecificationFile } from './specification-file';
import type { Trash } from './trash';

export const maxRecentDocuments = 15;
const ext = `.${documentExtension}`;

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
}

/** The share of the Review step's checks that hold, for the home screen's list of recent documents. */
function completenessOf(spec: Specification): { done: number; total: number } {
  const checks = checkCompleteness(spec);
  return { done: checks.filter((check) => check.done).length, total: checks.length };
}

export class DocumentManager {
  readonly #options: DocumentManagerOptions;
  readonly #sessions = new Map<string, DocumentSession>();

  constructor(options: DocumentManagerOptions) {
    this.#options = options;
  }

  #deps() {
    const { backups, clock, autosaveDelayMs } = this.#options;
    return {
      backups,
      clock,
      autosaveDelayMs,
      onSaveState: (session: DocumentSession, state: SaveState) => {
        if (state.kind === 'saved') void this.#remember(session);
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

  /** A new document in the documents folder; `fill` adds its first content (the requirements of chosen packs). */
  async create(request: NewDocumentRequest, fill: (specification: Specification) => Specification = (spec) => spec): Promise<DocumentSession> {
    const folder = request.folder ?? this.#options.documentsDir;
    await mkdir(folder, { recursive: true });
    const filePath = await freePath(folder, fileNameFromTitle(request.title, 'Specification'), ext);
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
    return this.#add(await DocumentSession.create(filePath, specification, this.#deps()));
  }

  /** Opens a file, or returns the session that already has it open. */
  async open(filePath: string): Promise<DocumentSession> {
    const resolved = path.resolve(filePath);
    const already = this.sessions().find((session) => session.path === resolved);
    if (already !== undefined) return already;
    return this.#add(await DocumentSession.open(resolved, this.#deps()));
  }

  /** Writes a stored version as a new file beside `originalPath` ("<name> (restored)") and opens it. */
  async openCopy(originalPath: string, specification: Specification): Promise<DocumentSession> {
    const dir = path.dirname(originalPath);
    await mkdir(dir, { recursive: true });
    const target = await freePath(dir, `${path.basename(originalPath, ext)} (restored)`, ext);
    return this.#add(await DocumentSession.create(target, specification, this.#deps()));
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

  /** Writes a copy beside the original ("<name> (2).kravspec") with a new id, and returns its path. */
  async duplicate(sessionId: string): Promise<string> {
    const session = this.#require(sessionId);
    await session.flush();
    const dir = path.dirname(session.path);
    const target = await freePath(dir, path.basename(session.path, ext), ext);
    const copy: Specification = { ...session.specification, id: randomUUID() };
    const created = await DocumentSession.create(target, copy, this.#deps());
    await created.close();
    return target;
  }

  /** Renames the file on disk (the title inside stays as the user wrote it). */
  async rename(sessionId: string, fileName: string): Promise<string> {
    const session = this.#require(sessionId);
    await session.flush();
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

  /** Moves a document file to the app's trash, closing it first if it is open. */
  async moveToTrash(filePath: string): Promise<void> {
    const open = this.sessions().find((session) => session.path === path.resolve(filePath));
    let title = path.basename(filePath, ext);
    if (open !== undefined) {
      title = open.specification.title;
      await open.close();
      this.#sessions.delete(open.sessionId);
    } else {
      title = await readSpecificationFile(filePath).then((read) => read.specification.title, () => title);
    }
    await this.#options.trash.moveToTrash(filePath, title);
    await this.#options.appState.change((state) => ({ ...state, recent: state.recent.filter((r) => r.path !== filePath) }));
    this.#options.onSessionsChanged?.();
  }

  /** Puts a trashed document back where it was and lists it among the recent documents again. */
  async restoreFromTrash(trashId: string): Promise<string> {
    const restored = await this.#options.trash.restore(trashId);
    const read = await readSpecificationFile(restored).catch(() => null);
    if (read !== null) {
      const spec = read.specification;
      const now = this.#options.clock.now().toISOString();
      const entry: RecentDocument = {
        path: restored,
        title: spec.title,
        buyer: spec.buyer.name,
        jurisdiction: spec.jurisdiction,
        lastSavedAt: spec.updatedAt,
        lastOpenedAt: now,
        progress: completenessOf(spec),
      };
      await this.#options.appState.change((state) => ({
        ...state,
        recent: [entry, ...state.recent.filter((item) => item.path !== restored)].slice(0, maxRecentDocuments),
      }));
    }
    this.#options.onSessionsChanged?.();
    return restored;
  }

  /** Recent documents, newest first, with those no longer on disk left out. */
  async recent(): Promise<RecentDocument[]> {
    const list = this.#options.appState.snapshot().recent;
    const present = await Promise.all(list.map(async (entry) => ((await exists(entry.path)) ? entry : null)));
    return present.filter((entry): entry is RecentDocument => entry !== null);
  }

  async #add(session: DocumentSession): Promise<DocumentSession> {
    this.#sessions.set(session.sessionId, session);
    await this.#remember(session, true);
    this.#options.onSessionsChanged?.();
    return session;
  }

  async #remember(session: DocumentSession, opened = false): Promise<void> {
    const spec = session.specification;
    const now = this.#options.clock.now().toISOString();
    const state = session.saveState;
    await this.#options.appState.change((appState) => {
      const previous = appState.recent.find((entry) => entry.path === session.path);
      const entry: RecentDocument = {
        path: session.path,
        title: spec.title,
        buyer: spec.buyer.name,
        jurisdiction: spec.jurisdiction,
        lastSavedAt: state.kind === 'saved' ? state.at : (previous?.lastSavedAt ?? null),
        lastOpenedAt: opened ? now : (previous?.lastOpenedAt ?? now),
        progress: completenessOf(spec),
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
