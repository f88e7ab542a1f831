import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './shared/csp';

/** Puts the CSP into the built index.html as well (the app:// protocol also sends it as a header). */
function cspMetaTag(): Plugin {
  return {
    name: 'kravstudio-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Writes out/bundled-packages-<part>.json: the npm packages whose code ends up
 * inside this bundle. scripts/collect-licences.mjs lists their licences.
 */
function recordBundledPackages(part: string): Plugin {
  const root = import.meta.dirname;
  return {
    name: 'kravstudio-bundled-packages',
    apply: 'build',
    generateBundle() {
      const packageDirs = new Set<string>();
      for (const id of this.getModuleIds()) {
        const at = id.lastIndexOf('/node_modules/');
        if (at === -1) continue;
        const [first = '', second = ''] = id.slice(at + '/node_modules/'.length).split('/');
        const name = first.startsWith('@') ? `${first}/${second}` : first;
        packageDirs.add(relative(root, `${id.slice(0, at)}/node_modules/${name}`));
      }
      mkdirSync(resolve(root, 'out'), { recursive: true });
      writeFileSync(resolve(root, 'out', `bundled-packages-${part}.json`), `${JSON.stringify([...packageDirs].sort(), null, 2)}\n`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve(import.meta.dirname, 'electron/main.ts'),
          cli: resolve(import.meta.dirname, 'electron/cli.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [recordBundledPackages('preload')],
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is one CommonJS file that may require only 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), cspMetaTag(), recordBundledPackages('renderer')],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
