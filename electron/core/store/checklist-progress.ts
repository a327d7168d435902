import type { ItemStatus } from '../../shared/planning';
import type { StateDb } from './state-db';

export interface ProgressUpdate {
  status?: ItemStatus;
  owner?: string;
  dueDate?: string | null;
  notes?: string;
}

export interface ItemProgress {
  status: ItemStatus;
  owner: string;
  dueDate: string | null;
  notes: string;
  updatedAt: string;
}

interface ProgressRow { item_key: string; status: ItemStatus; owner: string; due_date: string | null; notes: string; updated_at: string }

export function readProgress(db: StateDb, scope: string): Map<string, ItemProgress> {
  const rows = db.prepare('SELECT item_key, status, owner, due_date, notes, updated_at FROM checklist_progress WHERE scope = ?').all(scope) as ProgressRow[];
  return new Map(rows.map((row) => [row.item_key, { status: row.status, owner: row.owner, dueDate: row.due_date, notes: row.notes, updatedAt: row.updated_at }]));
}

/** Merges the given fields into the item's progress, in one transaction. */
export function updateProgress(db: StateDb, scope: string, itemKey: string, update: ProgressUpdate, now = new Date()): ItemProgress {
  return db.transaction(() => {
    const current = readProgress(db, scope).get(itemKey) ?? { status: 'todo' as const, owner: '', dueDate: null, notes: '', updatedAt: '' };
    const next: ItemProgress = {
      status: update.status ?? current.status,
      owner: update.owner ?? current.owner,
      dueDate: update.dueDate === undefined ? current.dueDate : update.dueDate,
      notes: update.notes ?? current.notes,
      updatedAt: now.toISOString(),
    };
    db.prepare(`INSERT INTO checklist_progress (scope, item_key, status, owner, due_date, notes, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (scope, item_key) DO UPDATE SET status = excluded.status, owner = excluded.owner,
        due_date = excluded.due_date, notes = excluded.notes, updated_at = excluded.updated_at`)
      .run(scope, itemKey, next.status, next.owner, next.dueDate, next.notes, next.updatedAt);
    return next;
  })();
}

export function readChoices(db: StateDb, scope: string): Map<string, string> {
  const rows = db.prepare('SELECT product_id, alternative_id FROM plan_choices WHERE scope = ?').all(scope) as { product_id: string; alternative_id: string }[];
  return new Map(rows.map((row) => [row.product_id, row.alternative_id]));
}

export function chooseAlternative(db: StateDb, scope: string, productId: string, alternativeId: string, now = new Date()): void {
  db.prepare(`INSERT INTO plan_choices (scope, product_id, alternative_id, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (scope, product_id) DO UPDATE SET alternative_id = excluded.alternative_id, updated_at = excluded.updated_at`)
    .run(scope, productId, alternativeId, now.toISOString());
}

export function clearChoice(db: StateDb, scope: string, productId: string): void {
  db.prepare('DELETE FROM plan_choices WHERE scope = ? AND product_id = ?').run(scope, productId);
}
