/** Matching outcomes and findings, as the UI, the CLI and the reports see them. No Node, no DOM. */
import type { InventoryItem } from './inventory';

export type EntityKind = 'product' | 'alternative';

/** How a match was made, most certain first. */
export type MatchTier = 'correction' | 'identifier' | 'pattern' | 'alias' | 'tokens' | 'fuzzy' | 'suite' | 'linked';

export type MatchOutcome =
  | {
      kind: EntityKind; // 'product' = proprietary incumbent, 'alternative' = already switched
      catalogueId: string;
      name: string;
      tier: MatchTier;
      confidence: number; // 0..1
      explanation: string; // one line, for the user
    }
  | { kind: 'ignored'; reason: string; explanation: string; tier?: MatchTier; confidence?: number };

export interface ItemMatch {
  item: InventoryItem;
  matchKey: string;
  outcome: MatchOutcome;
}

export interface FindingEvidence {
  itemId: string;
  source: InventoryItem['source'];
  name: string;
  tier: MatchTier;
  confidence: number;
  explanation: string;
}

/** One product (or alternative) seen through all its observations. */
export interface Finding {
  kind: EntityKind;
  catalogueId: string;
  name: string;
  category: string;
  vendor: string;
  /** Highest confidence among its evidence. */
  confidence: number;
  evidence: FindingEvidence[];
  /** Set when the finding exists only because a suite implies it (Microsoft 365 Apps → Word). */
  impliedBy?: string;
  usage: { lastUsed?: string; useCount?: number; running: boolean; focusSeconds?: number };
  versions: string[];
  platforms: string[];
}
