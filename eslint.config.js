// Lint enforces the layering of ARCHITECTURE.md: imports point one way
// (shared <- core <- main/cli; shared <- renderer), only the two IPC files touch raw IPC,
// and no focused tests slip in. VS Code's code-layering rule is the model.
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC is only allowed in electron/main/ipc.ts and electron/preload/index.ts; use the typed contract.',
};
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload/index.ts may import electron.' };

export default tseslint.config(
  { ignores: ['dist/**', '.tsbuild/**', 'data/dist/**', 'node_modules/**', 'release/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
      'no-restricted-properties': ['error',
        { object: 'describe', property: 'only', message: 'No focused tests.' },
        { object: 'it', property: 'only', message: 'No focused tests.' },
        { object: 'test', property: 'only', message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/core/**', 'electron/shared/**', 'electron/cli/**', 'data/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{ group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'core, shared and cli must not import main, preload or renderer.' }],
      }],
    },
  },
  {
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'shared is imported by the renderer: no Node modules.' }))],
        patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'], message: 'shared imports nothing from the other layers.' }],
      }],
    },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/vite.config.ts'], // build configuration, runs in Node
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is DOM only: no Node modules.' }))],
        patterns: [
          { group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**'], message: 'The renderer only imports electron/shared.' },
          { group: ['node:*'], message: 'The renderer is DOM only: no Node modules.' },
        ],
      }],
    },
  },
);
