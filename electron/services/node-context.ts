/**
 * The handler context made of plain Node parts. The app adds Electron's
 * shell, clipboard and runtime versions on top; tests and the CLI use it as
 * it is.
 */
import type { AppInfo } from '../../shared/app-info';
import type { AppPaths, Clock, HandlerContext } from '../context';
import type { AppStateStore } from './app-state';
import { readBundledLicences } from './licences';

export const appLicence = 'EUPL-1.2';
export const templatesLicence = 'CC BY 4.0';

export interface NodeContextOptions {
  version: string;
  paths: AppPaths;
  appState: AppStateStore;
  preferredLanguages: () => string[];
  clock?: Clock;
  runtime?: { electron: string | null; chrome: string | null };
  openExternal: (url: string) => Promise<void>;
  clipboard: { writeText(text: string): void };
}

export function createHandlerContext(options: NodeContextOptions): HandlerContext {
  const appInfo = (): AppInfo => ({
    name: 'Kravstudio',
    version: options.version,
    electronVersion: options.runtime?.electron ?? null,
    chromeVersion: options.runtime?.chrome ?? null,
    nodeVersion: process.versions.node,
    platform: process.platform,
    preferredLanguages: options.preferredLanguages(),
    licence: appLicence,
    templatesLicence,
  });
  return {
    appInfo,
    licences: () => readBundledLicences(options.paths.resources),
    settings: options.appState,
    openExternal: options.openExternal,
    clipboard: options.clipboard,
    clock: options.clock ?? { now: () => new Date() },
    paths: options.paths,
  };
}
