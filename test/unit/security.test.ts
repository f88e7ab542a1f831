import { describe, expect, it, vi } from 'vitest';
import { resolveAsset, securityHeaders } from '../../electron/app-protocol';
import { appOrigin, hardenSession, hardenWebContents, windowWebPreferences } from '../../electron/security';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../shared/csp';

type Listener = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((event: string, listener: Listener) => void listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
    fire(event: string, ...args: unknown[]) {
      return listeners.get(event)?.(...args);
    },
    open(url: string) {
      return openHandler?.({ url });
    },
  };
}

const navigation = () => ({ preventDefault: vi.fn() });

describe('window webPreferences', () => {
  it('isolate, sandbox and keep Node out of the renderer', () => {
    const prefs = windowWebPreferences({ preload: '/app/out/preload/preload.cjs', devTools: false });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });
});

describe('Content Security Policy', () => {
  const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

  it('allows scripts only from the app itself and never eval', () => {
    const csp = directives(contentSecurityPolicy);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('the meta-tag version is the same policy minus what meta tags cannot carry', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy.startsWith(metaContentSecurityPolicy)).toBe(true);
  });

  it('is sent with every app:// response', () => {
    const asset = resolveAsset(`${appOrigin}/index.html`, '/srv/renderer', appOrigin);
    expect(asset).toMatchObject({ kind: 'file', filePath: '/srv/renderer/index.html' });
    expect(asset.kind === 'file' && asset.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('app:// asset resolution', () => {
  it.each([
    `${appOrigin}/%2e%2e/%2e%2e/etc/passwd`,
    `${appOrigin}/..%2f..%2fetc%2fpasswd`,
    `${appOrigin}/assets/%00.js`,
    `${appOrigin}/%E0%A4%A`,
    'app://other/index.html',
    'https://kravstudio/index.html',
  ])('never serves anything outside the renderer folder for %s', (url) => {
    const asset = resolveAsset(url, '/srv/renderer', appOrigin);
    if (asset.kind === 'file') expect(asset.filePath.startsWith('/srv/renderer/')).toBe(true);
  });

  it.each([`${appOrigin}/..%2f..%2fetc%2fpasswd`, `${appOrigin}/assets/%00.js`, `${appOrigin}/%E0%A4%A`, 'app://other/index.html'])(
    'refuses %s outright',
    (url) => {
      expect(resolveAsset(url, '/srv/renderer', appOrigin)).toEqual({ kind: 'not-found' });
    },
  );

  it('serves the index at the root and types assets', () => {
    expect(resolveAsset(`${appOrigin}/`, '/srv/renderer', appOrigin)).toMatchObject({ filePath: '/srv/renderer/index.html' });
    const js = resolveAsset(`${appOrigin}/assets/index-abc.js`, '/srv/renderer', appOrigin);
    expect(js.kind === 'file' && js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });
});

describe('web contents hardening', () => {
  const setup = () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, { allowedOrigins: [appOrigin], openExternal });
    return { contents, openExternal };
  };

  it('denies navigation away from the app and allows moves inside it', () => {
    const { contents } = setup();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)']) {
      const event = navigation();
      contents.fire('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
      const redirect = navigation();
      contents.fire('will-redirect', redirect, url);
      expect(redirect.preventDefault, url).toHaveBeenCalled();
      const frame = { ...navigation(), url };
      contents.fire('will-frame-navigate', frame);
      expect(frame.preventDefault, url).toHaveBeenCalled();
    }
    const inside = navigation();
    contents.fire('will-navigate', inside, `${appOrigin}/index.html`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window, handing only https links to the browser', () => {
    const { contents, openExternal } = setup();
    expect(contents.open('https://www.anskaffelser.no/')).toEqual({ action: 'deny' });
    expect(contents.open('http://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open(`${appOrigin}/index.html`)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.anskaffelser.no/']]);
  });

  it('refuses webviews', () => {
    const { contents } = setup();
    const event = navigation();
    contents.fire('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session hardening', () => {
  const setup = () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as never, { allowedOrigins: [appOrigin] });
    return session;
  };

  it('denies every permission request and check', () => {
    const session = setup();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (w: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const session = setup();
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    for (const url of ['https://telemetry.example/collect', 'http://127.0.0.1:8080/', 'wss://example.com/socket']) {
      const callback = vi.fn();
      listener({ url }, callback);
      expect(callback, url).toHaveBeenCalledWith({ cancel: true });
    }
  });
});
