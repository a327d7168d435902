import type { Migration } from '../migration';

/**
 * Fleet: every imported file, the hosts it described (one row per host per import, as the tool saw it),
 * and their software rows. Hosts seen by several tools or imports share a machine_key, recomputed after
 * each import from serial → hardware UUID → tool id → hostname, so counts are per machine, never per row.
 * Each software row carries the product_key matching gave it, so summaries are one GROUP BY. Aggregate-only
 * rows (Intune device counts, Fleet host counts) are kept apart: shown beside, never added.
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
        import_id INTEGER NOT NULL REFERENCES fleet_imports (id) ON DELETE CASCADE,
        machine_key TEXT NOT NULL,
        serial TEXT,
        hardware_uuid TEXT,
        tool_name TEXT,
        tool_id TEXT,
        hostname TEXT,
        os_platform TEXT,
        os_name TEXT,
        tags_json TEXT NOT NULL DEFAULT '[]',
        last_seen TEXT
      ) STRICT;
      CREATE INDEX fleet_hosts_machine ON fleet_hosts (machine_key);
      CREATE TABLE fleet_host_items (
        host_id INTEGER NOT NULL REFERENCES fleet_hosts (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        version TEXT,
        publisher TEXT,
        platform TEXT NOT NULL,
        last_used TEXT,
        product_key TEXT NOT NULL,
        item_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fleet_items_product ON fleet_host_items (product_key, host_id);
      CREATE INDEX fleet_items_host ON fleet_host_items (host_id);
      CREATE TABLE fleet_aggregates (
        import_id INTEGER NOT NULL REFERENCES fleet_imports (id) ON DELETE CASCADE,
        reported_by TEXT NOT NULL,
        name TEXT NOT NULL,
        version TEXT,
        publisher TEXT,
        platform TEXT,
        device_count INTEGER NOT NULL,
        product_key TEXT NOT NULL,
        item_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
