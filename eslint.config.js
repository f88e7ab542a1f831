// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImportBan = {
  paths: [
    { name: 'electron', message: 'Only the bootstrap files (electron/main.ts, electron/preload.ts) import electron; pass what you need in.', allowTypeImports: true },
  ],
  patterns: [{ group: ['electron/*'], message: 'Only the bootstrap files import electron.' }],
};

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads', 'net', 'http', 'https'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tsc/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', electronImportBan],
      'no-restricted-globals': ['error', { name: 'ipcRenderer', message: 'Use window.kravstudio.' }],
      'no-restricted-properties': [
        'error',
        { object: 'ipcMain', message: 'Register handlers through electron/ipc.ts.' },
        { object: 'ipcRenderer', message: 'Only electron/preload.ts talks to ipcRenderer.' },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // The one module that registers the contract's handlers on the ipcMain it is given.
    files: ['electron/ipc.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the main process only through window.kravstudio.' },
            ...nodeBuiltins.flatMap((name) => [
              { name, message: 'The renderer runs sandboxed: no Node modules.' },
              { name: `node:${name}`, message: 'The renderer runs sandboxed: no Node modules.' },
            ]),
          ],
          patterns: [{ group: ['**/electron/**', 'electron/*'], message: 'The renderer may import shared/, never electron/.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure TypeScript.' }],
          patterns: [
            { group: ['node:*', ...nodeBuiltins], message: 'shared/ is pure TypeScript: no Node modules.' },
            { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared/ depends on nothing of the app.' },
          ],
        },
      ],
    },
  },
);
