/**
 * One open document of any kind: a lowdb instance over its file, the
 * debounced autosave, the save state the window shows, backups after saves,
 * and noticing when another program changed the file. What differs between
 * kinds (model, format, writer, summary) comes from the document's kind.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { DocumentKind } from '../../shared/document-kinds/kind';
import type { DocumentKindRegistry } from '../../shared/document-kinds/registry';
import { specificationKind } from '../../shared/document-kinds/specification';
import type { SaveState } from '../../shared/documents';
import { KravstudioError } from '../../shared/errors';
import type { Specification } from '../../shared/specification/model';
import type { Clock } from '../context';
import type { BackupStore } from './backups';
import { diskSignature, DocumentFile, DocumentTooLargeError, readAnyDocumentFile, type DiskSignature } from './document-file';

export type { SaveState };

export interface SessionDependencies {
  backups: BackupStore;
  clock: Clock;
  /** Quiet time after the last edit before the document is written. */
  autosaveDelayMs: number;
  onSaveState: (session: DocumentSession, state: SaveState) => void;
}

export type DiskCheck = 'unchanged' | 'changed' | 'missing';

function failure(error: unknown): Extract<SaveState, { kind: 'failed' }> {
  if (error instanceof DocumentTooLargeError) {
    const budget = error.problem.budget;
    return { kind: 'failed', reason: 'too-large', detail: error.problem.message, ...(budget === undefined ? {} : { budget }) };
  }
  const code = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { kind: 'failed', reason: 'read-only', detail };
    case 'ENOSPC':
    case 'EDQUOT':
      return { kind: 'failed', reason: 'disk-full', detail };
    case 'ENOENT':
      return { kind: 'failed', reason: 'folder-missing', detail };
    default:
      return { kind: 'failed', reason: 'other', detail };
  }
}

/** What a session uses of its lowdb instance (so that a session of one kind is also a session of unknown content). */
interface DocumentStore<T> {
  data: T;
  read(): Promise<void>;
  write(): Promise<void>;
}

export class DocumentSession<T = unknown> {
  readonly sessionId = randomUUID();
  readonly kind: DocumentKind<T>;
  readonly #deps: SessionDependencies;
  #file: DocumentFile<T>;
  #db: DocumentStore<T>;
  #state: SaveState;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #saving: Promise<SaveState> | null = null;
  #signature: DiskSignature | null = null;

  private constructor(file: DocumentFile<T>, db: DocumentStore<T>, deps: SessionDependencies, state: SaveState) {
    this.kind = file.kind;
    this.#file = file;
    this.#db = db;
    this.#deps = deps;
    this.#state = state;
  }

  /**
   * Opens an existing file of whichever of the kinds it is; throws
   * DocumentReadError (file untouched) when it is not a valid document.
   */
  static async open(filePath: string, kinds: DocumentKindRegistry, deps: SessionDependencies): Promise<DocumentSession> {
    // A migration is recorded at the app's time.
    const read = await readAnyDocumentFile(filePath, kinds, { now: deps.clock.now() });
    const file = DocumentFile.fromRead(filePath, read);
    const db = new Low(file, read.document);
    const session = new DocumentSession(file, db, deps, { kind: 'saved', at: deps.clock.now().toISOString() });
    session.#signature = await diskSignature(filePath);
    // Keep the file as it was before this session changes it (always when an old format was upgraded).
    await session.#backUp(read.bytes, read.migratedFrom !== null);
    if (read.migratedFrom !== null) session.#dirty = true;
    return session;
  }

  /** Writes a new document of a kind to a new file and opens it. */
  static async create<T>(filePath: string, document: T, deps: SessionDependencies, kind: DocumentKind<T>): Promise<DocumentSession<T>> {
    const file = new DocumentFile(filePath, kind);
    // Parsed once here, so every later write can trust shape and key order.
    const db = new Low<T>(file, kind.model.parse(document));
    await db.write();
    const session = new DocumentSession(file, db, deps, { kind: 'saved', at: deps.clock.now().toISOString() });
    session.#signature = await diskSignature(filePath);
    return session;
  }

  get path(): string {
    return this.#file.filePath;
  }

  /** The document as it is now (the edits the window sent, saved or not). */
  get document(): T {
    return this.#db.data;
  }

  /** Whether this session holds a document of `kind` (and so its content is of that kind's type). */
  isOf<K>(kind: DocumentKind<K>): this is DocumentSession<K> {
    return this.kind.id === kind.id;
  }

  /** The document when it is a specification; refused for documents of other kinds. */
  get specification(): Specification {
    if (!this.isOf(specificationKind)) {
      throw new KravstudioError({ code: 'NOT_ALLOWED', message: 'This document is not a specification.' });
    }
    return this.document;
  }

  get saveState(): SaveState {
    return this.#state;
  }

