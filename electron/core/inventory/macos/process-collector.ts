/** Applications running right now (one ps sample; sampling over time is the caller's job). */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import type { RunningApp } from './parse-ps';
import { runningAppsFromPs } from './parse-ps';
import { MAC_TOOLS } from './commands';

export function runningAppItem(app: RunningApp): InventoryItem {
  return {
    id: `process:${app.bundlePath}`,
    platform: 'macos',
    source: 'process',
    name: app.name,
    identifiers: {},
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
    return { items: runningAppsFromPs(result.stdout).map(runningAppItem) };
  },
};
