// `npm run dev`: rebuilds the renderer bundle on every change (vite build --watch) and runs Electron on it.
// The app loads app:// exactly as in production, under the same CSP and network block: there is no dev
// server to allow. Reload the window (Ctrl+R / Cmd+R) to see a change.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'vite';

const require = createRequire(import.meta.url);
let electron;
try {
  electron = require('electron');
} catch {
  console.error('The Electron binary is not installed (was ELECTRON_SKIP_BINARY_DOWNLOAD set?). Run npm install with network.');
  process.exit(1);
}

const watcher = await build({ configFile: 'renderer/vite.config.ts', build: { watch: {} }, logLevel: 'warn' });
await new Promise((resolve) => watcher.on('event', (event) => { if (event.code === 'END') resolve(); }));
console.log('renderer built; starting Electron (rebuilds on change, reload the window to see them)');
const child = spawn(electron, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => {
  void watcher.close();
  process.exit(code ?? 0);
});
