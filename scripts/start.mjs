// `npm start`: runs the built app (out/) in the Electron binary from
// node_modules, or explains how to get that binary when it is missing.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binary = findElectronBinary(root);

if (binary === null) {
  process.stderr.write(
    [
      'Kravstudio cannot start: the Electron runtime was not downloaded during install',
      '(for example because the network blocks it or ELECTRON_SKIP_BINARY_DOWNLOAD was set).',
      'On a normal network, run `npm install` again (or `node node_modules/electron/install.js`).',
      'Behind a restricted network, set ELECTRON_MIRROR to a mirror you can reach',
      '(and ELECTRON_CUSTOM_DIR if that mirror lays out its folders differently) before reinstalling.',
      '`npm test` works without Electron: it skips only the Electron end-to-end tests.',
    ].join(' ') + '\n',
  );
  process.exit(1);
}

// An inherited ELECTRON_RUN_AS_NODE would make Electron behave as plain Node.
const env = { ...process.env };
delete env['ELECTRON_RUN_AS_NODE'];

const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => {
  process.stderr.write(`Kravstudio could not start Electron (${binary}): ${error.message}\n`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (code !== null) process.exit(code);
  process.exit(signal !== null ? 128 + (constants.signals[signal] ?? 0) : 1);
});
