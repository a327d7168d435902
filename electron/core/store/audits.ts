import { randomUUID } from 'node:crypto';
import type { AuditSummary } from '../../shared/audit';
import { InventoryFileSchema, type InventoryFile } from '../../shared/inventory';
import type { StateDb } from './state-db';

interface AuditRow {
  id: string; created_at: string; kind: 'scan' | 'import'; label: string; hostname: string | null; scanned_at: string; item_count: number;
}

const toSummary = (row: AuditRow): AuditSummary => ({
  id: row.id, createdAt: row.created_at, kind: row.kind, label: row.label, hostname: row.hostname, scannedAt: row.scanned_at, itemCount: row.item_count,
});

export function saveAudit(db: StateDb, inventory: InventoryFile, kind: 'scan' | 'import', label: string, now = new Date()): AuditSummary {
  const row: AuditRow = {
    id: randomUUID(), created_at: now.toISOString(), kind, label, hostname: inventory.host.hostname,
    scanned_at: inventory.scannedAt, item_count: inventory.items.length,
  };
  db.prepare(`INSERT INTO audits (id, created_at, kind, label, hostname, scanned_at, item_count, inventory_json)
    VALUES (@id, @created_at, @kind, @label, @hostname, @scanned_at, @item_count, @inventory_json)`)
    .run({ ...row, inventory_json: JSON.stringify(inventory) });
  return toSummary(row);
}

export function listAudits(db: StateDb, limit = 50): AuditSummary[] {
  const rows = db.prepare(`SELECT id, created_at, kind, label, hostname, scanned_at, item_count FROM audits
    ORDER BY created_at DESC LIMIT ?`).all(limit) as AuditRow[];
  return rows.map(toSummary);
}

export function loadAudit(db: StateDb, id: string): { summary: AuditSummary; inventory: InventoryFile } | undefined {
  const row = db.prepare('SELECT * FROM audits WHERE id = ?').get(id) as (AuditRow & { inventory_json: string }) | undefined;
  if (!row) return undefined;
  let parsed: ReturnType<typeof InventoryFileSchema.safeParse> | undefined;
  try {
    parsed = InventoryFileSchema.safeParse(JSON.parse(row.inventory_json));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) {
    throw new UnreadableAuditError(`The saved audit of ${row.scanned_at.slice(0, 10)} (${row.label}) can no longer be read; run a new scan or load the inventory file again.`);
  }
  return { summary: toSummary(row), inventory: parsed.data };
}

/** The newest audit that can still be read: one damaged row must not block every screen. */
export function latestAudit(db: StateDb): { summary: AuditSummary; inventory: InventoryFile } | undefined {
  const rows = db.prepare('SELECT id FROM audits ORDER BY created_at DESC LIMIT 20').all() as { id: string }[];
  let firstError: UnreadableAuditError | undefined;
  for (const row of rows) {
    try {
      return loadAudit(db, row.id);
    } catch (error) {
      if (!(error instanceof UnreadableAuditError)) throw error;
      firstError ??= error;
    }
  }
  if (firstError) throw firstError;
  return undefined;
}

/** A saved audit that no longer parses (damaged, or written by an incompatible version). */
export class UnreadableAuditError extends Error {}
