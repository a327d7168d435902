import { describe, expect, it } from 'vitest';
import { osqueryJsonImporter } from '../../../../../electron/core/fleet/importers/osquery-json';
import { fixture } from '../read-fixture';

describe('osquery osqueryi --json importer', () => {
  it('reads Windows programs rows with identifiers and dates', () => {
    const { hosts, errors } = osqueryJsonImporter.parse(fixture('osquery/PC-FIN-042.json'));
    expect(errors).toEqual([]);
    expect(hosts).toHaveLength(1);
    const [host] = hosts;
    expect(host?.identity).toEqual({ hostname: 'PC-FIN-042', toolName: 'osquery' });
    expect(host?.os).toEqual({ platform: 'windows' });
    const [zip, visio, teams] = host?.items ?? [];
    expect(zip).toMatchObject({
      source: 'import', platform: 'windows', name: '7-Zip 24.08 (x64 edition)', version: '24.08.00.0', publisher: 'Igor Pavlov',
      installDate: '2024-03-12', installLocation: 'C:\\Program Files\\7-Zip\\',
      evidence: { importer: 'osquery-json', table: 'programs', msiProductCode: '{23170F69-40C1-2702-2408-000001000000}' },
    });
    expect(visio?.identifiers).toEqual({ c2rReleaseId: 'VisioProRetail' });
    expect(visio?.installDate).toBeUndefined();
    expect(teams?.identifiers).toEqual({ appxFamily: 'MSTeams_8wekyb3d8bbwe' });
  });

  it('reads macOS apps: .app suffix dropped, last opened time as usage, -1 as unknown', () => {
    const items = osqueryJsonImporter.parse(fixture('osquery/MBP-KOMM-07.json')).hosts[0]?.items ?? [];
    expect(items.map((item) => [item.name, item.identifiers.bundleId, item.lastUsed])).toEqual([
      ['Microsoft Excel', 'com.microsoft.Excel', '2026-10-17T08:00:00.000Z'],
      ['Microsoft Word', 'com.microsoft.Word', undefined],
      ['LibreOffice', 'org.libreoffice.script', '2024-10-14T10:06:50.000Z'],
    ]);
    expect(items.every((item) => item.platform === 'macos')).toBe(true);
  });

  it('keeps only installed deb packages and keeps the epoch in the version', () => {
    const items = osqueryJsonImporter.parse(fixture('osquery/deb-ws-01.json')).hosts[0]?.items ?? [];
    expect(items.map((item) => [item.name, item.version, item.identifiers.packageName])).toEqual([
      ['libreoffice-calc', '4:7.4.7-1+deb12u4', 'libreoffice-calc'],
      ['thunderbird', '1:128.3.1esr-1~deb12u1', 'thunderbird'],
    ]);
  });

  it('joins rpm version and release and reads install_time', () => {
    const items = osqueryJsonImporter.parse(fixture('osquery/fedora-ws-02.json')).hosts[0]?.items ?? [];
    expect(items[0]).toMatchObject({ name: 'libreoffice-calc', version: '24.2.4.2-1.fc40', publisher: 'Fedora Project', installDate: '2024-06-17T08:19:05.000Z', platform: 'linux' });
  });

  it('tells homebrew and chocolatey tables from their columns', () => {
    const brew = osqueryJsonImporter.parse(fixture('osquery/MBP-BREW-03.json')).hosts[0];
    expect(brew?.os).toEqual({ platform: 'macos' });
    expect(brew?.items.map((item) => item.evidence.brewType)).toEqual(['cask', 'cask', 'formula']);
    const choco = osqueryJsonImporter.parse(fixture('osquery/PC-CHOCO-04.json')).hosts[0];
    expect(choco?.items.map((item) => [item.name, item.publisher, item.platform])).toEqual([
      ['firefox', 'Mozilla', 'windows'],
      ['libreoffice-fresh', 'The Document Foundation', 'windows'],
    ]);
  });

  it('detects its own output and nothing else', () => {
    expect(osqueryJsonImporter.detect(fixture('osquery/PC-FIN-042.json'))).toBeGreaterThan(0.8);
    expect(osqueryJsonImporter.detect(fixture('winget/PC-FIN-042.json'))).toBe(0);
    expect(osqueryJsonImporter.detect({ fileName: 'x.json', text: '[{"uid":"0","username":"root"}]' })).toBe(0);
  });

  it('reports a cut-off file and rows it cannot place', () => {
    expect(osqueryJsonImporter.parse(fixture('corrupt/truncated-osquery.txt')).errors).toEqual([
      { file: 'corrupt/truncated-osquery.txt', reason: 'The JSON ends too early: the file looks cut off. Export it again and check it was copied completely.' },
    ]);
    const result = osqueryJsonImporter.parse({ fileName: 'x.json', text: '[{"name":"a","version":"1"}, 7]' });
    expect(result.hosts).toEqual([]);
    expect(result.errors.map((error) => error.record)).toEqual(['row 1', 'row 2']);
  });
});
