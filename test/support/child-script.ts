/**
 * Crash tests run the app's services in a child Node process that the test
 * kills. The child's TypeScript entry is bundled into one ES module first, so
 * that the child starts without a loader; this does that bundling.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'vite';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Bundles `test/crash/<name>.ts` into `<outDir>/<name>.mjs` and returns that path. */
export async function bundleChildScript(name: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: path.join(repoRoot, 'test', 'crash', `${name}.ts`),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node22',
      rolldownOptions: {
        external: [...builtinModules, ...builtinModules.map((module) => `node:${module}`)],
        output: { format: 'es', entryFileNames: `${name}.mjs` },
      },
    },
  });
  return path.join(outDir, `${name}.mjs`);
}
