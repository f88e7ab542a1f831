// `npm run test:electron`: the end-to-end tests against the real Electron app.
// They need the Electron binary; without it they are skipped, not failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

if (findElectronBinary(root) === null) {
  console.log('skipped: no Electron binary');
  console.log(
    'To run them, download Electron: `npm install` again or `node node_modules/electron/install.js` (set ELECTRON_MIRROR behind a restricted network).',
  );
  process.exit(0);
}

const child = spawn('npx', ['playwright', 'test', '--config', 'test/electron/playwright.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // npx is a .cmd script on Windows, which only a shell can run.
  shell: process.platform === 'win32',
});
child.on('error', (error) => {
  console.error(`Could not run Playwright: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code) => process.exit(code ?? 1));
