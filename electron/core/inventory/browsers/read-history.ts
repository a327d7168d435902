/**
 * Reads one history database safely: the browser may hold it locked and keep recent writes in a -wal or
 * -journal file, so the database and those companions are copied (same base names, so SQLite replays them) to
 * a private temporary folder, the copy is opened read-only, and the folder is deleted afterwards whatever
 * happens (research notes inventory.md §5.3). better-sqlite3 is built without URI support, so
 * `?immutable=1` is not an option.
 */
import Database from 'better-sqlite3';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HistoryDatabase } from './browser-profiles';
import type { DomainMatcher } from './domain-match';
import { chromiumDailyVisits, firefoxDailyVisits, type DailyVisits } from './history-queries';
import { sqliteOptions } from '../../store/sqlite-options';

const COMPANION_SUFFIXES = ['-wal', '-journal'];
/** Windows can refuse a copy for a moment while the browser writes; one retry after this pause. */
const COPY_RETRY_DELAY_MS = 250;

export async function readDailyVisits(source: HistoryDatabase, sinceMs: number, matcher: DomainMatcher): Promise<DailyVisits[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'switchyard-history-'));
  try {
    const copy = path.join(dir, path.basename(source.path));
    await copyWithRetry(source.path, copy);
    for (const suffix of COMPANION_SUFFIXES) await copyIfPresent(source.path + suffix, copy + suffix);
    const db = openCopy(copy);
    try {
      return source.engine === 'chromium' ? chromiumDailyVisits(db, sinceMs, matcher) : firefoxDailyVisits(db, sinceMs, matcher);
    } finally {
      db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Read-only first. A copy taken mid-write can carry a hot rollback journal or an unrecovered WAL, which SQLite
 * must write to undo; the copy is private, so it is then reopened writable for that recovery.
 */
function openCopy(copy: string): Database.Database {
  const readOnly = new Database(copy, sqliteOptions({ readonly: true, fileMustExist: true }));
  try {
    readOnly.prepare('SELECT count(*) FROM sqlite_master').get();
    return readOnly;
  } catch (error) {
    readOnly.close();
    const code = (error as { code?: string }).code;
    if (code !== 'SQLITE_READONLY_ROLLBACK' && code !== 'SQLITE_READONLY_RECOVERY') throw error;
    return new Database(copy, sqliteOptions({ fileMustExist: true }));
  }
}

async function copyWithRetry(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EBUSY' && code !== 'EPERM') throw error;
    await new Promise((resolve) => setTimeout(resolve, COPY_RETRY_DELAY_MS));
    await copyFile(from, to);
  }
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  try {
    await copyWithRetry(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
