/** A saved audit with its match results, as the Inventory, Alternatives and Overview screens show it. */
import type { InventoryFile } from './inventory';
import type { Finding, MatchOutcome } from './matching';

export interface AuditSummary {
  id: string;
  createdAt: string;
  kind: 'scan' | 'import';
  label: string;
  hostname: string | null;
  scannedAt: string;
  itemCount: number;
}

export interface RowMatch {
  itemId: string;
  matchKey: string;
  outcome: MatchOutcome;
}

export interface AuditView {
  summary: AuditSummary;
  inventory: InventoryFile;
  matches: RowMatch[];
  findings: Finding[];
  counts: { rows: number; products: number; alternatives: number; ignored: number };
}
