/**
 * The two queries that reduce a browser history to product-domain x day visit counts inside SQLite, so that no
 * URL, title or unrelated host ever leaves the database handle. Hosts are matched by a function registered on
 * the connection; only matched domains come back.
 *  - Chromium (History): visits.visit_time is microseconds since 1601-01-01 UTC; sub-frame navigations
 *    (transition core types 3 AUTO_SUBFRAME and 4 MANUAL_SUBFRAME) are not page views; visits synced from another
 *    device carry an originator_cache_guid and are left out (research notes inventory.md §5.4).
 *  - Firefox (places.sqlite): moz_historyvisits.visit_date is microseconds since 1970; embeds, redirects,
 *    downloads and framed links (visit types 4-8) are not page views; the host comes from moz_places.rev_host,
 *    so the URL is not read at all (§5.5).
 */
import type { Database } from 'better-sqlite3';
import { hostOfReversedHost, hostOfUrl, type DomainMatcher } from './domain-match';

export interface DailyVisits {
  domain: string;
  /** YYYY-MM-DD, UTC */
  day: string;
  visits: number;
}

/** Seconds between 1601-01-01 and 1970-01-01, the offset of Chromium's (Windows FILETIME) epoch. */
const WINDOWS_EPOCH_OFFSET_SECONDS = 11_644_473_600;

export function chromiumDailyVisits(db: Database, sinceMs: number, matcher: DomainMatcher): DailyVisits[] {
  db.function('switchyard_url_domain', { deterministic: true }, (url: unknown) => {
    const host = typeof url === 'string' ? hostOfUrl(url) : undefined;
    return (host && matcher(host)) ?? null;
  });
  const visitColumns = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('visits') as string[]);
  const localOnly = visitColumns.has('originator_cache_guid') ? "AND COALESCE(v.originator_cache_guid, '') = ''" : '';
  return db.prepare(`
    SELECT domain, day, COUNT(*) AS visits FROM (
      SELECT switchyard_url_domain(u.url) AS domain,
             date(v.visit_time / 1000000 - ${WINDOWS_EPOCH_OFFSET_SECONDS}, 'unixepoch') AS day
      FROM visits v JOIN urls u ON u.id = v.url
      WHERE v.visit_time >= ? AND (v.transition & 255) NOT IN (3, 4) ${localOnly}
    ) WHERE domain IS NOT NULL
    GROUP BY domain, day ORDER BY day, domain`,
  ).all(toChromiumTime(sinceMs)) as DailyVisits[];
}

export function firefoxDailyVisits(db: Database, sinceMs: number, matcher: DomainMatcher): DailyVisits[] {
  db.function('switchyard_host_domain', { deterministic: true }, (revHost: unknown) => {
    const host = typeof revHost === 'string' ? hostOfReversedHost(revHost) : undefined;
    return (host && matcher(host)) ?? null;
  });
  return db.prepare(`
    SELECT domain, day, COUNT(*) AS visits FROM (
      SELECT switchyard_host_domain(p.rev_host) AS domain,
             date(v.visit_date / 1000000, 'unixepoch') AS day
      FROM moz_historyvisits v JOIN moz_places p ON p.id = v.place_id
      WHERE v.visit_date >= ? AND v.visit_type NOT IN (4, 5, 6, 7, 8)
    ) WHERE domain IS NOT NULL
    GROUP BY domain, day ORDER BY day, domain`,
  ).all(BigInt(Math.round(sinceMs)) * 1000n) as DailyVisits[];
}

/** Chromium times exceed Number.MAX_SAFE_INTEGER, so the bound is computed exactly as a BigInt. */
function toChromiumTime(unixMs: number): bigint {
  return (BigInt(Math.round(unixMs)) + BigInt(WINDOWS_EPOCH_OFFSET_SECONDS) * 1000n) * 1000n;
}
