import type { StateDb } from './state-db';

export type CorrectionAction = 'confirm' | 'reject' | 'remap';

export interface MatchCorrection {
  matchKey: string;
  action: CorrectionAction;
  catalogueKind: 'product' | 'alternative' | null;
  catalogueId: string | null;
  label: string;
  updatedAt: string;
}

interface Row { match_key: string; action: CorrectionAction; catalogue_kind: 'product' | 'alternative' | null; catalogue_id: string | null; label: string; updated_at: string }

export function listCorrections(db: StateDb): Map<string, MatchCorrection> {
  const rows = db.prepare('SELECT * FROM match_corrections').all() as Row[];
  return new Map(rows.map((r) => [r.match_key, {
    matchKey: r.match_key, action: r.action, catalogueKind: r.catalogue_kind, catalogueId: r.catalogue_id, label: r.label, updatedAt: r.updated_at,
  }]));
}

export function saveCorrection(db: StateDb, correction: Omit<MatchCorrection, 'updatedAt'>, now = new Date()): void {
  db.prepare(`INSERT INTO match_corrections (match_key, action, catalogue_kind, catalogue_id, label, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (match_key) DO UPDATE SET action = excluded.action, catalogue_kind = excluded.catalogue_kind,
      catalogue_id = excluded.catalogue_id, label = excluded.label, updated_at = excluded.updated_at`)
    .run(correction.matchKey, correction.action, correction.catalogueKind, correction.catalogueId, correction.label, now.toISOString());
}

export function deleteCorrection(db: StateDb, matchKey: string): void {
  db.prepare('DELETE FROM match_corrections WHERE match_key = ?').run(matchKey);
}
