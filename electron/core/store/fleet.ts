/**
 * Fleet persistence: one transaction per imported file (never half a file), machine keys recomputed across
 * all imports, and summaries as GROUP BY over machines so a host seen by two tools counts once.
 */
import type { InventoryItem } from '../../shared/inventory';
import type { FleetHostDetail, FleetHostRow, FleetImportLogRow } from '../../shared/fleet';
import type { StateDb } from './state-db';

export interface StoredHost {
  identity: { serial?: string; hardwareUuid?: string; toolName?: string; toolId?: string; hostname?: string };
  os?: { platform: string; name?: string };
  tags: string[];
  lastSeen?: string;
  items: Array<{ item: InventoryItem; productKey: string }>;
}

export interface StoredAggregate {
  reportedBy: string;
  name: string;
  version?: string;
  publisher?: string;
  platform?: string;
  deviceCount: number;
  productKey: string;
  item: unknown;
}

export interface ImportRecord {
  file: string;
  format: string;
  importedAt: string;
  hosts: StoredHost[];
  aggregates: StoredAggregate[];
  warnings: string[];
}

export function insertImport(db: StateDb, record: ImportRecord, provisionalKey: (host: StoredHost) => string): number {
  return db.transaction(() => {
    const itemCount = record.hosts.reduce((sum, host) => sum + host.items.length, 0);
    const importId = Number(db.prepare(`INSERT INTO fleet_imports (file, format, imported_at, host_count, item_count, warnings_json)
      VALUES (?, ?, ?, ?, ?, ?)`).run(record.file, record.format, record.importedAt, record.hosts.length, itemCount, JSON.stringify(record.warnings)).lastInsertRowid);
    const insertHost = db.prepare(`INSERT INTO fleet_hosts (import_id, machine_key, serial, hardware_uuid, tool_name, tool_id, hostname, os_platform, os_name, tags_json, last_seen)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertItem = db.prepare(`INSERT INTO fleet_host_items (host_id, name, version, publisher, platform, last_used, product_key, item_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const host of record.hosts) {
      const id = host.identity;
      const hostId = Number(insertHost.run(importId, provisionalKey(host), id.serial ?? null, id.hardwareUuid ?? null, id.toolName ?? null, id.toolId ?? null,
        id.hostname ?? null, host.os?.platform ?? null, host.os?.name ?? null, JSON.stringify(host.tags), host.lastSeen ?? null).lastInsertRowid);
      for (const { item, productKey } of host.items) {
        insertItem.run(hostId, item.name, item.version ?? null, item.publisher ?? null, item.platform, item.lastUsed ?? null, productKey, JSON.stringify(item));
      }
    }
    const insertAggregate = db.prepare(`INSERT INTO fleet_aggregates (import_id, reported_by, name, version, publisher, platform, device_count, product_key, item_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const a of record.aggregates) {
      insertAggregate.run(importId, a.reportedBy, a.name, a.version ?? null, a.publisher ?? null, a.platform ?? null, a.deviceCount, a.productKey, JSON.stringify(a.item));
    }
    return importId;
  })();
}

export interface HostIdentityRow {
  id: number;
  serial: string | null;
  hardwareUuid: string | null;
  toolName: string | null;
  toolId: string | null;
  hostname: string | null;
}

export function listHostIdentities(db: StateDb): HostIdentityRow[] {
  return db.prepare('SELECT id, serial, hardware_uuid AS hardwareUuid, tool_name AS toolName, tool_id AS toolId, hostname FROM fleet_hosts ORDER BY id').all() as HostIdentityRow[];
}

export function updateMachineKeys(db: StateDb, keys: ReadonlyMap<number, string>): void {
  const update = db.prepare('UPDATE fleet_hosts SET machine_key = ? WHERE id = ? AND machine_key != ?');
  db.transaction(() => { for (const [id, key] of keys) update.run(key, id, key); })();
}

export function updateProductKeys(db: StateDb, rekey: (itemJson: string) => string): number {
  const rows = db.prepare('SELECT rowid, product_key AS productKey, item_json AS itemJson FROM fleet_host_items').all() as Array<{ rowid: number; productKey: string; itemJson: string }>;
  const update = db.prepare('UPDATE fleet_host_items SET product_key = ? WHERE rowid = ?');
  let changed = 0;
  db.transaction(() => {
    for (const row of rows) {
      const key = rekey(row.itemJson);
      if (key !== row.productKey) { update.run(key, row.rowid); changed++; }
    }
  })();
  return changed;
}

export interface HostFilter { tag?: string; platform?: string }

function hostWhere(filter: HostFilter): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.platform) { clauses.push('h.os_platform = ?'); params.push(filter.platform); }
  if (filter.tag) { clauses.push('EXISTS (SELECT 1 FROM json_each(h.tags_json) WHERE json_each.value = ?)'); params.push(filter.tag); }
  return { sql: clauses.length ? `AND ${clauses.join(' AND ')}` : '', params };
}

export interface ProductCountRow { productKey: string; name: string; installed: number; used30: number; used90: number; lastUsed: string | null }

/**
 * Per catalogue entry: machines with it installed, and used in the last 30 and 90 days. Only matched rows are
 * read, through the product_key index ranges 'alternative:' and 'product:', so the long tail of unmatched
 * titles (most rows on a real estate) costs nothing here.
 */
export function countProducts(db: StateDb, filter: HostFilter, now: Date): ProductCountRow[] {
  const day = 86_400_000;
  const since30 = new Date(now.getTime() - 30 * day).toISOString();
  const since90 = new Date(now.getTime() - 90 * day).toISOString();
  const where = hostWhere(filter);
  return db.prepare(`
    WITH per_machine AS (
      SELECT i.product_key AS productKey, h.machine_key AS machine, MIN(i.name) AS name, MAX(i.last_used) AS lastUsed
      FROM fleet_host_items i JOIN fleet_hosts h ON h.id = i.host_id
      WHERE ((i.product_key >= 'alternative:' AND i.product_key < 'alternative;') OR (i.product_key >= 'product:' AND i.product_key < 'product;')) ${where.sql}
      GROUP BY i.product_key, h.machine_key)
    SELECT productKey, MIN(name) AS name, COUNT(*) AS installed,
      COALESCE(SUM(lastUsed >= ?), 0) AS used30, COALESCE(SUM(lastUsed >= ?), 0) AS used90, MAX(lastUsed) AS lastUsed
    FROM per_machine GROUP BY productKey ORDER BY installed DESC, productKey`).all(...where.params, since30, since90) as ProductCountRow[];
}

/** Software titles the catalogue does not track (distinct normalised names), for "N other titles". */
export function countOtherTitles(db: StateDb): number {
  return (db.prepare("SELECT COUNT(DISTINCT product_key) AS n FROM fleet_host_items WHERE product_key >= 'name:' AND product_key < 'name;'").get() as { n: number }).n;
}

export function countMachines(db: StateDb, filter: HostFilter = {}): number {
  const where = hostWhere(filter);
  return (db.prepare(`SELECT COUNT(DISTINCT h.machine_key) AS n FROM fleet_hosts h WHERE 1 = 1 ${where.sql}`).get(...where.params) as { n: number }).n;
}

export function aggregateCounts(db: StateDb): Array<{ productKey: string; reportedBy: string; devices: number }> {
  return db.prepare(`SELECT product_key AS productKey, reported_by AS reportedBy, MAX(device_count) AS devices
    FROM fleet_aggregates WHERE product_key NOT LIKE 'ignored:%' GROUP BY product_key, reported_by`).all() as Array<{ productKey: string; reportedBy: string; devices: number }>;
}

interface MachineRow {
  id: number; machineKey: string; hostname: string | null; serial: string | null; osPlatform: string | null; osName: string | null;
  tagsJson: string; lastSeen: string | null; itemCount: number; sources: string;
}

export function listMachines(db: StateDb, filter: HostFilter = {}): FleetHostRow[] {
  const where = hostWhere(filter);
  const rows = db.prepare(`
    SELECT MIN(h.id) AS id, h.machine_key AS machineKey, MAX(h.hostname) AS hostname, MAX(h.serial) AS serial, MAX(h.os_platform) AS osPlatform,
      MAX(h.os_name) AS osName, json_group_array(h.tags_json) AS tagsJson, MAX(h.last_seen) AS lastSeen,
      (SELECT COUNT(*) FROM fleet_host_items i JOIN fleet_hosts h2 ON h2.id = i.host_id WHERE h2.machine_key = h.machine_key) AS itemCount,
      GROUP_CONCAT(DISTINCT f.format) AS sources
    FROM fleet_hosts h JOIN fleet_imports f ON f.id = h.import_id
    WHERE 1 = 1 ${where.sql}
    GROUP BY h.machine_key ORDER BY hostname COLLATE NOCASE, id`).all(...where.params) as MachineRow[];
  return rows.map((row) => ({
    id: row.id, machineKey: row.machineKey, hostname: row.hostname, serial: row.serial, osPlatform: row.osPlatform, osName: row.osName,
    tags: [...new Set((JSON.parse(row.tagsJson) as string[]).flatMap((t) => JSON.parse(t) as string[]))].sort(),
    lastSeen: row.lastSeen, itemCount: row.itemCount, sources: row.sources ? row.sources.split(',') : [],
  }));
}

export function machineDetail(db: StateDb, hostRowId: number): FleetHostDetail | undefined {
  const key = (db.prepare('SELECT machine_key AS k FROM fleet_hosts WHERE id = ?').get(hostRowId) as { k: string } | undefined)?.k;
  if (!key) return undefined;
  const machine = listMachines(db).find((m) => m.machineKey === key);
  if (!machine) return undefined;
  const tools = db.prepare('SELECT DISTINCT tool_name AS toolName, tool_id AS toolId, hardware_uuid AS uuid FROM fleet_hosts WHERE machine_key = ?').all(key) as Array<{ toolName: string | null; toolId: string | null; uuid: string | null }>;
  const items = db.prepare(`SELECT i.name, i.version, i.publisher, MAX(i.last_used) AS lastUsed, i.product_key AS productKey, GROUP_CONCAT(DISTINCT f.format) AS source
    FROM fleet_host_items i JOIN fleet_hosts h ON h.id = i.host_id JOIN fleet_imports f ON f.id = h.import_id
    WHERE h.machine_key = ? GROUP BY i.name, i.version, i.publisher, i.product_key ORDER BY i.name COLLATE NOCASE`).all(key) as FleetHostDetail['items'];
  return {
    ...machine,
    hardwareUuid: tools.find((t) => t.uuid)?.uuid ?? null,
    toolIds: Object.fromEntries(tools.filter((t) => t.toolName && t.toolId).map((t) => [t.toolName!, t.toolId!])),
    items,
  };
}

export function listImports(db: StateDb): FleetImportLogRow[] {
  const rows = db.prepare('SELECT id, file, format, imported_at AS importedAt, host_count AS hostCount, item_count AS itemCount, warnings_json AS warningsJson FROM fleet_imports ORDER BY id DESC').all() as Array<Omit<FleetImportLogRow, 'warnings'> & { warningsJson: string }>;
  return rows.map(({ warningsJson, ...row }) => ({ ...row, warnings: JSON.parse(warningsJson) as string[] }));
}

export function listTags(db: StateDb): string[] {
  return (db.prepare('SELECT DISTINCT json_each.value AS tag FROM fleet_hosts, json_each(fleet_hosts.tags_json) ORDER BY tag').all() as { tag: string }[]).map((r) => r.tag);
}

export function listPlatforms(db: StateDb): string[] {
  return (db.prepare('SELECT DISTINCT os_platform AS p FROM fleet_hosts WHERE os_platform IS NOT NULL ORDER BY p').all() as { p: string }[]).map((r) => r.p);
}

export function clearFleet(db: StateDb): number {
  const machines = countMachines(db);
  db.prepare('DELETE FROM fleet_imports').run();
  return machines;
}
