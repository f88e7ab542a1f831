/**
 * The app's own trash in userData/trash: documents moved there can be put
 * back where they were until the trash is emptied, 30 days after.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { KravstudioError } from '../../shared/errors';
import type { Clock } from '../context';
import type { AppStateStore, TrashEntry } from './app-state';
import { exists, freePath, moveFile } from './file-system';

export const trashRetentionDays = 30;

export class Trash {
  readonly #appState: AppStateStore;
  readonly #dir: string;
  readonly #clock: Clock;

  constructor(appState: AppStateStore, userDataDir: string, clock: Clock) {
    this.#appState = appState;
    this.#dir = path.join(userDataDir, 'trash');
    this.#clock = clock;
  }

  list(): TrashEntry[] {
    return [...this.#appState.snapshot().trash].sort((a, b) => Date.parse(b.trashedAt) - Date.parse(a.trashedAt));
  }

  /** Moves a document of the given kind (its id) to the trash, under the title the trash lists it by. */
  async moveToTrash(documentPath: string, title: string, kind: string): Promise<TrashEntry> {
    const now = this.#clock.now();
    const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const folder = path.join(this.#dir, id);
    await mkdir(folder, { recursive: true });
    const trashedPath = path.join(folder, path.basename(documentPath));
    await moveFile(documentPath, trashedPath);
    const entry: TrashEntry = { id, kind, originalPath: documentPath, trashedPath, trashedAt: now.toISOString(), title };
    await this.#appState.change((state) => ({ ...state, trash: [...state.trash, entry] }));
    return entry;
  }

  /** Puts a document back where it was (beside it, with a number, if that name is taken). Returns its path and kind. */
  async restore(id: string): Promise<{ path: string; kind: string }> {
    const entry = this.#appState.snapshot().trash.find((item) => item.id === id);
    if (entry === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: 'That document is no longer in the trash.' });
    const dir = path.dirname(entry.originalPath);
    await mkdir(dir, { recursive: true });
    const ext = path.extname(entry.originalPath);
    const target = (await exists(entry.originalPath))
      ? await freePath(dir, path.basename(entry.originalPath, ext), ext)
      : entry.originalPath;
    await moveFile(entry.trashedPath, target);
    await rm(path.dirname(entry.trashedPath), { recursive: true, force: true });
    await this.#appState.change((state) => ({ ...state, trash: state.trash.filter((item) => item.id !== id) }));
    return { path: target, kind: entry.kind };
  }

  /** Deletes for good what has been in the trash longer than 30 days. */
  async emptyExpired(): Promise<number> {
    const cutoff = this.#clock.now().getTime() - trashRetentionDays * 24 * 60 * 60 * 1000;
    const expired = this.#appState.snapshot().trash.filter((entry) => Date.parse(entry.trashedAt) < cutoff);
    for (const entry of expired) await rm(path.dirname(entry.trashedPath), { recursive: true, force: true });
    const ids = new Set(expired.map((entry) => entry.id));
    if (ids.size > 0) await this.#appState.change((state) => ({ ...state, trash: state.trash.filter((item) => !ids.has(item.id)) }));
    return ids.size;
  }
}
