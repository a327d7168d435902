/** A saved audit, matched against the catalogue with the user's corrections: what the screens show. */
import type { AuditView } from '../../shared/audit';
import type { CatalogueRepository } from '../catalogue/repository';
import { loadAudit, latestAudit } from '../store/audits';
import { listCorrections } from '../store/corrections';
import type { StateDb } from '../store/state-db';
import { analyseInventory } from './analyse';

export function auditView(db: StateDb, catalogue: CatalogueRepository, id?: string): AuditView | null {
  const audit = id ? loadAudit(db, id) : latestAudit(db);
  if (!audit) return null;
  const result = analyseInventory(audit.inventory, catalogue.listMatchables(), listCorrections(db));
  return {
    summary: audit.summary,
    inventory: audit.inventory,
    matches: result.matches.map((m) => ({ itemId: m.item.id, matchKey: m.matchKey, outcome: m.outcome })),
    findings: result.findings,
    counts: result.counts,
  };
}
