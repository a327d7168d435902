/** Programs running right now in a user session (tasklist). One sample; sampling over time is the caller's job. */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { decodeConsoleOutput } from './decode-console-output';
import { parseTasklistCsv, userProgramImages } from './parse-tasklist';
import { windowsTool } from './commands';

export function processItem(image: string): InventoryItem {
  return {
    id: `process:${image.toLowerCase()}`,
    platform: 'windows',
    source: 'process',
    name: image,
    identifiers: { exe: image },
    scope: 'user',
    running: true,
    linkedTo: [],
    evidence: {},
  };
}

export const windowsProcessCollector: Collector = {
  id: 'windows.processes',
  platforms: ['windows'],
  async collect(context): Promise<CollectorOutput> {
    const result = await context.run(windowsTool(context, 'tasklist'), ['/fo', 'csv', '/nh'], { signal: context.signal, timeoutMs: 30_000 });
    if (!result.ok) {
      return result.failure === 'not-found'
        ? { items: [], status: 'skipped', message: 'tasklist is not available, so running programs were not listed. This is expected on a computer that is not running Windows.' }
        : { items: [], status: 'failed', message: `Running programs could not be listed: ${result.message}.` };
    }
    const parsed = parseTasklistCsv(decodeConsoleOutput(result.stdoutBytes));
    const items = userProgramImages(parsed.processes).map(processItem);
    return parsed.problems.length > 0 ? { items, status: items.length > 0 ? 'partial' : 'failed', message: parsed.problems.join(' ') } : { items };
  },
};
