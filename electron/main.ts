/**
 * Bootstrap (main process): app lifecycle, single-instance lock, the window,
 * the menu and the app:// protocol. Everything else lives in plain modules
 * that receive what they need from here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { EventName, EventPayload } from '../shared/contract';
import { documentKinds } from '../shared/document-kinds/registry';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import { importExtensions, supportedImportKinds } from '../shared/import/sources';
import { pickUiLanguage, type UiLanguage } from '../shared/languages';
import { responseExtension } from '../shared/response/model';
import { profileExtension } from '../shared/response/profile';
import { courseExtension } from '../shared/document-kinds/course';
import { templatePackExtension } from '../shared/document-kinds/template-pack';
import type { HandlerContext } from './context';
import { resolveAsset, securityHeaders } from './app-protocol';
import { handlers } from './handlers';
import { createDispatcher, registerIpc } from './ipc';
import { documentPathsFromArgv } from './launch-args';
import { buildMenuTemplate } from './menu';
import { appHost, appOrigin, appScheme, hardenSession, hardenWebContents, windowWebPreferences } from './security';
import { openAppStateStore, type AppStateStore } from './services/app-state';
import { createHandlerContext } from './services/node-context';
import { PathGrants } from './services/path-grants';
import { responseSourceExtensions } from './services/received-responses';
import { saveEverythingBeforeQuit, type WindowEdits } from './services/window-edits';
import { fitToDisplays } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..');
const rendererDir = path.join(outDir, 'renderer');
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const devServerOrigin = devServerUrl !== undefined ? new URL(devServerUrl).origin : null;
// In development the page also comes from the Vite server, whose hot reload uses a websocket.
const allowedOrigins = devServerOrigin !== null ? [appOrigin, devServerOrigin, devServerOrigin.replace(/^http/, 'ws')] : [appOrigin];

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
/** True once the page has taken the launch files, so later ones can be sent as events it listens for. */
let rendererReady = false;
let readyToQuit = false;
const pendingFiles: string[] = documentPathsFromArgv(process.argv.slice(1), process.cwd());
/** The paths the window has been given, and so may hand back; files the OS asks us to open count. */
const grants = new PathGrants();

/** Sends an event to the window; false when there is no window (or no page in it) to receive it. */
function send<E extends EventName>(event: E, payload: EventPayload<E>): boolean {
  if (mainWindow === null || mainWindow.isDestroyed()) return false;
  mainWindow.webContents.send(event, payload);
  return true;
}

function flushPendingFiles(): void {
  if (!rendererReady) return;
  for (const filePath of pendingFiles.splice(0)) {
    grants.grant(filePath);
    send('app:openFile', { path: filePath });
  }
}

