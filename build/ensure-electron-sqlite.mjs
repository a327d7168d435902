// better-sqlite3 under two runtimes. Tests and the CLI run under Node and use node_modules/better-sqlite3
// as npm built it. Electron has a different ABI, so before `npm start`/`npm run package` this script
// builds a second copy of the native module for the installed Electron version into dist/native/,
// and the main process loads it with better-sqlite3's `nativeBinding` option. Nothing is rebuilt in
// place, so `npm test` keeps working after `npm start` and vice versa.
// Needs the network once per Electron version (prebuilt binary, or headers to compile); the result is cached.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const outDir = path.resolve('dist', 'native');
const target = path.join(outDir, 'better_sqlite3.node');
const stamp = path.join(outDir, 'better_sqlite3.stamp.json');
const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };

if (existsSync(target) && existsSync(stamp) && JSON.stringify(JSON.parse(readFileSync(stamp, 'utf8'))) === JSON.stringify(wanted)) {
  console.log(`better-sqlite3 for Electron ${electronVersion}: up to date (${target})`);
  process.exit(0);
}

const work = path.resolve('node_modules', '.cache', 'switchyard-electron-sqlite');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(sqliteDir, path.join(work, 'better-sqlite3'), { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
const copy = path.join(work, 'better-sqlite3');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', timeout: 600_000 });
  return result.status === 0;
}

const prebuildInstall = require.resolve('prebuild-install/bin.js', { paths: [sqliteDir] });
const ok = run(process.execPath, [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch])
  || run(process.execPath, [require.resolve('@electron/rebuild/lib/cli.js'), '--version', electronVersion, '--module-dir', copy, '--force']);
const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
if (!ok || !existsSync(built)) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}. This needs the network once (a prebuilt binary or Electron's headers).
The CLI and the tests do not need it: they use the Node build in node_modules.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
cpSync(built, target);
writeFileSync(stamp, JSON.stringify(wanted));
console.log(`better-sqlite3 ${sqliteVersion} built for Electron ${electronVersion}: ${target}`);
