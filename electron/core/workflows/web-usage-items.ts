import type { InventoryFile, InventoryItem } from '../../shared/inventory';

/**
 * Browser SaaS usage (domain × day counts) becomes one observation per domain, so matching can attribute
 * it to the product that owns the domain: visits are use count, the latest day is last use.
 */
export function webUsageItems(inventory: InventoryFile): InventoryItem[] {
  const byDomain = new Map<string, { visits: number; last: string; browsers: Set<string> }>();
  for (const usage of inventory.webUsage ?? []) {
    const entry = byDomain.get(usage.domain) ?? { visits: 0, last: '', browsers: new Set<string>() };
    entry.visits += usage.visits;
    if (usage.day > entry.last) entry.last = usage.day;
    entry.browsers.add(usage.browser);
    byDomain.set(usage.domain, entry);
  }
  return [...byDomain].map(([domain, entry]) => ({
    id: `browser-history:${domain}`, platform: inventory.host.os.platform, source: 'browser-history' as const, name: domain,
    identifiers: { domain }, useCount: entry.visits, lastUsed: `${entry.last}T00:00:00.000Z`, linkedTo: [],
    evidence: { browsers: [...entry.browsers].sort().join(', ') },
  }));
}
