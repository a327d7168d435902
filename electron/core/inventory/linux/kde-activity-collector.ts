/**
 * App usage from KDE Plasma's activity database. The live file is held open by kactivitymanagerd, so it
 * is copied (with its WAL, which holds the latest writes) into a private temp folder and the copy is
 * opened read-only: the user's database is never locked or written.
 */
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { describeFsError, isMissing, locationsFor, nodeFileSystem, type FileSystem } from './file-system';
import { KDE_EVENT_QUERY, KDE_SCORE_QUERY, kdeUsageFromRows, type KdeAppUsage, type KdeEventRow, type KdeScoreRow } from './parse-kde-activity';
import { sqliteOptions } from '../../store/sqlite-options';

export function kdeAppUsageToItem(usage: KdeAppUsage, platform: InventoryItem['platform'] = 'linux'): InventoryItem {
  const evidence: InventoryItem['evidence'] = {};
  if (usage.score !== undefined) evidence.kdeScore = Math.round(usage.score * 100) / 100;
  return {
    id: `kde-activity:${usage.desktopId}`,
    platform,
    source: 'kde-activity',
    name: usage.desktopId.replace(/\.desktop$/, ''),
    identifiers: { desktopFile: usage.desktopId },
    scope: 'user',
    lastUsed: usage.lastUsed,
    useCount: usage.launches,
    linkedTo: [],
    evidence,
  };
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Runs the two queries on a copy; throws on a file that is not an SQLite database. */
function readUsage(copyPath: string): KdeAppUsage[] {
  const db = new Database(copyPath, sqliteOptions({ readonly: true, fileMustExist: true }));
  try {
    const scores = hasTable(db, 'ResourceScoreCache') ? db.prepare(KDE_SCORE_QUERY).all() as KdeScoreRow[] : [];
    const events = hasTable(db, 'ResourceEvent') ? db.prepare(KDE_EVENT_QUERY).all() as KdeEventRow[] : [];
    return kdeUsageFromRows(scores, events);
  } finally {
    db.close();
  }
}

export function createKdeActivityCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.kde-activity',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const places = locationsFor(context);
      const source = places.home('.local/share/kactivitymanagerd/resources/database');
      const shown = places.display(source);
      try {
        await fs.stat(source);
      } catch (error) {
        if (isMissing(error)) return { items: [], status: 'skipped', message: 'No KDE Plasma activity data (KDE is not used by this account).' };
        return { items: [], status: 'failed', message: `KDE Plasma activity data was not read: ${describeFsError(error, shown)}.` };
      }
      const workDir = await mkdtemp(join(tmpdir(), 'switchyard-kde-'));
      try {
        const copy = join(workDir, 'database');
        try {
          await fs.copyFile(source, copy);
        } catch (error) {
          return { items: [], status: 'failed', message: `KDE Plasma activity data was not read: ${describeFsError(error, shown)}.` };
        }
        try {
          await fs.copyFile(`${source}-wal`, `${copy}-wal`);
        } catch {
          // No WAL means every write is already in the main file.
        }
        try {
          return { items: readUsage(copy).map((usage) => kdeAppUsageToItem(usage, context.platform)) };
        } catch (error) {
          return { items: [], status: 'failed', message: `KDE Plasma activity data ${shown} could not be opened as a database: ${(error as Error).message}.` };
        }
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}
