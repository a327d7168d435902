import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGnomeAppStateCollector } from '../../../../../electron/core/inventory/linux/gnome-app-state-collector';
import { createKdeActivityCollector } from '../../../../../electron/core/inventory/linux/kde-activity-collector';
import { createRecentlyUsedCollector } from '../../../../../electron/core/inventory/linux/recently-used-collector';
import { context, denyingFileSystem } from './helpers';

const homes: string[] = [];
function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'switchyard-home-'));
  homes.push(home);
  return home;
}
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

describe('recently-used collector', () => {
  it('turns per-app usage into user-scoped items with counts and last use', async () => {
    const output = await createRecentlyUsedCollector().collect(context());
    expect(output.items.find((item) => item.id === 'recently-used:LibreOffice')).toMatchObject({
      source: 'recently-used', scope: 'user', useCount: 17, lastUsed: '2025-03-14T09:11:03.000Z', identifiers: { exe: 'soffice' }, evidence: { documentCount: 3 },
    });
  });

  it('is skipped without the file, fails in words when unreadable, damaged or huge', async () => {
    const home = tempHome();
    expect((await createRecentlyUsedCollector().collect(context({ homeDir: home }))).status).toBe('skipped');
    const denied = await createRecentlyUsedCollector(denyingFileSystem((path) => path.endsWith('recently-used.xbel'))).collect(context());
    expect(denied).toMatchObject({ status: 'failed', message: 'The recent-files list was not read: no permission to read ~/.local/share/recently-used.xbel.' });
    mkdirSync(join(home, '.local/share'), { recursive: true });
    writeFileSync(join(home, '.local/share/recently-used.xbel'), '<xbel><bookmark>');
    expect((await createRecentlyUsedCollector().collect(context({ homeDir: home }))).message).toMatch(/is damaged: not valid XML/);
    writeFileSync(join(home, '.local/share/recently-used.xbel'), Buffer.alloc(33 * 1024 * 1024, 0x20));
    expect((await createRecentlyUsedCollector().collect(context({ homeDir: home }))).message).toMatch(/is 33 MB, larger than the 32 MB expected/);
  });
});

describe('GNOME app state collector', () => {
  it('reports focus time (7 s per score point) and last use per desktop id', async () => {
    const output = await createGnomeAppStateCollector().collect(context());
    expect(output.items.find((item) => item.id === 'gnome-app-state:firefox_firefox.desktop')).toMatchObject({
      focusSeconds: 8542, lastUsed: '2025-03-14T09:20:00.000Z', identifiers: { desktopFile: 'firefox_firefox.desktop' }, evidence: { gnomeScore: 1220.25 },
    });
  });

  it('is skipped where GNOME never ran and fails on a damaged file', async () => {
    const home = tempHome();
    expect((await createGnomeAppStateCollector().collect(context({ homeDir: home }))).status).toBe('skipped');
    mkdirSync(join(home, '.local/share/gnome-shell'), { recursive: true });
    writeFileSync(join(home, '.local/share/gnome-shell/application_state'), Buffer.from([0xff, 0xfe, 0x00, 0x3c]));
    expect((await createGnomeAppStateCollector().collect(context({ homeDir: home }))).status).toBe('failed');
  });
});

describe('KDE activity collector', () => {
  function kdeDatabase(home: string): Database.Database {
    const dir = join(home, '.local/share/kactivitymanagerd/resources');
    mkdirSync(dir, { recursive: true });
    // Schema as created by kactivitymanagerd's ResourcesDatabaseSchema (research/inventory.md §4.7(c)).
    const db = new Database(join(dir, 'database'));
    db.exec(`
      CREATE TABLE ResourceEvent (usedActivity TEXT, initiatingAgent TEXT, targettedResource TEXT, start INTEGER, end INTEGER);
      CREATE TABLE ResourceScoreCache (usedActivity TEXT, initiatingAgent TEXT, targettedResource TEXT, scoreType INTEGER, cachedScore FLOAT, firstUpdate INTEGER, lastUpdate INTEGER, PRIMARY KEY(usedActivity, initiatingAgent, targettedResource));
      INSERT INTO ResourceScoreCache VALUES ('a1', 'org.kde.plasmashell', 'applications:org.kde.dolphin.desktop', 0, 400.5, 1741000000, 1741945012);
      INSERT INTO ResourceScoreCache VALUES ('a2', 'org.kde.plasmashell', 'applications:org.kde.dolphin.desktop', 0, 12, 1741000000, 1741900000);
      INSERT INTO ResourceScoreCache VALUES ('a1', 'org.kde.okular', 'file:///home/anna/x.pdf', 0, 3, 1741000000, 1741900000);
      INSERT INTO ResourceEvent VALUES ('a1', 'org.kde.plasmashell', 'applications:org.kde.dolphin.desktop', 1741945000, 1741945100);
      INSERT INTO ResourceEvent VALUES ('a1', 'org.kde.plasmashell', 'applications:thunderbird.desktop', 1741944105, 1741944200);
    `);
    return db;
  }

  it('reads a copy of the database, including writes still in its WAL, and leaves the original alone', async () => {
    const home = tempHome();
    const db = kdeDatabase(home);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec("INSERT INTO ResourceEvent VALUES ('a1', 'org.kde.plasmashell', 'applications:thunderbird.desktop', 1741950000, 1741950100)");
    const output = await createKdeActivityCollector().collect(context({ homeDir: home }));
    db.close();
    expect(output.items).toEqual([
      expect.objectContaining({ id: 'kde-activity:org.kde.dolphin.desktop', useCount: 1, lastUsed: '2025-03-14T09:36:52.000Z', evidence: { kdeScore: 412.5 } }),
      expect.objectContaining({ id: 'kde-activity:thunderbird.desktop', useCount: 2, lastUsed: '2025-03-14T11:00:00.000Z', evidence: {} }),
    ]);
  });

  it('is skipped without KDE and fails in words on a file that is not a database or cannot be read', async () => {
    const home = tempHome();
    expect((await createKdeActivityCollector().collect(context({ homeDir: home }))).status).toBe('skipped');
    mkdirSync(join(home, '.local/share/kactivitymanagerd/resources'), { recursive: true });
    writeFileSync(join(home, '.local/share/kactivitymanagerd/resources/database'), 'not sqlite at all, just text that is long enough to look like a header');
    expect(await createKdeActivityCollector().collect(context({ homeDir: home }))).toMatchObject({ status: 'failed', message: expect.stringContaining('could not be opened as a database') });
    const denied = await createKdeActivityCollector(denyingFileSystem((path) => path.endsWith('/resources/database'))).collect(context({ homeDir: home }));
    expect(denied).toMatchObject({ status: 'failed', message: expect.stringContaining('no permission to read ~/.local/share/kactivitymanagerd/resources/database') });
  });
});
