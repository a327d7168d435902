/**
 * Creates browser history databases for tests from the schemas in test/fixtures/inventory/browsers:
 * Chromium's is the real schema of a Chromium 156 History file captured on this machine, Firefox's is written
 * from nsPlacesTables.h (see the .origin.md files). Rows are the tests' own.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../../../../fixtures/inventory/browsers');
export const CHROMIUM_SCHEMA = readFileSync(path.join(FIXTURES, 'chromium-history-schema.sql'), 'utf8');
export const FIREFOX_SCHEMA = readFileSync(path.join(FIXTURES, 'firefox-places-schema.sql'), 'utf8');
export const PROFILES_INI = readFileSync(path.join(FIXTURES, 'profiles.ini'), 'utf8');

/** Microseconds since 1601-01-01 UTC, exact (the values exceed Number.MAX_SAFE_INTEGER). */
export function chromiumTime(iso: string): bigint {
  return (BigInt(Date.parse(iso)) + 11_644_473_600_000n) * 1000n;
}

/** Microseconds since 1970-01-01 UTC (PRTime). */
export function firefoxTime(iso: string): bigint {
  return BigInt(Date.parse(iso)) * 1000n;
}

export interface ChromiumVisit {
  url: string;
  at: string;
  /** Page transition; the core type is the low byte (0 LINK, 1 TYPED, 3 AUTO_SUBFRAME ...). */
  transition?: number;
  syncedFrom?: string;
}

export function fillChromiumHistory(db: Database.Database, visits: ChromiumVisit[]): void {
  db.exec(CHROMIUM_SCHEMA);
  const urlIds = new Map<string, number | bigint>();
  const insertUrl = db.prepare('INSERT INTO urls (url, title, visit_count, last_visit_time) VALUES (?, ?, 1, ?)');
  const insertVisit = db.prepare('INSERT INTO visits (url, visit_time, transition, originator_cache_guid) VALUES (?, ?, ?, ?)');
  for (const visit of visits) {
    let id = urlIds.get(visit.url);
    if (id === undefined) {
      id = insertUrl.run(visit.url, `Title of ${visit.url}`, chromiumTime(visit.at)).lastInsertRowid;
      urlIds.set(visit.url, id);
    }
    insertVisit.run(id, chromiumTime(visit.at), visit.transition ?? 0x30000000, visit.syncedFrom ?? null);
  }
}

export function createChromiumHistory(file: string, visits: ChromiumVisit[]): void {
  const db = new Database(file);
  fillChromiumHistory(db, visits);
  db.close();
}

export interface FirefoxVisit {
  url: string;
  at: string;
  /** 1 LINK, 2 TYPED, ... 8 FRAMED_LINK */
  type?: number;
}

function reversedHost(url: string): string {
  return `${[...new URL(url).hostname].reverse().join('')}.`;
}

export function fillFirefoxPlaces(db: Database.Database, visits: FirefoxVisit[]): void {
  db.exec(FIREFOX_SCHEMA);
  const placeIds = new Map<string, number | bigint>();
  const insertPlace = db.prepare('INSERT INTO moz_places (url, title, rev_host, visit_count, last_visit_date, guid) VALUES (?, ?, ?, 1, ?, ?)');
  const insertVisit = db.prepare('INSERT INTO moz_historyvisits (from_visit, place_id, visit_date, visit_type, session) VALUES (0, ?, ?, ?, 0)');
  for (const visit of visits) {
    let id = placeIds.get(visit.url);
    if (id === undefined) {
      id = insertPlace.run(visit.url, `Title of ${visit.url}`, reversedHost(visit.url), firefoxTime(visit.at), `guid${placeIds.size}`).lastInsertRowid;
      placeIds.set(visit.url, id);
    }
    insertVisit.run(id, firefoxTime(visit.at), visit.type ?? 1);
  }
}

export function createFirefoxPlaces(file: string, visits: FirefoxVisit[]): void {
  const db = new Database(file);
  fillFirefoxPlaces(db, visits);
  db.close();
}
