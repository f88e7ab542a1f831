/**
 * The capabilities a handler may use. The main process fills this with
 * Electron-backed implementations; tests fill it with plain Node ones.
 */
import type { AppInfo, BundledLicence } from '../shared/app-info';
import type { Settings, SettingsPatch } from '../shared/settings';

export interface Clock {
  now(): Date;
}

export interface AppPaths {
  /** The app's own state: settings, window state, later backups and trash. */
  userData: string;
  /** Where new specifications go by default. */
  documents: string;
  /** Built resources shipped with the app (licences.json, templates). */
  resources: string;
}

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
}

export interface HandlerContext {
  appInfo(): AppInfo;
  licences(): Promise<BundledLicence[]>;
  settings: SettingsStore;
  /** Opens an already validated https URL in the user's browser. */
  openExternal(url: string): Promise<void>;
  clipboard: { writeText(text: string): void };
  clock: Clock;
  paths: AppPaths;
}
