/**
 * Runs the real electron-builder (`--dir`, offline) with electronDist pointing at a stand-in Electron:
 * a file carrying the fuse sentinel and an 8-fuse wire, so @electron/fuses flips it exactly as it would
 * flip a real binary. Then checks the packaged layout and the fuses that were written.
 */
import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../../..');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Order of @electron/fuses' FuseV1Options.
const FUSES = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];

let work: string;
let appDir: string;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  for (const required of ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html', 'data/dist/catalogue.sqlite']) {
    if (!existsSync(path.join(REPO, required))) throw new Error(`${required} is missing: run npm run build:catalogue and npm run build first`);
  }
  work = mkdtempSync(path.join(os.tmpdir(), 'switchyard-package-'));
  const electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist);
  // Every fuse starts enabled ('1' = 0x31) so that each one the config disables must be flipped.
  const standIn = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in electron"\n#'),
    Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from('1'.repeat(FUSES.length)), Buffer.from('\n'),
  ]);
  writeFileSync(path.join(electronDist, 'electron'), standIn, { mode: 0o755 });
  const electronVersion = JSON.parse(readFileSync(path.join(REPO, 'node_modules/electron/package.json'), 'utf8')).version;
  build = spawnSync(process.execPath, [
    path.join(REPO, 'node_modules/electron-builder/cli.js'), '--config', 'electron-builder.yml', '--dir', '--linux', '--x64',
    `-c.electronDist=${electronDist}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${path.join(work, 'out')}`,
  ], { cwd: REPO, encoding: 'utf8', timeout: 240_000, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  appDir = path.join(work, 'out', 'linux-unpacked');
}, 300_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('electron-builder --dir', () => {
  it('succeeds offline', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('packs main, preload and renderer into app.asar', () => {
    const files = listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const expected of ['/dist/main/index.cjs', '/dist/preload/index.cjs', '/dist/renderer/index.html', '/dist/cli/index.cjs', '/package.json']) {
      expect(files).toContain(expected);
    }
    expect(files.some((f) => f.startsWith('/dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.startsWith('/electron/') || f.startsWith('/test/') || f.startsWith('/data/'))).toEqual([]);
  });

  it('ships the catalogue and its licence as resources', () => {
    expect(existsSync(path.join(appDir, 'resources', 'catalogue.sqlite'))).toBe(true);
    expect(existsSync(path.join(appDir, 'resources', 'catalogue-LICENSE.txt'))).toBe(true);
  });

  it('unpacks the native better-sqlite3 module out of the asar', () => {
    expect(existsSync(path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
  });

  it('flips every fuse as electron-builder.yml declares', () => {
    const binary = readFileSync(path.join(appDir, 'switchyard'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + FUSES.length).toString('latin1');
    const expected = { runAsNode: '0', enableCookieEncryption: '1', enableNodeOptionsEnvironmentVariable: '0', enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1', onlyLoadAppFromAsar: '1', loadBrowserProcessSpecificV8Snapshot: '0', grantFileProtocolExtraPrivileges: '0' };
    expect(Object.fromEntries(FUSES.map((name, i) => [name, wire[i]]))).toEqual(expected);
  });
});
