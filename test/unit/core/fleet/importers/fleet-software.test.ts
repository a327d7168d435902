import { describe, expect, it } from 'vitest';
import { fleetHostSoftwareImporter, fleetTitlesImporter } from '../../../../../electron/core/fleet/importers/fleet-software';
import { fixture } from '../read-fixture';

describe('Fleet software titles importer', () => {
  it('turns titles into count-only rows, leaving browser add-ons out', () => {
    const { hosts, aggregates, errors } = fleetTitlesImporter.parse(fixture('fleet/software-titles.json'));
    expect(hosts).toEqual([]);
    expect(errors).toEqual([]);
    expect(aggregates).toEqual([
      { importer: 'fleet-titles', reportedBy: 'Fleet', name: 'Microsoft Visio - de-de', platform: 'windows', identifiers: {}, deviceCount: 37 },
      { importer: 'fleet-titles', reportedBy: 'Fleet', name: 'Microsoft Excel', version: '16.89', platform: 'macos', identifiers: { bundleId: 'com.microsoft.Excel' }, deviceCount: 58 },
      { importer: 'fleet-titles', reportedBy: 'Fleet', name: 'libreoffice-calc', version: '4:7.4.7-1+deb12u4', platform: 'linux', identifiers: {}, deviceCount: 9 },
    ]);
  });

  it('reads the fleetctl get software --json wrapper', () => {
    const { aggregates } = fleetTitlesImporter.parse(fixture('fleet/fleetctl-get-software.json'));
    expect(aggregates.map((row) => [row.name, row.deviceCount])).toEqual([['Microsoft Visio - de-de', 37], ['Firefox', 21]]);
  });

  it('reports a response without titles', () => {
    expect(fleetTitlesImporter.parse({ fileName: 't.json', text: '{"count":0}' }).errors).toEqual([
      { file: 't.json', reason: 'No "software_titles" list found; save the response of /api/v1/fleet/software/titles.' },
    ]);
  });
});

describe('Fleet host software importer', () => {
  it('reads hosts/:id/software with one item per installed version and last_opened_at as usage', () => {
    const { hosts } = fleetHostSoftwareImporter.parse(fixture('fleet/MBP-KOMM-07.json'));
    expect(hosts[0]?.identity).toEqual({ hostname: 'MBP-KOMM-07', toolName: 'fleet' });
    expect(hosts[0]?.items.map((item) => [item.name, item.version, item.platform, item.lastUsed, item.identifiers.bundleId])).toEqual([
      ['Microsoft Visio - de-de', '16.0.18025.20160', 'windows', '2026-09-30T14:02:11.000Z', undefined],
      ['Microsoft Excel', '16.89', 'macos', '2026-10-16T11:55:12.000Z', 'com.microsoft.Excel'],
      ['Microsoft Word', '16.89', 'macos', undefined, 'com.microsoft.Word'],
    ]);
  });

  it('reads hosts/:id with host identity, team as tag and its software list', () => {
    const [host] = fleetHostSoftwareImporter.parse(fixture('fleet/host-1042.json')).hosts;
    expect(host?.identity).toEqual({
      hostname: 'PC-FIN-042.kreis.local', hardwareUuid: '4C4C4544-0034-3010-8048-B6C04F503732', serial: '5CG1234XYZ', toolId: '1042', toolName: 'fleet',
    });
    expect(host?.os).toEqual({ platform: 'windows', name: 'Windows 11 Pro 23H2 10.0.22631.4317' });
    expect(host?.tags).toEqual(['Finanzen']);
    expect(host?.lastSeen).toBe('2026-10-17T08:40:01.000Z');
    expect(host?.items.map((item) => item.name)).toEqual(['Microsoft Visio - de-de', 'Mozilla Firefox (x64 de)']);
  });

  it('detects host files and title files apart', () => {
    expect(fleetHostSoftwareImporter.detect(fixture('fleet/host-1042.json'))).toBeGreaterThan(0.8);
    expect(fleetHostSoftwareImporter.detect(fixture('fleet/software-titles.json'))).toBe(0);
    expect(fleetTitlesImporter.detect(fixture('fleet/MBP-KOMM-07.json'))).toBe(0);
  });
});
