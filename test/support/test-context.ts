/**
 * A handler context of plain Node parts over a fresh temporary data folder,
 * for unit and end-to-end tests. Records what would have left the app
 * (browser links, clipboard) instead of doing it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { HandlerContext } from '../../electron/context';
import { openAppStateStore, type AppStateStore } from '../../electron/services/app-state';
import { createHandlerContext } from '../../electron/services/node-context';

export interface TestContext {
  context: HandlerContext;
  appState: AppStateStore;
  dataDir: string;
  openedUrls: string[];
  clipboard: string[];
  dispose(): Promise<void>;
}

export async function createTestContext(options: {
  preferredLanguages?: string[];
  resourcesDir: string;
}): Promise<TestContext> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-test-'));
  const userData = path.join(dataDir, 'userData');
  const documents = path.join(dataDir, 'Documents', 'Kravstudio');
  await mkdir(userData, { recursive: true });
  await mkdir(documents, { recursive: true });
  const clock = { now: () => new Date() };
  const appState = await openAppStateStore(userData, clock);
  const openedUrls: string[] = [];
  const clipboard: string[] = [];
  const context = createHandlerContext({
    version: '0.0.0-test',
    paths: { userData, documents, resources: options.resourcesDir },
    appState,
    preferredLanguages: () => options.preferredLanguages ?? ['en-GB'],
    clock,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    clipboard: { writeText: (text) => void clipboard.push(text) },
  });
  return {
    context,
    appState,
    dataDir,
    openedUrls,
    clipboard,
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}
