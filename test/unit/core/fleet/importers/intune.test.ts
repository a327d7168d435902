import { describe, expect, it } from 'vitest';
import { intuneCsvImporter } from '../../../../../electron/core/fleet/importers/intune-csv';
import { intuneGraphImporter } from '../../../../../electron/core/fleet/importers/intune-graph';
import { fixture } from '../read-fixture';

const NON_DESKTOP = '1 rows from phones, tablets or Chromebooks were skipped: Switchyard inventories Windows, macOS and Linux computers.';

describe('Intune discovered apps CSV importer', () => {
  it('groups AppInvRawData rows by device, skipping phones with one message', () => {
    const { hosts, aggregates, errors } = intuneCsvImporter.parse(fixture('intune/AppInvRawData.csv'));
    expect(aggregates).toEqual([]);
    expect(errors).toEqual([{ file: 'intune/AppInvRawData.csv', reason: NON_DESKTOP }]);
    expect(hosts.map((host) => host.identity)).toEqual([
      { hostname: 'PC-FIN-042', serial: undefined, hardwareUuid: undefined, toolId: '5f1c2a8e-3b7d-4e19-9a2c-7d0e6b4f1a23', toolName: 'intune' },
      { hostname: 'MBP-KOMM-07', serial: undefined, hardwareUuid: undefined, toolId: '8a2d4c6e-1f3b-4d5a-8c7e-9b0a1c2d3e4f', toolName: 'intune' },
    ]);
    expect(hosts[0]?.os).toEqual({ platform: 'windows', name: 'Windows', version: '10.0.22631.4317' });
    expect(hosts[0]?.items.map((item) => [item.name, item.version, item.user])).toEqual([
      ['Microsoft Visio - de-de', '16.0.18025.20160', 'Martina Schmidt'],
      ['LibreOffice 24.8.2.1', '24.8.2.1', 'Martina Schmidt'],
      ['Zoom Workplace (64-bit)', '6.2.5 (48893)', 'Martina Schmidt'],
    ]);
    // ApplicationVersion (full) is preferred over ApplicationShortVersion.
    expect(hosts[1]?.items[0]).toMatchObject({ name: 'Microsoft Excel', version: '16.89.24091630', platform: 'macos' });
  });

  it('reads AppInvAggregate as count-only rows', () => {
    const { hosts, aggregates } = intuneCsvImporter.parse(fixture('intune/AppInvAggregate.csv'));
    expect(hosts).toEqual([]);
    expect(aggregates.map((row) => [row.name, row.version, row.platform, row.deviceCount])).toEqual([
      ['Microsoft Visio - de-de', '16.0.18025.20160', 'windows', 37],
      ['Microsoft Visio - de-de', '16.0.17928.20156', 'windows', 4],
      ['Microsoft Excel', '16.89.24091630', 'macos', 58],
    ]);
  });

  it('detects Intune headers and not other CSVs', () => {
    expect(intuneCsvImporter.detect(fixture('intune/AppInvRawData.csv'))).toBeGreaterThan(0.9);
    expect(intuneCsvImporter.detect(fixture('sccm/v_Add_Remove_Programs.csv'))).toBe(0);
  });
});

describe('Intune Graph detectedApps importer', () => {
  it('reads a single page', () => {
    const { aggregates, errors } = intuneGraphImporter.parse(fixture('intune/detectedApps-page.json'));
    expect(errors).toEqual([]);
    expect(aggregates).toEqual([
      { importer: 'intune-graph', reportedBy: 'Intune', name: 'Microsoft Visio - de-de', version: '16.0.18025.20160', publisher: 'Microsoft Corporation', platform: 'windows', identifiers: {}, deviceCount: 37 },
      { importer: 'intune-graph', reportedBy: 'Intune', name: 'Microsoft Excel', version: '16.89', publisher: 'Microsoft Corporation', platform: 'macos', identifiers: {}, deviceCount: 58 },
    ]);
  });

  it('concatenates pages saved one after another, and a JSON array of pages', () => {
    const all = intuneGraphImporter.parse(fixture('intune/detectedApps-all-pages.ndjson'));
    expect(all.aggregates.map((row) => row.name)).toEqual(['Microsoft Visio - de-de', 'Microsoft Excel', 'LibreOffice 24.8.2.1']);
    expect(all.errors).toEqual([{ file: 'intune/detectedApps-all-pages.ndjson', reason: '1 apps detected on phones, tablets or Chromebooks were skipped: Switchyard covers Windows, macOS and Linux computers.' }]);
    const page = fixture('intune/detectedApps-page.json').text;
    const array = intuneGraphImporter.parse({ fileName: 'pages.json', text: `[${page},${page}]` });
    expect(array.aggregates).toHaveLength(4);
  });

  it('keeps the good page when another is damaged', () => {
    const page = fixture('intune/detectedApps-page.json').text;
    const result = intuneGraphImporter.parse({ fileName: 'p.json', text: `${page}\n{"value":[{"displayName":"X","deviceCount":}]}` });
    expect(result.aggregates).toHaveLength(2);
    expect(result.errors).toEqual([{ file: 'p.json', line: 11, reason: expect.stringMatching(/^The file is not valid JSON: Unexpected token/) }]);
  });
});

describe('Intune report JSON and device list', () => {
  it('reads a JSON report table through the same column mapping as the CSV', async () => {
    const { intuneReportJsonImporter } = await import('../../../../../electron/core/fleet/importers/intune-report-json');
    const result = intuneReportJsonImporter.parse(fixture('intune/AppInvRawData.report.json'));
    expect(result.errors).toEqual([{ file: 'intune/AppInvRawData.report.json', reason: NON_DESKTOP }]);
    expect(result.hosts.map((host) => [host.identity.toolId, host.items.map((item) => item.name)])).toEqual([
      ['5f1c2a8e-3b7d-4e19-9a2c-7d0e6b4f1a23', ['Microsoft Visio - de-de', 'LibreOffice 24.8.2.1']],
    ]);
    expect(intuneReportJsonImporter.parse({ fileName: 'r.json', text: '{"values":[]}' }).errors).toEqual([
      { file: 'r.json', reason: 'This report has no "Schema" and "Values" tables.' },
    ]);
  });

  it('reads the All devices export as hosts without software that carry serial numbers', () => {
    const { hosts, errors } = intuneCsvImporter.parse(fixture('intune/AllDevices.csv'));
    expect(errors).toEqual([{ file: 'intune/AllDevices.csv', reason: NON_DESKTOP }]);
    expect(hosts.map((host) => [host.identity, host.items.length, host.lastSeen])).toEqual([
      [{ hostname: 'PC-FIN-042', serial: '5CG1234XYZ', hardwareUuid: undefined, toolId: '5f1c2a8e-3b7d-4e19-9a2c-7d0e6b4f1a23', toolName: 'intune' }, 0, '2026-10-17T07:55:10.000Z'],
      [{ hostname: 'MBP-KOMM-07', serial: 'C02XL0GHJGH5', hardwareUuid: undefined, toolId: '8a2d4c6e-1f3b-4d5a-8c7e-9b0a1c2d3e4f', toolName: 'intune' }, 0, '2026-10-16T18:02:44.000Z'],
    ]);
    expect(intuneCsvImporter.detect(fixture('intune/AllDevices.csv'))).toBeGreaterThan(0.8);
  });
});
