// Writes out/licences.json: every third-party package the app bundles (the
// closure of package.json "dependencies"), with its version and licence,
// plus Electron itself. Read by the About dialog.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readManifest(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** Finds a dependency's folder the way Node does, starting from the package that needs it. */
function resolvePackageDir(name, fromDir) {
  const require = createRequire(path.join(fromDir, 'noop.js'));
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = path.join(base, name);
    try {
      readFileSync(path.join(candidate, 'package.json'));
      return candidate;
    } catch {
      // keep looking further up
    }
  }
  return null;
}

function licenceOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

function homepageOf(manifest) {
  if (typeof manifest.homepage === 'string') return manifest.homepage;
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (typeof repo !== 'string') return null;
  const match = repo.match(/github\.com[/:]([^/]+\/[^/#.]+)/);
  return match ? `https://github.com/${match[1]}` : null;
}

const seen = new Map();
const queue = Object.keys(readManifest(root).dependencies ?? {}).map((name) => [name, root]);
while (queue.length > 0) {
  const [name, fromDir] = queue.shift();
  const dir = resolvePackageDir(name, fromDir);
  if (dir === null) continue; // an optional dependency not installed on this platform
  const manifest = readManifest(dir);
  const key = `${manifest.name}@${manifest.version}`;
  if (seen.has(key)) continue;
  seen.set(key, {
    name: manifest.name,
    version: manifest.version,
    licence: licenceOf(manifest),
    homepage: homepageOf(manifest),
  });
  for (const dep of Object.keys(manifest.dependencies ?? {})) queue.push([dep, dir]);
}

const electron = readManifest(path.join(root, 'node_modules', 'electron'));
seen.set(`electron@${electron.version}`, {
  name: 'electron',
  version: electron.version,
  licence: licenceOf(electron),
  homepage: 'https://www.electronjs.org',
});

const list = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
mkdirSync(path.join(root, 'out'), { recursive: true });
writeFileSync(path.join(root, 'out', 'licences.json'), `${JSON.stringify(list, null, 2)}\n`);
console.log(`licences: ${list.length} bundled packages listed in out/licences.json`);
