/**
 * Rolling and daily backups of documents in userData/backups, indexed in the
 * app state. A backup is a byte-for-byte copy of what was saved, so it opens
 * with the same reader as any document.
 */
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentKind } from '../../shared/document-kinds/kind';
import type { Clock } from '../context';
import type { AppStateStore, BackupEntry } from './app-state';
import { backupsToPrune, isBackupDue, kindOfNewBackup } from './backup-policy';
import { removeStaleTempFiles, writeFileSafely } from './safe-write';

export interface BackupSubject {
  /** The document's kind: recorded with the backup, and its extension names the backup file. */
  kind: Pick<DocumentKind, 'id' | 'extension'>;
  documentId: string;
  documentPath: string;
  title: string;
  requirementCount: number;
  /** The document as saved: its text or its bytes. */
  content: string | Uint8Array;
}

export class BackupStore {
  readonly #appState: AppStateStore;
  readonly #dir: string;
  readonly #clock: Clock;
  #sequence = 0;

  constructor(appState: AppStateStore, userDataDir: string, clock: Clock) {
    this.#appState = appState;
    this.#dir = path.join(userDataDir, 'backups');
    this.#clock = clock;
  }

  list(documentId: string): BackupEntry[] {
    return this.#appState
      .snapshot()
      .backups.filter((entry) => entry.documentId === documentId)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  /** Backups of whatever document lived at this path, newest first. */
  listForPath(documentPath: string): BackupEntry[] {
    return this.#appState
      .snapshot()
      .backups.filter((entry) => entry.documentPath === documentPath)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  find(backupId: string): BackupEntry | undefined {
    return this.#appState.snapshot().backups.find((entry) => entry.id === backupId);
  }

  /** Takes a backup when one is due (or always, with `force`), then prunes old ones. */
  async maybeBackUp(subject: BackupSubject, options: { force?: boolean } = {}): Promise<BackupEntry | null> {
    const now = this.#clock.now();
    const entries = this.#appState.snapshot().backups;
    if (!options.force && !isBackupDue(entries, subject.documentId, now)) return null;
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    this.#sequence += 1;
    const id = `${subject.documentId}-${stamp}-${this.#sequence}`;
    const folder = this.#folderOf(subject.documentId);
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `${stamp}-${this.#sequence}.${subject.kind.extension}`);
    await writeFileSafely(file, subject.content);
    const entry: BackupEntry = {
      id,
      documentKind: subject.kind.id,
      documentId: subject.documentId,
      documentPath: subject.documentPath,
      file,
      createdAt: now.toISOString(),
      kind: kindOfNewBackup(entries, subject.documentId, now),
      title: subject.title,
      requirementCount: subject.requirementCount,
    };
    await this.#appState.change((state) => ({ ...state, backups: [...state.backups, entry] }));
    await this.prune();
    return entry;
  }

  /** The folder a document's backups are kept in. */
  #folderOf(documentId: string): string {
    return path.join(this.#dir, documentId.replace(/[^a-zA-Z0-9-]/g, '_'));
  }

  /** Removes what a backup cut short by a crash left behind (our own temporary files only). */
  async removeStaleTempFiles(documentId: string): Promise<number> {
    return removeStaleTempFiles(this.#folderOf(documentId));
  }

  async read(backupId: string): Promise<Uint8Array> {
    const entry = this.find(backupId);
    if (entry === undefined) throw new Error(`No backup ${backupId}`);
    return readFile(entry.file);
  }

  async prune(): Promise<void> {
    const prune = backupsToPrune(this.#appState.snapshot().backups, this.#clock.now());
    if (prune.length === 0) return;
    const ids = new Set(prune.map((entry) => entry.id));
    await this.#appState.change((state) => ({ ...state, backups: state.backups.filter((entry) => !ids.has(entry.id)) }));
    await Promise.all(prune.map((entry) => unlink(entry.file).catch(() => undefined)));
  }
}
