/**
 * One inventory through matching: rows (plus browser usage) → outcomes and findings, with the user's
 * corrections applied. Shared by the app, `switchyard match` and the reports.
 */
import type { InventoryFile } from '../../shared/inventory';
import type { MatchableEntry } from '../catalogue/types';
import { createMatcher } from '../matching/matcher';
import { matchInventory, type MatchResult } from '../matching/match-inventory';
import type { MatchCorrection } from '../store/corrections';
import { webUsageItems } from './web-usage-items';

export function analyseInventory(inventory: InventoryFile, entries: readonly MatchableEntry[], corrections: ReadonlyMap<string, MatchCorrection> = new Map()): MatchResult {
  const matcher = createMatcher(entries, corrections);
  return matchInventory(matcher, [...inventory.items, ...webUsageItems(inventory)]);
}
