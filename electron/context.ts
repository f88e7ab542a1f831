/**
 * The capabilities a handler may use. The main process fills this with
 * Electron-backed implementations; tests fill it with plain Node ones.
 */
import type { AppInfo, BundledLicence } from '../shared/app-info';
import { pickUiLanguage, type UiLanguage } from '../shared/languages';
import type { Settings, SettingsPatch } from '../shared/settings';
import type { BackupStore } from './services/backups';
import type { DocumentExports } from './services/document-export';
import type { DocumentManager } from './services/document-manager';
import type { PendingImports } from './services/import/pending-imports';
import type { PathGrants } from './services/path-grants';
import type { ReceivedResponses } from './services/received-responses';
import type { CourseLibraryStore } from './services/course-library';
import type { OrganisationLibrary } from './services/organisation-library';
import type { TemplateLibraryStore } from './services/template-library';
import type { Trash } from './services/trash';
import type { WindowEdits } from './services/window-edits';

export interface Clock {
  now(): Date;
}

export interface AppPaths {
  /** The app's own state: settings, window state, later backups and trash. */
  userData: string;
  /** Where new specifications go by default. */
  documents: string;
  /** Built resources shipped with the app (licences.json). */
  resources: string;
  /** The shipped template library (packs, modules, catalogues, rules). */
  templates: string;
}

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
}

/** Native file dialogs; null when the user cancels. */
export interface Dialogs {
  chooseDocumentToOpen(defaultFolder: string): Promise<string | null>;
  choosePackToImport(): Promise<string | null>;
  /** A course pack (.kravkurs) to import into the user's courses. */
  chooseCourseToImport(): Promise<string | null>;
  /** Where to write a shared pack (.kravmall) or course (.kravkurs); the path stays in the main process. */
  chooseSharedFileSaveLocation(kind: 'pack' | 'course', defaultPath: string): Promise<string | null>;
  /** The organisation library folder (Settings); the path stays in the main process. */
  chooseOrganisationFolder(): Promise<string | null>;
  /** A Word document or a spreadsheet (.xlsx, .csv) to import as a new specification. */
  chooseImportSource(defaultFolder: string): Promise<string | null>;
  /** `filter` is the chosen export format's: its name in the UI language and its extension. */
  chooseExportLocation(defaultPath: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  chooseSaveLocation(defaultPath: string): Promise<string | null>;
  /** A saved column mapping (MAPPING.json) to use for a spreadsheet import. */
  chooseColumnMappingFile(defaultFolder: string): Promise<string | null>;
  /** Where to save a spreadsheet's column mapping (MAPPING.json). */
  chooseColumnMappingSaveLocation(defaultPath: string): Promise<string | null>;
  /** A supplier's file to open: a response (`.kravsvar`) or a company profile (`.kravprofil`). */
  chooseSupplierFileToOpen(kind: 'response' | 'profile', defaultFolder: string): Promise<string | null>;
  /** Where to save a supplier's response (`.kravsvar`) or company profile (`.kravprofil`). */
  chooseSupplierSaveLocation(kind: 'response' | 'profile', defaultPath: string): Promise<string | null>;
  /** Any file a supplier attaches to an answer as evidence; read in the main process only. */
  chooseEvidenceFile(defaultFolder: string): Promise<string | null>;
  /** The suppliers' responses a buyer evaluates (several at once); empty when the user cancels. */
  chooseResponsesToEvaluate(defaultFolder: string): Promise<string[]>;
  /** Where to save the evaluation report (DOCX). */
  chooseEvaluationReportLocation(defaultPath: string): Promise<string | null>;
  /** A course pack (`.kravkurs`) to open. */
  chooseCourseToOpen(defaultFolder: string): Promise<string | null>;
  /** A folder (a trainer's folder of trainees' answers). */
  chooseFolder(defaultFolder: string): Promise<string | null>;
}

export interface HandlerContext {
  appInfo(): AppInfo;
  /** Hands over the files waiting to be opened; from then on they arrive as app:openFile events. */
  takeLaunchFiles(): string[];
  licences(): Promise<BundledLicence[]>;
  settings: SettingsStore;
  /** Opens an already validated https URL in the user's browser. */
  openExternal(url: string): Promise<void>;
  clipboard: { writeText(text: string): void };
  /** Shows a file in the system's file manager. */
  showItemInFolder(filePath: string): void;
  /** Opens a file with the program the system uses for it. */
  openPath(filePath: string): Promise<void>;
  exports: DocumentExports;
  /** Tells the window how far an export has come (0–1). */
  onExportProgress(sessionId: string, fraction: number): void;
  dialogs: Dialogs;
  documents: DocumentManager;
  /** Asks the window for the edits it has not sent yet (before quitting), and takes its answer. */
  windowEdits: WindowEdits;
  backups: BackupStore;
  trash: Trash;
  templates: TemplateLibraryStore;
  /** The course packs: shipped, the user's own, the organisation's. */
  courses: CourseLibraryStore;
  /** The organisation library folder set in Settings. */
  organisation: OrganisationLibrary;
  clock: Clock;
  paths: AppPaths;
  /** The paths handed to the renderer: the only ones it may hand back. */
  grants: PathGrants;
  /** Imports read and waiting for the user to create the specification or cancel. */
  imports: PendingImports;
  /** The suppliers' responses received for each open specification, for the buyer's evaluation. */
  receivedResponses: ReceivedResponses;
}

/** The language the app speaks: the user's setting, or else the system's. */
export function uiLanguageOf(ctx: HandlerContext): UiLanguage {
  return ctx.settings.get().language ?? pickUiLanguage(ctx.appInfo().preferredLanguages);
}
