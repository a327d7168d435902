import type { InventoryItem } from '../../shared/inventory';
import { normaliseName } from './normalise';

/**
 * The key a user's correction is stored under: the same app in a later audit (another version, another
 * scan) gets the same key, so the correction applies again. Identifier first, normalised name otherwise.
 */
export function matchKey(item: InventoryItem): string {
  const ids = item.identifiers;
  const identifier = ids.bundleId ?? ids.appxFamily ?? ids.flatpakId ?? ids.snapName ?? ids.wingetId ?? ids.c2rReleaseId ?? ids.packageName ?? '';
  return `${item.platform}|${identifier.toLowerCase()}|${normaliseName(item.name)}`;
}
