/**
 * The handler context made of plain Node parts: the document services over
 * the app state in userData. The app adds Electron's dialogs, shell,
 * clipboard and runtime versions; tests and the CLI use stand-ins.
 */
import type { AppInfo } from '../../shared/app-info';
import type { DocumentKindRegistry } from '../../shared/document-kinds/registry';
import type { SaveState } from '../../shared/documents';
import type { AppPaths, Clock, Dialogs, HandlerContext } from '../context';
import type { AppStateStore } from './app-state';
import { BackupStore } from './backups';
import { DocumentManager } from './document-manager';
import type { DocumentSession } from './document-session';
import { readBundledLicences } from './licences';
import { DocumentExports } from './document-export';
import type { ExportFormatRegistry } from './export-formats/registry';
import { ReceivedResponses } from './received-responses';
import { PendingImports } from './import/pending-imports';
import { PathGrants } from './path-grants';
import { CourseLibraryStore } from './course-library';
import { OrganisationLibrary } from './organisation-library';
import { TemplateLibraryStore } from './template-library';
import { Trash } from './trash';
import { WindowEdits } from './window-edits';

export const appLicence = 'EUPL-1.2';
export const templatesLicence = 'CC BY 4.0';
/** Quiet time after the last edit before a document is written to disk. */
export const defaultAutosaveDelayMs = 1000;

export interface NodeContextOptions {
  version: string;
  paths: AppPaths;
  appState: AppStateStore;
  preferredLanguages: () => string[];
  clock?: Clock;
  runtime?: { electron: string | null; chrome: string | null };
  openExternal: (url: string) => Promise<void>;
  clipboard: { writeText(text: string): void };
  showItemInFolder: (filePath: string) => void;
  openPath: (filePath: string) => Promise<void>;
  onExportProgress?: (sessionId: string, fraction: number) => void;
  takeLaunchFiles?: () => string[];
  dialogs: Dialogs;
  autosaveDelayMs?: number;
  onSaveState?: (session: DocumentSession, state: SaveState) => void;
  onSessionsChanged?: () => void;
  /** The export formats on offer; the shipped ones unless a test brings its own. */
  exportFormats?: ExportFormatRegistry;
  /** The kinds of document the app opens; the app's own registry when absent. */
  kinds?: DocumentKindRegistry;
  /** Sends document:sendPendingEdits to the window; false when there is none. Without it, nobody is asked. */
  askWindowForPendingEdits?: (requestId: string) => boolean;
  windowEditsTimeoutMs?: number;
  /** The paths handed to the renderer; the bootstrap brings its own so that the files it sends as events count too. */
  grants?: PathGrants;
  /** How long the organisation library folder may take to read; five seconds unless a test says otherwise. */
  organisationTimeoutMs?: number;
}

