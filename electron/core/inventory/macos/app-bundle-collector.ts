/** Applications in /Applications and ~/Applications, identified by their Info.plist. */
import { basename } from 'node:path';
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import type { AppBundle } from './app-bundles';
import { findAppBundles, hasAppStoreReceipt, readInfoPlist } from './app-bundles';
import type { InfoPlist } from './parse-info-plist';

export function appBundleItem(bundle: AppBundle, info: InfoPlist | undefined, appStore: boolean): InventoryItem {
  const evidence: InventoryItem['evidence'] = {};
  if (appStore) evidence.appStore = true;
  if (info?.backgroundAgent) evidence.backgroundAgent = true;
  if (info?.category) evidence.category = info.category;
  if (!info) evidence.infoPlist = 'unreadable';
  // Naming follows Fleet's rule for the apps table: display name, bundle name, then the folder name.
  const item: InventoryItem = {
    id: `app-bundle:${bundle.path}`,
    platform: 'macos',
    source: 'app-bundle',
    name: info?.displayName ?? info?.name ?? basename(bundle.path, '.app'),
    identifiers: info?.bundleId ? { bundleId: info.bundleId } : {},
    scope: bundle.scope,
    installLocation: bundle.path,
    linkedTo: [],
    evidence,
  };
  const version = info?.shortVersion ?? info?.bundleVersion;
  if (version) item.version = version;
  return item;
}

export const appBundleCollector: Collector = {
  id: 'macos.app-bundles',
  platforms: ['macos'],
  async collect(context): Promise<CollectorOutput> {
    const bundles = await findAppBundles(context);
    const items: InventoryItem[] = [];
    let unreadable = 0;
    for (const bundle of bundles) {
      if (context.signal.aborted) break;
      const info = await readInfoPlist(context, bundle.fsPath);
      if (!info) unreadable += 1;
      items.push(appBundleItem(bundle, info, await hasAppStoreReceipt(bundle.fsPath)));
    }
    return unreadable > 0
      ? { items, status: 'partial', message: `${unreadable} app(s) have no readable Info.plist; they are listed by folder name only.` }
      : { items };
  },
};
