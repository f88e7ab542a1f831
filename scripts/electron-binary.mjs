// Finds the Electron executable that `npm install` downloaded, without
// loading the electron package: its index.js starts a download when the
// binary is missing, which is exactly the case we want to detect quietly.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The absolute path of the Electron executable for the project at `root`, or
 * null when it is not there. Follows the electron package's own layout:
 * node_modules/electron/path.txt names the executable inside dist/ (or inside
 * ELECTRON_OVERRIDE_DIST_PATH when that is set).
 *
 * @param {string} root the project folder that holds node_modules
 * @param {Record<string, string | undefined>} [env] defaults to process.env
 * @returns {string | null}
 */
export function findElectronBinary(root, env = process.env) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  let executable = null;
  try {
    executable = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    // not written: the download never finished
  }
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  let candidate = null;
  if (override) candidate = path.join(override, executable ?? 'electron');
  else if (executable !== null) candidate = path.join(packageDir, 'dist', executable);
  if (candidate === null) return null;
  return statSync(candidate, { throwIfNoEntry: false })?.isFile() ? path.resolve(candidate) : null;
}
