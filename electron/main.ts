/**
 * Bootstrap (main process): app lifecycle, single-instance lock, the window,
 * the menu and the app:// protocol. Everything else lives in plain modules
 * that receive what they need from here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { EventName, EventPayload } from '../shared/contract';
import { pickUiLanguage } from '../shared/languages';
import { resolveAsset, securityHeaders } from './app-protocol';
import { handlers } from './handlers';
import { createDispatcher, registerIpc } from './ipc';
import { documentPathsFromArgv } from './launch-args';
import { buildMenuTemplate } from './menu';
import { appHost, appOrigin, appScheme, hardenSession, hardenWebContents, windowWebPreferences } from './security';
import { openAppStateStore, type AppStateStore } from './services/app-state';
import { createHandlerContext } from './services/node-context';
import { fitToDisplays } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..');
const rendererDir = path.join(outDir, 'renderer');
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const devServerOrigin = devServerUrl !== undefined ? new URL(devServerUrl).origin : null;
const allowedOrigins = devServerOrigin !== null ? [appOrigin, devServerOrigin] : [appOrigin];

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
let rendererReady = false;
const pendingFiles: string[] = documentPathsFromArgv(process.argv.slice(1), process.cwd());

function send<E extends EventName>(event: E, payload: EventPayload<E>): void {
  mainWindow?.webContents.send(event, payload);
}

function flushPendingFiles(): void {
  if (!rendererReady) return;
  for (const filePath of pendingFiles.splice(0)) send('app:openFile', { path: filePath });
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
  const baseContext = createHandlerContext({
    version: app.getVersion(),
    paths: {
      userData: app.getPath('userData'),
      documents: path.join(app.getPath('documents'), 'Kravstudio'),
      resources: outDir,
    },
    appState,
    preferredLanguages: () => app.getPreferredSystemLanguages(),
    runtime: { electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null },
    openExternal,
    clipboard: { writeText: (text) => clipboard.writeText(text) },
  });
  const context = {
    ...baseContext,
    settings: {
      get: () => appState.get(),
      update: async (patch: Parameters<AppStateStore['update']>[0]) => {
        const next = await appState.update(patch);
        installMenu(appState);
        return next;
      },
    },
  };
  registerIpc(
    ipcMain,
    createDispatcher({
      registry: handlers,
      context,
      allowedOrigins,
      logError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
    }),
  );

  installMenu(appState);
  createWindow(appState);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(appState);
  });
}

function installMenu(appState: AppStateStore): void {
  const settings = appState.get();
  const template = buildMenuTemplate(
    {
      language: settings.language ?? pickUiLanguage(app.getPreferredSystemLanguages()),
      platform: process.platform,
      documentsAvailable: false,
      documentOpen: false,
      recentDocuments: [],
      devTools: !app.isPackaged,
    },
    {
      command: (command) => send('menu:command', { command }),
      openRecent: (filePath) => send('app:openFile', { path: filePath }),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(appState: AppStateStore): void {
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
  window.webContents.on('did-finish-load', () => {
    rendererReady = true;
    flushPendingFiles();
  });

  let saveTimer: NodeJS.Timeout | undefined;
  const rememberBounds = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (window.isDestroyed()) return;
      const bounds = window.getNormalBounds();
      void appState.setWindow({ ...bounds, maximized: window.isMaximized() });
    }, 500);
  };
  window.on('resize', rememberBounds);
  window.on('move', rememberBounds);
  window.on('close', () => {
    clearTimeout(saveTimer);
    const bounds = window.getNormalBounds();
    void appState.setWindow({ ...bounds, maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    mainWindow = null;
    rendererReady = false;
  });

  void window.loadURL(devServerUrl ?? `${appScheme}://${appHost}/index.html`);
}
