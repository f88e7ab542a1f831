/**
 * The app's own state (settings, window state) in the userData folder,
 * through lowdb with atomic writes. A file that is not valid JSON or fails
 * the schema is moved aside, never overwritten, and the app starts from
 * defaults.
 */
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { z } from 'zod';
import { defaultSettings, Settings, type SettingsPatch } from '../../shared/settings';
import { defaultWindowState, WindowState } from '../window-state';
import type { Clock, SettingsStore } from '../context';

export const appStateFileName = 'app-state.json';

export const AppState = z.object({
  format: z.literal('kravstudio-app-state'),
  version: z.literal(1),
  settings: Settings,
  window: WindowState,
});
export type AppState = z.infer<typeof AppState>;

export function defaultAppState(): AppState {
  return { format: 'kravstudio-app-state', version: 1, settings: { ...defaultSettings }, window: { ...defaultWindowState } };
}

export interface AppStateStore extends SettingsStore {
  window(): WindowState;
  setWindow(state: WindowState): Promise<void>;
  /** Set when the previous file could not be read and was moved aside. */
  readonly recoveredFrom: string | null;
}

export async function openAppStateStore(userDataDir: string, clock: Clock): Promise<AppStateStore> {
  const file = path.join(userDataDir, appStateFileName);
  const adapter = new DataFile<AppState>(file, {
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
    window: () => ({ ...db.data.window }),
    async setWindow(state: WindowState) {
      db.data = { ...db.data, window: WindowState.parse(state) };
      await persist();
    },
  };
}
