/**
 * The app's own state (settings, window state, recent documents, the backup
 * index and the trash) in the userData folder,
 * through lowdb with safe atomic writes (safe-write.ts). A file that is not valid JSON or fails
 * the schema is moved aside, never overwritten, and the app starts from
 * defaults.
 */
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { z } from 'zod';
import { RememberedExportChoices } from '../../shared/export-choices';
import { defaultSettings, Settings, type SettingsPatch } from '../../shared/settings';
import { defaultWindowState, WindowState } from '../window-state';
import type { Clock, SettingsStore } from '../context';
import { removeStaleTempFiles, SafeFileWriter } from './safe-write';

export const appStateFileName = 'app-state.json';

const isoDateTime = z.iso.datetime({ offset: true });

/** The document kind of entries written before there were several kinds: they are all specifications. */
export const kindOfOlderEntries = 'specification';
const DocumentKindId = z.string().min(1).max(100).default(kindOfOlderEntries);

/**
 * A document the user worked on lately, as Open Recent and the home screen
 * list it: the columns every kind has, and the kind's own (`recentDetails`
 * of its kind, such as a specification's buyer) beside them, checked against
 * the kind's model when the list is read.
 */
export const RecentDocument = z
  .object({
    kind: DocumentKindId,
    path: z.string(),
    title: z.string(),
    lastSavedAt: isoDateTime.nullable(),
    lastOpenedAt: isoDateTime,
  })
  .catchall(z.json());
export type RecentDocument = z.infer<typeof RecentDocument>;

/** One stored copy of a document, kept in userData/backups. */
export const BackupEntry = z.object({
  id: z.string(),
  /** The kind of document backed up (`kind` says rolling or daily); absent in backups taken before there were several kinds. */
  documentKind: z.string().min(1).max(100).optional(),
  documentId: z.string(),
  documentPath: z.string(),
  file: z.string(),
  createdAt: isoDateTime,
  kind: z.enum(['rolling', 'daily']),
  title: z.string(),
  requirementCount: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** A document moved to the app's trash; restorable until the trash is emptied. */
export const TrashEntry = z.object({
  id: z.string(),
  kind: DocumentKindId,
  originalPath: z.string(),
  trashedPath: z.string(),
  trashedAt: isoDateTime,
  title: z.string(),
});
export type TrashEntry = z.infer<typeof TrashEntry>;

export const AppState = z.object({
  format: z.literal('kravstudio-app-state'),
  version: z.literal(1),
  settings: Settings,
  window: WindowState,
  recent: z.array(RecentDocument).default([]),
  backups: z.array(BackupEntry).default([]),
  trash: z.array(TrashEntry).default([]),
  /** The export choices last used, per document id. */
  exportChoices: z.record(z.string(), RememberedExportChoices).default({}),
  /** The organisation library folder chosen in Settings (kept here, never sent to the window); null when none. */
  organisationFolder: z.string().max(4096).nullable().default(null),
});
export type AppState = z.infer<typeof AppState>;

export function defaultAppState(): AppState {
  return {
    format: 'kravstudio-app-state',
    version: 1,
    settings: { ...defaultSettings },
    window: { ...defaultWindowState },
    recent: [],
    backups: [],
    trash: [],
    exportChoices: {},
    organisationFolder: null,
  };
}

export interface AppStateStore extends SettingsStore {
  window(): WindowState;
  setWindow(state: WindowState): Promise<void>;
  /** The whole state as it is now (read-only snapshot). */
  snapshot(): Readonly<AppState>;
  /** Applies a change, validates the result and writes it atomically. */
  change(mutate: (state: AppState) => AppState): Promise<void>;
  /** Set when the previous file could not be read and was moved aside. */
  readonly recoveredFrom: string | null;
}

/** lowdb's JSON file, read as lowdb reads it, written with the app's safe write instead of steno's. */
class SafeDataFile<T> implements Adapter<T> {
  readonly #reader: DataFile<T>;
  readonly #writer: SafeFileWriter;
  readonly #stringify: (data: T) => string;

  constructor(filePath: string, options: { parse: (text: string) => T; stringify: (data: T) => string }) {
    this.#reader = new DataFile<T>(filePath, options);
    this.#writer = new SafeFileWriter(filePath);
    this.#stringify = options.stringify;
  }

  read(): Promise<T | null> {
    return this.#reader.read();
  }

  write(data: T): Promise<void> {
    return this.#writer.write(this.#stringify(data));
  }
}

export async function openAppStateStore(userDataDir: string, clock: Clock): Promise<AppStateStore> {
  const file = path.join(userDataDir, appStateFileName);
  // A write cut short by a crash left its temporary file; the state itself is whole (old or new).
  await removeStaleTempFiles(userDataDir, appStateFileName);
  const adapter = new SafeDataFile<AppState>(file, {
    parse: (text) => AppState.parse(JSON.parse(text)),
    stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
  });
  const db = new Low<AppState>(adapter, defaultAppState());
  let recoveredFrom: string | null = null;
  try {
    await db.read();
  } catch {
    const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
    recoveredFrom = `${file}.unreadable-${stamp}`;
    await rename(file, recoveredFrom);
    db.data = defaultAppState();
  }

  let writing: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    writing = writing.then(() => db.write(), () => db.write());
    return writing;
  };

  return {
    recoveredFrom,
    get: () => ({ ...db.data.settings }),
    async update(patch: SettingsPatch) {
      const next = Settings.parse({ ...db.data.settings, ...patch });
      db.data = { ...db.data, settings: next };
      await persist();
      return { ...next };
    },
    snapshot: () => db.data,
    async change(mutate) {
      db.data = AppState.parse(mutate(structuredClone(db.data)));
      await persist();
    },
    window: () => ({ ...db.data.window }),
    async setWindow(state: WindowState) {
      db.data = { ...db.data, window: WindowState.parse(state) };
      await persist();
    },
  };
}
