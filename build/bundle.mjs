// Bundles the three Node-side entry points with esbuild. The preload must be a single CommonJS file:
// a sandboxed preload can only require 'electron' and a few built-ins, never our own modules.
// better-sqlite3 stays external: it is a native module, loaded from node_modules (app.asar.unpacked).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/index.cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
