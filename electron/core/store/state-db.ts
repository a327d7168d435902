/**
 * The user-state database (state.sqlite in the user-data folder): audits, settings, corrections, checklist
 * progress, fleet. WAL for crash safety and concurrent readers, foreign keys on, every write in a
 * transaction, numbered migrations each in its own transaction that bumps user_version.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';
import { sqliteOptions } from './sqlite-options';

export type StateDb = Database.Database & { readonly __stateDb: true };

export const STATE_DB_FILE = 'state.sqlite';

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`state database schema ${current} is newer than this Switchyard understands (${latest}); update Switchyard`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export function openStateDb(file: string): StateDb {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, sqliteOptions());
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit survives a crash of the process and of the machine; checklist writes are tiny.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db as StateDb;
  } catch (error) {
    db.close();
    throw error;
  }
}
