import { describe, expect, it } from 'vitest';
import { glpiJsonImporter } from '../../../../../electron/core/fleet/importers/glpi-json';
import { fixture } from '../read-fixture';

describe('GLPI agent JSON importer', () => {
  it('reads a Windows inventory: identity, tag, registry keys, per-user and Store apps', () => {
    const { hosts, errors } = glpiJsonImporter.parse(fixture('glpi/PC-FIN-042.json'));
    expect(errors).toEqual([]);
    const [host] = hosts;
    expect(host?.identity).toEqual({
      serial: '5CG1234XYZ', hardwareUuid: '4C4C4544-0034-3010-8048-B6C04F503732', hostname: 'PC-FIN-042',
      toolId: 'PC-FIN-042-2026-10-17-08-12-44', toolName: 'glpi',
    });
    expect(host?.os).toEqual({ platform: 'windows', name: 'Microsoft Windows 11 Pro', version: '10.0.22631' });
    expect(host?.tags).toEqual(['Finanzen']);
    expect(host?.lastSeen).toBe('2026-10-17T08:12:44.000Z');
    const [m365, visio, zoom, teams] = host?.items ?? [];
    expect(m365?.identifiers).toEqual({ uninstallKey: 'O365ProPlusRetail - de-de', c2rReleaseId: 'O365ProPlusRetail' });
    expect(visio).toMatchObject({ installDate: '2026-06-02', identifiers: { c2rReleaseId: 'VisioProRetail' }, evidence: { from: 'registry', arch: 'x86_64', systemCategory: 'application' } });
    expect(zoom).toMatchObject({ scope: 'user', user: 'm.schmidt', version: '6.2.5 (48893)' });
    expect(teams?.identifiers).toEqual({ appxFamily: 'MSTeams_8wekyb3d8bbwe' });
  });

  it('reads a Linux inventory from the server store, placeholder identity kept raw for host-identity to judge', () => {
    const [host] = glpiJsonImporter.parse(fixture('glpi/glpixps.json')).hosts;
    expect(host?.os?.platform).toBe('linux');
    expect(host?.identity.serial).toBe('To Be Filled By O.E.M.');
    expect(host?.items.map((item) => [item.name, item.identifiers.packageName, item.installDate])).toEqual([
      ['libreoffice-calc', 'libreoffice-calc', '2026-05-19T11:02:13.000Z'],
      ['org.mozilla.Thunderbird', 'org.mozilla.Thunderbird', undefined],
    ]);
  });

  it('skips inventories of devices that are not computers, with a reason', () => {
    const result = glpiJsonImporter.parse({ fileName: 'phone.json', text: '{"action":"inventory","content":{"hardware":{"name":"Pixel"},"softwares":[{"name":"Maps"}]}}' });
    expect(result.hosts).toEqual([]);
    expect(result.errors[0]?.reason).toMatch(/not from a Windows, macOS or Linux computer/);
  });

  it('detects both layouts and not Fleet or own scans', () => {
    expect(glpiJsonImporter.detect(fixture('glpi/PC-FIN-042.json'))).toBeGreaterThan(0.9);
    expect(glpiJsonImporter.detect(fixture('glpi/glpixps.json'))).toBeGreaterThan(0.8);
    expect(glpiJsonImporter.detect(fixture('fleet/host-1042.json'))).toBe(0);
    expect(glpiJsonImporter.detect(fixture('own-scan/PC-FIN-042.switchyard.json'))).toBe(0);
  });
});
