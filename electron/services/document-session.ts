/**
 * One open specification document: a lowdb instance over its file, the
 * debounced autosave, the save state the window shows, backups after saves,
 * and noticing when another program changed the file.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { SaveState } from '../../shared/documents';
import { serializeSpecification } from '../../shared/specification/document-file';
import { Specification as SpecificationSchema, type Specification } from '../../shared/specification/model';
import type { Clock } from '../context';
import type { BackupStore } from './backups';
import { diskSignature, SpecificationFile, type DiskSignature } from './specification-file';

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

export class DocumentSession {
  readonly sessionId = randomUUID();
  readonly #deps: SessionDependencies;
  #file: SpecificationFile;
  #db: Low<Specification>;
  #state: SaveState;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #saving: Promise<SaveState> | null = null;
  #signature: DiskSignature | null = null;

  private constructor(file: SpecificationFile, db: Low<Specification>, deps: SessionDependencies, state: SaveState) {
    this.#file = file;
    this.#db = db;
    this.#deps = deps;
    this.#state = state;
  }

  /** Opens an existing file; throws DocumentReadError (file untouched) when it is not a valid specification. */
  static async open(filePath: string, deps: SessionDependencies): Promise<DocumentSession> {
    const file = new SpecificationFile(filePath);
    // lowdb wants default data; the real data comes from read() (which throws rather than keep this).
    const db = new Low<Specification>(file, null as unknown as Specification);
    await db.read();
    const session = new DocumentSession(file, db, deps, { kind: 'saved', at: deps.clock.now().toISOString() });
    session.#signature = await diskSignature(filePath);
    // Keep the file as it was before this session changes it (always when an old format was upgraded).
    await session.#backUp(file.lastBytes ?? serializeSpecification(db.data), file.migratedFrom !== null);
    if (file.migratedFrom !== null) session.#dirty = true;
    return session;
  }

  /** Writes a new document to a new file and opens it. */
  static async create(filePath: string, specification: Specification, deps: SessionDependencies): Promise<DocumentSession> {
    const file = new SpecificationFile(filePath);
    // Parsed once here, so every later write can trust shape and key order.
    const db = new Low<Specification>(file, SpecificationSchema.parse(specification));
    await db.write();
    const session = new DocumentSession(file, db, deps, { kind: 'saved', at: deps.clock.now().toISOString() });
    session.#signature = await diskSignature(filePath);
    return session;
  }

  get path(): string {
    return this.#file.filePath;
  }

  get specification(): Specification {
    return this.#db.data;
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

  /** Takes the edited document, already parsed (as IPC inputs are); written after a quiet moment or at flush. */
  update(specification: Specification): void {
    this.#db.data = specification;
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
    await this.#backUp(this.#file.lastBytes ?? serializeSpecification(data), false).catch(() => undefined);
    return this.#state;
  }

  /** Saves under a new path and continues there. The old file stays as it was last saved. */
  async saveAs(filePath: string): Promise<SaveState> {
    clearTimeout(this.#timer);
    if (this.#saving !== null) await this.#saving;
    const file = new SpecificationFile(filePath);
    const db = new Low<Specification>(file, this.#db.data);
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
    await this.#backUp(serializeSpecification(this.#db.data), true);
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

  /** Stops autosave after a final flush. */
  async close(): Promise<SaveState> {
    const state = await this.flush();
    clearTimeout(this.#timer);
    return state;
  }

  async #backUp(content: string | Uint8Array, force: boolean): Promise<void> {
    const spec = this.#db.data;
    await this.#deps.backups.maybeBackUp(
      { documentId: spec.id, documentPath: this.path, title: spec.title, requirementCount: spec.requirements.length, content },
      { force },
    );
  }

  #setState(state: SaveState): void {
    this.#state = state;
    this.#deps.onSaveState(this, state);
  }
}
