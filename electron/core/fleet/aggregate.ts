/**
 * "How many machines run X, and how many used it lately": pure counting over merged hosts. What X is comes
 * from a key function, so the same code counts raw names today and catalogue products once matching plugs
 * in. Count-only rows from Intune or Fleet are shown beside the per-host counts and never added to them:
 * the machines behind them are unknown, and adding would count machines twice (research/fleet.md §1).
 */
import type { InventoryItem, ItemIdentifiers, Platform } from '../../shared/inventory';
import type { AggregateRow } from './importer';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the key function sees: the fields an installed item and a count-only row have in common. */
export interface Countable {
  name: string;
  version?: string;
  publisher?: string;
  platform?: Platform;
  identifiers: ItemIdentifiers;
}

export interface CountableHost {
  tags: string[];
  os?: { platform: Platform };
  items: InventoryItem[];
}

export interface AggregateOptions {
  /** Groups items: same key, same product. Undefined leaves the item out (runtimes, updates ...). */
  keyOf: (item: Countable) => string | undefined;
  /** "Now" for the 30- and 90-day windows; tests pass a fixed date. */
  now: Date;
  /** Only hosts carrying at least one of these tags (department, group). */
  tags?: readonly string[];
  platforms?: readonly Platform[];
}

export interface AggregateEntry {
  key: string;
  /** Names the key gathered, most frequent first. */
  names: string[];
  hostsInstalled: number;
  hostsUsedLast30Days: number;
  hostsUsedLast90Days: number;
  /** Hosts whose data says when it was last used at all; the others are "unknown", not "never". */
  hostsWithUsageData: number;
  /** Counts from aggregate-only sources, per tool, "as reported by" that tool. */
  reported: { reportedBy: string; deviceCount: number; rows: number }[];
}

export interface AggregateSummary {
  /** Hosts that passed the filters. */
  hostCount: number;
  entries: AggregateEntry[];
  /** True when a tag filter hid the aggregate-only counts: they cannot be split by tag. */
  reportedOmitted: boolean;
}

interface Tally {
  names: Map<string, number>;
  installed: number;
  used30: number;
  used90: number;
  withUsage: number;
  reported: Map<string, { deviceCount: number; rows: number }>;
}

function tallyFor(tallies: Map<string, Tally>, key: string): Tally {
  let tally = tallies.get(key);
  if (!tally) {
    tally = { names: new Map(), installed: 0, used30: 0, used90: 0, withUsage: 0, reported: new Map() };
    tallies.set(key, tally);
  }
  return tally;
}

export function aggregateHosts(hosts: readonly CountableHost[], aggregates: readonly AggregateRow[], options: AggregateOptions): AggregateSummary {
  const now = options.now.getTime();
  const tagFilter = options.tags && options.tags.length > 0 ? new Set(options.tags) : undefined;
  const platformFilter = options.platforms && options.platforms.length > 0 ? new Set(options.platforms) : undefined;
  const tallies = new Map<string, Tally>();
  let hostCount = 0;

  for (const host of hosts) {
    if (tagFilter && !host.tags.some((tag) => tagFilter.has(tag))) continue;
    if (platformFilter && !(host.os && platformFilter.has(host.os.platform))) continue;
    hostCount += 1;
    // Per host, a key counts once; its newest lastUsed across items decides the usage windows.
    const newestUse = new Map<string, number | undefined>();
    for (const item of host.items) {
      const key = options.keyOf(item);
      if (key === undefined) continue;
      const tally = tallyFor(tallies, key);
      tally.names.set(item.name, (tally.names.get(item.name) ?? 0) + 1);
      const used = item.lastUsed ? Date.parse(item.lastUsed) : NaN;
      const previous = newestUse.get(key);
      newestUse.set(key, Number.isFinite(used) ? Math.max(used, previous ?? -Infinity) : previous);
    }
    for (const [key, lastUsed] of newestUse) {
      const tally = tallyFor(tallies, key);
      tally.installed += 1;
      if (lastUsed === undefined) continue;
      tally.withUsage += 1;
      if (now - lastUsed <= 30 * DAY_MS) tally.used30 += 1;
      if (now - lastUsed <= 90 * DAY_MS) tally.used90 += 1;
    }
  }

  const reportedOmitted = tagFilter !== undefined && aggregates.length > 0;
  if (!tagFilter) {
    for (const row of aggregates) {
      if (platformFilter && !(row.platform && platformFilter.has(row.platform))) continue;
      const key = options.keyOf(row);
      if (key === undefined) continue;
      const tally = tallyFor(tallies, key);
      tally.names.set(row.name, (tally.names.get(row.name) ?? 0) + 1);
      // One tool lists an app once per version (Intune detectedApps); its rows for one key are summed.
      const reported = tally.reported.get(row.reportedBy) ?? { deviceCount: 0, rows: 0 };
      reported.deviceCount += row.deviceCount;
      reported.rows += 1;
      tally.reported.set(row.reportedBy, reported);
    }
  }

  const entries: AggregateEntry[] = [...tallies].map(([key, tally]) => ({
    key,
    names: [...tally.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name),
    hostsInstalled: tally.installed,
    hostsUsedLast30Days: tally.used30,
    hostsUsedLast90Days: tally.used90,
    hostsWithUsageData: tally.withUsage,
    reported: [...tally.reported].map(([reportedBy, value]) => ({ reportedBy, ...value })),
  }));
  entries.sort((a, b) => b.hostsInstalled - a.hostsInstalled || a.key.localeCompare(b.key));
  return { hostCount, entries, reportedOmitted };
}
