/**
 * Last-used date and use count of each application bundle from Spotlight (mdls), in batches so that a
 * few hundred apps cost a handful of process starts. Spotlight only records launches through
 * LaunchServices (Finder, Dock, Spotlight, open), and not on volumes where indexing is off: an app
 * without a date is "unknown", not "unused", so no item is made for it.
 */
import { basename } from 'node:path';
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import type { AppBundle } from './app-bundles';
import { findAppBundles } from './app-bundles';
import type { SpotlightRecord } from './parse-mdls';
import { parseMdls } from './parse-mdls';
import { MAC_TOOLS } from './commands';

const BATCH = 50;
const ATTRIBUTES = ['kMDItemCFBundleIdentifier', 'kMDItemLastUsedDate', 'kMDItemUseCount'];

export function spotlightItem(bundle: AppBundle, record: SpotlightRecord): InventoryItem {
  const item: InventoryItem = {
    id: `spotlight:${bundle.path}`,
    platform: 'macos',
    source: 'spotlight',
    name: basename(bundle.path, '.app'),
    identifiers: record.bundleId ? { bundleId: record.bundleId } : {},
    scope: bundle.scope,
    installLocation: bundle.path,
    linkedTo: [],
    evidence: {},
  };
  if (record.lastUsed) item.lastUsed = record.lastUsed;
  if (record.useCount !== undefined) item.useCount = record.useCount;
  return item;
}

export const spotlightCollector: Collector = {
  id: 'macos.spotlight',
  platforms: ['macos'],
  async collect(context): Promise<CollectorOutput> {
    const bundles = await findAppBundles(context);
    const items: InventoryItem[] = [];
    const problems: string[] = [];
    for (let start = 0; start < bundles.length && !context.signal.aborted; start += BATCH) {
      const batch = bundles.slice(start, start + BATCH);
      const args = [...ATTRIBUTES.flatMap((name) => ['-name', name]), ...batch.map((b) => b.fsPath)];
      const result = await context.run(MAC_TOOLS.mdls, args, { signal: context.signal, timeoutMs: 30_000 });
      if (!result.ok && result.failure === 'not-found') {
        return { items: [], status: 'skipped', message: 'Spotlight (mdls) is not available, so last-used dates of apps were not read. This is expected on a computer that is not a Mac.' };
      }
      // mdls exits non-zero when one file of the batch is missing but still prints the others.
      if (!result.ok && result.failure !== 'exit-code') {
        problems.push(`Spotlight did not answer for ${batch.length} apps (${result.message}).`);
        continue;
      }
      const parsed = parseMdls(result.stdout, batch.map((b) => b.fsPath));
      problems.push(...parsed.problems);
      for (const bundle of batch) {
        const record = parsed.records.get(bundle.fsPath);
        if (record && (record.lastUsed || record.useCount !== undefined)) items.push(spotlightItem(bundle, record));
      }
    }
    return problems.length > 0 ? { items, status: 'partial', message: problems.join(' ') } : { items };
  },
};
