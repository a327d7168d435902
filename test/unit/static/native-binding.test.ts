/**
 * Under Electron, better-sqlite3 must load the Electron build of its native module (see
 * build/ensure-electron-sqlite.mjs); sqliteOptions() adds it. A `new Database(` in core without it would work in
 * every Node test and fail only in the app, so this test reads the sources.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../../../electron/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('native binding', () => {
  it('every database opened by core goes through sqliteOptions()', () => {
    const offenders = sources(CORE).flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .map((line, index) => ({ line, where: `${path.relative(CORE, file)}:${index + 1}` }))
      .filter(({ line }) => /new Database\(/.test(line) && !/sqliteOptions\(/.test(line))
      .map(({ where }) => where));
    expect(offenders).toEqual([]);
  });
});
