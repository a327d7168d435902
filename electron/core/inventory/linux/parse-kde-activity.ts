/**
 * Pure reduction of KDE Plasma's activity database (~/.local/share/kactivitymanagerd/resources/database)
 * to per-application usage. Application launches are resources named "applications:<desktop id>";
 * ResourceScoreCache holds a decaying score and the last update (Unix seconds), ResourceEvent one row
 * per use (pruned over time). Schema: kactivitymanagerd ResourcesDatabaseSchema; research/inventory.md §4.7(c).
 */

export interface KdeScoreRow { resource: string; score: number | null; lastUpdate: number | null }
export interface KdeEventRow { resource: string; launches: number; lastStart: number | null }

export interface KdeAppUsage {
  desktopId: string;
  score?: number;
  launches?: number;
  /** ISO date-time. */
  lastUsed?: string;
}

export const KDE_SCORE_QUERY = `
  SELECT targettedResource AS resource, SUM(cachedScore) AS score, MAX(lastUpdate) AS lastUpdate
  FROM ResourceScoreCache WHERE targettedResource LIKE 'applications:%' GROUP BY targettedResource`;

export const KDE_EVENT_QUERY = `
  SELECT targettedResource AS resource, COUNT(*) AS launches, MAX(start) AS lastStart
  FROM ResourceEvent WHERE targettedResource LIKE 'applications:%' GROUP BY targettedResource`;

const PREFIX = 'applications:';

function desktopIdOf(resource: string): string | undefined {
  if (!resource.startsWith(PREFIX)) return undefined;
  const id = resource.slice(PREFIX.length);
  if (!id) return undefined;
  return id.endsWith('.desktop') ? id : `${id}.desktop`;
}

export function kdeUsageFromRows(scores: readonly KdeScoreRow[], events: readonly KdeEventRow[]): KdeAppUsage[] {
  const byId = new Map<string, { score?: number; launches?: number; last?: number }>();
  const touch = (desktopId: string) => {
    const entry = byId.get(desktopId) ?? {};
    byId.set(desktopId, entry);
    return entry;
  };
  const later = (current: number | undefined, candidate: number | null) =>
    candidate !== null && candidate > 0 && (current === undefined || candidate > current) ? candidate : current;
  for (const row of scores) {
    const id = desktopIdOf(row.resource);
    if (!id) continue;
    const entry = touch(id);
    if (row.score !== null && Number.isFinite(row.score)) entry.score = (entry.score ?? 0) + row.score;
    entry.last = later(entry.last, row.lastUpdate);
  }
  for (const row of events) {
    const id = desktopIdOf(row.resource);
    if (!id) continue;
    const entry = touch(id);
    entry.launches = (entry.launches ?? 0) + row.launches;
    entry.last = later(entry.last, row.lastStart);
  }
  return [...byId].map(([desktopId, entry]) => ({
    desktopId,
    score: entry.score,
    launches: entry.launches,
    lastUsed: entry.last === undefined ? undefined : new Date(entry.last * 1000).toISOString(),
  }));
}
