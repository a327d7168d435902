/**
 * Snap packages from `snap list`. The command talks to the snapd service; when snapd is stopped it can
 * hang rather than fail, so the timeout is short and a timeout becomes a diagnostic.
 */
import type { InventoryItem, Platform } from '../../../shared/inventory';
import type { Collector } from '../collector';
import { commandFailureOutput } from './command-failure';
import { parseSnapList, type SnapPackage } from './parse-snap';

export const SNAP_TIMEOUT_MS = 15_000;

export function snapToItem(snap: SnapPackage, platform: Platform = 'linux'): InventoryItem {
  const evidence: InventoryItem['evidence'] = { revision: snap.revision, verifiedPublisher: snap.verifiedPublisher };
  if (snap.tracking) evidence.tracking = snap.tracking;
  if (snap.notes.length > 0) evidence.notes = snap.notes.join(',');
  return {
    id: `snap:${snap.name}`,
    platform,
    source: 'snap',
    name: snap.name,
    version: snap.version,
    publisher: snap.publisher,
    identifiers: { snapName: snap.name },
    scope: 'machine',
    installLocation: `/snap/${snap.name}/${snap.revision}`,
    linkedTo: [],
    evidence,
  };
}

export const snapCollector: Collector = {
  id: 'linux.snap',
  platforms: ['linux'],
  async collect(context) {
    const result = await context.run('snap', ['list', '--unicode=never', '--color=never'], { signal: context.signal, timeoutMs: SNAP_TIMEOUT_MS });
    if (!result.ok) {
      const snapdDown = result.failure === 'timeout' || /cannot communicate with server/i.test(result.stderr);
      return commandFailureOutput(result, 'Snap packages', snapdDown ? 'The snapd service is probably not running.' : undefined);
    }
    return { items: parseSnapList(result.stdout).map((snap) => snapToItem(snap, context.platform)) };
  },
};
