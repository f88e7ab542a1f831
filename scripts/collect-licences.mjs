// Writes out/licences.json for the About dialog: every third-party package
// the app ships, with its version and licence. That is the packages whose
// code the build bundled into the renderer and preload (recorded by the
// build in out/bundled-packages-*.json), the runtime dependencies the main
// process loads from node_modules (the closure of package.json
// "dependencies"), and Electron itself.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out');

const readManifest = (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));

/** Finds a dependency's folder the way Node does, starting from the package that needs it. */
function resolvePackageDir(name, fromDir) {
  const require = createRequire(path.join(fromDir, 'noop.js'));
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(base, name, 'package.json'))) return path.join(base, name);
  }
  return null; // an optional dependency not installed on this platform
}

function licenceOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (typeof manifest.license?.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

function homepageOf(manifest) {
  if (typeof manifest.homepage === 'string') return manifest.homepage;
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const match = typeof repo === 'string' ? repo.match(/github\.com[/:]([^/]+\/[^/#.]+)/) : null;
  return match ? `https://github.com/${match[1]}` : null;
}

const packages = new Map();
function add(dir) {
  const manifest = readManifest(dir);
  const key = `${manifest.name}@${manifest.version}`;
  if (packages.has(key)) return false;
  packages.set(key, { name: manifest.name, version: manifest.version, licence: licenceOf(manifest), homepage: homepageOf(manifest) });
  return true;
}

// What the bundler put into the renderer and preload bundles.
const recorded = readdirSync(outDir).filter((name) => /^bundled-packages-.+\.json$/.test(name));
if (recorded.length === 0) throw new Error('No out/bundled-packages-*.json: run electron-vite build first.');
for (const file of recorded) {
  for (const relativeDir of JSON.parse(readFileSync(path.join(outDir, file), 'utf8'))) add(path.join(root, relativeDir));
}

// What the main process loads at run time, with everything those need.
const queue = Object.keys(readManifest(root).dependencies ?? {}).map((name) => [name, root]);
while (queue.length > 0) {
  const [name, fromDir] = queue.shift();
  const dir = resolvePackageDir(name, fromDir);
  if (dir === null || !add(dir)) continue;
  for (const dep of Object.keys(readManifest(dir).dependencies ?? {})) queue.push([dep, dir]);
}

const electron = readManifest(path.join(root, 'node_modules', 'electron'));
packages.set(`electron@${electron.version}`, {
  name: 'electron',
  version: electron.version,
  licence: licenceOf(electron),
  homepage: 'https://www.electronjs.org',
});

const list = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
writeFileSync(path.join(outDir, 'licences.json'), `${JSON.stringify(list, null, 2)}\n`);
console.log(`licences: ${list.length} shipped packages listed in out/licences.json`);
