import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDomainMatcher } from '../../../../../electron/core/inventory/browsers/domain-match';
import { chromiumDailyVisits, firefoxDailyVisits } from '../../../../../electron/core/inventory/browsers/history-queries';
import { fillChromiumHistory, fillFirefoxPlaces } from './helpers/history-fixtures';

const DOMAINS = ['outlook.office.com', 'sharepoint.com', 'docs.google.com', 'zoom.us', 'slack.com', 'teams.microsoft.com', 'officeapps.live.com', 'google.com'];
const SINCE = Date.parse('2025-03-01T00:00:00Z');

describe('chromiumDailyVisits', () => {
  function history(): Database.Database {
    const db = new Database(':memory:');
    fillChromiumHistory(db, [
      { url: 'https://outlook.office.com/mail/', at: '2025-03-13T09:03:10Z', transition: 0x30000001 }, // TYPED
      { url: 'https://outlook.office.com/mail/', at: '2025-03-14T09:01:00Z', transition: 0x30000008 }, // RELOAD counts
      { url: 'https://outlook.office.com/calendar/', at: '2025-03-14T23:59:59Z' },
      { url: 'https://contoso.sharepoint.com/sites/Vertrieb/Shared%20Documents', at: '2025-03-13T10:15:00Z' },
      { url: 'https://docs.google.com/spreadsheets/d/1AbC/edit', at: '2025-03-13T11:00:00Z', syncedFrom: '8d3f9e0c-sync-guid' },
      { url: 'https://app.zoom.us/wc/81234567890/join', at: '2025-03-14T12:30:00Z' },
      { url: 'https://www.example-news.eu/article/42', at: '2025-03-12T18:00:00Z' },
      { url: 'https://accounts.google.com/RotateCookiesPage', at: '2025-03-14T13:00:00Z', transition: 3 }, // AUTO_SUBFRAME
      { url: 'https://outlook.office.com/old', at: '2025-02-27T08:00:00Z' }, // before the window
    ]);
    return db;
  }

  it('reduces visits to domain x UTC day, leaving out sub-frames, synced visits and unrelated hosts', () => {
    const rows = chromiumDailyVisits(history(), SINCE, createDomainMatcher(DOMAINS));
    expect(rows).toEqual([
      { domain: 'outlook.office.com', day: '2025-03-13', visits: 1 },
      { domain: 'sharepoint.com', day: '2025-03-13', visits: 1 },
      { domain: 'outlook.office.com', day: '2025-03-14', visits: 2 },
      { domain: 'zoom.us', day: '2025-03-14', visits: 1 },
    ]);
  });

  it('still works on older History files without the sync column', () => {
    const db = history();
    db.exec('ALTER TABLE visits DROP COLUMN originator_cache_guid');
    const rows = chromiumDailyVisits(db, SINCE, createDomainMatcher(['docs.google.com']));
    expect(rows).toEqual([{ domain: 'docs.google.com', day: '2025-03-13', visits: 1 }]);
  });
});

describe('firefoxDailyVisits', () => {
  it('reduces visits by host, leaving out framed links, redirects and embeds', () => {
    const db = new Database(':memory:');
    fillFirefoxPlaces(db, [
      { url: 'https://app.slack.com/client/T012AB3CD/C045EF6GH', at: '2025-03-13T08:03:10Z', type: 2 },
      { url: 'https://app.slack.com/client/T012AB3CD/C045EF6GH', at: '2025-03-13T09:15:00Z', type: 1 },
      { url: 'https://app.slack.com/client/T012AB3CD/C045EF6GH', at: '2025-03-14T08:01:00Z', type: 1 },
      { url: 'https://teams.microsoft.com/v2/', at: '2025-03-13T09:15:00Z', type: 1 },
      { url: 'https://word-edit.officeapps.live.com/we/wordeditorframe.aspx', at: '2025-03-13T10:00:00Z', type: 8 },
      { url: 'https://slack.com/signin', at: '2025-03-13T07:00:00Z', type: 5 },
      { url: 'https://www.youtube.com/embed/x', at: '2025-03-13T07:00:00Z', type: 4 },
    ]);
    expect(firefoxDailyVisits(db, SINCE, createDomainMatcher(DOMAINS))).toEqual([
      { domain: 'slack.com', day: '2025-03-13', visits: 2 },
      { domain: 'teams.microsoft.com', day: '2025-03-13', visits: 1 },
      { domain: 'slack.com', day: '2025-03-14', visits: 1 },
    ]);
  });
});
