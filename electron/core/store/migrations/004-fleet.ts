import type { Migration } from '../migration';

/**
 * Fleet: hosts merged by identity key (serial → hardware UUID → tool id → hostname), their software rows,
 * the import log, and aggregate-only rows (Intune device counts, Fleet host counts) kept apart so they are
 * shown beside per-host counts and never added to them.
 */
export const migration004Fleet: Migration = {
  version: 4,
  name: 'fleet',
  up(db) {
    db.exec(`
      CREATE TABLE fleet_imports (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        host_count INTEGER NOT NULL,
        item_count INTEGER NOT NULL,
        warnings_json TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE TABLE fleet_hosts (
        id INTEGER PRIMARY KEY,
        identity_key TEXT NOT NULL UNIQUE,
        hostname TEXT,
        serial TEXT,
        hardware_uuid TEXT,
        os_platform TEXT,
        os_name TEXT,
        tags_json TEXT NOT NULL DEFAULT '[]',
        last_seen TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE fleet_host_items (
        host_id INTEGER NOT NULL REFERENCES fleet_hosts (id) ON DELETE CASCADE,
        import_id INTEGER NOT NULL REFERENCES fleet_imports (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        version TEXT,
        publisher TEXT,
        platform TEXT NOT NULL,
        identifiers_json TEXT NOT NULL DEFAULT '{}',
        last_used TEXT,
        item_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fleet_host_items_host ON fleet_host_items (host_id);
      CREATE TABLE fleet_aggregates (
        import_id INTEGER NOT NULL REFERENCES fleet_imports (id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        name TEXT NOT NULL,
        version TEXT,
        publisher TEXT,
        platform TEXT,
        device_count INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