/** Dialogs whose every answer is granted: the user chose that file, so the window may name it. */
function grantingDialogs(dialogs: Dialogs, grants: PathGrants): Dialogs {
  const granted = (answer: string | null): string | null => {
    if (answer !== null) grants.grant(answer);
    return answer;
  };
  return {
    chooseDocumentToOpen: async (defaultFolder) => granted(await dialogs.chooseDocumentToOpen(defaultFolder)),
    choosePackToImport: async () => granted(await dialogs.choosePackToImport()),
    chooseCourseToImport: async () => granted(await dialogs.chooseCourseToImport()),
    // A shared file is written and the organisation folder read in the main process only: their paths never go to the window.
    chooseSharedFileSaveLocation: async (kind, defaultPath) => dialogs.chooseSharedFileSaveLocation(kind, defaultPath),
    chooseOrganisationFolder: async () => dialogs.chooseOrganisationFolder(),
    chooseImportSource: async (defaultFolder) => granted(await dialogs.chooseImportSource(defaultFolder)),
    chooseExportLocation: async (defaultPath, filter) => granted(await dialogs.chooseExportLocation(defaultPath, filter)),
    chooseSaveLocation: async (defaultPath) => granted(await dialogs.chooseSaveLocation(defaultPath)),
    // A mapping file is read and written in the main process only; its path never goes to the window, so it is not granted.
    chooseColumnMappingFile: async (defaultFolder) => dialogs.chooseColumnMappingFile(defaultFolder),
    chooseColumnMappingSaveLocation: async (defaultPath) => dialogs.chooseColumnMappingSaveLocation(defaultPath),
    chooseSupplierFileToOpen: async (kind, defaultFolder) => granted(await dialogs.chooseSupplierFileToOpen(kind, defaultFolder)),
    chooseSupplierSaveLocation: async (kind, defaultPath) => granted(await dialogs.chooseSupplierSaveLocation(kind, defaultPath)),
    // An evidence file is read in the main process only; the window gets its name and hash, never its path.
    chooseEvidenceFile: async (defaultFolder) => dialogs.chooseEvidenceFile(defaultFolder),
    // Responses to evaluate and the evaluation report are read and written in the main process only: the window gets file names, never these paths.
    chooseResponsesToEvaluate: async (defaultFolder) => dialogs.chooseResponsesToEvaluate(defaultFolder),
    chooseEvaluationReportLocation: async (defaultPath) => dialogs.chooseEvaluationReportLocation(defaultPath),
    chooseCourseToOpen: async (defaultFolder) => granted(await dialogs.chooseCourseToOpen(defaultFolder)),
    chooseFolder: async (defaultFolder) => granted(await dialogs.chooseFolder(defaultFolder)),
  };
}

export function createHandlerContext(options: NodeContextOptions): HandlerContext {
  const clock = options.clock ?? { now: () => new Date() };
  const grants = options.grants ?? new PathGrants();
  const takeLaunchFiles = options.takeLaunchFiles ?? (() => []);
  const backups = new BackupStore(options.appState, options.paths.userData, clock);
  const trash = new Trash(options.appState, options.paths.userData, clock);
  const documents = new DocumentManager({
    appState: options.appState,
    backups,
    trash,
    clock,
    documentsDir: options.paths.documents,
    autosaveDelayMs: options.autosaveDelayMs ?? defaultAutosaveDelayMs,
    onSaveState: options.onSaveState ?? (() => undefined),
    ...(options.onSessionsChanged !== undefined ? { onSessionsChanged: options.onSessionsChanged } : {}),
    ...(options.kinds !== undefined ? { kinds: options.kinds } : {}),
  });
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
  const organisation = new OrganisationLibrary({ appState: options.appState, ...(options.organisationTimeoutMs === undefined ? {} : { timeoutMs: options.organisationTimeoutMs }) });
  const templates = new TemplateLibraryStore({ shippedDir: options.paths.templates, userDataDir: options.paths.userData, organisation });
  const courses = new CourseLibraryStore({ shippedDir: options.paths.templates, userDataDir: options.paths.userData, organisation });
  return {
    appInfo,
    takeLaunchFiles: () => {
      const files = takeLaunchFiles();
      grants.grantAll(files);
      return files;
    },
    licences: () => readBundledLicences(options.paths.resources),
    settings: options.appState,
    openExternal: options.openExternal,
    clipboard: options.clipboard,
    showItemInFolder: options.showItemInFolder,
    openPath: options.openPath,
    exports: new DocumentExports({ appState: options.appState, templates, clock, ...(options.exportFormats === undefined ? {} : { formats: options.exportFormats }) }),
    onExportProgress: options.onExportProgress ?? (() => undefined),
    dialogs: grantingDialogs(options.dialogs, grants),
    documents,
    windowEdits: new WindowEdits({
      ask: options.askWindowForPendingEdits ?? (() => false),
      ...(options.windowEditsTimeoutMs !== undefined ? { timeoutMs: options.windowEditsTimeoutMs } : {}),
    }),
    backups,
    trash,
    templates,
    courses,
    organisation,
    clock,
    paths: options.paths,
    grants,
    imports: new PendingImports(),
    receivedResponses: new ReceivedResponses(),
  };
}