function openExternal(url: string): Promise<void> {
  return shell.openExternal(url, { activate: true });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    pendingFiles.push(...documentPathsFromArgv(argv.slice(1), workingDirectory));
    if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
    flushPendingFiles();
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    pendingFiles.push(filePath);
    flushPendingFiles();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { allowedOrigins, openExternal: (url) => void openExternal(url) });
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error('Kravstudio could not start:', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, { allowedOrigins });
  protocol.handle(appScheme, async (request) => {
    const asset = resolveAsset(request.url, rendererDir, appOrigin);
    if (asset.kind === 'file') {
      try {
        return new Response(await readFile(asset.filePath), { headers: asset.headers });
      } catch {
        // fall through to 404
      }
    }
    return new Response('Not found', { status: 404, headers: securityHeaders });
  });

  const appState = await openAppStateStore(app.getPath('userData'), { now: () => new Date() });
  const t = (key: string, values?: Record<string, string>): string => lookup(catalogues[uiLanguage(appState)], key, values);
  const fileFilters = [{ name: t('dialogs.filterName'), extensions: documentKinds.extensions() }];
  const supplierFileFilters = {
    response: { title: 'supplier.dialogs.openResponseTitle', saveTitle: 'supplier.dialogs.saveResponseTitle', name: 'supplier.dialogs.responseFilter', extension: responseExtension },
    profile: { title: 'supplier.dialogs.openProfileTitle', saveTitle: 'supplier.dialogs.saveProfileTitle', name: 'supplier.dialogs.profileFilter', extension: profileExtension },
  } as const;
  const baseContext = createHandlerContext({
    version: app.getVersion(),
    paths: {
      userData: app.getPath('userData'),
      documents: path.join(app.getPath('documents'), 'Kravstudio'),
      resources: outDir,
      templates: path.resolve(outDir, '..', 'templates'),
    },
    appState,
    grants,
    preferredLanguages: () => app.getPreferredSystemLanguages(),
    runtime: { electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null },
    openExternal,
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
    openPath: async (filePath) => {
      const problem = await shell.openPath(filePath);
      if (problem !== '') console.error(`Opening ${filePath} failed: ${problem}`);
    },
    onExportProgress: (sessionId, fraction) => send('export:progress', { sessionId, fraction }),
    takeLaunchFiles: () => {
      rendererReady = true;
      return pendingFiles.splice(0);
    },
    dialogs: {
      chooseDocumentToOpen: async (defaultFolder) => {
        const options = { title: t('dialogs.openTitle'), defaultPath: defaultFolder, filters: fileFilters, properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      choosePackToImport: async () => {
        const options = { title: t('dialogs.importPackTitle'), filters: [{ name: t('dialogs.packFilterName'), extensions: [templatePackExtension, 'json'] }], properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseCourseToImport: async () => {
        const options = { title: t('sharing.dialogs.importCourseTitle'), filters: [{ name: t('sharing.dialogs.courseFilter'), extensions: [courseExtension] }], properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseSharedFileSaveLocation: async (kind, defaultPath) => {
        const filter = kind === 'pack' ? { name: t('sharing.dialogs.packFilter'), extensions: [templatePackExtension] } : { name: t('sharing.dialogs.courseFilter'), extensions: [courseExtension] };
        const options = { title: t(kind === 'pack' ? 'sharing.dialogs.exportPackTitle' : 'sharing.dialogs.exportCourseTitle'), defaultPath, filters: [filter] };
        const result = mainWindow !== null ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseOrganisationFolder: async () => {
        const options = { title: t('sharing.dialogs.organisationFolderTitle'), properties: ['openDirectory' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseImportSource: async (defaultFolder) => {
        const filters = supportedImportKinds.map((kind) => ({ name: t(`import.source.${kind}`), extensions: [...importExtensions[kind]] }));
        const options = { title: t('import.menuItem'), defaultPath: defaultFolder, filters, properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseExportLocation: async (defaultPath, filter) => {
        const options = { title: t('dialogs.exportTitle'), defaultPath, filters: [filter] };
        const result = mainWindow !== null ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseSaveLocation: async (defaultPath) => {
        const options = { title: t('dialogs.saveAsTitle'), defaultPath, filters: fileFilters };
        const result = mainWindow !== null ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseColumnMappingFile: async (defaultFolder) => {
        const filters = [{ name: t('tableImport.mapping.fileFilter'), extensions: ['json'] }];
        const options = { title: t('tableImport.mapping.openTitle'), defaultPath: defaultFolder, filters, properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseColumnMappingSaveLocation: async (defaultPath) => {
        const options = { title: t('tableImport.mapping.saveTitle'), defaultPath, filters: [{ name: t('tableImport.mapping.fileFilter'), extensions: ['json'] }] };
        const result = mainWindow !== null ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseSupplierFileToOpen: async (kind, defaultFolder) => {
        const filter = supplierFileFilters[kind];
        const options = { title: t(filter.title), defaultPath: defaultFolder, filters: [{ name: t(filter.name), extensions: [filter.extension] }], properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseEvidenceFile: async (defaultFolder) => {
        const options = { title: t('supplier.dialogs.attachEvidenceTitle'), defaultPath: defaultFolder, properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseResponsesToEvaluate: async (defaultFolder) => {
        const filters = [{ name: t('responseEvaluation.dialogs.responseFilter'), extensions: [...responseSourceExtensions] }];
        const options = { title: t('responseEvaluation.dialogs.addTitle'), defaultPath: defaultFolder, filters, properties: ['openFile' as const, 'multiSelections' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? [] : result.filePaths;
      },
      chooseEvaluationReportLocation: async (defaultPath) => {
        const options = { title: t('responseEvaluation.dialogs.reportTitle'), defaultPath, filters: [{ name: t('responseEvaluation.dialogs.reportFilter'), extensions: ['docx'] }] };
        const result = mainWindow !== null ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseSupplierSaveLocation: async (kind, defaultPath) => {
        const filter = supplierFileFilters[kind];
        const options = { title: t(filter.saveTitle), defaultPath, filters: [{ name: t(filter.name), extensions: [filter.extension] }] };
        const result = mainWindow !== null ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled ? null : (result.filePath ?? null);
      },
      chooseCourseToOpen: async (defaultFolder) => {
        const options = { title: t('courseScreens.dialogs.openTitle'), defaultPath: defaultFolder, filters: [{ name: t('courseScreens.dialogs.filter'), extensions: [courseExtension] }], properties: ['openFile' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseFolder: async (defaultFolder) => {
        const options = { title: t('courseScreens.dialogs.folderTitle'), defaultPath: defaultFolder, properties: ['openDirectory' as const] };
        const result = mainWindow !== null ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
    onSaveState: (documentSession, state) => send('document:saveState', { sessionId: documentSession.sessionId, state }),
    onSessionsChanged: () => installMenu(appState, context),
    // A page that has not started yet holds no edits; one that has is asked for them.
    askWindowForPendingEdits: (requestId) => rendererReady && send('document:sendPendingEdits', { requestId }),
  });
  const context: HandlerContext = {
    ...baseContext,
    settings: {
      get: () => appState.get(),
      update: async (patch: Parameters<AppStateStore['update']>[0]) => {
        const next = await appState.update(patch);
        installMenu(appState, context);
        return next;
      },
    },
  };
  await context.trash.emptyExpired().catch((error: unknown) => console.error('Emptying the trash failed:', error));
  await context.backups.prune().catch((error: unknown) => console.error('Pruning backups failed:', error));

  // Nothing typed is lost on quit: the window's pending edits are taken, every open document is saved; if one cannot be, ask.
  app.on('before-quit', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    void saveEverythingBeforeQuit(context).then(async (failed) => {
      if (failed.length > 0) {
        const files = failed.map((doc) => path.basename(doc.path)).join(', ');
        const options = {
          type: 'warning' as const,
          title: t('quit.title'),
          message: t('quit.message'),
          detail: t('quit.detail', { files }),
          buttons: [t('quit.cancel'), t('quit.quitAnyway')],
          defaultId: 0,
          cancelId: 0,
        };
        const answer = mainWindow !== null ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
        if (answer.response !== 1) return;
      }
      readyToQuit = true;
      app.quit();
    });
  });

  registerIpc(
    ipcMain,
    createDispatcher({
      registry: handlers,
      context,
      allowedOrigins,
      logError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
    }),
  );

  installMenu(appState, context);
  createWindow(appState, context.windowEdits);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(appState, context.windowEdits);
  });
}

function uiLanguage(appState: AppStateStore): UiLanguage {
  return appState.get().language ?? pickUiLanguage(app.getPreferredSystemLanguages());
}

function installMenu(appState: AppStateStore, context: HandlerContext): void {
  const template = buildMenuTemplate(
    {
      language: uiLanguage(appState),
      platform: process.platform,
      documentsAvailable: true,
      documentOpen: context.documents.sessions().length > 0,
      recentDocuments: appState.snapshot().recent.slice(0, 10).map((doc) => ({ title: doc.title, path: doc.path })),
      devTools: !app.isPackaged,
    },
    {
      command: (command) => send('menu:command', { command }),
      openRecent: (filePath) => {
        context.grants.grant(filePath);
        send('app:openFile', { path: filePath });
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(appState: AppStateStore, windowEdits: WindowEdits): void {
  const saved = fitToDisplays(
    appState.window(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Kravstudio',
    backgroundColor: '#ffffff',
    webPreferences: windowWebPreferences({
      preload: path.join(outDir, 'preload', 'preload.cjs'),
      devTools: !app.isPackaged,
    }),
  });
  mainWindow = window;
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // A reload starts a page that has not yet asked for its launch files.
  window.webContents.on('did-start-loading', () => {
    rendererReady = false;
  });

  let saveTimer: NodeJS.Timeout | undefined;
  // The window's place is a convenience: a write that fails (a full disk, the folder gone at quit) costs
  // only the remembered size next time, never an unhandled rejection.
  const rememberNow = (): void => {
    const bounds = window.getNormalBounds();
    appState.setWindow({ ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
  };
  const rememberBounds = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (window.isDestroyed()) return;
      rememberNow();
    }, 500);
  };
  window.on('resize', rememberBounds);
  window.on('move', rememberBounds);
  // Closing the window first takes the edits still waiting in it (bounded), so the quit that follows saves them.
  let editsTaken = false;
  window.on('close', (event) => {
    clearTimeout(saveTimer);
    rememberNow();
    if (editsTaken || !rendererReady) return;
    event.preventDefault();
    void windowEdits.collect().finally(() => {
      editsTaken = true;
      if (!window.isDestroyed()) window.close();
    });
  });
  // A supplier's response is saved only when asked. While one has unsaved answers the page refuses to unload, and the user decides.
  window.webContents.on('will-prevent-unload', (event) => {
    const t = (key: string): string => lookup(catalogues[uiLanguage(appState)], key);
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: t('quit.unsavedTitle'),
      message: t('quit.unsavedTitle'),
      detail: t('quit.unsavedDetail'),
      buttons: [t('quit.cancel'), t('quit.closeAnyway')],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) {
      event.preventDefault();
      return;
    }
    // Staying ends the quit that asked: the next close takes the window's edits again and the next quit saves every document again.
    editsTaken = false;
    readyToQuit = false;
  });
  window.on('closed', () => {
    mainWindow = null;
    rendererReady = false;
  });

  void window.loadURL(devServerUrl ?? `${appScheme}://${appHost}/index.html`);
}
