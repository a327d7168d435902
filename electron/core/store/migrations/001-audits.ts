import type { Migration } from '../migration';

/** Audits: one saved inventory (a scan of this machine or an imported file), kept whole as JSON. */
export const migration001Audits: Migration = {
  version: 1,
  name: 'audits',
  up(db) {
    db.exec(`
      CREATE TABLE audits (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('scan', 'import')),
        label TEXT NOT NULL,
        hostname TEXT,
        scanned_at TEXT NOT NULL,
        item_count INTEGER NOT NULL,
        inventory_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audits_created ON audits (created_at DESC);
    `);
  },
};
