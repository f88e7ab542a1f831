import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { bridgeScript, repoRoot } from './paths';

/** Checks the renderer is built, and builds the test bridge from the contract. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build" before the e2e tests.');
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    build: {
      outDir: path.dirname(bridgeScript),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: path.join(repoRoot, 'test', 'e2e', 'bridge', 'entry.ts'),
        formats: ['iife'],
        name: 'KravstudioBridge',
        fileName: () => path.basename(bridgeScript),
      },
    },
  });
}
