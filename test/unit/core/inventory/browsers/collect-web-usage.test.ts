import Database from 'better-sqlite3';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebUsageSchema } from '../../../../../electron/shared/inventory';
import { collectWebUsage } from '../../../../../electron/core/inventory/browsers/collect-web-usage';
import { createChromiumHistory, createFirefoxPlaces, fillFirefoxPlaces } from './helpers/history-fixtures';

const DOMAINS = ['outlook.office.com', 'sharepoint.com', 'slack.com', 'teams.microsoft.com', 'zoom.us'];
let home: string;

beforeEach(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'switchyard-web-'));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-20T12:00:00Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(home, { recursive: true, force: true });
});

async function folder(...parts: string[]): Promise<string> {
  const dir = path.join(home, ...parts);
  await mkdir(dir, { recursive: true });
  return dir;
}

async function historyCopiesLeft(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('switchyard-history-'));
}

describe('collectWebUsage', () => {
  it('sums visits per browser, domain and day across profiles, and leaves no copy behind', async () => {
    const before = await historyCopiesLeft();
    createChromiumHistory(path.join(await folder('.config', 'google-chrome', 'Default'), 'History'), [
      { url: 'https://outlook.office.com/mail/', at: '2025-03-13T09:03:10Z' },
      { url: 'https://contoso.sharepoint.com/sites/x', at: '2025-03-13T10:15:00Z' },
      { url: 'https://www.example-news.eu/article/42', at: '2025-03-13T18:00:00Z' },
    ]);
    createChromiumHistory(path.join(await folder('.config', 'google-chrome', 'Profile 1'), 'History'), [
      { url: 'https://outlook.office.com/mail/', at: '2025-03-13T11:00:00Z' },
      { url: 'https://outlook.office.com/mail/', at: '2024-11-01T11:00:00Z' }, // outside the 90 days
    ]);
    await writeFile(path.join(await folder('.mozilla', 'firefox'), 'profiles.ini'), '[Profile0]\nIsRelative=1\nPath=p.default\n');
    createFirefoxPlaces(path.join(await folder('.mozilla', 'firefox', 'p.default'), 'places.sqlite'), [
      { url: 'https://app.slack.com/client/T1', at: '2025-03-14T08:00:00Z' },
    ]);

    const result = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS });

    expect(result.usage).toEqual([
      { browser: 'chrome', domain: 'outlook.office.com', day: '2025-03-13', visits: 2 },
      { browser: 'chrome', domain: 'sharepoint.com', day: '2025-03-13', visits: 1 },
      { browser: 'firefox', domain: 'slack.com', day: '2025-03-14', visits: 1 },
    ]);
    for (const row of result.usage) expect(() => WebUsageSchema.parse(row)).not.toThrow();
    expect(result.diagnostics.map((d) => [d.collector, d.status, d.itemCount])).toEqual([
      ['browser-history:chrome:Default', 'ok', 2],
      ['browser-history:chrome:Profile 1', 'ok', 1],
      ['browser-history:firefox:p.default', 'ok', 1],
    ]);
    expect(JSON.stringify(result)).not.toContain('example-news');
    expect(await historyCopiesLeft()).toEqual(before);
  });

  it('sees visits that are still only in the write-ahead log of a running Firefox', async () => {
    await writeFile(path.join(await folder('.mozilla', 'firefox'), 'profiles.ini'), '[Profile0]\nIsRelative=1\nPath=p.default\n');
    const places = path.join(await folder('.mozilla', 'firefox', 'p.default'), 'places.sqlite');
    const running = new Database(places);
    running.pragma('journal_mode = WAL');
    running.pragma('wal_autocheckpoint = 0');
    fillFirefoxPlaces(running, [{ url: 'https://teams.microsoft.com/v2/', at: '2025-03-19T08:00:00Z' }]);
    try {
      const result = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS });
      expect(result.usage).toEqual([{ browser: 'firefox', domain: 'teams.microsoft.com', day: '2025-03-19', visits: 1 }]);
    } finally {
      running.close();
    }
  });

  it('recovers a copy taken in the middle of a Chromium write (hot rollback journal)', async () => {
    const profile = await folder('.config', 'chromium', 'Default');
    const staging = await folder('staging');
    const live = path.join(staging, 'History');
    createChromiumHistory(live, [{ url: 'https://app.zoom.us/wc/1/join', at: '2025-03-18T10:00:00Z' }]);
    const writer = new Database(live);
    writer.pragma('cache_size = 1');
    writer.exec('BEGIN');
    const insert = writer.prepare('INSERT INTO urls (url, last_visit_time) VALUES (?, 0)');
    for (let i = 0; i < 2000; i++) insert.run(`https://app.zoom.us/uncommitted/${i}/${'x'.repeat(200)}`);
    await copyFile(live, path.join(profile, 'History'));
    await copyFile(`${live}-journal`, path.join(profile, 'History-journal'));
    writer.exec('ROLLBACK');
    writer.close();

    const result = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS });
    expect(result.usage).toEqual([{ browser: 'chromium', domain: 'zoom.us', day: '2025-03-18', visits: 1 }]);
    expect(result.diagnostics[0]?.status).toBe('ok');
  });

  it('turns a damaged database and an unknown layout into diagnostics and keeps going', async () => {
    await writeFile(path.join(await folder('.config', 'google-chrome', 'Default'), 'History'), Buffer.alloc(8192, 0x5a));
    const other = new Database(path.join(await folder('.config', 'google-chrome', 'Profile 2'), 'History'));
    other.exec('CREATE TABLE something_else (x)');
    other.close();
    createChromiumHistory(path.join(await folder('.config', 'microsoft-edge', 'Default'), 'History'), [
      { url: 'https://teams.microsoft.com/', at: '2025-03-19T08:00:00Z' },
    ]);

    const result = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS });
    expect(result.usage).toEqual([{ browser: 'edge', domain: 'teams.microsoft.com', day: '2025-03-19', visits: 1 }]);
    const [damaged, unknown, edge] = result.diagnostics;
    expect(damaged).toMatchObject({ status: 'failed', itemCount: 0 });
    expect(damaged?.message).toBe('The Chrome history of profile "Default" is damaged or is not a history database. Nothing was counted from it.');
    expect(unknown?.message).toMatch(/^The Chrome history of profile "Profile 2" has a layout this version of Switchyard does not know/);
    expect(edge?.status).toBe('ok');
  });

  it('says so when there is nothing to read, nothing to look for, or the scan was cancelled', async () => {
    const none = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS });
    expect(none.usage).toEqual([]);
    expect(none.diagnostics).toMatchObject([{ collector: 'browser-history', status: 'skipped' }]);
    expect(none.diagnostics[0]?.message).toContain('No Chrome, Edge, Brave, Chromium or Firefox history');

    createChromiumHistory(path.join(await folder('.config', 'google-chrome', 'Default'), 'History'), []);
    const noDomains = await collectWebUsage({ homeDir: home, platform: 'linux', domains: [] });
    expect(noDomains.diagnostics).toMatchObject([{ status: 'skipped' }]);

    const controller = new AbortController();
    controller.abort();
    const cancelled = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS, signal: controller.signal });
    expect(cancelled.diagnostics).toMatchObject([{ collector: 'browser-history:chrome:Default', status: 'cancelled' }]);
  });

  it('honours a shorter window', async () => {
    createChromiumHistory(path.join(await folder('.config', 'google-chrome', 'Default'), 'History'), [
      { url: 'https://outlook.office.com/mail/', at: '2025-03-19T09:00:00Z' },
      { url: 'https://outlook.office.com/mail/', at: '2025-03-10T09:00:00Z' },
    ]);
    const result = await collectWebUsage({ homeDir: home, platform: 'linux', domains: DOMAINS, sinceDays: 7 });
    expect(result.usage).toEqual([{ browser: 'chrome', domain: 'outlook.office.com', day: '2025-03-19', visits: 1 }]);
  });
});
