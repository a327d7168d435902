/**
 * Uninstall entries and Click-to-Run products → inventory items. Hidden entries (see
 * isVisibleUninstallEntry) are dropped here; the Click-to-Run merge runs first so that the per-language
 * Office entries become one product item.
 */
import type { InventoryItem } from '../../../shared/inventory';
import type { ClickToRunConfiguration, ClickToRunProduct } from './click-to-run';
import { mergeClickToRun } from './click-to-run';
import type { UninstallEntry } from './uninstall-entry';
import { isVisibleUninstallEntry } from './uninstall-entry';

function uninstallItem(entry: UninstallEntry): InventoryItem {
  const evidence: InventoryItem['evidence'] = { registryView: entry.scope };
  if (entry.windowsInstaller) evidence.windowsInstaller = true;
  if (entry.estimatedSizeKb !== undefined) evidence.estimatedSizeKb = entry.estimatedSizeKb;
  if (entry.bundleProviderKey) evidence.bundleProviderKey = entry.bundleProviderKey;
  const item: InventoryItem = {
    id: `uninstall-registry:${entry.scope}:${entry.sid ? `${entry.sid}:` : ''}${entry.key}`,
    platform: 'windows',
    source: 'uninstall-registry',
    name: entry.displayName ?? entry.key,
    identifiers: { uninstallKey: entry.key },
    scope: entry.scope === 'user' ? 'user' : 'machine',
    linkedTo: [],
    evidence,
  };
  if (entry.displayVersion) item.version = entry.displayVersion;
  if (entry.publisher) item.publisher = entry.publisher;
  if (entry.sid) item.user = entry.sid;
  if (entry.installDate) item.installDate = entry.installDate;
  if (entry.installLocation) item.installLocation = entry.installLocation;
  return item;
}

function clickToRunItem(product: ClickToRunProduct): InventoryItem {
  const evidence: InventoryItem['evidence'] = {};
  if (product.languages.length > 0) evidence.languages = product.languages.join(', ');
  if (product.channel) evidence.channel = product.channel;
  if (product.platform) evidence.platform = product.platform;
  if (product.mediaType) evidence.mediaType = product.mediaType;
  const item: InventoryItem = {
    id: `click-to-run:${product.releaseId}`,
    platform: 'windows',
    source: 'click-to-run',
    name: product.name,
    identifiers: {
      c2rReleaseId: product.releaseId,
      ...(product.uninstallKeys[0] ? { uninstallKey: product.uninstallKeys[0] } : {}),
    },
    scope: 'machine',
    linkedTo: [],
    excludedApps: product.excludedApps,
    evidence,
  };
  if (product.version) item.version = product.version;
  if (product.publisher) item.publisher = product.publisher;
  if (product.installLocation) item.installLocation = product.installLocation;
  return item;
}

export function uninstallItems(entries: readonly UninstallEntry[], clickToRun?: ClickToRunConfiguration): InventoryItem[] {
  const visible = entries.filter(isVisibleUninstallEntry);
  const { products, others } = mergeClickToRun(visible, clickToRun);
  return [
    ...products.map(clickToRunItem),
    ...others.map(uninstallItem),
  ];
}
