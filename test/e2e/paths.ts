import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const rendererDir = path.join(repoRoot, 'out', 'renderer');
export const bridgeScript = path.join(repoRoot, 'out', 'e2e', 'bridge.js');
export const screensDir = path.join(repoRoot, 'test-results', 'screens');
/** Stands in for app://kravstudio: requests to it are answered by page.route, never by a server. */
export const testOrigin = 'https://kravstudio.invalid';
