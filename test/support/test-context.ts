/**
 * A handler context of plain Node parts over a fresh temporary data folder,
 * for unit and end-to-end tests. Records what would have left the app
 * (browser links, clipboard) instead of doing it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Clock, HandlerContext } from '../../electron/context';
import type { DocumentKindRegistry } from '../../shared/document-kinds/registry';
import type { SaveState } from '../../shared/documents';
import { openAppStateStore, type AppStateStore } from '../../electron/services/app-state';
import type { ExportFormatRegistry } from '../../electron/services/export-formats/registry';
import { createHandlerContext } from '../../electron/services/node-context';

export interface TestContext {
  context: HandlerContext;
  appState: AppStateStore;
  dataDir: string;
  documentsDir: string;
  openedUrls: string[];
  clipboard: string[];
  shownInFolder: string[];
  /** What the next native open / save dialogs answer (null = the user cancels). */
  dialogAnswers: {
    open: (string | null)[];
    save: (string | null)[];
    pack: (string | null)[];
    export: (string | null)[];
    import: (string | null)[];
    /** The open dialog for a saved column mapping, and the save dialog for one. */
    mappingFile: (string | null)[];
    mappingSave: (string | null)[];
    /** The open dialog for suppliers' responses to evaluate (several files; empty = cancelled), and the evaluation report's save dialog. */
    responses: string[][];
    report: (string | null)[];
    /** The open dialogs for a course pack (to open or to import), the save dialog for a shared pack or course. */
    course: (string | null)[];
    shareSave: (string | null)[];
    /** The folder dialogs: a trainer's folder of answers, the organisation library folder. */
    folder: (string | null)[];
  };
  openedPaths: string[];
  exportProgress: number[];
  /** What each export save dialog offered: the suggested path and the format's filter. */
  exportDialogs: { defaultPath: string; filter: { name: string; extensions: string[] } }[];
  saveStates: { sessionId: string; state: SaveState }[];
  dispose(): Promise<void>;
}

export async function createTestContext(options: {
  preferredLanguages?: string[];
  resourcesDir: string;
  templatesDir?: string;
  autosaveDelayMs?: number;
  clock?: Clock;
  /** Files the OS handed over at launch (a double-clicked document). */
  launchFiles?: string[];
  /** Called as the main process would send document:saveState to the window. */
  onSaveState?: (sessionId: string, state: SaveState) => void;
  /** The export formats on offer; the shipped ones unless the test brings its own. */
  exportFormats?: ExportFormatRegistry;
  /** The kinds of document the services open; the app's own when absent. */
  kinds?: DocumentKindRegistry;
  /** How long the organisation library folder may take to read. */
  organisationTimeoutMs?: number;
  /** Called as the main process would send document:sendPendingEdits to the window; false = no window. */
  askWindowForPendingEdits?: (requestId: string) => boolean;
}): Promise<TestContext> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-test-'));
  const userData = path.join(dataDir, 'userData');
  const documents = path.join(dataDir, 'Documents', 'Kravstudio');
  await mkdir(userData, { recursive: true });
  await mkdir(documents, { recursive: true });
  const clock = options.clock ?? { now: () => new Date() };
  const appState = await openAppStateStore(userData, clock);
  const openedUrls: string[] = [];
  const clipboard: string[] = [];
  const shownInFolder: string[] = [];
  const dialogAnswers: TestContext['dialogAnswers'] = { open: [], save: [], pack: [], export: [], import: [], mappingFile: [], mappingSave: [], responses: [], report: [], course: [], shareSave: [], folder: [] };
  const openedPaths: string[] = [];
  const exportProgress: number[] = [];
  const exportDialogs: TestContext['exportDialogs'] = [];
  const saveStates: TestContext['saveStates'] = [];
  const context = createHandlerContext({
    version: '0.0.0-test',
    paths: { userData, documents, resources: options.resourcesDir, templates: options.templatesDir ?? path.resolve(import.meta.dirname, '..', '..', 'templates') },
    appState,
    preferredLanguages: () => options.preferredLanguages ?? ['en-GB'],
    clock,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    clipboard: { writeText: (text) => void clipboard.push(text) },
    showItemInFolder: (filePath) => void shownInFolder.push(filePath),
    openPath: async (filePath) => void openedPaths.push(filePath),
    onExportProgress: (_sessionId, fraction) => void exportProgress.push(fraction),
    takeLaunchFiles: () => (options.launchFiles ?? []).splice(0),
    dialogs: {
      chooseDocumentToOpen: async () => dialogAnswers.open.shift() ?? null,
      chooseSaveLocation: async () => dialogAnswers.save.shift() ?? null,
      choosePackToImport: async () => dialogAnswers.pack.shift() ?? null,
      chooseCourseToImport: async () => dialogAnswers.course.shift() ?? null,
      chooseSharedFileSaveLocation: async () => dialogAnswers.shareSave.shift() ?? null,
      chooseOrganisationFolder: async () => dialogAnswers.folder.shift() ?? null,
      chooseImportSource: async () => dialogAnswers.import.shift() ?? null,
      chooseColumnMappingFile: async () => dialogAnswers.mappingFile.shift() ?? null,
      chooseColumnMappingSaveLocation: async () => dialogAnswers.mappingSave.shift() ?? null,
      chooseSupplierFileToOpen: async () => dialogAnswers.open.shift() ?? null,
      chooseSupplierSaveLocation: async () => dialogAnswers.save.shift() ?? null,
      chooseEvidenceFile: async () => dialogAnswers.open.shift() ?? null,
      chooseResponsesToEvaluate: async () => dialogAnswers.responses.shift() ?? [],
      chooseEvaluationReportLocation: async () => dialogAnswers.report.shift() ?? null,
      chooseCourseToOpen: async () => dialogAnswers.course.shift() ?? null,
      chooseFolder: async () => dialogAnswers.folder.shift() ?? null,
      chooseExportLocation: async (defaultPath, filter) => {
        exportDialogs.push({ defaultPath, filter });
        return dialogAnswers.export.shift() ?? null;
      },
    },
    autosaveDelayMs: options.autosaveDelayMs ?? 200,
    ...(options.exportFormats === undefined ? {} : { exportFormats: options.exportFormats }),
    ...(options.kinds !== undefined ? { kinds: options.kinds } : {}),
    onSaveState: (session, state) => {
      saveStates.push({ sessionId: session.sessionId, state });
      options.onSaveState?.(session.sessionId, state);
    },
    ...(options.askWindowForPendingEdits !== undefined ? { askWindowForPendingEdits: options.askWindowForPendingEdits } : {}),
    ...(options.organisationTimeoutMs !== undefined ? { organisationTimeoutMs: options.organisationTimeoutMs } : {}),
  });
  return {
    context,
    appState,
    dataDir,
    documentsDir: documents,
    openedUrls,
    clipboard,
    shownInFolder,
    dialogAnswers,
    openedPaths,
    exportProgress,
    exportDialogs,
    saveStates,
    // A save still finishing (an autosave or its backup, late on a loaded machine) can add a file while the
    // folder is being removed: rm then retries instead of failing the test with ENOTEMPTY.
    dispose: () => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }),
  };
}