  get migratedFrom(): number | null {
    return this.#file.migratedFrom;
  }

  get hasUnsavedChanges(): boolean {
    return this.#dirty;
  }

  /** Takes the edited document, already parsed by its kind's model (as IPC inputs are); written after a quiet moment or at flush. */
  update(document: T): void {
    this.#db.data = document;
    this.#dirty = true;
    this.#setState({ kind: 'unsaved' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#deps.autosaveDelayMs);
  }

  /** Writes now if anything is unsaved. A failure keeps the edits in memory and says why. */
  async flush(): Promise<SaveState> {
    clearTimeout(this.#timer);
    if (this.#saving !== null) await this.#saving;
    if (!this.#dirty) return this.#state;
    // Never write over what another program saved: the user chooses first.
    const disk = await this.checkDisk();
    if (disk !== 'unchanged') {
      this.#setState({ kind: 'conflict', change: disk });
      return this.#state;
    }
    this.#saving = this.#write();
    try {
      return await this.#saving;
    } finally {
      this.#saving = null;
    }
  }

  async #write(): Promise<SaveState> {
    this.#dirty = false;
    this.#setState({ kind: 'saving' });
    const data = this.#db.data;
    try {
      await this.#db.write();
      this.#signature = await diskSignature(this.path);
    } catch (error) {
      this.#dirty = true;
      this.#setState(failure(error));
      return this.#state;
    }
    this.#setState({ kind: 'saved', at: this.#deps.clock.now().toISOString() });
    await this.#backUp(this.#file.lastBytes ?? this.kind.serialize(data), false).catch(() => undefined);
    return this.#state;
  }

  /** Saves under a new path and continues there. The old file stays as it was last saved. */
  async saveAs(filePath: string): Promise<SaveState> {
    clearTimeout(this.#timer);
    if (this.#saving !== null) await this.#saving;
    const file = new DocumentFile(filePath, this.kind);
    const db = new Low<T>(file, this.#db.data);
    try {
      await db.write();
    } catch (error) {
      this.#setState(failure(error));
      return this.#state;
    }
    this.#file = file;
    this.#db = db;
    this.#dirty = false;
    this.#signature = await diskSignature(filePath);
    this.#setState({ kind: 'saved', at: this.#deps.clock.now().toISOString() });
    return this.#state;
  }

  /** Did another program change or remove the file since we last read or wrote it? */
  async checkDisk(): Promise<DiskCheck> {
    const now = await diskSignature(this.path);
    if (now === null) return 'missing';
    if (this.#signature !== null && now.size === this.#signature.size && now.mtimeMs === this.#signature.mtimeMs) return 'unchanged';
    const content = await readFile(this.path).catch(() => null);
    const last = this.#file.lastBytes;
    if (content !== null && last !== null && content.equals(last)) {
      this.#signature = now;
      return 'unchanged';
    }
    return 'changed';
  }

  /** Takes the version on disk (after another program changed it); the current one is backed up first. */
  async reloadFromDisk(): Promise<void> {
    await this.#backUp(this.kind.serialize(this.#db.data), true);
    clearTimeout(this.#timer);
    await this.#db.read();
    this.#dirty = false;
    this.#signature = await diskSignature(this.path);
    this.#setState({ kind: 'saved', at: this.#deps.clock.now().toISOString() });
  }

  /** Keeps this session's version: writes it over what the other program saved (backed up first). */
  async keepMine(): Promise<SaveState> {
    const disk = await readFile(this.path, 'utf8').catch(() => null);
    if (disk !== null) await this.#backUp(disk, true);
    clearTimeout(this.#timer);
    if (this.#saving !== null) await this.#saving;
    this.#dirty = true;
    this.#saving = this.#write();
    try {
      return await this.#saving;
    } finally {
      this.#saving = null;
    }
  }

  /**
   * Replaces the document by a stored version of it (keeping this document's
   * id) and saves; the version it replaces is backed up first.
   */
  async restore(stored: T): Promise<SaveState> {
    await this.#backUp(this.kind.serialize(this.#db.data), true);
    this.update(this.kind.withId(stored, this.kind.summarise(this.#db.data).id));
    return this.flush();
  }

  /** Stops autosave after a final flush. */
  async close(): Promise<SaveState> {
    const state = await this.flush();
    clearTimeout(this.#timer);
    return state;
  }

  async #backUp(content: string | Uint8Array, force: boolean): Promise<void> {
    const { id, title, requirementCount } = this.kind.summarise(this.#db.data);
    await this.#deps.backups.maybeBackUp(
      { kind: this.kind, documentId: id, documentPath: this.path, title, requirementCount, content },
      { force },
    );
  }

  #setState(state: SaveState): void {
    this.#state = state;
    this.#deps.onSaveState(this, state);
  }
}
