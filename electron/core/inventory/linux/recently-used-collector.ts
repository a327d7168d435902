/** Per-application usage from the GTK recent-files list (counts and last use, no document paths). */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { locationsFor, nodeFileSystem, readOptionalFile, type FileSystem } from './file-system';
import { parseRecentlyUsed, type RecentAppUsage } from './parse-xbel';

const MAX_BYTES = 32 * 1024 * 1024;

export function recentAppUsageToItem(usage: RecentAppUsage, platform: InventoryItem['platform'] = 'linux'): InventoryItem {
  const evidence: InventoryItem['evidence'] = { documentCount: usage.documentCount };
  if (usage.mimeTypes.length > 0) evidence.mimeTypes = usage.mimeTypes.slice(0, 10).join(',');
  return {
    id: `recently-used:${usage.name}`,
    platform,
    source: 'recently-used',
    name: usage.name,
    identifiers: usage.program ? { exe: usage.program } : {},
    scope: 'user',
    lastUsed: usage.lastUsed,
    useCount: usage.count,
    linkedTo: [],
    evidence,
  };
}

export function createRecentlyUsedCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.recently-used',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const places = locationsFor(context);
      const path = places.home('.local/share/recently-used.xbel');
      const file = await readOptionalFile(fs, path, places.display(path), MAX_BYTES);
      if (file.state === 'missing') return { items: [], status: 'skipped', message: 'No recent-files list (GTK apps have not recorded any opened files).' };
      if (file.state === 'unreadable') return { items: [], status: 'failed', message: `The recent-files list was not read: ${file.message}.` };
      try {
        return { items: parseRecentlyUsed(file.bytes.toString('utf8')).map((usage) => recentAppUsageToItem(usage, context.platform)) };
      } catch (error) {
        return { items: [], status: 'failed', message: `The recent-files list ${places.display(path)} is damaged: ${(error as Error).message}.` };
      }
    },
  };
}
