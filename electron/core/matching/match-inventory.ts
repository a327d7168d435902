import type { InventoryItem } from '../../shared/inventory';
import { buildFindings } from './findings';
import type { Matcher } from './matcher';
import type { Finding, ItemMatch } from '../../shared/matching';

export interface MatchResult {
  matches: ItemMatch[];
  findings: Finding[];
  counts: { rows: number; products: number; alternatives: number; ignored: number };
}

export function matchInventory(matcher: Matcher, items: readonly InventoryItem[]): MatchResult {
  const matches = items.map((item) => matcher.match(item));
  const findings = buildFindings(matches, matcher.entries);
  return {
    matches,
    findings,
    counts: {
      rows: matches.length,
      products: findings.filter((f) => f.kind === 'product').length,
      alternatives: findings.filter((f) => f.kind === 'alternative').length,
      ignored: matches.filter((m) => m.outcome.kind === 'ignored').length,
    },
  };
}
