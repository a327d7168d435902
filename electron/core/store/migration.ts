import type Database from 'better-sqlite3';

/** One schema step. Each lives in its own file under migrations/ and has its own test. */
export interface Migration {
  /** Becomes PRAGMA user_version after the step; strictly increasing from 1. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}
