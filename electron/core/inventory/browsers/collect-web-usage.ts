/**
 * Browser SaaS usage: for each Chrome, Edge, Brave, Chromium and Firefox profile of the user, visits per product
 * domain per day over the last `sinceDays`, summed per browser. Only the domains asked for are counted; every
 * other host, every URL and every title stays inside the temporary copy, which is deleted (research notes
 * inventory.md §5.8). A database that is missing, locked, damaged or of an unknown layout becomes a diagnostic
 * in plain words; this function does not throw.
 */
import type { CollectorDiagnostic, Platform, WebUsage } from '../../../shared/inventory';
import { findHistoryDatabases, type HistoryDatabase } from './browser-profiles';
import { createDomainMatcher } from './domain-match';
import { readDailyVisits } from './read-history';

export interface CollectWebUsageOptions {
  homeDir: string;
  platform: Platform;
  domains: string[];
  sinceDays?: number;
  signal?: AbortSignal;
}

/** Three months: enough to see regular use of a product, short enough to respect the retention limit (§5.8). */
export const DEFAULT_SINCE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
const COLLECTOR = 'browser-history';

const BROWSER_NAMES: Record<string, string> = {
  chrome: 'Chrome', edge: 'Edge', brave: 'Brave', chromium: 'Chromium', firefox: 'Firefox',
};

export async function collectWebUsage(options: CollectWebUsageOptions): Promise<{ usage: WebUsage[]; diagnostics: CollectorDiagnostic[] }> {
  const started = Date.now();
  if (options.domains.length === 0) {
    return { usage: [], diagnostics: [skipped(started, 'No product domains were given, so no browser history was read.')] };
  }
  let databases: HistoryDatabase[];
  try {
    databases = await findHistoryDatabases(options.homeDir, options.platform);
  } catch (error) {
    return { usage: [], diagnostics: [{
      collector: COLLECTOR, status: 'failed', durationMs: Date.now() - started, itemCount: 0,
      message: `Could not look for browser profiles: ${(error as Error).message}.`,
    }] };
  }
  if (databases.length === 0) {
    return { usage: [], diagnostics: [skipped(started, 'No Chrome, Edge, Brave, Chromium or Firefox history was found for this user.')] };
  }

  const matcher = createDomainMatcher(options.domains);
  const sinceMs = Date.now() - (options.sinceDays ?? DEFAULT_SINCE_DAYS) * DAY_MS;
  const totals = new Map<string, WebUsage>();
  const diagnostics: CollectorDiagnostic[] = [];
  for (const database of databases) {
    const collector = `${COLLECTOR}:${database.browser}:${database.profile}`;
    const dbStarted = Date.now();
    if (options.signal?.aborted) {
      diagnostics.push({ collector, status: 'cancelled', durationMs: 0, itemCount: 0, message: 'The scan was cancelled before this profile was read.' });
      continue;
    }
    try {
      const rows = await readDailyVisits(database, sinceMs, matcher);
      for (const row of rows) {
        const key = `${database.browser}\u0000${row.domain}\u0000${row.day}`;
        const entry = totals.get(key) ?? { browser: database.browser, domain: row.domain, day: row.day, visits: 0 };
        entry.visits += row.visits;
        totals.set(key, entry);
      }
      diagnostics.push({ collector, status: 'ok', durationMs: Date.now() - dbStarted, itemCount: rows.length });
    } catch (error) {
      diagnostics.push({
        collector, status: 'failed', durationMs: Date.now() - dbStarted, itemCount: 0, message: describeFailure(database, error),
      });
    }
  }
  const usage = [...totals.values()].sort((a, b) =>
    a.day.localeCompare(b.day) || a.browser.localeCompare(b.browser) || a.domain.localeCompare(b.domain));
  return { usage, diagnostics };
}

function skipped(started: number, message: string): CollectorDiagnostic {
  return { collector: COLLECTOR, status: 'skipped', durationMs: Date.now() - started, itemCount: 0, message };
}

function describeFailure(database: HistoryDatabase, error: unknown): string {
  const which = `The ${BROWSER_NAMES[database.browser] ?? database.browser} history of profile "${database.profile}"`;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ENOENT') return `${which} disappeared while it was being read (the browser may have removed it). Nothing was counted from it.`;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return `${which} could not be copied: it is locked by the browser or not readable by this account. Close the browser and scan again.`;
  }
  if (code === 'ENOSPC') return `${which} could not be copied: the disk holding temporary files is full.`;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return `${which} is damaged or is not a history database. Nothing was counted from it.`;
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return `${which} was busy. Close the browser and scan again.`;
  }
  if (code === 'SQLITE_ERROR' && /no such (table|column)/.test((error as Error).message)) {
    return `${which} has a layout this version of Switchyard does not know (a much newer or older browser). Nothing was counted from it.`;
  }
  return `${which} could not be read (${(error as Error).message}). Nothing was counted from it.`;
}
