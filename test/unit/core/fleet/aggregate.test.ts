import { describe, expect, it } from 'vitest';
import { aggregateHosts, type Countable } from '../../../../electron/core/fleet/aggregate';
import type { AggregateRow } from '../../../../electron/core/fleet/importer';
import { makeItem } from '../../../../electron/core/fleet/import-record';

const NOW = new Date('2026-10-20T00:00:00.000Z');
const byName = (item: Countable): string | undefined => (item.name.startsWith('Update') ? undefined : item.name.toLowerCase().replace(/ - [a-z]{2}-[a-z]{2}$/, ''));

const hosts = [
  { tags: ['Finanzen'], os: { platform: 'windows' as const }, items: [
    makeItem('t', 'windows', { name: 'Microsoft Visio - de-de', lastUsed: '2026-10-10T00:00:00.000Z' }),
    makeItem('t', 'windows', { name: 'Microsoft Visio - de-de', lastUsed: '2026-01-01T00:00:00.000Z' }),
    makeItem('t', 'windows', { name: 'Update for Windows (KB1)' }),
  ] },
  { tags: ['Bauamt'], os: { platform: 'windows' as const }, items: [
    makeItem('t', 'windows', { name: 'Microsoft Visio - fr-fr', lastUsed: '2026-08-01T00:00:00.000Z' }),
    makeItem('t', 'windows', { name: 'LibreOffice' }),
  ] },
  { tags: ['Finanzen'], os: { platform: 'macos' as const }, items: [makeItem('t', 'macos', { name: 'Microsoft Visio - de-de' })] },
];
const reported: AggregateRow[] = [
  { importer: 'intune-graph', reportedBy: 'Intune', name: 'Microsoft Visio - de-de', version: '16.0.1', platform: 'windows', identifiers: {}, deviceCount: 37 },
  { importer: 'intune-graph', reportedBy: 'Intune', name: 'Microsoft Visio - de-de', version: '16.0.2', platform: 'windows', identifiers: {}, deviceCount: 4 },
  { importer: 'fleet-titles', reportedBy: 'Fleet', name: 'Microsoft Visio', platform: 'windows', identifiers: {}, deviceCount: 12 },
];

describe('aggregateHosts', () => {
  it('counts distinct hosts per key, with usage windows, and shows reported counts beside, never added', () => {
    const summary = aggregateHosts(hosts, reported, { keyOf: byName, now: NOW });
    expect(summary.hostCount).toBe(3);
    expect(summary.reportedOmitted).toBe(false);
    expect(summary.entries).toEqual([
      {
        key: 'microsoft visio', names: ['Microsoft Visio - de-de', 'Microsoft Visio', 'Microsoft Visio - fr-fr'],
        hostsInstalled: 3, hostsUsedLast30Days: 1, hostsUsedLast90Days: 2, hostsWithUsageData: 2,
        reported: [{ reportedBy: 'Intune', deviceCount: 41, rows: 2 }, { reportedBy: 'Fleet', deviceCount: 12, rows: 1 }],
      },
      { key: 'libreoffice', names: ['LibreOffice'], hostsInstalled: 1, hostsUsedLast30Days: 0, hostsUsedLast90Days: 0, hostsWithUsageData: 0, reported: [] },
    ]);
  });

  it('filters by tag and leaves out counts that cannot be split by tag', () => {
    const summary = aggregateHosts(hosts, reported, { keyOf: byName, now: NOW, tags: ['Finanzen'] });
    expect(summary.hostCount).toBe(2);
    expect(summary.reportedOmitted).toBe(true);
    expect(summary.entries.map((entry) => [entry.key, entry.hostsInstalled, entry.reported.length])).toEqual([['microsoft visio', 2, 0]]);
  });

  it('filters hosts and reported rows by platform', () => {
    const summary = aggregateHosts(hosts, reported, { keyOf: byName, now: NOW, platforms: ['macos'] });
    expect(summary.hostCount).toBe(1);
    expect(summary.entries).toEqual([
      { key: 'microsoft visio', names: ['Microsoft Visio - de-de'], hostsInstalled: 1, hostsUsedLast30Days: 0, hostsUsedLast90Days: 0, hostsWithUsageData: 0, reported: [] },
    ]);
  });
});
