/**
 * Serves the built renderer under app://kravstudio/. Maps a request URL to a
 * file inside the renderer folder (never outside it) and gives the headers
 * every response carries, the Content Security Policy first among them. The
 * end-to-end tests serve the page through the same function.
 */
import path from 'node:path';
import { contentSecurityPolicy } from '../shared/csp';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export type AssetResolution =
  | { kind: 'file'; filePath: string; headers: Record<string, string> }
  | { kind: 'not-found' };

/** `expectedOrigin` is app://kravstudio in the app, the test origin in e2e. */
export function resolveAsset(requestUrl: string, rendererDir: string, expectedOrigin: string): AssetResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'not-found' };
  }
  if (`${url.protocol}//${url.host}` !== expectedOrigin) return { kind: 'not-found' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'not-found' };
  }
  if (pathname.includes('\0')) return { kind: 'not-found' };
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'not-found' };
  const type = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return { kind: 'file', filePath, headers: { 'Content-Type': type, ...securityHeaders } };
}
