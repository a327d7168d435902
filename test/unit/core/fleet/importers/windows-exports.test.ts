import { describe, expect, it } from 'vitest';
import { powershellAppxImporter, powershellUninstallImporter } from '../../../../../electron/core/fleet/importers/powershell-json';
import { regExportImporter } from '../../../../../electron/core/fleet/importers/reg-export';
import { wingetExportImporter } from '../../../../../electron/core/fleet/importers/winget-export';
import { fixture } from '../read-fixture';

describe('.reg export importer', () => {
  it('lists visible programs with the collector rules: hidden runtimes and updates left out, per-user scope kept', () => {
    const { hosts, errors } = regExportImporter.parse(fixture('reg/PC-FIN-042.reg'));
    expect(errors).toEqual([]);
    const [host] = hosts;
    expect(host?.identity).toEqual({ hostname: 'PC-FIN-042', toolName: 'registry' });
    const byName = new Map(host?.items.map((item) => [item.name, item]));
    expect([...byName.keys()].sort()).toEqual(['7-Zip 24.08 (x64)', 'Adobe Acrobat Reader - Deutsch', 'Microsoft 365 Apps for enterprise', 'Zoom Workplace (64-bit)']);
    // The per-language Click-to-Run entry became one product item, as in a live scan.
    expect(byName.get('Microsoft 365 Apps for enterprise')?.identifiers.c2rReleaseId).toBe('O365ProPlusRetail');
    expect(byName.get('Zoom Workplace (64-bit)')).toMatchObject({
      source: 'import', scope: 'user', user: 'S-1-5-21-1004336348-1177238915-682003330-1104', installDate: '2026-09-11',
      evidence: { importer: 'reg-export', observedBy: 'uninstall-registry' },
    });
    expect(byName.get('Adobe Acrobat Reader - Deutsch')?.evidence.registryView).toBe('machine32');
    expect(byName.get('7-Zip 24.08 (x64)')?.identifiers.uninstallKey).toBe('7-Zip');
  });

  it('says so when the export holds no Uninstall keys', () => {
    const text = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\X]\r\n"a"="b"\r\n';
    expect(regExportImporter.parse({ fileName: 'x.reg', text }).errors).toEqual([
      { file: 'x.reg', reason: 'This registry export has no ...\\CurrentVersion\\Uninstall\\ subkeys. Export the Uninstall key itself.' },
    ]);
  });
});

describe('PowerShell JSON importers', () => {
  it('reads ConvertTo-Json of the Uninstall keys (5.1 layout, BOM), dropping keys without a name', () => {
    const { hosts, errors } = powershellUninstallImporter.parse(fixture('powershell/PC-MKT-019.json'));
    expect(errors).toEqual([]);
    expect(hosts[0]?.identity).toEqual({ hostname: 'PC-MKT-019', toolName: 'powershell' });
    expect(hosts[0]?.items.map((item) => [item.name, item.source, item.evidence.importer])).toEqual(
      expect.arrayContaining([
        ['Mozilla Firefox (x64 de)', 'import', 'powershell-uninstall'],
      ]),
    );
    expect(hosts[0]?.items.some((item) => /Visio/.test(item.name))).toBe(true);
    expect(hosts[0]?.items).toHaveLength(2);
  });

  it('reads Get-AppxPackage JSON written as UTF-16LE without BOM, skipping frameworks', () => {
    const { hosts } = powershellAppxImporter.parse(fixture('powershell/PC-MKT-019-appx.txt'));
    expect(hosts[0]?.identity.hostname).toBe('PC-MKT-019-appx');
    expect(hosts[0]?.items.map((item) => [item.name, item.identifiers.appxFamily, item.publisher])).toEqual([
      ['Microsoft Teams', 'MSTeams_8wekyb3d8bbwe', 'Microsoft Corporation'],
    ]);
  });

  it('reports damaged JSON in its own words', () => {
    expect(powershellUninstallImporter.parse({ fileName: 'u.json', text: '[{"DisplayName": "x",' }).errors).toEqual([
      { file: 'u.json', reason: 'The JSON ends too early: the file looks cut off. Export it again and check it was copied completely.' },
    ]);
  });

  it('detects the two shapes apart', () => {
    expect(powershellUninstallImporter.detect(fixture('powershell/PC-MKT-019.json'))).toBeGreaterThan(0.8);
    expect(powershellUninstallImporter.detect(fixture('powershell/PC-MKT-019-appx.txt'))).toBe(0);
    expect(powershellAppxImporter.detect(fixture('powershell/PC-MKT-019-appx.txt'))).toBeGreaterThan(0.8);
  });
});

describe('winget export importer', () => {
  it('reads package ids per source, de-duplicated, Store ids kept as evidence only', () => {
    const { hosts } = wingetExportImporter.parse(fixture('winget/PC-FIN-042.json'));
    const [host] = hosts;
    expect(host?.lastSeen).toBe('2026-10-17T08:12:44.123Z');
    expect(host?.items.map((item) => [item.name, item.version, item.identifiers.wingetId, item.evidence.wingetSource])).toEqual([
      ['7zip.7zip', undefined, '7zip.7zip', 'winget'],
      ['Mozilla.Firefox.de', '131.0.3', 'Mozilla.Firefox.de', 'winget'],
      ['TheDocumentFoundation.LibreOffice', undefined, 'TheDocumentFoundation.LibreOffice', 'winget'],
      ['9WZDNCRD29V9', undefined, undefined, 'msstore'],
    ]);
    expect(host?.items[3]?.evidence.storeProductId).toBe('9WZDNCRD29V9');
  });
});
