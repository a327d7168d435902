import type { Migration } from '../migration';

/**
 * Settings (ranking priorities, language) and the user's match corrections. A correction is keyed by the
 * observation's match key (normalised name + identifiers), so it applies to the same app in later audits
 * and wins over the engine.
 */
export const migration002SettingsAndCorrections: Migration = {
  version: 2,
  name: 'settings-and-corrections',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      ) STRICT;
      CREATE TABLE match_corrections (
        match_key TEXT PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'remap')),
        catalogue_kind TEXT CHECK (catalogue_kind IN ('product', 'alternative')),
        catalogue_id TEXT,
        label TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((action = 'reject') = (catalogue_id IS NULL))
      ) STRICT;
    `);
  },
};
