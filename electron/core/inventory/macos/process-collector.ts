/**
 * Applications running right now (one ps sample; sampling over time is the caller's job). Each running
 * bundle's Info.plist supplies its bundle id, the key matching and linking use on macOS.
 */
import { join } from 'node:path';
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { readInfoPlist } from './app-bundles';
import type { RunningApp } from './parse-ps';
import { runningAppsFromPs } from './parse-ps';
import { MAC_TOOLS } from './commands';

export function runningAppItem(app: RunningApp, bundleId?: string): InventoryItem {
  return {
    id: `process:${app.bundlePath}`,
    platform: 'macos',
    source: 'process',
    name: app.name,
    identifiers: bundleId ? { bundleId } : {},
    scope: app.bundlePath.startsWith('/Users/') ? 'user' : 'machine',
    installLocation: app.bundlePath,
    running: true,
    linkedTo: [],
    evidence: {},
  };
}

export const macosProcessCollector: Collector = {
  id: 'macos.processes',
  platforms: ['macos'],
  async collect(context): Promise<CollectorOutput> {
    const result = await context.run(MAC_TOOLS.ps, ['-axo', 'comm='], { signal: context.signal, timeoutMs: 15_000 });
    if (!result.ok) {
      return result.failure === 'not-found'
        ? { items: [], status: 'skipped', message: 'ps is not available, so running applications were not listed.' }
        : { items: [], status: 'failed', message: `Running applications could not be listed: ${result.message}.` };
    }
    const items: InventoryItem[] = [];
    for (const app of runningAppsFromPs(result.stdout)) {
      const info = await readInfoPlist(context, join(context.rootDir, app.bundlePath));
      items.push(runningAppItem(app, info?.bundleId));
    }
    return { items };
  },
};
