/** Focus time and last use per app from GNOME Shell's application_state. */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { locationsFor, nodeFileSystem, readOptionalFile, type FileSystem } from './file-system';
import { GNOME_SECONDS_PER_SCORE_POINT, parseGnomeAppState, type GnomeAppUsage } from './parse-gnome-app-state';

const MAX_BYTES = 8 * 1024 * 1024;

export function gnomeAppUsageToItem(usage: GnomeAppUsage, platform: InventoryItem['platform'] = 'linux'): InventoryItem {
  return {
    id: `gnome-app-state:${usage.desktopId}`,
    platform,
    source: 'gnome-app-state',
    name: usage.desktopId.replace(/\.desktop$/, ''),
    identifiers: { desktopFile: usage.desktopId },
    scope: 'user',
    lastUsed: usage.lastSeen,
    // A lower bound: GNOME halves every score when one reaches its cap, so long-time use is understated.
    focusSeconds: Math.round(usage.score * GNOME_SECONDS_PER_SCORE_POINT),
    linkedTo: [],
    evidence: { gnomeScore: usage.score },
  };
}

export function createGnomeAppStateCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.gnome-app-state',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const places = locationsFor(context);
      const path = places.home('.local/share/gnome-shell/application_state');
      const file = await readOptionalFile(fs, path, places.display(path), MAX_BYTES);
      if (file.state === 'missing') return { items: [], status: 'skipped', message: 'No GNOME Shell usage data (GNOME is not used by this account).' };
      if (file.state === 'unreadable') return { items: [], status: 'failed', message: `GNOME Shell usage data was not read: ${file.message}.` };
      try {
        return { items: parseGnomeAppState(file.bytes.toString('utf8')).map((usage) => gnomeAppUsageToItem(usage, context.platform)) };
      } catch (error) {
        return { items: [], status: 'failed', message: `GNOME Shell usage data ${places.display(path)} is damaged: ${(error as Error).message}.` };
      }
    },
  };
}
