/**
 * Loads the real main-process bootstrap against a mocked 'electron' module and
 * checks what it wires up: the window's webPreferences, the app:// protocol
 * with its CSP, the menu, the IPC channels, the hardening handlers and the
 * single-instance hand-over of files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/contract';
import { contentSecurityPolicy } from '../../shared/csp';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeWebContents {
    listeners = new Map<string, Listener>();
    sent: [string, unknown][] = [];
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
  }
  class FakeWindow {
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    listeners = new Map<string, Listener>();
    focused = 0;
    closed = 0;
    loaded: string | null = null;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    static getAllWindows() {
      return windows;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    close() {
      this.closed += 1;
    }
    getNormalBounds() {
      return { x: 10, y: 10, width: 1200, height: 800 };
    }
  }
  let ready: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const state = {
    userData: '',
    appListeners,
    windows,
    ready: () => ready(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcChannels: [] as string[],
    ipcHandlers: new Map<string, Listener>(),
    menuTemplate: null as unknown,
    privileged: [] as unknown[],
    permissionRequestHandler: null as Listener | null,
    quitCalls: 0,
  };
  const session = {
    setPermissionRequestHandler: (handler: Listener) => {
      state.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined },
  };
  const module = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => void appListeners.set(event, listener),
      whenReady: () => whenReadyPromise,
      getPath: (name: string) => (name === 'userData' ? state.userData : path.join(state.userData, name)),
      getVersion: () => '9.9.9',
      getPreferredSystemLanguages: () => ['sv-SE'],
      quit: () => {
        state.quitCalls += 1;
      },
      exit: () => undefined,
    },
    BrowserWindow: FakeWindow,
    clipboard: { writeText: vi.fn() },
    dialog: {
      showMessageBox: async () => ({ response: 0 }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        state.ipcChannels.push(channel);
        state.ipcHandlers.set(channel, listener);
      },
      removeHandler: vi.fn(),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        state.menuTemplate = template;
        return template;
      },
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void state.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: session },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return { module, state };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { state } = electron;

describe('main-process bootstrap', () => {
  beforeAll(async () => {
    state.userData = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-main-'));
    process.argv.push(path.join('/tmp', 'Upphandling 2027.kravspec'));
    await import('../../electron/main');
    state.ready();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  });
  // Closing the window writes its bounds in the background; retry if that write is still landing.
  afterAll(() => rm(state.userData, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));

  it('registers app:// as a secure, standard scheme before the app is ready', () => {
    expect(state.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('opens the window hardened and loads it from app://', () => {
    const window = state.windows[0];
    expect(window?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
    expect(window?.loaded).toBe('app://kravstudio/index.html');
  });

  it('serves the renderer with the CSP header and refuses other hosts', async () => {
    const handler = state.protocolHandlers.get('app');
    const ok = await handler?.(new Request('app://kravstudio/index.html'));
    expect(ok?.status).toBe(200);
    expect(ok?.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const missing = await handler?.(new Request('app://elsewhere/index.html'));
    expect(missing?.status).toBe(404);
    expect(missing?.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('registers every contract channel on ipcMain', () => {
    expect([...state.ipcChannels].sort()).toEqual([...channelNames].sort());
  });

  it('denies permissions and hardens every web contents', () => {
    const callback = vi.fn();
    state.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const listeners = new Map<string, Listener>();
    const contents = { on: (event: string, listener: Listener) => listeners.set(event, listener), setWindowOpenHandler: vi.fn() };
    state.appListeners.get('web-contents-created')?.({}, contents);
    const event = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('builds the native menu in the OS language', () => {
    const labels = (state.menuTemplate as { label: string }[]).map((item) => item.label);
    expect(labels).toEqual(['&Arkiv', '&Redigera', '&Visa', '&Hjälp']);
  });

  it('keeps launch files until the page asks for them, then sends later ones as events', async () => {
    const window = state.windows[0];
    const handler = state.ipcHandlers.get('app:takeLaunchFiles');
    const sender = { senderFrame: { url: 'app://kravstudio/index.html', parent: null } };
    await expect(handler?.(sender, undefined)).resolves.toEqual({ ok: true, value: ['/tmp/Upphandling 2027.kravspec'] });
    state.appListeners.get('second-instance')?.({}, ['kravstudio', '--flag', 'Avtal.kravspec'], '/home/anna/Dokument');
    expect(window?.focused).toBe(1);
    expect(window?.webContents.sent).toEqual([['app:openFile', { path: '/home/anna/Dokument/Avtal.kravspec' }]]);
  });

  it('closing the window first takes the edits still waiting in it, then closes', async () => {
    const window = state.windows[0];
    const sentBefore = window?.webContents.sent.length ?? 0;
    const event = { preventDefault: vi.fn() };
    window?.listeners.get('close')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    const request = window?.webContents.sent[sentBefore];
    expect(request?.[0]).toBe('document:sendPendingEdits');
    expect(window?.closed).toBe(0);
    const { requestId } = request?.[1] as { requestId: string };
    const sender = { senderFrame: { url: 'app://kravstudio/index.html', parent: null } };
    await state.ipcHandlers.get('document:pendingEditsSent')?.(sender, { requestId });
    await vi.waitFor(() => expect(window?.closed).toBe(1));
    // The close that follows goes through.
    const again = { preventDefault: vi.fn() };
    window?.listeners.get('close')?.(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  // Last: quitting is let through only once, and the page has started (it took its launch files above).
  it('asks the window for its pending edits and saves open documents before quitting, then quits', async () => {
    const window = state.windows[0];
    const sentBefore = window?.webContents.sent.length ?? 0;
    const event = { preventDefault: vi.fn() };
    state.appListeners.get('before-quit')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    const request = window?.webContents.sent[sentBefore];
    expect(request?.[0]).toBe('document:sendPendingEdits');
    await Promise.resolve();
    expect(state.quitCalls).toBe(0);
    const { requestId } = request?.[1] as { requestId: string };
    const sender = { senderFrame: { url: 'app://kravstudio/index.html', parent: null } };
    await expect(state.ipcHandlers.get('document:pendingEditsSent')?.(sender, { requestId })).resolves.toEqual({ ok: true, value: undefined });
    await vi.waitFor(() => expect(state.quitCalls).toBe(1));
    // The second before-quit (from that quit) is let through.
    const second = { preventDefault: vi.fn() };
    state.appListeners.get('before-quit')?.(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
