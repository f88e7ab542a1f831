/**
 * Electron hardening in one place: the window's webPreferences, the handlers
 * that deny navigation, new windows and permission requests, and the request
 * filter that keeps the app off the network. Electron objects are passed in,
 * so the rules are unit-tested with mocks.
 */
import type { Session, WebContents, WebPreferences } from 'electron';
import { validateExternalUrl } from '../shared/external-url';
import { originOf } from './ipc';

export const appScheme = 'app';
export const appHost = 'kravstudio';
export const appOrigin = `${appScheme}://${appHost}`;

export function windowWebPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools,
  };
}

export interface HardeningOptions {
  /** Origins the renderer may be loaded from (the app origin, and the dev server in development). */
  allowedOrigins: readonly string[];
  openExternal: (url: string) => void;
}

type NavigationEvent = { preventDefault(): void };
type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Denies navigation away from the app, new windows and webviews; passes https links to the browser. */
export function hardenWebContents(contents: HardenableContents, options: HardeningOptions): void {
  const isAppUrl = (url: string): boolean => {
    const origin = originOf(url);
    return origin !== null && options.allowedOrigins.includes(origin);
  };
  const denyForeignNavigation = (event: NavigationEvent, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeignNavigation as never);
  contents.on('will-frame-navigate', ((event: NavigationEvent & { url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  }) as never);
  contents.on('will-redirect', denyForeignNavigation as never);
  contents.on('will-attach-webview', ((event: NavigationEvent) => event.preventDefault()) as never);
  contents.setWindowOpenHandler(({ url }) => {
    const safe = validateExternalUrl(url);
    if (safe !== null) options.openExternal(safe);
    return { action: 'deny' };
  });
}

type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  setDevicePermissionHandler: Session['setDevicePermissionHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** Denies every permission and cancels any request that would leave the machine. */
export function hardenSession(session: HardenableSession, options: { allowedOrigins: readonly string[] }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    const origin = originOf(details.url);
    callback({ cancel: origin === null || !options.allowedOrigins.includes(origin) });
  });
}
