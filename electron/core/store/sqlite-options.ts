/**
 * better-sqlite3 loads a native module built for one ABI. Under Node (tests, CLI) the default build in
 * node_modules is right; under Electron the composition root points this at the Electron build in
 * dist/native (see build/ensure-electron-sqlite.mjs). Every database this process opens uses it.
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';

let nativeBinding: string | undefined;

export function useSqliteNativeBinding(file: string | undefined): void {
  nativeBinding = file && existsSync(file) ? file : undefined;
}

export function sqliteOptions(options: Database.Options = {}): Database.Options {
  return nativeBinding ? { ...options, nativeBinding } : options;
}
