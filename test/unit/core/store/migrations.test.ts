import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/state-db';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { migration001Audits } from '../../../../electron/core/store/migrations/001-audits';
import { migration002SettingsAndCorrections } from '../../../../electron/core/store/migrations/002-settings-and-corrections';
import { migration003Checklist } from '../../../../electron/core/store/migrations/003-checklist';
import { migration004Fleet } from '../../../../electron/core/store/migrations/004-fleet';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

/** A database migrated up to (and including) the given version. */
function migratedTo(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  return db;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('run once: a second migrate() changes nothing', () => {
    const db = migratedTo(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('refuse a database from a newer Switchyard', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this Switchyard/);
  });

  it('roll back a failing step entirely, leaving user_version unchanged', () => {
    const db = migratedTo(1);
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE x (a)'); d.exec('SYNTAX ERROR'); } }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('x');
  });
});

describe(`001 ${migration001Audits.name}`, () => {
  it('creates audits with a required inventory and kind check', () => {
    const db = migratedTo(1);
    expect(tables(db)).toContain('audits');
    const insert = db.prepare('INSERT INTO audits VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('a1', '2026-11-27T10:00:00Z', 'scan', 'this PC', 'pc1', '2026-11-27T10:00:00Z', 3, '{}');
    expect(() => insert.run('a2', '2026-11-27T10:00:00Z', 'guess', 'x', null, 'x', 0, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('a3', '2026-11-27T10:00:00Z', 'scan', 'x', null, 'x', 'many', '{}')).toThrow();
  });
});

describe(`002 ${migration002SettingsAndCorrections.name}`, () => {
  it('creates settings and corrections; a reject carries no target, a remap needs one', () => {
    const db = migratedTo(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['settings', 'match_corrections']));
    const insert = db.prepare('INSERT INTO match_corrections VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('k1', 'reject', null, null, 'Zoom helper', 'now');
    insert.run('k2', 'remap', 'product', 'zoom', 'Zoom', 'now');
    expect(() => insert.run('k3', 'remap', 'product', null, 'x', 'now')).toThrow(/CHECK/);
    expect(() => insert.run('k4', 'reject', 'product', 'zoom', 'x', 'now')).toThrow(/CHECK/);
  });
});

describe(`003 ${migration003Checklist.name}`, () => {
  it('creates plan choices and progress with status and date checks', () => {
    const db = migratedTo(3);
    const insert = db.prepare('INSERT INTO checklist_progress VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('audit:1', 'word>libreoffice:macros', 'done', 'Ana', '2026-12-31', '', 'now');
    expect(() => insert.run('audit:1', 'k2', 'finished', '', null, '', 'now')).toThrow(/CHECK/);
    expect(() => insert.run('audit:1', 'k3', 'todo', '', '31.12.2026', '', 'now')).toThrow(/CHECK/);
    db.prepare('INSERT INTO plan_choices VALUES (?, ?, ?, ?)').run('audit:1', 'ms-word', 'libreoffice', 'now');
    expect(() => db.prepare('INSERT INTO plan_choices VALUES (?, ?, ?, ?)').run('audit:1', 'ms-word', 'collabora', 'now')).toThrow(/UNIQUE|PRIMARY/);
  });
});

describe(`004 ${migration004Fleet.name}`, () => {
  it('creates fleet tables; deleting an import removes its hosts, their rows and its aggregates', () => {
    const db = migratedTo(4);
    db.prepare("INSERT INTO fleet_imports (id, file, format, imported_at, host_count, item_count) VALUES (1, 'a.json', 'osquery', 'now', 1, 1)").run();
    db.prepare("INSERT INTO fleet_hosts (id, import_id, machine_key, hostname) VALUES (1, 1, 'serial:ABC', 'pc1')").run();
    db.prepare("INSERT INTO fleet_host_items (host_id, name, platform, product_key, item_json) VALUES (1, 'Zoom', 'windows', 'product:zoom', '{}')").run();
    db.prepare("INSERT INTO fleet_aggregates (import_id, reported_by, name, device_count, product_key, item_json) VALUES (1, 'Intune', 'Zoom', 40, 'product:zoom', '{}')").run();
    expect(() => db.prepare("INSERT INTO fleet_host_items (host_id, name, platform, product_key, item_json) VALUES (9, 'x', 'linux', 'name:x', '{}')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO fleet_host_items (host_id, name, platform, item_json) VALUES (1, 'x', 'linux', '{}')").run()).toThrow(/NOT NULL/);
    db.prepare('DELETE FROM fleet_imports WHERE id = 1').run();
    for (const table of ['fleet_hosts', 'fleet_host_items', 'fleet_aggregates']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
